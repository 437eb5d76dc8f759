package io.mcpbench.stress.metrics;

import io.mcpbench.core.metrics.MetricSnapshot;
import io.mcpbench.core.metrics.MetricType;
import io.mcpbench.core.metrics.MetricsCollector;
import java.util.List;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJJ_Result;

/**
 * Two threads record the first values of a counter and a histogram through
 * {@link MetricsCollector#recordMetric}, so they race to create each family and series: exactly one
 * series of each must exist afterwards, holding both values. The result is (counter value,
 * histogram count, number of series).
 */
@JCStressTest
@Outcome(id = "2, 2, 2", expect = Expect.ACCEPTABLE, desc = "One series per metric, both values in each.")
@Outcome(expect = Expect.FORBIDDEN, desc = "A series was created twice or a value was lost.")
@State
public class FirstRecordingTest {

    private final MetricsCollector collector = new MetricsCollector();

    @Actor
    public void first() {
        collector.recordMetric("stress.calls", 1, MetricType.COUNTER);
        collector.recordMetric("stress.duration", 0.25, MetricType.HISTOGRAM);
    }

    @Actor
    public void second() {
        collector.recordMetric("stress.duration", 0.5, MetricType.HISTOGRAM);
        collector.recordMetric("stress.calls", 1, MetricType.COUNTER);
    }

    @Arbiter
    public void check(JJJ_Result r) {
        List<MetricSnapshot> calls = collector.getMetricsByName("stress.calls");
        List<MetricSnapshot> durations = collector.getMetricsByName("stress.duration");
        r.r1 = calls.isEmpty() ? -1 : (long) calls.get(0).value();
        r.r2 = durations.isEmpty() ? -1 : durations.get(0).histogram().count();
        r.r3 = calls.size() + durations.size();
    }
}
