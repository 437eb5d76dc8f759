package io.mcpbench.compare.jmh;

import io.mcpbench.compare.input.InputFiles;
import io.mcpbench.compare.input.StrictJson;
import io.mcpbench.compare.model.BadInputException;
import io.mcpbench.compare.model.OneLine;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.RunInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Turns one JMH JSON result file into a {@link ResultFile}: one {@link Row} per benchmark, mode,
 * params, threads and metric. It accepts what JMH 1.19 to 1.37 actually wrote (see the corpus
 * manifest) and refuses anything else with a {@link BadInputException} whose message is one line
 * naming the file and the line/column or JSON path. Duplicate keys are refused (see {@link StrictJson});
 * so are numbers beyond the range of a double ({@code 1e400}) and quoted numbers that are not plain
 * decimals ({@code "0x1.4p3"}).
 *
 * <p>Values that are not finite ({@code "NaN"}, {@code "+INF"}) are dropped from the iterations;
 * forks left without values are dropped. A primary metric with no finite value is an error; a
 * secondary metric without one (text-only profilers such as {@code ·jfr}, {@code asm}, unit
 * {@code ---}) is skipped. For sample-mode primaries with {@code rawDataHistogram}, each
 * iteration's value is the histogram mean, and rows {@code p0.50} and {@code p0.99} are derived
 * from each iteration's histogram (as JMH computes percentiles) in place of JMH's own metrics of
 * those names, so that every fork and iteration has them whatever the JMH version wrote.
 */
public final class JmhResultReader {

    private JmhResultReader() {
    }

    /** Reads the file at {@code path}, naming it by its file name in messages. */
    public static ResultFile read(Path path) {
        byte[] content = InputFiles.read(path, InputFiles.MAX_RESULT_BYTES, BadInputException::new);
        Path name = path.getFileName();
        return parse(name == null ? path.toString() : name.toString(), content);
    }

    /** Reads JMH JSON held in memory; {@code source} names it in messages and in the result. */
    public static ResultFile parse(String source, byte[] content) {
        if (isBlank(content)) {
            throw new BadInputException(source + ": empty file, no JMH results");
        }
        JsonNode root;
        try {
            root = StrictJson.read(content);
        } catch (JacksonException e) {
            throw new BadInputException(source + ": invalid JSON: " + OneLine.of(StrictJson.describe(e)));
        }
        if (root.isMissingNode()) {
            throw new BadInputException(source + ": empty file, no JMH results");
        }
        if (!root.isArray()) {
            throw new BadInputException(source + ": $: expected a JSON array of benchmark results, found " + kind(root));
        }
        if (root.isEmpty()) {
            throw new BadInputException(source + ": $: the array holds no benchmark results");
        }
        List<Row> rows = new ArrayList<>();
        Set<RowKey> seen = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            new EntryReader(source, i, root.get(i)).readInto(rows, seen);
        }
        return new ResultFile(source, runInfo(root.get(0)), rows);
    }

    private static RunInfo runInfo(JsonNode e) {
        List<String> jvmArgs = new ArrayList<>();
        JsonNode args = e.get("jvmArgs");
        if (args != null && args.isArray()) {
            for (JsonNode a : args) {
                jvmArgs.add(a.asString());
            }
        }
        return new RunInfo(text(e, "jmhVersion"), text(e, "jdkVersion"), text(e, "vmName"), text(e, "vmVersion"),
                text(e, "jvm"), jvmArgs, integer(e, "forks"), integer(e, "warmupIterations"), text(e, "warmupTime"),
                integer(e, "measurementIterations"), text(e, "measurementTime"));
    }

    private static String text(JsonNode e, String field) {
        JsonNode n = e.get(field);
        return n == null || n.isNull() || n.isContainer() ? null : n.asString();
    }

    private static Integer integer(JsonNode e, String field) {
        JsonNode n = e.get(field);
        return n != null && n.isIntegralNumber() && n.canConvertToInt() ? n.intValue() : null;
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) return "nothing";
        if (n.isObject()) return "an object";
        if (n.isArray()) return "an array";
        if (n.isString()) return "a string";
        if (n.isNumber()) return "a number";
        if (n.isBoolean()) return "a boolean";
        return "null";
    }
}
