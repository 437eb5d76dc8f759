package io.mcpbench.compare.jmh;

import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * One row of a single result with its score and 99.9% error: what a summary lists and an export
 * publishes. Either recomputed from the raw data ({@link #of(Row)}) or as JMH wrote them
 * ({@link #written}).
 *
 * @param key   the row
 * @param unit  the unit of score and error
 * @param score the score
 * @param error the 99.9% half-width; NaN when there is none
 */
public record ScoredRow(RowKey key, String unit, double score, double error) {

    /** The row's score and error recomputed from its raw data as JMH computes them ({@link Score}). */
    public static ScoredRow of(Row row) {
        Score s = Score.of(row);
        return new ScoredRow(row.key(), row.unit(), s.score(), s.error());
    }

    /**
     * Every metric of every entry of a result tree with the score and error JMH wrote, in file
     * order, primary first; text-only profiler output (no score, unit {@code ---}) is left out.
     */
    public static List<ScoredRow> written(ArrayNode entries) {
        List<ScoredRow> rows = new ArrayList<>();
        for (JsonNode entry : entries.values()) {
            RowKey key = EntryKeys.of(entry);
            add(rows, key, entry.path("primaryMetric"));
            for (Map.Entry<String, JsonNode> s : entry.path("secondaryMetrics").properties()) {
                add(rows, key.withMetric(MetricNames.normalise(s.getKey())), s.getValue());
            }
        }
        return rows;
    }

    private static void add(List<ScoredRow> rows, RowKey key, JsonNode metric) {
        if (!metric.isObject()) return;
        double score = JmhJson.number(metric.path("score"));
        String unit = metric.path("scoreUnit").asString("");
        if (Double.isNaN(score) && "---".equals(unit)) return;
        rows.add(new ScoredRow(key, unit, score, JmhJson.number(metric.path("scoreError"))));
    }
}
