package io.mcpbench.bench.profile;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Resource use around each iteration ({@code -prof resources}): process CPU time per operation,
 * heap used after a full GC, and the change in live threads and open file descriptors from the
 * start to the end of the iteration. A component that leaks threads or descriptors shows a
 * non-zero delta; one that leaks memory shows heap after GC growing from iteration to iteration
 * ({@code res.heap.growth}: growth since the first measured iteration of the fork).
 *
 * <p>It runs a full GC after every measurement iteration, outside the measured window; the time that takes
 * lengthens a run but does not enter the scores.
 */
public final class ResourceProfiler implements InternalProfiler {

    private static final double MB = 1024.0 * 1024.0;

    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    private long cpuBefore;
    private int threadsBefore;
    private long fdsBefore;
    private double firstHeapAfterGc = Double.NaN;

    public ResourceProfiler() {
    }

    /** JMH passes options to profilers through this constructor; this one takes none. */
    public ResourceProfiler(String options) {
        this();
    }

    @Override
    public String getDescription() {
        return "CPU time per op, heap after GC, thread and file descriptor deltas per iteration";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        threadsBefore = threads.getThreadCount();
        fdsBefore = openFileDescriptors();
        cpuBefore = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        if (iterationParams.getType() != IterationType.MEASUREMENT) {
            return List.of();
        }
        long cpuNanos = os.getProcessCpuTime() - cpuBefore;
        int threadDelta = threads.getThreadCount() - threadsBefore;
        long fdDelta = openFileDescriptors() - fdsBefore;
        memory.gc();
        double heapAfterGc = memory.getHeapMemoryUsage().getUsed() / MB;
        if (Double.isNaN(firstHeapAfterGc)) {
            firstHeapAfterGc = heapAfterGc;
        }
        long ops = result.getMetadata().getAllOps();
        List<Result> out = new ArrayList<>(5);
        if (ops > 0 && cpuNanos >= 0) {
            out.add(new ScalarResult("res.cpu.time.per.op", (double) cpuNanos / ops, "ns/op", AggregationPolicy.AVG));
        }
        out.add(new ScalarResult("res.heap.after.gc", heapAfterGc, "MB", AggregationPolicy.AVG));
        out.add(new ScalarResult("res.heap.growth", heapAfterGc - firstHeapAfterGc, "MB", AggregationPolicy.MAX));
        out.add(new ScalarResult("res.threads.delta", threadDelta, "threads", AggregationPolicy.MAX));
        if (fdsBefore >= 0) {
            out.add(new ScalarResult("res.fds.delta", fdDelta, "fds", AggregationPolicy.MAX));
        }
        return out;
    }

    private long openFileDescriptors() {
        return os instanceof UnixOperatingSystemMXBean unix ? unix.getOpenFileDescriptorCount() : -1;
    }
}
