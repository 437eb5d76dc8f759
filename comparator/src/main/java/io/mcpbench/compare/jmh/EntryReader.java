package io.mcpbench.compare.jmh;

import io.mcpbench.compare.input.Decimals;
import io.mcpbench.compare.model.BadInputException;
import io.mcpbench.compare.model.OneLine;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads one entry of a JMH result file into rows: its primary score, the percentile rows derived
 * from SampleTime histograms, and its secondary metrics. Holds the entry's place in the file for
 * messages, which are one line: the file, the JSON path, what was wrong.
 */
final class EntryReader {

    /** Percentile rows derived from sample-mode histograms, as (metric name, percentile). */
    private static final String[] DERIVED_NAMES = {"p0.50", "p0.99"};
    private static final double[] DERIVED_PERCENTS = {50, 99};

    private final String source;
    private final int index;
    private final JsonNode entry;
    private String[] labels;

    EntryReader(String source, int index, JsonNode entry) {
        this.source = source;
        this.index = index;
        this.entry = entry;
    }

    void readInto(List<Row> rows, Set<RowKey> seen) {
        if (!entry.isObject()) {
            throw fail("", "expected a benchmark result object, found " + JmhResultReader.kind(entry));
        }
        requiredText(entry, "benchmark", "");
        requiredText(entry, "mode", "");
        JsonNode t = entry.get("threads");
        if (t != null && !t.isNull() && (!t.isIntegralNumber() || !t.canConvertToInt() || t.intValue() < 1)) {
            throw fail(".threads", "expected a positive integer, found " + JmhResultReader.kind(t));
        }
        checkParams();
        JsonNode primary = entry.get("primaryMetric");
        if (primary == null || !primary.isObject()) {
            throw fail(".primaryMetric", "expected an object, found " + JmhResultReader.kind(primary));
        }
        RowKey key = EntryKeys.of(entry);
        String unit = requiredText(primary, "scoreUnit", ".primaryMetric");
        JsonNode hist = primary.get("rawDataHistogram");
        boolean hasHistogram = hist != null && !hist.isNull();
        labels = forkLabels(hasHistogram ? hist : primary.get("rawData"));
        if (hasHistogram) {
            readHistogramPrimary(key, unit, hist, rows, seen);
        } else {
            Forks forks = rawData(primary.get("rawData"), ".primaryMetric.rawData");
            if (forks.values().length == 0) {
                throw fail(".primaryMetric", "no usable data (no finite value in rawData)");
            }
            add(rows, seen, forks.row(key, unit, null, labels));
        }
        JsonNode secondaries = entry.get("secondaryMetrics");
        if (secondaries == null || secondaries.isNull()) {
            return;
        }
        if (!secondaries.isObject()) {
            throw fail(".secondaryMetrics", "expected an object, found " + JmhResultReader.kind(secondaries));
        }
        for (Map.Entry<String, JsonNode> s : secondaries.properties()) {
            String name = MetricNames.normalise(s.getKey());
            String at = ".secondaryMetrics[\"" + s.getKey() + "\"]";
            JsonNode metric = s.getValue();
            if (!metric.isObject()) {
                throw fail(at, "expected an object, found " + JmhResultReader.kind(metric));
            }
            if (name.isEmpty() || (hasHistogram && isDerived(name))) {
                continue;
            }
            JsonNode u = metric.get("scoreUnit");
            String sUnit = u == null || u.isNull() ? "" : u.asString();
            if ("---".equals(sUnit)) {
                continue; // text-only profiler output (jfr, perfasm, stack)
            }
            Forks forks = rawData(metric.get("rawData"), at + ".rawData");
            if (forks.values().length == 0) {
                continue;
            }
            int count = 0;
            for (double[] f : forks.values()) count += f.length;
            boolean summed = SummaryRule.of(metric, count).aggregation() == Aggregation.SUM;
            add(rows, seen, forks.row(key.withMetric(name), sUnit, null, labels, summed));
        }
    }

