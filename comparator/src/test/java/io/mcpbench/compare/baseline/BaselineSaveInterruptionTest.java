package io.mcpbench.compare.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.baseline.EnvironmentFingerprint.Field;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A baseline save interrupted at any point leaves a pair that was saved together: the previous
 * one when the save failed before its commit (a write that stops half way, a rename that fails),
 * and never a new fingerprint beside an old result, also when the process is killed (SIGKILL) at
 * a random moment. What a killed save leaves behind is removed by the next save.
 */
class BaselineSaveInterruptionTest {

    private static final byte[] OLD = "[{\"benchmark\":\"a.B.old\",\"mode\":\"avgt\",\"primaryMetric\":{\"score\":1.0}}]\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "[{\"benchmark\":\"a.B.new\",\"mode\":\"avgt\",\"primaryMetric\":{\"score\":2.0}}]\n"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    /** Counts the steps and fails the {@code failAt}-th (1-based; 0 never), a write after half its bytes. */
    private static final class FailingSteps implements FileSteps {
        private final int failAt;
        private int count;

        FailingSteps(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public void writeDurably(Path file, byte[] bytes) throws IOException {
            if (++count == failAt) {
                FileSteps.REAL.writeDurably(file, Arrays.copyOf(bytes, bytes.length / 2));
                throw new IOException("interrupted while writing " + file.getFileName());
            }
            FileSteps.REAL.writeDurably(file, bytes);
        }

        @Override
        public void replace(Path from, Path to) throws IOException {
            if (++count == failAt) {
                throw new IOException("interrupted while renaming " + from.getFileName());
            }
            FileSteps.REAL.replace(from, to);
        }
    }

    private static EnvironmentFingerprint fp(String jdk) {
        return new EnvironmentFingerprint(Map.of(Field.JDK_VERSION, jdk));
    }

    /** Every file under {@code folder} that only an unfinished save leaves, and every generation. */
    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    /** How many steps a save takes when nothing fails. */
    private int stepsOfOneSave() {
        FailingSteps counting = new FailingSteps(0);
        new BaselineStore(dir.resolve("count"), counting).save("p", NEW, fp("21"));
        return counting.count;
    }

    @Test
    void anInterruptedSaveLeavesThePreviousPairAsItWas() throws IOException {
        int steps = stepsOfOneSave();
        assertEquals(3, steps, "two writes into the new generation, one rename of the current link");
        for (int failAt = 1; failAt <= steps; failAt++) {
            Path root = dir.resolve("baselines-" + failAt);
            new BaselineStore(root).save("p", OLD, fp("17"));
            Path profile = root.resolve("p");
            List<String> before = names(profile);

            BaselineStore interrupted = new BaselineStore(root, new FailingSteps(failAt));
            assertThrows(BaselineException.class, () -> interrupted.save("p", NEW, fp("21")), "step " + failAt);

            assertEquals(before, names(profile), "step " + failAt + ": the same files, no temporary one");
            BaselineStore.Stored stored = new BaselineStore(root).load("p");
            assertArrayEquals(OLD, stored.resultBytes(), "step " + failAt);
            assertEquals("17", stored.fingerprint().get(Field.JDK_VERSION), "step " + failAt);
        }
    }

    @Test
    void anInterruptedFirstSaveLeavesNoBaseline() throws IOException {
        int steps = stepsOfOneSave();
        for (int failAt = 1; failAt <= steps; failAt++) {
            Path root = dir.resolve("first-" + failAt);
            BaselineStore interrupted = new BaselineStore(root, new FailingSteps(failAt));
            assertThrows(BaselineException.class, () -> interrupted.save("p", NEW, fp("21")), "step " + failAt);
            assertEquals(List.of(ProfileLock.FILE), names(root.resolve("p")), "step " + failAt);
            assertFalse(new BaselineStore(root).profiles().contains("p"), "step " + failAt);
        }
    }

    /**
     * A process saving in a loop is killed with SIGKILL at random moments, 25 times: after each
     * kill the stored result and fingerprint come from one save, and after the next save nothing
     * of the killed ones remains.
     */
    @Test
    void aKilledSaveNeverLeavesATornPair() throws Exception {
        Path root = dir.resolve("killed");
        BaselineStore store = new BaselineStore(root);
        store.save("p", SaveLoop.result("first_0"), SaveLoop.fingerprint("first_0"));
        Random random = new Random(12);
        List<String> seen = new ArrayList<>();
        for (int round = 0; round < 25; round++) {
            Process p = SaveLoop.start(root, "p", "k" + round, -1);
            try {
                Thread.sleep(300 + random.nextInt(400));
            } finally {
                p.destroyForcibly().waitFor();
            }
            seen.add(SaveLoop.tokenOfPair(store.load("p")));
        }
        assertTrue(seen.stream().anyMatch(t -> t.startsWith("k")), "the loop saved before it was killed: " + seen);
        store.save("p", SaveLoop.result("last_0"), SaveLoop.fingerprint("last_0"));
        assertEquals("last_0", SaveLoop.tokenOfPair(store.load("p")));
        List<String> left = names(root.resolve("p"));
        assertTrue(left.stream().noneMatch(n -> n.endsWith(".tmp")), left.toString());
        assertEquals(1, left.stream().filter(n -> n.matches("generations/[^/]+")).count(), left.toString());
    }
}
