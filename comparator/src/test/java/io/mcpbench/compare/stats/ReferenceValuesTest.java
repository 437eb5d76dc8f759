package io.mcpbench.compare.stats;

import static io.mcpbench.compare.ReferenceFixture.close;
import static io.mcpbench.compare.ReferenceFixture.doubles;
import static io.mcpbench.compare.ReferenceFixture.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The t tests, their intervals and TOST, and Benjamini-Hochberg against SciPy. */
class ReferenceValuesTest {

    @Test
    void twoSampleTestsMatchScipy() {
        for (JsonNode c : section("twoSample")) {
            String name = c.get("name").asString();
            TInterval t = TTests.twoSample(doubles(c.get("cand")), doubles(c.get("base")));
            close(c.get("diff").doubleValue(), t.diff(), 1e-12, name + " diff");
            close(c.get("df").doubleValue(), t.df(), 1e-9, name + " df");
            close(c.get("t").doubleValue(), t.t(), 1e-9, name + " t");
            close(c.get("p").doubleValue(), t.p(), 1e-8, name + " p");
            intervals(c, t, name);
            for (Map.Entry<String, JsonNode> e : c.get("tost").properties()) {
                close(e.getValue().doubleValue(), t.tostP(Double.parseDouble(e.getKey())), 1e-8, name + " tost " + e.getKey());
            }
        }
    }

    @Test
    void pairedTestMatchesScipy() {
        for (JsonNode c : section("oneSample")) {
            String name = c.get("name").asString();
            TInterval t = TTests.oneSample(doubles(c.get("d")));
            close(c.get("diff").doubleValue(), t.diff(), 1e-12, name + " diff");
            close(c.get("se").doubleValue(), t.se(), 1e-12, name + " se");
            assertEquals(c.get("df").doubleValue(), t.df(), name + " df");
            close(c.get("p").doubleValue(), t.p(), 1e-8, name + " p");
            close(c.get("pRel").doubleValue(), t.p(), 1e-8, name + " ttest_rel p");
            intervals(c, t, name);
        }
    }

    private static void intervals(JsonNode c, TInterval t, String name) {
        for (Map.Entry<String, JsonNode> e : c.get("intervals").properties()) {
            double level = Double.parseDouble(e.getKey());
            double[] expected = doubles(e.getValue());
            // the ends carry the quantile's relative error on the half-width, not on the end itself
            double scale = Math.max(Math.abs(expected[0]), Math.abs(expected[1]));
            assertEquals(expected[0], t.low(level), 1e-8 * scale, name + " low @" + level);
            assertEquals(expected[1], t.high(level), 1e-8 * scale, name + " high @" + level);
        }
    }

    @Test
    void benjaminiHochbergMatchesScipy() {
        for (JsonNode c : section("bh")) {
            double[] q = BenjaminiHochberg.adjust(doubles(c.get("p")));
            double[] expected = doubles(c.get("q"));
            for (int i = 0; i < q.length; i++) {
                close(expected[i], q[i], 1e-12, c.get("name").asString() + "[" + i + "]");
            }
        }
    }

    @Test
    void benjaminiHochbergLeavesNaNOutOfTheCount() {
        double[] q = BenjaminiHochberg.adjust(new double[] {0.01, Double.NaN, 0.04});
        assertTrue(Double.isNaN(q[1]));
        assertEquals(0.02, q[0], 1e-15);
        assertEquals(0.04, q[2], 1e-15);
    }

    @Test
    void aZeroStandardErrorIsAPoint() {
        TInterval same = new TInterval(0.0, 0.0, 4);
        assertEquals(1.0, same.p());
        assertEquals(0.0, same.tostP(0.02));
        TInterval moved = new TInterval(0.1, 0.0, 4);
        assertEquals(0.0, moved.p());
        assertEquals(0.1, moved.low(0.99));
        assertEquals(1.0, moved.tostP(0.05));
    }
}