    private void readHistogramPrimary(RowKey key, String unit, JsonNode hist, List<Row> rows, Set<RowKey> seen) {
        String at = ".primaryMetric.rawDataHistogram";
        if (!hist.isArray()) {
            throw fail(at, "expected [fork][iteration][[value, count]], found " + JmhResultReader.kind(hist));
        }
        List<double[][][]> forkHists = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        int[] nonFinite = new int[1];
        for (int f = 0; f < hist.size(); f++) {
            JsonNode fork = hist.get(f);
            if (!fork.isArray()) {
                throw fail(at + "[" + f + "]", "expected an array of iterations, found " + JmhResultReader.kind(fork));
            }
            List<double[][]> iterations = new ArrayList<>();
            for (int i = 0; i < fork.size(); i++) {
                double[][] pairs = pairs(fork.get(i), at + "[" + f + "][" + i + "]", nonFinite);
                if (pairs.length > 0) {
                    iterations.add(pairs);
                }
            }
            if (!iterations.isEmpty()) {
                forkHists.add(iterations.toArray(new double[0][][]));
                kept.add(f);
            }
        }
        if (forkHists.isEmpty()) {
            throw fail(at, "no usable data (every histogram empty)");
        }
        double[][][][] histograms = forkHists.toArray(new double[0][][][]);
        double[][] means = new double[histograms.length][];
        for (int f = 0; f < histograms.length; f++) {
            means[f] = new double[histograms[f].length];
            for (int i = 0; i < histograms[f].length; i++) {
                means[f][i] = PooledSamples.of(histograms[f][i]).mean();
            }
        }
        int[] index = kept.stream().mapToInt(Integer::intValue).toArray();
        add(rows, seen, new Forks(means, index, nonFinite[0]).row(key, unit, histograms, labels));
        for (int d = 0; d < DERIVED_NAMES.length; d++) {
            double[][] values = new double[histograms.length][];
            for (int f = 0; f < histograms.length; f++) {
                values[f] = new double[histograms[f].length];
                for (int i = 0; i < histograms[f].length; i++) {
                    values[f][i] = Percentiles.of(PooledSamples.of(histograms[f][i]), DERIVED_PERCENTS[d]);
                }
            }
            add(rows, seen, new Forks(values, index, nonFinite[0]).row(key.withMetric(DERIVED_NAMES[d]), unit, null,
                    labels));
        }
    }

    /**
     * One iteration's {@code [[value, count], ...]}, keeping pairs with a finite value and a
     * positive count; pairs with a value that is not finite are counted in {@code nonFinite[0]}.
     */
    private double[][] pairs(JsonNode iteration, String at, int[] nonFinite) {
        if (!iteration.isArray()) {
            throw fail(at, "expected an array of [value, count] pairs, found " + JmhResultReader.kind(iteration));
        }
        List<double[]> out = new ArrayList<>(iteration.size());
        for (int k = 0; k < iteration.size(); k++) {
            JsonNode p = iteration.get(k);
            if (!p.isArray() || p.size() != 2) {
                throw fail(at + "[" + k + "]", "expected a [value, count] pair, found " + JmhResultReader.kind(p));
            }
            double v = number(p.get(0), at + "[" + k + "][0]");
            double c = number(p.get(1), at + "[" + k + "][1]");
            if (Double.isFinite(v) && c > 0 && Double.isFinite(c)) {
                out.add(new double[] {v, c});
            } else if (!Double.isFinite(v) && c > 0) {
                nonFinite[0]++;
            }
        }
        return out.toArray(new double[0][]);
    }

    /** {@code rawData} as [fork][iteration], finite values only, empty forks dropped. */
    private Forks rawData(JsonNode raw, String at) {
        if (raw == null || raw.isNull()) {
            return new Forks(new double[0][], new int[0], 0);
        }
        if (!raw.isArray()) {
            throw fail(at, "expected [fork][iteration] numbers, found " + JmhResultReader.kind(raw));
        }
        List<double[]> forks = new ArrayList<>(raw.size());
        int[] index = new int[raw.size()];
        int nonFinite = 0;
        for (int f = 0; f < raw.size(); f++) {
            JsonNode fork = raw.get(f);
            if (!fork.isArray()) {
                throw fail(at + "[" + f + "]", "expected an array of iteration values, found " + JmhResultReader.kind(fork));
            }
            double[] values = new double[fork.size()];
            int n = 0;
            for (int i = 0; i < fork.size(); i++) {
                double v = number(fork.get(i), at + "[" + f + "][" + i + "]");
                if (Double.isFinite(v)) {
                    values[n++] = v;
                } else {
                    nonFinite++;
                }
            }
            if (n > 0) {
                index[forks.size()] = f;
                forks.add(n == values.length ? values : Arrays.copyOf(values, n));
            }
        }
        return new Forks(forks.toArray(new double[0][]), Arrays.copyOf(index, forks.size()), nonFinite);
    }

