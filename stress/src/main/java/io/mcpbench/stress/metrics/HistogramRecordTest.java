package io.mcpbench.stress.metrics;

import io.mcpbench.core.metrics.Attributes;
import io.mcpbench.core.metrics.Histogram;
import io.mcpbench.core.metrics.HistogramSnapshot;
import io.mcpbench.core.metrics.MetricsCollector;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJ_Result;

/**
 * Two threads record into one histogram handle, each through its own per-thread recorder, which the
 * first recording registers: no sample may be lost, whatever the interleaving of the two
 * registrations and recordings.
 */
@JCStressTest
@Outcome(id = "2, 3", expect = Expect.ACCEPTABLE, desc = "Both samples counted and summed.")
@Outcome(expect = Expect.FORBIDDEN, desc = "A sample was lost or counted twice.")
@State
public class HistogramRecordTest {

    private final Histogram histogram = new MetricsCollector().histogram("stress.latency", Attributes.empty());

    @Actor
    public void recordOne() {
        histogram.record(1);
    }

    @Actor
    public void recordTwo() {
        histogram.record(2);
    }

    @Arbiter
    public void check(JJ_Result r) {
        HistogramSnapshot s = histogram.snapshot();
        r.r1 = s.count();
        r.r2 = s.sumTicks();
    }
}
