package io.mcpbench.bench.routing;

import io.mcpbench.core.routing.Instance;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * What one benchmark thread keeps between routed calls: its cursor into the input streams (threads
 * start a fair distance apart), its {@link RoutedServer.Tally}, and whether and with which weight
 * it reports the iteration's figures (one thread reports for all, see {@link IterationShare}). The
 * tally is registered with the server on the thread's first call: a thread's state cannot reach
 * the benchmark's server before then (see {@link RoutingSweep}).
 */
final class BenchmarkThread {

    private RoutedServer server;
    private RoutedServer.Tally tally;
    private int cursor;
    private boolean reporter;
    private double weight;

    /** Takes this thread's starting point and role in the trial. */
    void place(ThreadParams thread) {
        reporter = thread.getThreadIndex() == 0;
        cursor = thread.getThreadIndex() * (RoutedServer.SESSION_KEYS / Math.max(1, thread.getThreadCount()));
    }

    /** Starts an iteration: zeroes the tally and takes the weight of this iteration's figures. */
    void startIteration(BenchmarkParams benchmark, IterationParams iteration) {
        if (tally != null) {
            tally.reset();
        }
        weight = IterationShare.weight(benchmark, iteration);
    }

    /** The timed operation: the next routed call on {@code routed}, whose tally this thread joins on its first call. */
    Instance call(RoutedServer routed) {
        if (tally == null) {
            server = routed;
            tally = routed.newTally();
        }
        return routed.call(cursor++, tally);
    }

    /** Whether this thread reports the iteration's figures (it has called, so it knows the server). */
    boolean reports() {
        return reporter && server != null;
    }

    /** The server this thread routes through. */
    RoutedServer server() {
        return server;
    }

    /** A figure of the whole iteration, weighted for JMH's summing (see {@link IterationShare}). */
    double weighted(double figure) {
        return figure * weight;
    }
}
