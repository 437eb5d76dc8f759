package io.mcpbench.core.discovery;

import static io.mcpbench.core.discovery.TestTools.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.catalog.ToolCatalog;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Searches on several threads while servers come and go: no search fails, and every answer comes
 * from one snapshot. Two servers are always replaced together in one catalog write, each tool
 * tagged with the write's generation, so an answer mixing generations or holding one server's
 * tools without the other's would show a torn read.
 */
class SnapshotSwapTest {

    private static final int TOOLS_PER_SERVER = 12;
    private static final int GENERATIONS = 300;
    private static final int CHURNS = 300;
    private static final int READERS = 4;

    private static List<McpSchema.Tool> generation(int g) {
        List<McpSchema.Tool> tools = new ArrayList<>();
        for (int i = 0; i < TOOLS_PER_SERVER; i++) {
            tools.add(tool("tool" + i, "gen" + g, "shared widget number " + i));
        }
        return tools;
    }

    private static List<McpSchema.Tool> churnTools() {
        List<McpSchema.Tool> tools = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tools.add(tool("extra" + i, "Extra", "other gadget"));
        }
        return tools;
    }

    @Test
    void rebuildingOnTheWriterThreadNeverShowsATornSnapshot() throws Exception {
        ToolCatalog catalog = new ToolCatalog();
        try (ToolDiscovery discovery = ToolDiscovery.over(catalog, ToolDiscoveryConfig.defaults())) {
            run(catalog, discovery);
            assertEquals(catalog.snapshot().version(), discovery.snapshot().version(),
                    "after the last write returned, searches see its snapshot");
        }
    }

    @Test
    void rebuildingOnAnExecutorNeverShowsATornSnapshotAndCatchesUp() throws Exception {
        ToolCatalog catalog = new ToolCatalog();
        ExecutorService builder = Executors.newSingleThreadExecutor();
        try (ToolDiscovery discovery = ToolDiscovery.over(catalog, ToolDiscoveryConfig.defaults(), builder)) {
            run(catalog, discovery);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (discovery.snapshot().version() != catalog.snapshot().version() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(catalog.snapshot().version(), discovery.snapshot().version(), "the index catches up");
            assertEquals(2 * TOOLS_PER_SERVER, discovery.search("shared", 1000).size());
        } finally {
            builder.shutdownNow();
        }
    }

    private static void run(ToolCatalog catalog, ToolDiscovery discovery) throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicLong searches = new AtomicLong();
        AtomicLong nonEmptyAnswers = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();

        Thread generations = new Thread(() -> {
            await(start);
            for (int g = 1; g <= GENERATIONS; g++) {
                catalog.putServers(Map.of("alpha", generation(g), "beta", generation(g)));
            }
        });
        Thread churn = new Thread(() -> {
            await(start);
            for (int i = 0; i < CHURNS; i++) {
                String server = "churn" + (i % 7);
                catalog.putServer(server, churnTools());
                catalog.removeServer(server);
            }
        });
        for (int r = 0; r < READERS; r++) {
            threads.add(new Thread(() -> {
                await(start);
                int lastGeneration = 0;
                long lastVersion = -1;
                boolean sawServers = false;
                // After the writes stop, a reader goes on until it has seen the servers once: on a
                // busy machine it may not have been scheduled while they were being replaced.
                long deadline = Long.MAX_VALUE;
                try {
                    do {
                        long version = discovery.snapshot().version();
                        assertTrue(version >= lastVersion, "index versions never go back");
                        lastVersion = version;
                        List<SearchHit> shared = discovery.search("shared widget", 1000);
                        lastGeneration = checkShared(shared, lastGeneration);
                        if (!shared.isEmpty()) {
                            nonEmptyAnswers.incrementAndGet();
                            sawServers = true;
                        }
                        checkChurn(discovery.search("other gadget", 1000));
                        searches.incrementAndGet();
                        if (!writing.get() && deadline == Long.MAX_VALUE) {
                            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                        }
                    } while (writing.get() || (!sawServers && System.nanoTime() < deadline));
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        generations.setUncaughtExceptionHandler((t, e) -> failures.add(e));
        churn.setUncaughtExceptionHandler((t, e) -> failures.add(e));
        generations.start();
        churn.start();
        threads.forEach(Thread::start);
        start.countDown();
        generations.join();
        churn.join();
        writing.set(false);
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("search failed under concurrent writes", failures.peek());
        }
        assertTrue(searches.get() >= READERS, "readers ran");
        assertTrue(nonEmptyAnswers.get() > 0, "readers saw the servers");
        CatalogSnapshot last = catalog.snapshot();
        assertEquals(2 * TOOLS_PER_SERVER, last.size(), "churn servers are all gone");
    }

    /** All tools of both servers, all of one generation, never older than seen before. */
    private static int checkShared(List<SearchHit> hits, int lastGeneration) {
        if (hits.isEmpty()) {
            assertEquals(0, lastGeneration, "tools vanished after they appeared");
            return 0;
        }
        assertEquals(2 * TOOLS_PER_SERVER, hits.size(), "both servers, every tool");
        Set<String> titles = new HashSet<>();
        Set<String> servers = new HashSet<>();
        for (SearchHit h : hits) {
            titles.add(h.entry().tool().title());
            servers.add(h.entry().serverId());
        }
        assertEquals(1, titles.size(), "one generation per answer: " + titles);
        assertEquals(Set.of("alpha", "beta"), servers);
        int generation = Integer.parseInt(titles.iterator().next().substring(3));
        assertTrue(generation >= lastGeneration, "generation went back from " + lastGeneration + " to " + generation);
        return generation;
    }

    /** At most one churn server exists at a time, with all its tools. */
    private static void checkChurn(List<SearchHit> hits) {
        if (hits.isEmpty()) {
            return;
        }
        assertEquals(5, hits.size());
        Set<String> servers = new HashSet<>();
        for (SearchHit h : hits) {
            servers.add(h.entry().serverId());
        }
        assertEquals(1, servers.size(), "one churn server per answer: " + servers);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void rejectedBuildRunsOnTheWritersThread() {
        ToolCatalog catalog = new ToolCatalog();
        ExecutorService shutDown = Executors.newSingleThreadExecutor();
        shutDown.shutdown();
        ToolDiscovery discovery = ToolDiscovery.over(catalog, ToolDiscoveryConfig.defaults(), shutDown);

        catalog.putServer("a", List.of(tool("one", null, "first")));

        assertEquals(catalog.snapshot().version(), discovery.snapshot().version());
        assertEquals(1, discovery.search("first").size());
    }

    @Test
    void closeStopsFollowingTheCatalog() {
        ToolCatalog catalog = new ToolCatalog();
        catalog.putServer("a", List.of(tool("one", null, "first")));
        ToolDiscovery discovery = ToolDiscovery.over(catalog, ToolDiscoveryConfig.defaults());
        assertEquals(1, discovery.search("first").size());

        catalog.putServer("b", List.of(tool("two", null, "second")));
        assertEquals(1, discovery.search("second").size());

        discovery.close();
        catalog.putServer("c", List.of(tool("three", null, "third")));
        assertTrue(discovery.search("third").isEmpty());
        assertEquals(1, discovery.search("second").size());
    }

    @Test
    void fixedSnapshotNeverChanges() {
        ToolCatalog catalog = new ToolCatalog();
        catalog.putServer("a", List.of(tool("one", null, "first")));
        ToolDiscovery discovery = ToolDiscovery.of(catalog.snapshot(), ToolDiscoveryConfig.defaults());
        catalog.removeServer("a");
        assertEquals(1, discovery.search("first").size());
    }
}
