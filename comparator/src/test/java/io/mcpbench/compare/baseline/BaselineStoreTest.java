package io.mcpbench.compare.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.baseline.EnvironmentFingerprint.Field;
import io.mcpbench.compare.schema.DocumentSchema;
import io.mcpbench.compare.schema.SchemaAssert;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    private static EnvironmentFingerprint fp(String jdk) {
        return new EnvironmentFingerprint(Map.of(Field.JDK_VERSION, jdk));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Names in {@code folder} (and its generations) that only an unfinished save leaves. */
    private static List<String> leftovers(Path folder) throws Exception {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    private static List<String> generations(Path profile) throws Exception {
        try (Stream<Path> s = Files.list(profile.resolve(ProfileFolder.GENERATIONS))) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void saveStoresTheResultByteForByteWithItsFingerprint() throws Exception {
        BaselineStore store = new BaselineStore(dir.resolve("baselines"));
        store.save("ci-x86", bytes(GOOD), fp("17"));
        BaselineStore.Stored s = store.load("ci-x86");
        assertArrayEquals(bytes(GOOD), s.resultBytes());
        assertEquals(GOOD, Files.readString(s.result()));
        assertEquals("17", s.fingerprint().get(Field.JDK_VERSION));
        assertEquals(List.of("ci-x86"), store.profiles());
        Path profile = store.profileDir("ci-x86");
        assertEquals(GOOD, Files.readString(profile.resolve(BaselineStore.RESULT)), "readable by path, through the link");
        assertTrue(Files.readString(profile.resolve(BaselineStore.FINGERPRINT)).contains("\"jdk.version\" : \"17\""));
        SchemaAssert.valid(DocumentSchema.FINGERPRINT, profile.resolve(BaselineStore.FINGERPRINT));
        assertTrue(Files.isSymbolicLink(profile.resolve(ProfileFolder.CURRENT)));
        assertTrue(leftovers(profile).isEmpty());
    }

    @Test
    void aSaveOverAnExistingBaselineReplacesThePairAndKeepsOneGeneration() throws Exception {
        BaselineStore store = new BaselineStore(dir.resolve("baselines"));
        store.save("p", bytes(GOOD2), fp("17"));
        store.save("p", bytes(GOOD), fp("21"));
        BaselineStore.Stored s = store.load("p");
        assertArrayEquals(bytes(GOOD), s.resultBytes());
        assertEquals("21", s.fingerprint().get(Field.JDK_VERSION));
        assertEquals(1, generations(store.profileDir("p")).size());
        assertTrue(leftovers(store.profileDir("p")).isEmpty());
    }

    @Test
    void aMalformedNewResultLeavesTheOldBaselineIntact() throws Exception {
        BaselineStore store = new BaselineStore(dir.resolve("baselines"));
        store.save("p", bytes(GOOD), fp("17"));
        for (String bad : new String[] {"", "[{\"benchmark\":", "{}", "[]", "[{\"a\":1,\"a\":2}]"}) {
            BaselineException e = assertThrows(BaselineException.class, () -> store.save("p", bytes(bad), fp("21")));
            assertTrue(e.getMessage().startsWith("baseline p: "), e.getMessage());
            assertArrayEquals(bytes(GOOD), store.load("p").resultBytes(), bad);
            assertEquals("17", store.load("p").fingerprint().get(Field.JDK_VERSION));
            assertTrue(leftovers(store.profileDir("p")).isEmpty());
        }
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
    void whatAKilledSaveLeftIsRemovedByTheNextSave() throws Exception {
        BaselineStore store = new BaselineStore(dir.resolve("baselines"));
        store.save("p", bytes(GOOD), fp("17"));
        Path profile = store.profileDir("p");
        Files.writeString(profile.resolve(".fingerprint.json.123.tmp"), "{");
        Files.createSymbolicLink(profile.resolve(".current.abc.tmp"), Path.of("generations", "partial"));
        Files.createDirectories(profile.resolve("generations").resolve("partial"));
        Files.writeString(profile.resolve("generations").resolve("partial").resolve("result.json"), "[{\"bench");
        assertArrayEquals(bytes(GOOD), store.load("p").resultBytes(), "a reader ignores the leftovers");
        store.save("p", bytes(GOOD2), fp("21"));
        assertTrue(leftovers(profile).isEmpty());
        assertEquals(1, generations(profile).size());
        assertArrayEquals(bytes(GOOD2), store.load("p").resultBytes());
    }

    @Test
    void aFolderOfTheEarlierLayoutIsReadAndAdoptedByTheNextSave() throws Exception {
        Path profile = dir.resolve("old");
        Files.createDirectories(profile);
        Files.writeString(profile.resolve(BaselineStore.RESULT), GOOD);
        Files.write(profile.resolve(BaselineStore.FINGERPRINT), FingerprintJson.write(fp("17")));
        BaselineStore store = new BaselineStore(dir);
        assertEquals("17", store.load("old").fingerprint().get(Field.JDK_VERSION));
        assertEquals(List.of("old"), store.profiles());
        store.save("old", bytes(GOOD2), fp("21"));
        BaselineStore.Stored s = store.load("old");
        assertArrayEquals(bytes(GOOD2), s.resultBytes());
        assertEquals("21", s.fingerprint().get(Field.JDK_VERSION));
        assertTrue(Files.isSymbolicLink(profile.resolve(BaselineStore.RESULT)));
        assertEquals(GOOD2, Files.readString(profile.resolve(BaselineStore.RESULT)));
    }

    @Test
    void aCurrentLinkOutsideTheGenerationsIsRefused() throws Exception {
        Path profile = dir.resolve("p");
        Files.createDirectories(profile);
        Files.writeString(dir.resolve("elsewhere.json"), GOOD);
        for (Path target : new Path[] {Path.of(".."), dir.resolve("elsewhere.json"), Path.of("generations", "..", "..")}) {
            Files.deleteIfExists(profile.resolve("current"));
            Files.createSymbolicLink(profile.resolve("current"), target);
            BaselineException e = assertThrows(BaselineException.class, () -> new BaselineStore(dir).load("p"), target.toString());
            assertTrue(e.getMessage().contains("not to a folder in generations/"), e.getMessage());
        }
    }

    @Test
    void aResultThatIsAPipeIsRefusedWithoutWaiting() throws Exception {
        Path profile = dir.resolve("p");
        Files.createDirectories(profile);
        Process mkfifo = new ProcessBuilder("mkfifo", profile.resolve(BaselineStore.RESULT).toString()).start();
        assertEquals(0, mkfifo.waitFor());
        BaselineException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(BaselineException.class, () -> new BaselineStore(dir).load("p")));
        assertTrue(e.getMessage().endsWith("not a regular file (a device, pipe or socket); refused"), e.getMessage());
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
        assertFalse(Files.exists(dir.resolve("none")), "a read creates no folder");
    }

    @Test
    void aProfileWithoutFingerprintLoadsWithNone() throws Exception {
        Files.createDirectories(dir.resolve("old"));
        Files.writeString(dir.resolve("old").resolve(BaselineStore.RESULT), GOOD);
        assertNull(new BaselineStore(dir).load("old").fingerprint());
    }
}
