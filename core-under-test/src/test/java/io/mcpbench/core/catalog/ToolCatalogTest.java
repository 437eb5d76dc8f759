package io.mcpbench.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ToolCatalogTest {

    private static McpSchema.Tool tool(String name) {
        return new McpSchema.Tool(name, null, "does " + name, Map.of("type", "object"), null, null, null);
    }

    private static List<McpSchema.Tool> tools(String... names) {
        List<McpSchema.Tool> list = new ArrayList<>();
        for (String n : names) list.add(tool(n));
        return list;
    }

    @Test
    void entriesAreOrderedByQualifiedNameWhateverTheInsertionOrder() {
        ToolCatalog catalog = new ToolCatalog();
        catalog.putServer("zeta", tools("b", "a"));
        catalog.putServer("alpha", tools("z", "c"));
        List<String> names = catalog.snapshot().entries().stream().map(CatalogEntry::qualifiedName).toList();
        assertEquals(List.of("alpha__c", "alpha__z", "zeta__a", "zeta__b"), names);
        assertEquals(2, catalog.snapshot().version());
    }

    @Test
    void findIsByQualifiedNameAndIndexMatchesOrder() {
        CatalogSnapshot s = CatalogSnapshot.of(Map.of("srv", tools("one", "two")));
        assertEquals("two", s.find("srv__two").toolName());
        assertEquals(1, s.indexOf("srv__two"));
        assertNull(s.find("srv__three"));
        assertEquals(-1, s.indexOf("other__one"));
    }

    @Test
    void duplicateToolNamesInOneServerAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CatalogSnapshot.of(Map.of("srv", tools("x", "x"))));
        assertTrue(e.getMessage().contains("srv__x"), e.getMessage());
    }

    @Test
    void removingAServerSwapsAndNotifiesListeners() {
        ToolCatalog catalog = new ToolCatalog();
        List<Long> seen = new ArrayList<>();
        catalog.addListener(s -> seen.add(s.version()));
        catalog.putServer("a", tools("t1"));
        catalog.putServer("b", tools("t2"));
        CatalogSnapshot before = catalog.snapshot();
        assertSame(before, catalog.removeServer("missing"), "removing an absent server changes nothing");
        catalog.removeServer("a");
        assertEquals(List.of("b__t2"), catalog.snapshot().entries().stream().map(CatalogEntry::qualifiedName).toList());
        assertEquals(List.of(1L, 2L, 3L), seen);
        assertEquals(2, before.size(), "an old snapshot is unchanged by later swaps");
    }

    @Test
    void readersDuringSwapsSeeWholeSnapshotsOnly() throws Exception {
        // Each server version has tools named with its generation; a reader must never see two generations.
        ToolCatalog catalog = new ToolCatalog();
        catalog.putServers(Map.of("s1", tools("g0_a", "g0_b"), "s2", tools("g0_c")));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<String> failure = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(2);
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            Thread t = new Thread(() -> {
                started.countDown();
                while (!stop.get()) {
                    CatalogSnapshot s = catalog.snapshot();
                    String gen = s.entries().get(0).toolName().substring(0, s.entries().get(0).toolName().indexOf('_'));
                    for (CatalogEntry e : s.entries()) {
                        if (!e.toolName().startsWith(gen + "_")) {
                            failure.compareAndSet(null, "mixed snapshot " + s.version() + ": " + e.qualifiedName());
                        }
                    }
                    if (s.size() != 3) failure.compareAndSet(null, "size " + s.size());
                }
            });
            readers.add(t);
            t.start();
        }
        started.await();
        for (int g = 1; g <= 2_000; g++) {
            catalog.putServers(Map.of("s1", tools("g" + g + "_a", "g" + g + "_b"), "s2", tools("g" + g + "_c")));
        }
        stop.set(true);
        for (Thread t : readers) t.join();
        assertNull(failure.get());
        assertEquals(2_001, catalog.snapshot().version());
    }

    @Test
    void concurrentWritersLoseNoServer() throws Exception {
        ToolCatalog catalog = new ToolCatalog();
        int threads = 4;
        int perThread = 250;
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            int id = w;
            Thread t = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    catalog.putServer("w" + id + "-s" + i, tools("t"));
                }
            });
            writers.add(t);
            t.start();
        }
        for (Thread t : writers) t.join();
        assertEquals(threads * perThread, catalog.snapshot().size());
        assertEquals(threads * perThread, catalog.snapshot().version());
    }
}
