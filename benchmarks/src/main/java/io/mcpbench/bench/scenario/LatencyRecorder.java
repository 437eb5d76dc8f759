package io.mcpbench.bench.scenario;

import org.HdrHistogram.Histogram;

/**
 * One thread's call outcomes in one iteration: a latency histogram (HdrHistogram, 3 significant
 * digits, 1 ns to 60 s) and success and failure counts. Written by its own thread only; read by
 * the reporting thread once every thread has left the measurement loop (JMH runs iteration
 * teardowns after all threads stop), so it needs no synchronisation of its own.
 */
final class LatencyRecorder {

    private static final long HIGHEST_NANOS = 60_000_000_000L;

    final Histogram histogram = new Histogram(1, HIGHEST_NANOS, 3);
    long succeeded;
    long failed;

    /** Records one call that took {@code nanos} and failed or not. */
    void record(long nanos, boolean failure) {
        histogram.recordValue(Math.min(Math.max(1, nanos), HIGHEST_NANOS));
        if (failure) {
            failed++;
        } else {
            succeeded++;
        }
    }

    void reset() {
        histogram.reset();
        succeeded = 0;
        failed = 0;
    }

    /** The outcomes of several threads pooled (the percentiles of the pooled calls, not of thread percentiles). */
    static Summary summarize(LatencyRecorder[] recorders) {
        Histogram all = new Histogram(1, HIGHEST_NANOS, 3);
        long ok = 0;
        long bad = 0;
        for (LatencyRecorder r : recorders) {
            if (r != null) {
                all.add(r.histogram);
                ok += r.succeeded;
                bad += r.failed;
            }
        }
        return new Summary(all.getTotalCount() == 0 ? Double.NaN : all.getValueAtPercentile(50) / 1e3,
                all.getTotalCount() == 0 ? Double.NaN : all.getValueAtPercentile(99) / 1e3,
                ok + bad == 0 ? Double.NaN : 100.0 * ok / (ok + bad), ok + bad);
    }

    /** Pooled outcomes: median and 99th percentile in microseconds, success in percent, and the call count. */
    record Summary(double p50Micros, double p99Micros, double successPercent, long calls) {
    }
}
