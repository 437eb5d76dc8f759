package io.mcpbench.bench.scenario;

import org.HdrHistogram.Histogram;

/**
 * One thread's call outcomes in one iteration: a latency histogram of every call and one of the
 * calls the gateway shed under overload (HdrHistogram, 3 significant digits, 1 ns to 60 s), and
 * success, failure and shed counts (a shed call is also a failure). Written by its own thread
 * only; read by the reporting thread once every thread has left the measurement loop (JMH runs
 * iteration teardowns after all threads stop), so it needs no synchronisation of its own.
 */
final class LatencyRecorder {

    private static final long HIGHEST_NANOS = 60_000_000_000L;

    final Histogram histogram = new Histogram(1, HIGHEST_NANOS, 3);
    final Histogram shedHistogram = new Histogram(1, HIGHEST_NANOS, 3);
    long succeeded;
    long failed;
    long shed;

    /** Records one call that took {@code nanos} and failed or not. */
    void record(long nanos, boolean failure) {
        record(nanos, failure, false);
    }

    /** Records one call that took {@code nanos}, failed or not, and was shed or not (a shed call is a failure). */
    void record(long nanos, boolean failure, boolean wasShed) {
        long value = Math.min(Math.max(1, nanos), HIGHEST_NANOS);
        histogram.recordValue(value);
        if (wasShed) {
            shedHistogram.recordValue(value);
            shed++;
            failed++;
        } else if (failure) {
            failed++;
        } else {
            succeeded++;
        }
    }

    void reset() {
        histogram.reset();
        shedHistogram.reset();
        succeeded = 0;
        failed = 0;
        shed = 0;
    }

    /** The outcomes of several threads pooled (the percentiles of the pooled calls, not of thread percentiles). */
    static Summary summarize(LatencyRecorder[] recorders) {
        Histogram all = new Histogram(1, HIGHEST_NANOS, 3);
        Histogram shedAll = new Histogram(1, HIGHEST_NANOS, 3);
        long ok = 0;
        long bad = 0;
        long shed = 0;
        for (LatencyRecorder r : recorders) {
            if (r != null) {
                all.add(r.histogram);
                shedAll.add(r.shedHistogram);
                ok += r.succeeded;
                bad += r.failed;
                shed += r.shed;
            }
        }
        long calls = ok + bad;
        return new Summary(percentileMicros(all, 50), percentileMicros(all, 99),
                calls == 0 ? Double.NaN : 100.0 * ok / calls,
                calls == 0 ? Double.NaN : 100.0 * shed / calls,
                percentileMicros(shedAll, 99), calls);
    }

    private static double percentileMicros(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1e3;
    }

    /**
     * Pooled outcomes: median and 99th percentile of every call in microseconds, success and shed
     * calls in percent of all calls, the 99th percentile of the shed calls alone (NaN when none
     * was shed), and the call count.
     */
    record Summary(double p50Micros, double p99Micros, double successPercent, double shedPercent, double shedP99Micros,
                   long calls) {
    }
}
