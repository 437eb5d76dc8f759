package io.mcpbench.compare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcpbench.compare.analysis.ComparisonEngine;
import io.mcpbench.compare.history.HistoryRun;
import io.mcpbench.compare.history.Series;
import io.mcpbench.compare.history.SeriesBuilder;
import io.mcpbench.compare.jmh.JmhJson;
import io.mcpbench.compare.jmh.JmhResultReader;
import io.mcpbench.compare.merge.ResultMerger;
import io.mcpbench.compare.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property: any two rows with different params stay two rows through reading, comparison,
 * merging and history. Checked on 400 seeded random pairs of param maps drawn from characters
 * that make maps print alike ({@code , = { } [ ] " \ ·} and spaces), plus the known collision
 * {@code {"a":"1, b=2"}} and {@code {"a":"1","b":"2"}}. A failure names the seed and the pair.
 */
class RowKeyPropertyTest {

    private static final String ALPHABET = "ab12,= {}[]\"\\·";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void rowsWithDifferentParamsStayTwoRowsEverywhere() {
        Random random = new Random(20261207);
        List<Map<String, String>[]> cases = new ArrayList<>();
        cases.add(pair(Map.of("a", "1, b=2"), Map.of("a", "1", "b", "2")));
        cases.add(pair(Map.of(), Map.of("a", "")));
        while (cases.size() < 400) {
            Map<String, String> p = params(random);
            Map<String, String> q = random.nextInt(3) == 0 ? tweak(p, random) : params(random);
            if (!p.equals(q)) cases.add(pair(p, q));
        }
        for (Map<String, String>[] c : cases) {
            String what = c[0] + " / " + c[1];
            checkTwoRows(c[0], c[1], what);
        }
    }

    private static void checkTwoRows(Map<String, String> p, Map<String, String> q, String what) {
        byte[] run1 = result(p, q, 1.0);
        byte[] run2 = result(p, q, 10.0);
        ResultFile base = JmhResultReader.parse("base.json", run1);
        ResultFile cand = JmhResultReader.parse("cand.json", run2);
        assertEquals(2, primaries(base.rows()), "read: " + what);

        List<RowComparison> compared = new ComparisonEngine().compare(base, cand, Settings.DEFAULTS).rows();
        assertEquals(2, compared.stream().filter(r -> r.key().isPrimary()).count(), "compare: " + what);
        assertEquals(0, compared.stream().filter(r -> r.verdict() == Verdict.MISSING || r.verdict() == Verdict.NEW).count(),
                "compare pairs each row with its own: " + what);

        ArrayNode merged = ResultMerger.merge(List.of(new ResultMerger.Named("1", JmhJson.parse("1", run1)),
                new ResultMerger.Named("2", JmhJson.parse("2", run2))));
        assertEquals(2, merged.size(), "merge: " + what);
        for (JsonNode e : merged.values()) assertEquals(6, e.path("primaryMetric").path("rawData").size(), "merge forks: " + what);
        assertEquals(2, primaries(JmhResultReader.parse("merged.json", JmhJson.write(merged)).rows()), "merged, read back: " + what);

        List<Series> series = SeriesBuilder.build(List.of(new HistoryRun("r1", Instant.EPOCH, null, base),
                new HistoryRun("r2", Instant.EPOCH.plusSeconds(1), null, cand))).series();
        assertEquals(2, series.stream().filter(s -> s.key().isPrimary()).count(), "history: " + what);
        for (Series s : series) assertEquals(2, s.size(), "history values: " + what);
    }

    private static long primaries(List<Row> rows) {
        return rows.stream().filter(r -> r.key().isPrimary()).count();
    }

    /** A JMH result with one entry per params map, 3 forks of 3 iterations around {@code scale}. */
    private static byte[] result(Map<String, String> p, Map<String, String> q, double scale) {
        ArrayNode root = JSON.createArrayNode();
        int n = 0;
        for (Map<String, String> params : List.of(p, q)) {
            ObjectNode e = root.addObject();
            e.put("benchmark", "a.B.m");
            e.put("mode", "avgt");
            e.put("threads", 1);
            ObjectNode ps = e.putObject("params");
            params.forEach(ps::put);
            ObjectNode pm = e.putObject("primaryMetric");
            pm.put("scoreUnit", "ns/op");
            ArrayNode raw = pm.putArray("rawData");
            for (int f = 0; f < 3; f++) {
                ArrayNode fork = raw.addArray();
                for (int i = 0; i < 3; i++) fork.add(scale * (100 + n * 7 + f + i * 0.5));
            }
            n++;
        }
        return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> params(Random random) {
        Map<String, String> m = new TreeMap<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) m.put(text(random, 1 + random.nextInt(3)), text(random, random.nextInt(6)));
        return m;
    }

    /** {@code p} with one value split at a comma-like place, or one entry dropped: near misses. */
    private static Map<String, String> tweak(Map<String, String> p, Random random) {
        Map<String, String> m = new TreeMap<>(p);
        if (m.isEmpty() || random.nextBoolean()) {
            m.put(text(random, 1), text(random, 2));
        } else {
            String k = m.keySet().iterator().next();
            m.put(k, m.get(k) + ", " + text(random, 1) + "=" + text(random, 1));
        }
        return m;
    }

    private static String text(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String>[] pair(Map<String, String> p, Map<String, String> q) {
        return new Map[] {p, q};
    }
}
