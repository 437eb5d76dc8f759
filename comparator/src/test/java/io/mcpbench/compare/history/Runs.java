package io.mcpbench.compare.history;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.RunInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds runs and JMH JSON text for history tests. */
public final class Runs {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private Runs() {
    }

    public static RowKey key(String benchmark, String mode) {
        return RowKey.of(benchmark, mode, Map.of(), 1, RowKey.PRIMARY);
    }

    /** A row of three forks of two iterations each whose centre is {@code value}. */
    public static Row row(RowKey key, String unit, double value) {
        return new Row(key, unit, new double[][] {{value, value}, {value, value}, {value, value}}, null);
    }

    public static HistoryRun run(int index, Row... rows) {
        String id = String.format(Locale.ROOT, "run-%02d", index);
        return new HistoryRun(id, START.plusSeconds(3600L * index), null,
                new ResultFile(id + ".json", RunInfo.unknown(), List.of(rows)));
    }

    /** Minimal JMH JSON: one entry per (benchmark, mode, unit, forks). */
    static String jmhJson(Object[]... entries) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int e = 0; e < entries.length; e++) {
            Object[] entry = entries[e];
            double[][] forks = (double[][]) entry[3];
            List<String> fs = new ArrayList<>();
            for (double[] f : forks) {
                List<String> vs = new ArrayList<>();
                for (double v : f) {
                    vs.add(Double.toString(v));
                }
                fs.add("[" + String.join(", ", vs) + "]");
            }
            sb.append("  {\"jmhVersion\": \"1.37\", \"benchmark\": \"").append(entry[0]).append("\", \"mode\": \"")
                    .append(entry[1]).append("\", \"threads\": 1, \"forks\": ").append(forks.length)
                    .append(", \"primaryMetric\": {\"scoreUnit\": \"").append(entry[2])
                    .append("\", \"rawData\": [").append(String.join(", ", fs)).append("]}, \"secondaryMetrics\": {}}")
                    .append(e + 1 < entries.length ? ",\n" : "\n");
        }
        return sb.append("]\n").toString();
    }

    static Object[] entry(String benchmark, String mode, String unit, double... forkValues) {
        double[][] forks = new double[forkValues.length][];
        for (int i = 0; i < forkValues.length; i++) {
            forks[i] = new double[] {forkValues[i]};
        }
        return new Object[] {benchmark, mode, unit, forks};
    }
}
