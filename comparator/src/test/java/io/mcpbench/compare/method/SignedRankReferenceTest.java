package io.mcpbench.compare.method;

import static io.mcpbench.compare.ReferenceFixture.close;
import static io.mcpbench.compare.ReferenceFixture.doubles;
import static io.mcpbench.compare.ReferenceFixture.section;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The cross-check of paired rounds, Wilcoxon's signed-rank test, against SciPy. */
class SignedRankReferenceTest {

    @Test
    void signedRankMatchesScipyWilcoxon() {
        for (JsonNode c : section("signedRank")) {
            close(c.get("p").doubleValue(), PairedRounds.signedRankP(doubles(c.get("d"))), 1e-9, c.get("name").asString());
        }
    }
}
