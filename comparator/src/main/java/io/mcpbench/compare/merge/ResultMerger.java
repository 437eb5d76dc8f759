package io.mcpbench.compare.merge;

import io.mcpbench.compare.jmh.EntryKeys;
import io.mcpbench.compare.model.RowKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * unchanged. Entries are keyed by {@link EntryKeys}, the reader's own row identity. A fork that
 * repeats one already merged is refused ({@link MergeException}), since it can only be the same
 * run given twice.
 */
public final class ResultMerger {

    private ResultMerger() {
    }

    /** Merges the result files at {@code inputs}, in order. */
    public static ArrayNode mergeFiles(List<Path> inputs) {
        List<Named> named = new ArrayList<>();
        for (Path p : inputs) named.add(new Named(p.toString(), JmhJson.load(p)));
        return merge(named);
    }

    /** One input: a name for messages and its entries. */
    public record Named(String source, ArrayNode entries) {
    }

    /** Merges already loaded inputs, in order. */
    public static ArrayNode merge(List<Named> inputs) {
        Map<RowKey, ObjectNode> byKey = new LinkedHashMap<>();
        Map<Metric, Boolean> sumRule = new HashMap<>();
        Set<RowKey> merged = new HashSet<>();
        for (Named in : inputs) {
            for (JsonNode e : in.entries().values()) {
                ObjectNode entry = (ObjectNode) e;
                RowKey key = EntryKeys.of(entry);
                ObjectNode target = byKey.get(key);
                if (target == null) {
                    byKey.put(key, entry.deepCopy());
                } else {
                    append(target, entry, in.source());
                    merged.add(key);
                }
                noteSumRules(sumRule, key, entry);
            }
        }
        ArrayNode out = JmhJson.newArray();
        for (Map.Entry<RowKey, ObjectNode> e : byKey.entrySet()) {
            ObjectNode entry = e.getValue();
            if (merged.contains(e.getKey())) {
                MetricStatistics.recompute((ObjectNode) entry.get("primaryMetric"),
                        sumRule.getOrDefault(new Metric(e.getKey(), null), false));
                JsonNode secondaries = entry.path("secondaryMetrics");
                if (secondaries.isObject()) {
                    for (Map.Entry<String, JsonNode> s : secondaries.properties()) {
                        if (s.getValue().isObject()) {
                            MetricStatistics.recompute((ObjectNode) s.getValue(),
                                    sumRule.getOrDefault(new Metric(e.getKey(), s.getKey()), false));
                        }
                    }
                }
                entry.put("forks", forkCount(entry.get("primaryMetric")));
            }
            out.add(entry);
        }
        return out;
    }

    /** One metric of one entry: the primary ({@code secondary} null) or a secondary by its name in the file. */
    private record Metric(RowKey entry, String secondary) {
    }

    /** Remembers, per metric, whether every input so far used the sum rule. */
    private static void noteSumRules(Map<Metric, Boolean> rules, RowKey key, ObjectNode entry) {
        rules.merge(new Metric(key, null), MetricStatistics.isSum(entry.path("primaryMetric")), Boolean::logicalAnd);
        for (Map.Entry<String, JsonNode> s : entry.path("secondaryMetrics").properties()) {
            rules.merge(new Metric(key, s.getKey()), MetricStatistics.isSum(s.getValue()), Boolean::logicalAnd);
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
        refuseRepeatedForks(tp, sp, source, bench);
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

    /**
     * Refuses an entry holding a fork (its primary raw data, or histogram) identical to one already
     * merged: measured forks never repeat to the last digit, so it is the same run given twice
     * ({@code merge OUT X X}, or a copy), and merging it would double its weight silently.
     */
    private static void refuseRepeatedForks(JsonNode target, JsonNode src, String source, String what) {
        for (String field : new String[] {"rawData", "rawDataHistogram"}) {
            JsonNode have = target.path(field);
            JsonNode add = src.path(field);
            if (!have.isArray() || !add.isArray()) continue;
            for (JsonNode fork : add.values()) {
                if (fork.isArray() && !fork.isEmpty() && have.valueStream().anyMatch(fork::equals)) {
                    throw new MergeException(source + ": " + what + ": a fork identical to one of an earlier file "
                            + "(the same result given twice?); merging it would count it twice");
                }
            }
        }
    }

    private static int forkCount(JsonNode metric) {
        JsonNode h = metric.path("rawDataHistogram");
        return h.isArray() ? h.size() : metric.path("rawData").size();
    }
}
