package io.mcpbench.bench.scenario;

import java.lang.management.ManagementFactory;

/**
 * The share of the machine this process used over an interval: process CPU time (every thread:
 * the gateway, the simulated agents and downstream, JMH, the JIT and the collector) over the
 * interval's wall time times the available processors, in percent. 100% is every core busy.
 */
final class ProcessCpu {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private long cpuStart;
    private long wallStart;

    /** Starts an interval now. */
    void start() {
        cpuStart = cpuNanos();
        wallStart = System.nanoTime();
    }

    /** The process's share of all cores since {@link #start()}, in percent. */
    double percent() {
        long wall = System.nanoTime() - wallStart;
        long cpu = cpuNanos() - cpuStart;
        return wall <= 0 ? 0 : 100.0 * cpu / ((double) wall * Runtime.getRuntime().availableProcessors());
    }

    private static long cpuNanos() {
        long cpu = OS.getProcessCpuTime();
        if (cpu < 0) {
            throw new IllegalStateException("this JVM does not report process CPU time");
        }
        return cpu;
    }
}
