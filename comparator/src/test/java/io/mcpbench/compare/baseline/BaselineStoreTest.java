package io.mcpbench.compare.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.baseline.EnvironmentFingerprint.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineStoreTest {

    private static final String GOOD = "[{\"benchmark\":\"a.B.c\",\"mode\":\"avgt\",\"primaryMetric\":{\"score\":1.0}}]\n";
    private static final String GOOD2 = "[{\"benchmark\":\"a.B.d\",\"mode\":\"avgt\",\"primaryMetric\":{\"score\":2.0}}]\n";

    @TempDir
    Path dir;

    private static final BaselineStore.ResultValidator ACCEPT_ALL = p -> { };

    private static EnvironmentFingerprint fp(String jdk) {
        return new EnvironmentFingerprint(Map.of(Field.JDK_VERSION, jdk));
    }

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private List<String> leftovers(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    @Test
    void saveStoresTheResultByteForByteWithItsFingerprint() throws Exception {
        BaselineStore store = new BaselineStore(dir.resolve("baselines"));
        store.save("ci-x86", file("r.json", GOOD), fp("17"), ACCEPT_ALL);
        BaselineStore.Stored s = store.load("ci-x86");
        assertEquals(GOOD, Files.readString(s.result()));
        assertEquals("17", s.fingerprint().get(Field.JDK_VERSION));
        assertEquals(List.of("ci-x86"), store.profiles());
        assertTrue(leftovers(store.profileDir("ci-x86")).isEmpty());
    }

    @Test
    void aSaveOverAnExistingBaselineReplacesItWhole() throws Exception {
        BaselineStore store = new BaselineStore(dir.resolve("baselines"));
        store.save("p", file("r1.json", GOOD2.replace("}]", "},{\"benchmark\":\"a.B.e\",\"primaryMetric\":{}}]")), fp("17"), ACCEPT_ALL);
        assertTrue(Files.size(store.load("p").result()) > GOOD.length());
        store.save("p", file("r2.json", GOOD), fp("21"), ACCEPT_ALL);
        BaselineStore.Stored s = store.load("p");
        assertArrayEquals(GOOD.getBytes(), Files.readAllBytes(s.result()));
        assertEquals("21", s.fingerprint().get(Field.JDK_VERSION));
        assertTrue(leftovers(store.profileDir("p")).isEmpty());
    }

    @Test
    void aMalformedNewResultLeavesTheOldBaselineIntact() throws Exception {
        BaselineStore store = new BaselineStore(dir.resolve("baselines"));
        store.save("p", file("r1.json", GOOD), fp("17"), ACCEPT_ALL);
        for (String bad : new String[] {"", "[{\"benchmark\":", "{}", "[]"}) {
            Path in = file("bad.json", bad);
            BaselineException e = assertThrows(BaselineException.class, () -> store.save("p", in, fp("21"), ACCEPT_ALL));
            assertTrue(e.getMessage().startsWith(in + ": "), e.getMessage());
            assertEquals(GOOD, Files.readString(store.load("p").result()));
            assertEquals("17", store.load("p").fingerprint().get(Field.JDK_VERSION));
            assertTrue(leftovers(store.profileDir("p")).isEmpty());
        }
    }

    @Test
    void aRejectingValidatorPreventsAnyWrite() throws Exception {
        BaselineStore store = new BaselineStore(dir.resolve("baselines"));
        store.save("p", file("r1.json", GOOD), fp("17"), ACCEPT_ALL);
        BaselineStore.ResultValidator reject = p -> {
            throw new IllegalStateException(p + ": no rows");
        };
        assertThrows(IllegalStateException.class, () -> store.save("p", dir.resolve("r1.json"), fp("21"), reject));
        assertEquals("17", store.load("p").fingerprint().get(Field.JDK_VERSION));
    }

    @Test
    void aFailedRenameLeavesTheTargetAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("blocked");
        Files.createDirectories(target.resolve("child"));
        assertThrows(java.io.IOException.class, () -> AtomicFiles.write(target, "x".getBytes()));
        assertTrue(Files.isDirectory(target.resolve("child")));
        assertTrue(leftovers(dir).isEmpty());
    }

    @Test
    void aMissingInputIsABaselineError() {
        BaselineStore store = new BaselineStore(dir.resolve("baselines"));
        BaselineException e = assertThrows(BaselineException.class,
                () -> store.save("p", dir.resolve("absent.json"), fp("17"), ACCEPT_ALL));
        assertEquals(dir.resolve("absent.json") + ": no such file", e.getMessage());
        assertTrue(store.profiles().isEmpty());
    }

    @Test
    void profileNamesMustBePlainFileNames() {
        BaselineStore store = new BaselineStore(dir);
        for (String bad : new String[] {"..", "../x", "a/b", "", ".hidden"}) {
            assertThrows(BaselineException.class, () -> store.profileDir(bad), bad);
        }
        assertEquals(dir.resolve("linux-x86_64.g1"), store.profileDir("linux-x86_64.g1"));
    }

    @Test
    void loadingAnUnsavedProfileSaysSo() {
        BaselineException e = assertThrows(BaselineException.class, () -> new BaselineStore(dir).load("none"));
        assertTrue(e.getMessage().endsWith("no such file (no baseline saved for this profile)"));
    }

    @Test
    void aProfileWithoutFingerprintLoadsWithNone() throws Exception {
        Files.createDirectories(dir.resolve("old"));
        Files.writeString(dir.resolve("old").resolve(BaselineStore.RESULT), GOOD);
        assertNull(new BaselineStore(dir).load("old").fingerprint());
    }
}
