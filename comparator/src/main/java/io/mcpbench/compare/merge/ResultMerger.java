package io.mcpbench.compare.merge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges JMH result files into one: shards (different benchmarks) are concatenated; entries of
 * the same benchmark, mode, params and thread count from several files (forks run separately)
 * become one entry whose {@code rawData} and {@code rawDataHistogram} hold every file's forks in
 * file order, for the primary and every secondary metric, with the summary recomputed by
 * {@link MetricStatistics} and {@code forks} set to the number of forks. The first file's entry
 * is the template, so fields this tool does not know are kept. Entries seen once are copied
 * unchanged.
 *
 * <p>An input may carry a label (an A/B round, say): its forks are then named in the entry's
 * {@code forkLabels} array, one label per fork ({@code LABEL}, or {@code LABEL.1}, {@code LABEL.2}
 * ... when the input holds several forks), so a comparison can pair the forks of two merged files
 * that were measured together by their label rather than by their position. Labels already in an
 * input are kept; an entry whose forks are not all labelled carries none, and a label naming forks
 * of two inputs is an error.
 */
public final class ResultMerger {

    private ResultMerger() {
    }

    /** Merges the result files at {@code inputs}, in order. */
    public static ArrayNode mergeFiles(List<Path> inputs) {
        return mergeFiles(inputs, null);
    }

    /** Merges the result files at {@code inputs}, in order, labelling each one's forks with {@code labels} (or none when null). */
    public static ArrayNode mergeFiles(List<Path> inputs, List<String> labels) {
        if (labels != null && labels.size() != inputs.size()) {
            throw new MergeException(labels.size() + " labels for " + inputs.size() + " input files");
        }
        List<Named> named = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Path p = inputs.get(i);
            named.add(new Named(p.toString(), JmhJson.load(p), labels == null ? null : labels.get(i)));
        }
        return merge(named);
    }

    /** One input: a name for messages, its entries, and the label of its forks (null for none). */
    public record Named(String source, ArrayNode entries, String label) {

        /** An input whose forks are not labelled. */
        public Named(String source, ArrayNode entries) {
            this(source, entries, null);
        }
    }

    /** Merges already loaded inputs, in order. */
    public static ArrayNode merge(List<Named> inputs) {
        Map<String, ObjectNode> byKey = new LinkedHashMap<>();
        Map<String, Boolean> sumRule = new LinkedHashMap<>();
        Set<String> merged = new HashSet<>();
        for (Named in : inputs) {
            for (JsonNode e : in.entries().values()) {
                ObjectNode entry = ForkLabels.labelled((ObjectNode) e, in.label());
                String key = key(entry);
                ObjectNode target = byKey.get(key);
                if (target == null) {
                    byKey.put(key, entry);
                    noteSumRules(sumRule, key, entry);
                } else {
                    ForkLabels.append(target, entry, in.source());
                    append(target, entry, in.source());
                    noteSumRules(sumRule, key, entry);
                    merged.add(key);
                }
            }
        }
        ArrayNode out = JmhJson.newArray();
        for (Map.Entry<String, ObjectNode> e : byKey.entrySet()) {
            ObjectNode entry = e.getValue();
            if (merged.contains(e.getKey())) {
                MetricStatistics.recompute((ObjectNode) entry.get("primaryMetric"), sumRule.getOrDefault(e.getKey() + "\u0000", false));
                JsonNode secondaries = entry.path("secondaryMetrics");
                if (secondaries.isObject()) {
                    for (Map.Entry<String, JsonNode> s : secondaries.properties()) {
                        if (s.getValue().isObject()) {
                            MetricStatistics.recompute((ObjectNode) s.getValue(),
                                    sumRule.getOrDefault(e.getKey() + "\u0000" + s.getKey(), false));
                        }
                    }
                }
                entry.put("forks", forkCount(entry.get("primaryMetric")));
            }
            out.add(entry);
        }
        return out;
    }

    /** Remembers, per metric, whether every input so far used the sum rule. */
    private static void noteSumRules(Map<String, Boolean> rules, String key, ObjectNode entry) {
        rules.merge(key + "\u0000", MetricStatistics.isSum(entry.path("primaryMetric")), Boolean::logicalAnd);
        for (Map.Entry<String, JsonNode> s : entry.path("secondaryMetrics").properties()) {
            rules.merge(key + "\u0000" + s.getKey(), MetricStatistics.isSum(s.getValue()), Boolean::logicalAnd);
        }
    }

    private static void append(ObjectNode target, ObjectNode src, String source) {
        ObjectNode tp = (ObjectNode) target.get("primaryMetric");
        JsonNode sp = src.get("primaryMetric");
        String bench = src.path("benchmark").asString();
        String tu = tp.path("scoreUnit").asString("");
        String su = sp.path("scoreUnit").asString("");
        if (!tu.equals(su)) {
            throw new MergeException(source + ": " + bench + ": unit " + su + " differs from " + tu + " in an earlier file");
        }
        appendForks(tp, sp, source, bench);
        JsonNode ss = src.path("secondaryMetrics");
        if (ss.isObject() && !ss.isEmpty()) {
            ObjectNode ts = target.path("secondaryMetrics").isObject()
                    ? (ObjectNode) target.get("secondaryMetrics") : target.putObject("secondaryMetrics");
            for (Map.Entry<String, JsonNode> s : ss.properties()) {
                JsonNode existing = ts.get(s.getKey());
                if (existing == null || !existing.isObject()) {
                    ts.set(s.getKey(), s.getValue().deepCopy());
                } else {
                    appendForks((ObjectNode) existing, s.getValue(), source, bench + ":" + s.getKey());
                }
            }
        }
    }

    private static void appendForks(ObjectNode target, JsonNode src, String source, String what) {
        boolean th = target.path("rawDataHistogram").isArray();
        boolean sh = src.path("rawDataHistogram").isArray();
        if (th != sh) {
            throw new MergeException(source + ": " + what + ": rawDataHistogram present in one file and not the other");
        }
        for (String field : new String[] {"rawData", "rawDataHistogram"}) {
            JsonNode add = src.path(field);
            if (!add.isArray()) continue;
            ArrayNode into = target.path(field).isArray() ? (ArrayNode) target.get(field) : target.putArray(field);
            for (JsonNode fork : add.values()) into.add(fork.deepCopy());
        }
    }

    private static int forkCount(JsonNode metric) {
        JsonNode h = metric.path("rawDataHistogram");
        return h.isArray() ? h.size() : metric.path("rawData").size();
    }

    /** What makes two entries the same measurement: benchmark, mode, params (any order), threads. */
    static String key(JsonNode entry) {
        Map<String, String> params = new TreeMap<>();
        for (Map.Entry<String, JsonNode> p : entry.path("params").properties()) params.put(p.getKey(), p.getValue().asString());
        return entry.path("benchmark").asString() + '\u0000' + entry.path("mode").asString() + '\u0000'
                + params + '\u0000' + entry.path("threads").asInt(1);
    }
}
