package io.mcpbench.compare.report;

import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.jmh.JmhJson;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.policy.Gate;
import io.mcpbench.compare.policy.PolicyLoader;
import io.mcpbench.compare.settings.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import static io.mcpbench.compare.policy.ComparisonFixtures.row;
import tools.jackson.databind.JsonNode;

/**
 * A report whose rows carry the parameter values of {@code hostile-params.json} (backslashes,
 * backticks, pipes, HTML, NUL and other control characters, U+FFFE, U+FFFF, unpaired surrogates,
 * an emoji, spaces at the ends), every verdict among them, for the format tests.
 */
public final class HostileReport {

    /** The benchmark every row belongs to. */
    public static final String BENCHMARK = "io.mcpbench.bench.hostile.HostileBenchmark.run";

    private static final Verdict[] VERDICTS = {Verdict.REGRESSED, Verdict.IMPROVED, Verdict.EQUIVALENT, Verdict.INCONCLUSIVE,
        Verdict.MISSING, Verdict.NEW};

    private HostileReport() {
    }

    /** The params of each entry of {@code hostile-params.json}, in file order. */
    public static List<Map<String, String>> params() {
        try (InputStream in = HostileReport.class.getResourceAsStream("hostile-params.json")) {
            List<Map<String, String>> out = new ArrayList<>();
            for (JsonNode e : JmhJson.parse("hostile-params.json", in.readAllBytes()).values()) {
                Map<String, String> p = new TreeMap<>();
                for (Map.Entry<String, JsonNode> kv : e.path("params").properties()) p.put(kv.getKey(), kv.getValue().asString());
                out.add(p);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hostile parameter values alone (the {@code text} param of each entry). */
    public static List<String> values() {
        List<String> out = new ArrayList<>();
        for (Map<String, String> p : params()) out.add(p.get("text"));
        return out;
    }

    /** One row per entry, verdicts in turn, with a hostile allowance reason and limit. */
    public static Report report() {
        List<RowComparison> rows = new ArrayList<>();
        List<Map<String, String>> params = params();
        for (int i = 0; i < params.size(); i++) {
            rows.add(row(RowKey.of(BENCHMARK, "avgt", params.get(i), 1, RowKey.PRIMARY), "us/op", 10, 12, VERDICTS[i % VERDICTS.length]));
        }
        String policy = "{\"allowedRegressions\": [{\"benchmark\": \".*Hostile.*\", \"metric\": \"gc.alloc.rate.norm\","
                + " \"reason\": \"C:\\\\tmp\\\\x | `code` <b>&amp;</b> \\\\d+\"}],"
                + " \"limits\": [{\"benchmark\": \".*Hostile.*\", \"threshold\": \"avg<11us\"}]}";
        rows.add(row(RowKey.of(BENCHMARK, "avgt", params.get(0), 1, "gc.alloc.rate.norm"), "B/op", 64, 128, Verdict.REGRESSED));
        return Report.comparison("base\\dir\\result.json", "cand`s | result.json", Settings.DEFAULTS, null,
                new ComparisonResult(rows, null),
                Gate.evaluate(rows, PolicyLoader.parse("policy.json", policy.getBytes(StandardCharsets.UTF_8))),
                List.of("jdk.version: 17.0.8 -> 17.0.9 *not* _gated_"), true);
    }
}
