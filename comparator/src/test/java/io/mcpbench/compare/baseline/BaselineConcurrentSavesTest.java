package io.mcpbench.compare.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes save 60 baselines each into one profile at the same time while this one reads
 * it: the file lock makes the saves run one at a time, so every pair read (and the last one) has
 * its result and fingerprint from the same save, and every save succeeds.
 */
class BaselineConcurrentSavesTest {

    private static final int SAVES = 60;

    @TempDir
    Path dir;

    @Test
    void concurrentSavesAndReadsAlwaysSeeAPairFromOneSave() throws Exception {
        BaselineStore store = new BaselineStore(dir);
        store.save("p", SaveLoop.result("first_0"), SaveLoop.fingerprint("first_0"));
        Process a = SaveLoop.start(dir, "p", "a", SAVES);
        Process b = SaveLoop.start(dir, "p", "b", SAVES);
        Set<String> seen = new HashSet<>();
        int reads = 0;
        try {
            while (a.isAlive() || b.isAlive()) {
                seen.add(SaveLoop.tokenOfPair(store.load("p")));
                reads++;
            }
        } finally {
            a.destroyForcibly().waitFor();
            b.destroyForcibly().waitFor();
        }
        assertEquals(0, a.exitValue(), "saver a");
        assertEquals(0, b.exitValue(), "saver b");
        String last = SaveLoop.tokenOfPair(store.load("p"));
        assertTrue(last.equals("a_" + (SAVES - 1)) || last.equals("b_" + (SAVES - 1)), last);
        assertTrue(reads > 0);
        assertTrue(seen.stream().anyMatch(t -> t.startsWith("a_")) || seen.stream().anyMatch(t -> t.startsWith("b_")),
                "reads saw the savers' pairs: " + seen.size() + " distinct");
    }
}
