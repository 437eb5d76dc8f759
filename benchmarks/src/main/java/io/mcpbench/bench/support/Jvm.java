package io.mcpbench.bench.support;

import java.util.List;

/**
 * The JVM every benchmark forks into. JMH's JSON records neither the heap size nor the
 * collector, so both are pinned here and named in every {@code @Fork(jvmArgsAppend = ...)}:
 * a result is then comparable with any other result of this suite.
 *
 * <p>The heap's memory is also backed before the first iteration, in large pages where the
 * kernel offers them ({@code madvise}). On a virtual machine whose page faults are slow, a fork
 * otherwise measures the kernel: on a 2-core VM where touching 2 GB in 4 KB pages took 4 to 5 s,
 * {@code tools/call} measured 18 to 22 us per call, slowing as its young generation grew into
 * untouched memory, and 3.1 us with the heap pretouched in 2 MB pages (pretouching then took
 * 0.2 to 2 s a fork).
 */
public final class Jvm {

    /** Initial heap, equal to the maximum so heap resizing never lands in a measurement. */
    public static final String XMS = "-Xms2g";
    /** Maximum heap. */
    public static final String XMX = "-Xmx2g";
    /** The collector: G1, the default of every JDK this suite runs on, named so it stays so. */
    public static final String GC = "-XX:+UseG1GC";
    /**
     * Large pages for the heap where the kernel's transparent huge pages are {@code madvise} or
     * {@code always}; where they are off, the JVM warns once and goes on with small pages.
     */
    public static final String THP = "-XX:+UseTransparentHugePages";
    /** Heap pages touched at start, so first-touch page faults stay out of measurements. */
    public static final String PRETOUCH = "-XX:+AlwaysPreTouch";

    /** Every flag above, in the order each {@code @Fork} names them. */
    public static final List<String> FLAGS = List.of(XMS, XMX, GC, THP, PRETOUCH);

    private Jvm() {
    }
}
