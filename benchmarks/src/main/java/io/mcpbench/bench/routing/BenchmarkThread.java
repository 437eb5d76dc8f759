package io.mcpbench.bench.routing;

import io.mcpbench.core.routing.Instance;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * What one benchmark thread keeps between routed calls, the same in every routing benchmark: its
 * cursor into the input streams (threads start a fair distance apart), its {@link
 * RoutedServer.Tally}, and whether and with which weight it reports the iteration's figures (one
 * thread reports for all, see {@link IterationShare}).
 */
final class BenchmarkThread {

    private RoutedServer server;
    private RoutedServer.Tally tally;
    private int cursor;
    private boolean reporter;
    private double weight;

    /** Joins the trial: registers a tally with the server and takes this thread's starting point. */
    void join(RoutedServer routed, ThreadParams thread) {
        server = routed;
        tally = routed.newTally();
        reporter = thread.getThreadIndex() == 0;
        cursor = thread.getThreadIndex() * (RoutedServer.SESSION_KEYS / Math.max(1, thread.getThreadCount()));
    }

    /** Starts an iteration: zeroes the tally and takes the weight of this iteration's figures. */
    void startIteration(BenchmarkParams benchmark, IterationParams iteration) {
        tally.reset();
        weight = IterationShare.weight(benchmark, iteration);
    }

    /** The timed operation: the next routed call. */
    Instance call() {
        return server.call(cursor++, tally);
    }

    /** Whether this thread reports the iteration's figures. */
    boolean reports() {
        return reporter;
    }

    /** A figure of the whole iteration, weighted for JMH's summing (see {@link IterationShare}). */
    double weighted(double figure) {
        return figure * weight;
    }
}
