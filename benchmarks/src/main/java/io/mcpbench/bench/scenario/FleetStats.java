package io.mcpbench.bench.scenario;

import io.mcpbench.bench.gateway.Responses;
import io.mcpbench.workload.agents.CallListener;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The calls of an agent fleet, as they complete on many threads at once: latencies into an
 * HdrHistogram {@link Recorder} (wait-free for the recording threads; 3 significant digits, 1 ns
 * to 60 s), successes and failures (a JSON-RPC error or a tool error) into adders, and a permit per
 * completed call, so a JMH thread can count completed calls as its operations
 * ({@link #awaitCompletion()}). {@link #take()} ends a window and starts the next.
 */
final class FleetStats implements CallListener {

    /** A fleet that completes no call for this long has stalled: the benchmark fails rather than hang. */
    static final long STALL_SECONDS = 10;
    private static final long HIGHEST_NANOS = 60_000_000_000L;

    private final Recorder latencies = new Recorder(1, HIGHEST_NANOS, 3);
    private final LongAdder succeeded = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final Semaphore completions = new Semaphore(0);

    @Override
    public void completed(long latencyNanos, byte[] response) {
        latencies.recordValue(Math.min(Math.max(1, latencyNanos), HIGHEST_NANOS));
        if (response == null || Responses.isFailure(response)) {
            failed.increment();
        } else {
            succeeded.increment();
        }
        completions.release();
    }

    /** Waits for the next call to complete. */
    void awaitCompletion() throws InterruptedException {
        if (!completions.tryAcquire(STALL_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no agent call completed in " + STALL_SECONDS + " s: the fleet has stalled");
        }
    }

    /** The calls completed since the last take, and a new window from now. */
    Window take() {
        Histogram h = latencies.getIntervalHistogram();
        completions.drainPermits();
        return new Window(h, succeeded.sumThenReset(), failed.sumThenReset());
    }

    /** The calls of one window: their latencies, and how many succeeded and failed. */
    record Window(Histogram latencies, long succeeded, long failed) {

        long calls() {
            return succeeded + failed;
        }

        /** The latency at {@code percentile} (0 to 100) in milliseconds; NaN for a window without calls. */
        double percentileMs(double percentile) {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1e6;
        }

        /** Failed calls in percent of all; NaN for a window without calls. */
        double errorPercent() {
            return calls() == 0 ? Double.NaN : 100.0 * failed / calls();
        }
    }
}
