package io.mcpbench.compare.steady;

import static io.mcpbench.compare.ReferenceFixture.close;
import static io.mcpbench.compare.ReferenceFixture.doubles;
import static io.mcpbench.compare.ReferenceFixture.section;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** MSER, the Mann-Kendall test and the robust centre against values computed with SciPy and NumPy. */
class SteadyReferenceTest {

    @Test
    void mserTruncationMatchesTheReference() {
        for (JsonNode c : section("mser")) {
            Mser.Truncation t = Mser.of(doubles(c.get("x")));
            String name = c.get("name").asString();
            assertEquals(c.get("dropped").intValue(), t.dropped(), name + " dropped");
            assertEquals(c.get("atBound").booleanValue(), t.atBound(), name + " at bound");
        }
    }

    @Test
    void mannKendallMatchesScipyKendallTau() {
        for (JsonNode c : section("mannKendall")) {
            close(c.get("p").doubleValue(), MannKendall.p(doubles(c.get("x"))), 1e-9, c.get("name").asString());
        }
    }

    @Test
    void robustCentreMatchesScipyTrimMean() {
        for (JsonNode c : section("centre")) {
            close(c.get("centre").doubleValue(), TrimmedMean.of(doubles(c.get("x"))), 1e-12, c.get("name").asString());
        }
    }
}
