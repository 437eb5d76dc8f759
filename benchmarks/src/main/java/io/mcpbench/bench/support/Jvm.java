package io.mcpbench.bench.support;

/**
 * The JVM every benchmark forks into. JMH's JSON records neither the heap size nor the
 * collector, so both are pinned here and named in every {@code @Fork(jvmArgsAppend = ...)}:
 * a result is then comparable with any other result of this suite.
 */
public final class Jvm {

    /** Initial heap, equal to the maximum so heap resizing never lands in a measurement. */
    public static final String XMS = "-Xms2g";
    /** Maximum heap. */
    public static final String XMX = "-Xmx2g";
    /** The collector: G1, the default of every JDK this suite runs on, named so it stays so. */
    public static final String GC = "-XX:+UseG1GC";
    /** Heap pages touched at start, so first-touch page faults stay out of measurements. */
    public static final String PRETOUCH = "-XX:+AlwaysPreTouch";

    private Jvm() {
    }
}
