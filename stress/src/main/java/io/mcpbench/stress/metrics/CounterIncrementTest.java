package io.mcpbench.stress.metrics;

import io.mcpbench.core.metrics.Attributes;
import io.mcpbench.core.metrics.Counter;
import io.mcpbench.core.metrics.MetricsCollector;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.D_Result;

/**
 * Two threads add to one counter handle, one a whole and one a fractional amount (which the counter
 * keeps in separate adders): the total must hold both.
 */
@JCStressTest
@Outcome(id = "1.5", expect = Expect.ACCEPTABLE, desc = "Both increments counted.")
@Outcome(expect = Expect.FORBIDDEN, desc = "An increment was lost.")
@State
public class CounterIncrementTest {

    private final Counter counter = new MetricsCollector().counter("stress.calls", Attributes.empty());

    @Actor
    public void whole() {
        counter.increment();
    }

    @Actor
    public void fraction() {
        counter.add(0.5);
    }

    @Arbiter
    public void check(D_Result r) {
        r.r1 = counter.value();
    }
}
