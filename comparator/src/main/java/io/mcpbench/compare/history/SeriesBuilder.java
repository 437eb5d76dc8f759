package io.mcpbench.compare.history;

import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.normalize.Directions;
import io.mcpbench.compare.normalize.IncompatibleUnitsException;
import io.mcpbench.compare.normalize.Units;
import io.mcpbench.compare.stats.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns runs into one {@link Series} per row. A run's value for a row is its centre: the
 * geometric mean of the fork means (the arithmetic mean of fork means when a value is zero or
 * negative), as the comparison engine scores a side. Time rows are in {@code ns/op}; throughput
 * rows in the unit of the row's first run; other units must match that first run exactly, and a
 * value that cannot be converted is left out with a line saying so.
 */
public final class SeriesBuilder {

    private SeriesBuilder() {
    }

    /** The series of {@code runs}, which must be in time order. */
    public static SeriesSet build(List<HistoryRun> runs) {
        Map<RowKey, Accumulator> byKey = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            HistoryRun run = runs.get(r);
            for (Row row : run.result().rows()) {
                double[][] forks = nonEmpty(row.forks());
                if (forks.length == 0) {
                    continue;
                }
                Accumulator acc = byKey.get(row.key());
                if (acc == null) {
                    String unit;
                    try {
                        unit = Units.commonUnit(row.key(), row.unit(), row.unit());
                    } catch (IncompatibleUnitsException e) {
                        unit = row.unit();
                    }
                    acc = new Accumulator(unit);
                    byKey.put(row.key(), acc);
                }
                double factor;
                try {
                    Units.commonUnit(row.key(), acc.unit, row.unit());
                    factor = Units.factor(row.unit(), acc.unit);
                } catch (IncompatibleUnitsException e) {
                    problems.add("run " + run.id() + ": " + row.key().displayName() + " (" + row.key().mode()
                            + "): unit " + quote(row.unit()) + " does not convert to " + quote(acc.unit) + ", left out");
                    continue;
                }
                double value = centre(forks) * factor;
                if (!Double.isFinite(value)) {
                    problems.add("run " + run.id() + ": " + row.key().displayName() + " (" + row.key().mode()
                            + "): no finite value, left out");
                    continue;
                }
                acc.add(run.id(), r, value);
            }
        }
        List<Series> series = new ArrayList<>(byKey.size());
        for (Map.Entry<RowKey, Accumulator> e : byKey.entrySet()) {
            Accumulator a = e.getValue();
            series.add(new Series(e.getKey(), a.unit, Directions.of(e.getKey(), a.unit), a.ids,
                    java.util.Arrays.copyOf(a.index, a.size), java.util.Arrays.copyOf(a.values, a.size)));
        }
        return new SeriesSet(series, problems);
    }

    /** Geometric mean of fork means when every value is positive, else their arithmetic mean. */
    static double centre(double[][] forks) {
        return Samples.allPositive(forks)
                ? Math.exp(Samples.mean(Samples.logForkMeans(forks)))
                : Samples.mean(Samples.forkMeans(forks));
    }

    private static double[][] nonEmpty(double[][] forks) {
        int n = 0;
        for (double[] f : forks) {
            if (f.length > 0) n++;
        }
        if (n == forks.length) {
            return forks;
        }
        double[][] out = new double[n][];
        int k = 0;
        for (double[] f : forks) {
            if (f.length > 0) out[k++] = f;
        }
        return out;
    }

    private static String quote(String unit) {
        return unit.isEmpty() ? "(none)" : "'" + unit + "'";
    }

    private static final class Accumulator {
        final String unit;
        final List<String> ids = new ArrayList<>();
        int[] index = new int[8];
        double[] values = new double[8];
        int size;

        Accumulator(String unit) {
            this.unit = unit;
        }

        void add(String id, int runIndex, double value) {
            if (size == values.length) {
                index = java.util.Arrays.copyOf(index, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            ids.add(id);
            index[size] = runIndex;
            values[size++] = value;
        }
    }
}
