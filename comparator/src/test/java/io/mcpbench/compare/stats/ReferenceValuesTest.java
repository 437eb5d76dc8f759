package io.mcpbench.compare.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the statistics against values computed independently by SciPy and statsmodels
 * ({@code src/test/resources/reference/make_reference.py}, output committed as {@code reference.json}).
 */
class ReferenceValuesTest {

    private static final double REL = 1e-9;
    private static JsonNode ref;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ReferenceValuesTest.class.getResourceAsStream("/reference/reference.json")) {
            ref = JsonMapper.builder().build().readTree(in);
        }
    }

    private static double[] array(JsonNode n) {
        double[] out = new double[n.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = n.get(i).doubleValue();
        }
        return out;
    }

    private static void close(double expected, double actual, double rel, String what) {
        double tol = Math.max(rel * Math.abs(expected), 1e-14);
        assertEquals(expected, actual, tol, what);
    }

    @Test
    void welchMatchesScipy() {
        assertTrue(ref.get("welch").size() >= 10);
        for (JsonNode c : ref.get("welch")) {
            String name = c.get("name").asString() + "@" + c.get("confidence").doubleValue();
            WelchResult w = Welch.test(array(c.get("cand")), array(c.get("base")), c.get("confidence").doubleValue());
            close(c.get("t").doubleValue(), w.t(), REL, name + " t");
            close(c.get("df").doubleValue(), w.df(), REL, name + " df");
            close(c.get("p").doubleValue(), w.p(), 1e-8, name + " p");
            close(c.get("diff").doubleValue(), w.diff(), REL, name + " diff");
            // interval ends carry the quantile's relative error on the half-width, not on the end itself
            double scale = Math.max(Math.abs(c.get("ciLow").doubleValue()), Math.abs(c.get("ciHigh").doubleValue()));
            assertEquals(c.get("ciLow").doubleValue(), w.ciLow(), 1e-8 * scale, name + " ciLow");
            assertEquals(c.get("ciHigh").doubleValue(), w.ciHigh(), 1e-8 * scale, name + " ciHigh");
        }
    }

    @Test
    void mannWhitneyExactAndAsymptoticMatchScipy() {
        for (JsonNode c : ref.get("mannWhitney")) {
            String name = c.get("name").asString();
            double[] x = array(c.get("x"));
            double[] y = array(c.get("y"));
            // Commons Statistics answers EXACT with ties by the tie-corrected normal approximation
            // (SciPy's 'exact' keeps the no-ties distribution); without ties both are exact.
            String exactKey = c.get("ties").booleanValue() ? "pAsymptotic" : "pExact";
            close(c.get(exactKey).doubleValue(), MannWhitney.exactP(x, y), REL, name + " exact");
            close(c.get("pAsymptotic").doubleValue(), MannWhitney.asymptoticP(x, y), REL, name + " asymptotic");
            String expectedKey = c.get("ties").booleanValue() || x.length * y.length > MannWhitney.EXACT_LIMIT
                    ? "pAsymptotic" : "pExact";
            close(c.get(expectedKey).doubleValue(), MannWhitney.twoSidedP(x, y), REL, name + " chosen");
        }
    }

    @Test
    void benjaminiHochbergMatchesStatsmodels() {
        for (JsonNode c : ref.get("bh")) {
            double[] q = BenjaminiHochberg.adjust(array(c.get("p")));
            double[] expected = array(c.get("q"));
            for (int i = 0; i < q.length; i++) {
                close(expected[i], q[i], REL, c.get("name").asString() + "[" + i + "]");
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
    void tostMatchesTwoOneSidedScipyTests() {
        for (JsonNode c : ref.get("tost")) {
            String name = c.get("name").asString();
            WelchResult w = Welch.test(array(c.get("cand")), array(c.get("base")), 0.95);
            double[] t = Welch.tost(w, c.get("delta").doubleValue());
            close(c.get("pLower").doubleValue(), t[0], 1e-8, name + " lower");
            close(c.get("pUpper").doubleValue(), t[1], 1e-8, name + " upper");
            close(c.get("p").doubleValue(), t[2], 1e-8, name + " p");
        }
    }
}
