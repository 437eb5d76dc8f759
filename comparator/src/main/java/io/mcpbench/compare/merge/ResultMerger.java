package io.mcpbench.compare.merge;

import io.mcpbench.compare.jmh.EntryKeys;
import io.mcpbench.compare.jmh.JmhJson;
import io.mcpbench.compare.jmh.MetricSummary;
import io.mcpbench.compare.jmh.SummaryRule;
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
 * {@link MetricSummary} the way JMH computed it (each metric by the {@link SummaryRule} its
 * inputs show) and {@code forks} set to the number of forks. The first file's entry is the
 * template, so fields this tool does not know are kept. Entries seen once are copied unchanged.
 * Entries are keyed by {@link EntryKeys}, the reader's own row identity. A fork that repeats one
 * already merged is refused ({@link MergeException}), since it can only be the same run given twice.
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
        Map<RowKey, ObjectNode> byKey = new LinkedHashMap<>();
        Map<Metric, SummaryRule> rules = new HashMap<>();
        Set<RowKey> merged = new HashSet<>();
        for (Named in : inputs) {
            for (JsonNode e : in.entries().values()) {
                ObjectNode entry = ForkLabels.labelled((ObjectNode) e, in.label());
                RowKey key = EntryKeys.of(entry);
                ObjectNode target = byKey.get(key);
                if (target == null) {
                    byKey.put(key, entry);
                } else {
                    ForkLabels.append(target, entry, in.source());
                    append(target, entry, in.source());
                    merged.add(key);
                }
                noteRules(rules, key, entry);
            }
        }
        ArrayNode out = JmhJson.newArray();
        for (Map.Entry<RowKey, ObjectNode> e : byKey.entrySet()) {
            ObjectNode entry = e.getValue();
            if (merged.contains(e.getKey())) {
                RowKey key = e.getKey();
                MetricSummary.summarise(entry, metric -> rules.getOrDefault(new Metric(key, metric), SummaryRule.UNKNOWN));
            }
            out.add(entry);
        }
        return out;
    }

    /** One metric of one entry: the primary ({@link MetricSummary#PRIMARY}) or a secondary by its name in the file. */
    private record Metric(RowKey entry, String name) {
    }

    /** Joins, per metric, what this input's numbers show of how JMH summarised it. */
    private static void noteRules(Map<Metric, SummaryRule> rules, RowKey key, ObjectNode entry) {
        JsonNode primary = entry.path("primaryMetric");
        int iterations = MetricSummary.iterations(primary);
        rules.merge(new Metric(key, MetricSummary.PRIMARY), SummaryRule.of(primary, iterations), SummaryRule::and);
        for (Map.Entry<String, JsonNode> s : entry.path("secondaryMetrics").properties()) {
            rules.merge(new Metric(key, s.getKey()), SummaryRule.of(s.getValue(), iterations), SummaryRule::and);
        }
    }

    /**
     * Adds {@code src}'s forks to {@code target}. Every metric keeps one {@code rawData} array per
     * fork, as JMH writes it: a secondary metric absent from one side gets an empty array for each
     * of that side's forks.
     */
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
        int targetForks = MetricSummary.forks(tp);
        int sourceForks = MetricSummary.forks(sp);
        appendForks(tp, sp, source, bench);
        JsonNode ss = src.path("secondaryMetrics");
        ObjectNode ts = target.path("secondaryMetrics").isObject() ? (ObjectNode) target.get("secondaryMetrics") : null;
        if (ts == null && ss.isObject() && !ss.isEmpty()) ts = target.putObject("secondaryMetrics");
        if (ts == null) return;
        for (Map.Entry<String, JsonNode> t : ts.properties()) {
            if (t.getValue().isObject() && !ss.path(t.getKey()).isObject()) padForks((ObjectNode) t.getValue(), sourceForks);
        }
        for (Map.Entry<String, JsonNode> s : ss.properties()) {
            JsonNode existing = ts.get(s.getKey());
            if (existing == null || !existing.isObject()) {
                ObjectNode added = (ObjectNode) s.getValue().deepCopy();
                ArrayNode forks = added.putArray("rawData");
                for (int i = 0; i < targetForks; i++) forks.addArray();
                for (JsonNode fork : s.getValue().path("rawData").values()) forks.add(fork.deepCopy());
                ts.set(s.getKey(), added);
            } else {
                appendForks((ObjectNode) existing, s.getValue(), source, bench + ":" + s.getKey());
            }
        }
    }

    /** Appends {@code count} empty fork arrays to a metric's {@code rawData}: forks in which it was never seen. */
    private static void padForks(ObjectNode metric, int count) {
        ArrayNode forks = metric.path("rawData").isArray() ? (ArrayNode) metric.get("rawData") : metric.putArray("rawData");
        for (int i = 0; i < count; i++) forks.addArray();
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
}