    /**
     * The entry's {@code forkLabels} (written by {@code comparator merge --label-forks}): one
     * non-blank, distinct string per fork of the primary metric, or null when absent.
     */
    private String[] forkLabels(JsonNode primaryForks) {
        JsonNode l = entry.get("forkLabels");
        if (l == null || l.isNull()) {
            return null;
        }
        if (!l.isArray()) {
            throw fail(".forkLabels", "expected an array of strings, found " + JmhResultReader.kind(l));
        }
        int forks = primaryForks != null && primaryForks.isArray() ? primaryForks.size() : 0;
        if (l.size() != forks) {
            throw fail(".forkLabels", l.size() + " labels for " + forks + " forks of the primary metric");
        }
        String[] out = new String[l.size()];
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < out.length; i++) {
            JsonNode n = l.get(i);
            if (!n.isString() || n.asString().isBlank()) {
                throw fail(".forkLabels[" + i + "]", "expected a non-empty string, found " + JmhResultReader.kind(n));
            }
            out[i] = n.asString();
            if (!distinct.add(out[i])) {
                throw fail(".forkLabels[" + i + "]", "label \"" + abbreviate(out[i]) + "\" names two forks");
            }
        }
        return out;
    }

    private double number(JsonNode n, String at) {
        if (n != null && n.isNumber()) {
            double v = n.doubleValue();
            if (!Double.isFinite(v)) {
                throw fail(at, "number out of range: " + abbreviate(n.asString()));
            }
            return v;
        }
        if (n != null && n.isString()) {
            switch (n.asString().strip()) {
                case "NaN":
                    return Double.NaN;
                case "+INF":
                case "INF":
                case "Infinity":
                case "+Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-INF":
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    try {
                        return Decimals.parseDouble(n.asString().strip());
                    } catch (NumberFormatException e) {
                        throw fail(at, "expected a number, found the string \"" + abbreviate(n.asString()) + "\""
                                + ("number out of range".equals(e.getMessage()) ? " (out of range)" : ""));
                    }
            }
        }
        throw fail(at, "expected a number, found " + JmhResultReader.kind(n));
    }

    /** Checks that params, if any, are an object of plain values (the key is built by {@link EntryKeys}). */
    private void checkParams() {
        JsonNode p = entry.get("params");
        if (p == null || p.isNull()) {
            return;
        }
        if (!p.isObject()) {
            throw fail(".params", "expected an object of strings, found " + JmhResultReader.kind(p));
        }
        for (Map.Entry<String, JsonNode> e : p.properties()) {
            if (e.getValue().isContainer()) {
                throw fail(".params." + e.getKey(), "expected a string, found " + JmhResultReader.kind(e.getValue()));
            }
        }
    }

    private String requiredText(JsonNode node, String field, String at) {
        JsonNode n = node.get(field);
        if (n == null || !n.isString() || n.asString().isBlank()) {
            throw fail(at + "." + field, "expected a non-empty string, found " + JmhResultReader.kind(n));
        }
        return n.asString();
    }

    private void add(List<Row> rows, Set<RowKey> seen, Row row) {
        if (!seen.add(row.key())) {
            throw fail("", "duplicate row " + row.key().displayName() + " (mode " + row.key().mode() + ")");
        }
        rows.add(row);
    }

    private BadInputException fail(String at, String what) {
        return new BadInputException(source + ": $[" + index + "]" + OneLine.of(at) + ": " + OneLine.of(what));
    }

    private boolean isDerived(String name) {
        for (String d : DERIVED_NAMES) {
            if (d.equals(name)) return true;
        }
        return false;
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ').replace('\r', ' ');
        return one.length() <= 40 ? one : one.substring(0, 40) + "...";
    }

    /**
     * A metric's forks that held a finite value, the index of each in the file's {@code rawData},
     * and how many values were not finite.
     */
    private record Forks(double[][] values, int[] index, int nonFinite) {

        /** The row of these forks, labelled with {@code labels} (indexed as in the file) when given. */
        Row row(RowKey key, String unit, double[][][][] histograms, String[] labels) {
            return row(key, unit, histograms, labels, false);
        }

        /** The same, for a metric JMH folds as a sum when {@code summed}. */
        Row row(RowKey key, String unit, double[][][][] histograms, String[] labels, boolean summed) {
            String[] kept = null;
            if (labels != null) {
                kept = new String[index.length];
                for (int i = 0; i < index.length; i++) {
                    // a secondary metric may list fewer forks than the primary: those it lists are the first
                    kept[i] = index[i] < labels.length ? labels[index[i]] : null;
                }
                if (Arrays.asList(kept).contains(null)) {
                    kept = null;
                }
            }
            return new Row(key, unit, values, histograms, kept, nonFinite, summed);
        }
    }
}
