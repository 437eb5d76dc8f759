package io.mcpbench.stress.metrics;

import io.mcpbench.core.metrics.Attributes;
import io.mcpbench.core.metrics.Histogram;
import io.mcpbench.core.metrics.HistogramSnapshot;
import io.mcpbench.core.metrics.MetricsCollector;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJZ_Result;

/**
 * A snapshot merged while another thread registers its recorder and records two samples is never
 * torn: its count is the sum of its bucket counts, and since every sample is the value 1, its sum
 * equals its count. The result is (count, sum, whether the bucket counts add up to the count).
 */
@JCStressTest
@Outcome(id = {"0, 0, true", "1, 1, true", "2, 2, true"}, expect = Expect.ACCEPTABLE,
        desc = "A consistent snapshot before, between or after the recordings.")
@Outcome(expect = Expect.FORBIDDEN, desc = "Torn snapshot: sum and count disagree, or buckets do not add up.")
@State
public class HistogramSnapshotTest {

    private final Histogram histogram = new MetricsCollector().histogram("stress.latency", Attributes.empty());

    @Actor
    public void record() {
        histogram.record(1);
        histogram.record(1);
    }

    @Actor
    public void snapshot(JJZ_Result r) {
        HistogramSnapshot s = histogram.snapshot();
        long buckets = 0;
        for (int i = 0; i < s.bucketCount(); i++) {
            buckets += s.bucketCountAt(i);
        }
        r.r1 = s.count();
        r.r2 = s.sumTicks();
        r.r3 = buckets == s.count();
    }
}
