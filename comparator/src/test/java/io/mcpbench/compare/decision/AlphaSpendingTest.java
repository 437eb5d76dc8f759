package io.mcpbench.compare.decision;

import static io.mcpbench.compare.ReferenceFixture.close;
import static io.mcpbench.compare.ReferenceFixture.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AlphaSpendingTest {

    @Test
    void spendingMatchesScipy() {
        for (JsonNode c : section("spending")) {
            double alpha = c.get("alpha").doubleValue();
            double t = c.get("t").doubleValue();
            close(c.get("spent").doubleValue(), AlphaSpending.spent(alpha, t), 1e-9, "alpha " + alpha + " t " + t);
        }
    }

    @Test
    void looksAddUpToTheWholeLevelAndSpendLittleEarly() {
        double sum = 0;
        double[] t = {0.1, 0.2, 0.35, 0.5, 0.7, 0.85, 1.0};
        double from = 0;
        for (double to : t) {
            double look = AlphaSpending.look(0.05, from, to);
            assertTrue(look >= 0);
            sum += look;
            from = to;
        }
        assertEquals(0.05, sum, 1e-12);
        assertTrue(AlphaSpending.look(0.05, 0, 0.2) < 1e-4, "an early look spends almost nothing");
        assertTrue(AlphaSpending.look(0.05, 0.85, 1.0) > 0.015, "the last look keeps a third of the level");
        assertThrows(IllegalArgumentException.class, () -> AlphaSpending.look(0.05, 0.5, 0.5));
    }
}
