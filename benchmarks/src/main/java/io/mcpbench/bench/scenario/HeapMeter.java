package io.mcpbench.bench.scenario;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Live heap, measured the only way a running JVM offers: collect, then read the used heap. One
 * {@code System.gc()} can leave objects that a finalizer-like cleaner or a reference queue frees
 * only on the next cycle, so it collects until two consecutive readings agree within
 * {@link #SETTLED_BYTES} (at most {@link #MAX_COLLECTIONS} times) and returns the smaller reading.
 * The pinned collector (G1, {@code -XX:+UseG1GC}) runs {@code System.gc()} as a full, compacting,
 * stop-the-world collection unless {@code -XX:+ExplicitGCInvokesConcurrent} is set, which this
 * suite never sets.
 */
final class HeapMeter {

    /** Readings this close are taken as settled. */
    static final long SETTLED_BYTES = 64 * 1024;
    /** The most collections one reading costs. */
    static final int MAX_COLLECTIONS = 5;

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapMeter() {
    }

    /** Used heap in bytes after full collections have settled. */
    static long usedAfterGc() {
        long previous = collectAndRead();
        for (int i = 1; i < MAX_COLLECTIONS; i++) {
            long now = collectAndRead();
            boolean settled = Math.abs(now - previous) <= SETTLED_BYTES;
            previous = Math.min(previous, now);
            if (settled) {
                break;
            }
        }
        return previous;
    }

    private static long collectAndRead() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
