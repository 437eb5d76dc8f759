package io.mcpbench.compare.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.baseline.EnvironmentFingerprint.Field;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A baseline save interrupted at any of its file-system steps (a write that stops half way, a
 * rename that fails) leaves the previous baseline byte for byte as it was, and no temporary file.
 */
class BaselineSaveInterruptionTest {

    private static final String OLD = "[{\"benchmark\":\"a.B.old\",\"mode\":\"avgt\",\"primaryMetric\":{\"score\":1.0}}]\n";
    private static final String NEW = "[{\"benchmark\":\"a.B.new\",\"mode\":\"avgt\",\"primaryMetric\":{\"score\":2.0}}]\n";
    private static final BaselineStore.ResultValidator ACCEPT = p -> { };

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

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.collect(java.util.stream.Collectors.toMap(p -> p.getFileName().toString(), p -> {
                try {
                    return Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }

    /** How many steps a save takes when nothing fails. */
    private int stepsOfOneSave() throws IOException {
        FailingSteps counting = new FailingSteps(0);
        new BaselineStore(dir.resolve("count"), counting).save("p", file("count.json", NEW), fp("21"), ACCEPT);
        return counting.count;
    }

    @Test
    void anInterruptedSaveLeavesThePreviousBaselineByteIdentical() throws IOException {
        int steps = stepsOfOneSave();
        assertEquals(4, steps, "a write and a rename for each of the two files");
        for (int failAt = 1; failAt <= steps; failAt++) {
            Path root = dir.resolve("baselines-" + failAt);
            new BaselineStore(root).save("p", file("old.json", OLD), fp("17"), ACCEPT);
            Path profile = root.resolve("p");
            Map<String, byte[]> before = contents(profile);

            BaselineStore interrupted = new BaselineStore(root, new FailingSteps(failAt));
            Path next = file("new.json", NEW);
            assertThrows(BaselineException.class, () -> interrupted.save("p", next, fp("21"), ACCEPT), "step " + failAt);

            Map<String, byte[]> after = contents(profile);
            assertEquals(before.keySet(), after.keySet(), "step " + failAt + ": files (no temporary file left)");
            for (Map.Entry<String, byte[]> e : before.entrySet()) {
                assertArrayEquals(e.getValue(), after.get(e.getKey()), "step " + failAt + ": " + e.getKey() + " changed");
            }
            BaselineStore.Stored stored = new BaselineStore(root).load("p");
            assertEquals("17", stored.fingerprint().get(Field.JDK_VERSION), "step " + failAt);
        }
    }

    @Test
    void anInterruptedFirstSaveLeavesNoBaseline() throws IOException {
        int steps = stepsOfOneSave();
        for (int failAt = 1; failAt <= steps; failAt++) {
            Path root = dir.resolve("first-" + failAt);
            BaselineStore interrupted = new BaselineStore(root, new FailingSteps(failAt));
            Path next = file("new.json", NEW);
            assertThrows(BaselineException.class, () -> interrupted.save("p", next, fp("21"), ACCEPT), "step " + failAt);
            Path profile = root.resolve("p");
            List<String> left = Files.isDirectory(profile) ? List.copyOf(contents(profile).keySet()) : List.of();
            assertTrue(left.isEmpty(), "step " + failAt + ": left " + left);
            assertFalse(new BaselineStore(root).profiles().contains("p"), "step " + failAt);
        }
    }
}
