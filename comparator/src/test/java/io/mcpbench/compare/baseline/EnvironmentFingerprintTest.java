package io.mcpbench.compare.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.baseline.EnvironmentFingerprint.Difference;
import io.mcpbench.compare.baseline.EnvironmentFingerprint.Field;
import io.mcpbench.compare.model.RunInfo;
import io.mcpbench.compare.schema.DocumentSchema;
import io.mcpbench.compare.schema.SchemaAssert;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentFingerprintTest {

    @TempDir
    Path dir;

    private Host host;

    @BeforeEach
    void fakeHost() throws Exception {
        Path cpuinfo = dir.resolve("cpuinfo");
        Files.writeString(cpuinfo, "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R)  CPU @ 2.20GHz\n"
                + "processor\t: 1\nmodel name\t: Intel(R) Xeon(R)  CPU @ 2.20GHz\n");
        Path meminfo = dir.resolve("meminfo");
        Files.writeString(meminfo, "MemTotal:       16384000 kB\nMemFree:         1000 kB\n");
        Properties p = new Properties();
        p.setProperty("os.name", "Linux");
        p.setProperty("os.version", "6.1.0");
        p.setProperty("os.arch", "amd64");
        p.setProperty("java.vendor", "Eclipse Adoptium");
        p.setProperty("java.version", "17.0.8");
        host = Host.read(cpuinfo, meminfo, p, 4);
    }

    private static RunInfo run(String jdk, List<String> jvmArgs, int forks) {
        return new RunInfo("1.37", jdk, "OpenJDK 64-Bit Server VM", jdk + "+7", null, jvmArgs, forks, 5, "10 s", 5, "10 s");
    }

    @Test
    void hostFactsComeFromProcFiles() {
        assertEquals("Intel(R) Xeon(R) CPU @ 2.20GHz", host.cpuModel());
        assertEquals(16384000L * 1024, host.memoryBytes());
        assertEquals(4, host.cores());
    }

    @Test
    void missingProcFilesLeaveFactsUnknown() {
        Host h = Host.read(dir.resolve("none"), dir.resolve("none2"), new Properties(), 2);
        assertNull(h.cpuModel());
        assertNull(h.memoryBytes());
    }

    @Test
    void captureTakesJvmFactsFromTheResultAndHardwareFromTheHost() {
        EnvironmentFingerprint fp = FingerprintCapture.of(run("17.0.8", List.of("-Xmx2g", "-XX:+UseParallelGC"), 5), host, "abc");
        assertEquals("Intel(R) Xeon(R) CPU @ 2.20GHz", fp.get(Field.CPU_MODEL));
        assertEquals("4", fp.get(Field.CPU_CORES));
        assertEquals("16", fp.get(Field.MEMORY_GIB));
        assertEquals("17.0.8", fp.get(Field.JDK_VERSION));
        assertEquals("Eclipse Adoptium", fp.get(Field.JDK_VENDOR));
        assertEquals("-Xmx2g -XX:+UseParallelGC", fp.get(Field.JVM_ARGS));
        assertEquals("Parallel", fp.get(Field.COLLECTOR));
        assertEquals("5", fp.get(Field.FORKS));
        assertEquals("10 s", fp.get(Field.MEASUREMENT_TIME));
        assertEquals("abc", fp.get(Field.GIT_COMMIT));
    }

    /**
     * The vendor is this JVM's when the versions agree, else unknown: the {@code jvm} path of the
     * result (untrusted) is never followed, so a {@code release} file beside it, even a FIFO that
     * would block a reader, is not read.
     */
    @Test
    void vendorIsThisJvmsWhenTheVersionMatchesAndTheResultsJvmPathIsNotFollowed() throws Exception {
        Path home = dir.resolve("jdk");
        Files.createDirectories(home.resolve("bin"));
        Process mkfifo = new ProcessBuilder("mkfifo", home.resolve("release").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        RunInfo same = new RunInfo("1.37", host.javaVersion(), "vm", "21", home.resolve("bin/java").toString(), List.of(), 1, 1,
                "1 s", 1, "1 s");
        EnvironmentFingerprint fp = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> FingerprintCapture.of(same, host, null));
        assertEquals(host.javaVendor(), fp.get(Field.JDK_VENDOR));
        RunInfo other = new RunInfo("1.37", "21.0.2-other", "vm", "21", home.resolve("bin/java").toString(), List.of(), 1, 1,
                "1 s", 1, "1 s");
        assertNull(FingerprintCapture.of(other, host, null).get(Field.JDK_VENDOR), "another JDK than this one: unknown");
    }

    @Test
    void collectorFollowsTheLastFlagOrTheDefaultRule() {
        assertEquals("ZGC", GarbageCollectors.of(List.of("-XX:+UseG1GC", "-XX:+UseZGC"), "21", 4, 1L << 34));
        assertEquals("G1", GarbageCollectors.of(List.of("-Xmx1g"), "17.0.8", 4, 1L << 34));
        assertEquals("Parallel", GarbageCollectors.of(List.of(), "1.8.0_302", 4, 1L << 34));
        assertEquals("Serial", GarbageCollectors.of(List.of(), "21", 1, 1L << 34));
        assertEquals("Serial", GarbageCollectors.of(List.of(), "21", 4, 1L << 30));
        assertNull(GarbageCollectors.of(List.of(), null, 4, 1L << 34));
        assertEquals(16, GarbageCollectors.majorVersion("16-ea"));
        assertEquals(24, GarbageCollectors.majorVersion("24-testing"));
        assertEquals(8, GarbageCollectors.majorVersion("1.8.0_101"));
    }

    @Test
    void diffListsGatingFieldsThatDifferButNotTheCommit() {
        EnvironmentFingerprint a = FingerprintCapture.of(run("17.0.8", List.of("-Xmx2g"), 5), host, "aaa");
        EnvironmentFingerprint same = FingerprintCapture.of(run("17.0.8", List.of("-Xmx2g"), 5), host, "bbb");
        assertTrue(a.diff(same, true).isEmpty());
        assertEquals(List.of(new Difference(Field.GIT_COMMIT, "aaa", "bbb")), a.diff(same, false));

        EnvironmentFingerprint b = FingerprintCapture.of(run("21.0.2", List.of("-Xmx2g", "-XX:+UseZGC"), 3), host, "bbb");
        List<Difference> d = a.diff(b, true);
        List<String> fields = d.stream().map(x -> x.field().key()).toList();
        assertEquals(List.of("jdk.version", "vm.version", "jvm.args", "gc", "jmh.forks"), fields);
        assertEquals("gc: G1 -> ZGC", d.get(3).describe());
    }

    @Test
    void unknownFieldsNeverCountAsDifferences() {
        EnvironmentFingerprint a = FingerprintCapture.of(run("17.0.8", List.of(), 5), host, null);
        EnvironmentFingerprint partial = FingerprintCapture.of(RunInfo.unknown(), Host.read(dir.resolve("x"), dir.resolve("y"), new Properties(), 4), null);
        assertTrue(a.diff(partial, true).isEmpty());
    }

    @Test
    void jsonRoundTripKeepsEveryField() throws Exception {
        EnvironmentFingerprint a = FingerprintCapture.of(run("17.0.8", List.of("-Xmx2g"), 5), host, "abc");
        Path f = dir.resolve("fp.json");
        Files.write(f, FingerprintJson.write(a));
        assertEquals(a, FingerprintJson.read(f));
        assertTrue(Files.readString(f).contains("\"jdk.version\" : \"17.0.8\""));
        SchemaAssert.valid(DocumentSchema.FINGERPRINT, f);
    }

    @Test
    void malformedFingerprintFilesNameTheFile() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "[1,2]");
        BaselineException e = org.junit.jupiter.api.Assertions.assertThrows(BaselineException.class, () -> FingerprintJson.read(f));
        assertEquals(f + ": expected a JSON object of fingerprint fields", e.getMessage());
    }
}
