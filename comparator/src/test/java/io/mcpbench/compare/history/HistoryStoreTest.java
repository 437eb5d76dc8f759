package io.mcpbench.compare.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.BadInputException;
import io.mcpbench.compare.schema.DocumentSchema;
import io.mcpbench.compare.schema.SchemaAssert;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class HistoryStoreTest {

    @TempDir
    Path dir;

    private void copyReal(String resource, String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/jmh-real/" + resource)) {
            assertTrue(in != null, resource);
            Files.copy(in, dir.resolve(name));
        }
    }

    @Test
    void loadsRealJmhFilesInTimeOrderAndReportsUnreadableOnes() throws IOException {
        copyReal("LTE1916__CS209Lab__jmh-result.json", "20261102T120000Z-abc1234.json");
        copyReal("kgromov__spring-with-jmh__jmh-result.json", "20261101T080000Z.json");
        copyReal("mariofusco__jmh-playground__jmh-result.json", "nightly-7.json");
        Files.writeString(dir.resolve("nightly-7.meta.json"),
                "{\"runId\": \"nightly-7\", \"time\": \"2026-11-03T00:00:00Z\", \"commit\": \"0123456789ab\"}");
        copyReal("chrisgleissner__java-benchmarks__jmh-result-all__8b7db0b.json", "20261104T000000Z-deadbee.json");
        copyReal("Enaifuos__GoogleHashCode_VideoStreaming__benchmark_jmh-result.json", "20261105T000000Z.json");
        copyReal("s-Aura-v__ParallelPerformanceMeasurement__jmh-result.json", "broken-meta.json");
        Files.writeString(dir.resolve("broken-meta.meta.json"), "{\"time\": \"yesterday\"}");
        Files.writeString(dir.resolve("notes.txt"), "not a run");
        SchemaAssert.valid(DocumentSchema.HISTORY_RUN, dir.resolve("nightly-7.meta.json"));
        SchemaAssert.invalid(DocumentSchema.HISTORY_RUN, Files.readString(dir.resolve("broken-meta.meta.json")));

        History history = HistoryStore.load(dir);

        assertEquals(List.of("20261101T080000Z", "20261102T120000Z-abc1234", "nightly-7"),
                history.runs().stream().map(HistoryRun::id).toList());
        HistoryRun first = history.runs().get(0);
        assertEquals(Instant.parse("2026-11-01T08:00:00Z"), first.time());
        assertNull(first.commit());
        assertEquals(1, first.result().rows().size());
        assertEquals("abc1234", history.runs().get(1).commit());
        assertEquals(2, history.runs().get(1).result().rows().size());
        assertEquals("0123456789ab", history.runs().get(2).commit());
        assertEquals(Instant.parse("2026-11-03T00:00:00Z"), history.runs().get(2).time());

        assertEquals(3, history.skipped().size(), history.skipped().toString());
        for (String line : history.skipped()) {
            assertFalse(line.contains("\n"), line);
        }
        assertTrue(history.skipped().get(0).startsWith("skipped run 20261104T000000Z-deadbee.json: empty file"),
                history.skipped().get(0));
        assertTrue(history.skipped().get(1).startsWith("skipped run 20261105T000000Z.json: invalid JSON"),
                history.skipped().get(1));
        assertEquals("skipped run broken-meta.json: metadata broken-meta.meta.json: \"time\" is not an ISO-8601 instant:"
                + " yesterday", history.skipped().get(2));
    }

    /** A sidecar is read strictly: an unknown or duplicate key skips the run (with a line), never half-reads it. */
    @Test
    void sidecarsWithUnknownOrDuplicateKeysAreSkipped() throws IOException {
        String run = Runs.jmhJson(Runs.entry("x.B.m", "avgt", "ns/op", 10));
        Files.writeString(dir.resolve("typo.json"), run);
        Files.writeString(dir.resolve("typo.meta.json"), "{\"time\": \"2026-11-03T00:00:00Z\", \"comit\": \"abc\"}");
        Files.writeString(dir.resolve("dup.json"), run);
        Files.writeString(dir.resolve("dup.meta.json"), "{\"time\": \"2026-11-03T00:00:00Z\", \"time\": \"2020-01-01T00:00:00Z\"}");
        History history = HistoryStore.load(dir);
        assertTrue(history.runs().isEmpty(), history.runs().toString());
        assertEquals(List.of("skipped run dup.json: unreadable metadata dup.meta.json: Duplicate Object property \"time\" (line 1, column 40)",
                "skipped run typo.json: metadata typo.meta.json: unknown key \"comit\" (expected one of [commit, runId, schema, time])"),
                history.skipped());
        SchemaAssert.invalid(DocumentSchema.HISTORY_RUN, Files.readString(dir.resolve("typo.meta.json")));
    }

    /**
     * A sidecar of another version fails the whole load on one line: skipping it would leave out
     * every run a newer comparator wrote. One without a version was written before the key existed.
     */
    @Test
    void aSidecarOfAnotherVersionFailsTheLoad() throws IOException {
        String run = Runs.jmhJson(Runs.entry("x.B.m", "avgt", "ns/op", 10));
        Files.writeString(dir.resolve("old.json"), run);
        Files.writeString(dir.resolve("old.meta.json"), "{\"runId\": \"old\", \"time\": \"2026-11-02T00:00:00Z\", \"commit\": null}");
        Files.writeString(dir.resolve("new.json"), run);
        Files.writeString(dir.resolve("new.meta.json"), "{\"schema\": \"mcpbench-history-run/2\", \"time\": \"2026-11-03T00:00:00Z\"}");
        BadInputException e = assertThrows(BadInputException.class, () -> HistoryStore.load(dir));
        assertEquals(dir + ": run new: metadata new.meta.json: \"schema\" is \"mcpbench-history-run/2\", not a format this"
                + " comparator reads (it reads \"mcpbench-history-run/1\"; another version of the comparator wrote it)", e.getMessage());
        SchemaAssert.invalid(DocumentSchema.HISTORY_RUN, Files.readString(dir.resolve("new.meta.json")));
        Files.delete(dir.resolve("new.meta.json"));
        assertEquals(List.of("new", "old"), HistoryStore.load(dir).runs().stream().map(HistoryRun::id).sorted().toList());
        SchemaAssert.valid(DocumentSchema.HISTORY_RUN, dir.resolve("old.meta.json"));
    }

    @Test
    void nameWithoutTimeUsesTheModificationTime() throws IOException {
        Files.writeString(dir.resolve("a.json"), Runs.jmhJson(Runs.entry("x.B.m", "avgt", "ns/op", 10)));
        Files.writeString(dir.resolve("b.json"), Runs.jmhJson(Runs.entry("x.B.m", "avgt", "ns/op", 11)));
        Files.setLastModifiedTime(dir.resolve("a.json"), FileTime.from(Instant.parse("2026-05-02T00:00:00Z")));
        Files.setLastModifiedTime(dir.resolve("b.json"), FileTime.from(Instant.parse("2026-05-01T00:00:00Z")));
        History history = HistoryStore.load(dir);
        assertEquals(List.of("b", "a"), history.runs().stream().map(HistoryRun::id).toList());
        assertTrue(history.skipped().isEmpty());
    }

    @Test
    void appendStoresResultAndSidecarThatLoadReadsBack() throws IOException {
        Path src = dir.resolve("incoming.json");
        Files.writeString(src, Runs.jmhJson(Runs.entry("x.B.m", "avgt", "ns/op", 10, 11, 12)));
        Path history = dir.resolve("results").resolve("history");
        HistoryRun later = HistoryStore.append(history, src, Instant.parse("2026-11-20T10:00:00Z"),
                "0123456789abcdef0123456789abcdef01234567");
        HistoryRun earlier = HistoryStore.append(history, src, Instant.parse("2026-11-19T10:00:00Z"), null);
        assertEquals("20261120T100000Z-0123456789ab", later.id());
        assertEquals("20261119T100000Z", earlier.id());
        assertEquals(Files.readString(src), Files.readString(history.resolve(later.id() + ".json")));
        assertTrue(Files.readString(history.resolve(later.id() + ".meta.json"))
                .contains("\"commit\" : \"0123456789abcdef0123456789abcdef01234567\""));
        for (HistoryRun r : List.of(earlier, later)) {
            JsonNode meta = SchemaAssert.valid(DocumentSchema.HISTORY_RUN, history.resolve(r.id() + ".meta.json"));
            assertEquals(DocumentSchema.KEY, meta.properties().iterator().next().getKey(), "the version leads the sidecar");
        }
        try (Stream<Path> files = Files.list(history)) {
            assertEquals(4, files.count(), "two runs, two sidecars, no temporary files");
        }
        History loaded = HistoryStore.load(history);
        assertEquals(List.of(earlier.id(), later.id()), loaded.runs().stream().map(HistoryRun::id).toList());
        assertEquals("0123456789abcdef0123456789abcdef01234567", loaded.runs().get(1).commit());
        assertNull(loaded.runs().get(0).commit());
        assertEquals(Instant.parse("2026-11-19T10:00:00Z"), loaded.runs().get(0).time());
    }

    @Test
    void appendRefusesDuplicatesBadIdsAndBrokenResultsWithoutWriting() throws IOException {
        Path src = dir.resolve("incoming.json");
        Files.writeString(src, Runs.jmhJson(Runs.entry("x.B.m", "avgt", "ns/op", 10)));
        Path history = dir.resolve("h");
        HistoryStore.append(history, src, "r1", Instant.parse("2026-11-20T10:00:00Z"), "abc");
        BadInputException dup = assertThrows(BadInputException.class,
                () -> HistoryStore.append(history, src, "r1", Instant.parse("2026-11-21T10:00:00Z"), null));
        assertTrue(dup.getMessage().endsWith("run r1 already exists in the history"), dup.getMessage());
        BadInputException id = assertThrows(BadInputException.class,
                () -> HistoryStore.append(history, src, "../escape", Instant.now(), null));
        assertEquals("invalid run id '../escape': use letters, digits, '.', '_' and '-'", id.getMessage());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[{\"benchmark\": ");
        BadInputException bad = assertThrows(BadInputException.class,
                () -> HistoryStore.append(history, broken, "r2", Instant.now(), null));
        assertTrue(bad.getMessage().startsWith("broken.json: invalid JSON"), bad.getMessage());
        try (Stream<Path> files = Files.list(history)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void loadRefusesAMissingDirectory() {
        BadInputException e = assertThrows(BadInputException.class, () -> HistoryStore.load(dir.resolve("none")));
        assertEquals(dir.resolve("none") + ": not a history directory", e.getMessage());
    }

    @Test
    void readersNeverSeeAHalfWrittenRun() throws Exception {
        StringBuilder big = new StringBuilder();
        Object[][] entries = new Object[300][];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = Runs.entry("x.B.m" + i, "avgt", "ns/op", 10 + i, 11 + i, 12 + i);
        }
        big.append(Runs.jmhJson(entries));
        Path src = dir.resolve("big.json");
        Files.write(src, big.toString().getBytes(StandardCharsets.UTF_8));
        Path history = dir.resolve("h");
        Files.createDirectories(history);
        int appends = 40;
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < appends; i++) {
                    HistoryStore.append(history, src, Runs.START.plusSeconds(i), null);
                }
                done.set(true);
                return null;
            });
            List<Future<Integer>> readers = List.of(pool.submit(() -> read(history, done)),
                    pool.submit(() -> read(history, done)));
            writer.get(60, TimeUnit.SECONDS);
            for (Future<Integer> r : readers) {
                assertTrue(r.get(60, TimeUnit.SECONDS) >= 1);
            }
        } finally {
            pool.shutdownNow();
        }
        History all = HistoryStore.load(history);
        assertEquals(appends, all.runs().size());
        assertTrue(all.skipped().isEmpty());
    }

    private static int read(Path history, AtomicBoolean done) {
        int loads = 0;
        int lastCount = 0;
        while (!done.get() || loads == 0) {
            History h = HistoryStore.load(history);
            assertTrue(h.skipped().isEmpty(), h.skipped().toString());
            assertTrue(h.runs().size() >= lastCount, "runs never disappear");
            for (HistoryRun run : h.runs()) {
                assertEquals(300, run.result().rows().size(), "every run is whole");
            }
            lastCount = h.runs().size();
            loads++;
        }
        return loads;
    }
}
