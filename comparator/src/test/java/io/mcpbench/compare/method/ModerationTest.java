package io.mcpbench.compare.method;

import static io.mcpbench.compare.ReferenceFixture.close;
import static io.mcpbench.compare.ReferenceFixture.doubles;
import static io.mcpbench.compare.ReferenceFixture.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.stats.TInterval;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ModerationTest {

    @Test
    void thePriorMatchesTheReference() {
        for (JsonNode c : section("prior")) {
            String name = c.get("name").asString();
            double[] v = doubles(c.get("variances"));
            double[] d = doubles(c.get("dfs"));
            Moderation.Prior p = Moderation.fit(v, d);
            JsonNode d0 = c.get("d0");
            if (d0.isString()) {
                assertEquals(Double.POSITIVE_INFINITY, p.d0(), name);
            } else {
                close(d0.doubleValue(), p.d0(), 1e-9, name + " d0");
            }
            close(c.get("s02").doubleValue(), p.s02(), 1e-9, name + " s0^2");
            double[] moderated = doubles(c.get("moderated"));
            for (int i = 0; i < v.length; i++) {
                close(moderated[i], Moderation.variance(p, v[i], d[i]), 1e-9, name + " moderated[" + i + "]");
            }
        }
    }

    @Test
    void trigammaInverseInvertsTrigamma() {
        for (double y : new double[] {1e-3, 0.05, 0.7, 3, 40, 2e4}) {
            double x = org.apache.commons.numbers.gamma.Trigamma.value(y);
            close(y, Moderation.trigammaInverse(x), 1e-9, "y=" + y);
        }
    }

    @Test
    void fewerThanThreeRowsAreLeftAlone() {
        assertNull(Moderation.fit(new double[] {1e-4, 2e-4}, new double[] {4, 4}));
        Estimate e = estimate(1e-4, 4, true);
        List<Estimate> out = Moderation.apply(List.of(e), new boolean[] {true});
        assertSame(e, out.get(0));
    }

    @Test
    void moderationGivesEachRowMoreDegreesOfFreedomAndShrinksTowardTheSuite() {
        List<Estimate> in = new ArrayList<>();
        double[] v = {1e-4, 4e-4, 9e-5, 2e-3, 3e-4, 6e-4, 1.5e-4, 8e-4};
        for (double x : v) in.add(estimate(x, 4, true));
        in.add(null);
        in.add(estimate(5e-4, 4, false)); // on the values' scale: not moderated
        boolean[] log = new boolean[in.size()];
        java.util.Arrays.fill(log, true);
        log[in.size() - 1] = false;
        List<Estimate> out = Moderation.apply(in, log);
        for (int i = 0; i < v.length; i++) {
            assertTrue(out.get(i).df() > 4, "df " + out.get(i).df());
        }
        assertTrue(out.get(3).variance() < v[3], "the noisiest row shrinks down");
        assertTrue(out.get(0).variance() > v[0], "the quietest row shrinks up");
        assertNull(out.get(v.length));
        assertSame(in.get(in.size() - 1), out.get(in.size() - 1));
    }

    private static Estimate estimate(double variance, double df, boolean moderatable) {
        return Estimate.of("paired rounds", new TInterval(0.01, Math.sqrt(variance / (df + 1)), df), variance, df,
                moderatable, 100, 101, (int) df + 1, true, Double.NaN, "");
    }
}
