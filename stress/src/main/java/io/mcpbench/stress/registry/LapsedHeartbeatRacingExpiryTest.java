package io.mcpbench.stress.registry;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZIZ_Result;

/**
 * A dead service's late heartbeat races an expiry pass ({@link HeartbeatExpiryRace}): the heartbeat
 * comes at t=11, after the ttl lapsed, and the expiry pass runs at t=15. Whatever the order, the
 * late heartbeat must not revive the service: it reports {@code false} and the one expiry pass
 * removes the service.
 */
@JCStressTest
@Outcome(id = "false, 1, false", expect = Expect.ACCEPTABLE, desc = "Refused heartbeat, service expired.")
@Outcome(expect = Expect.FORBIDDEN, desc = "A dead service was kept past its ttl and one expiry pass.")
@State
public class LapsedHeartbeatRacingExpiryTest extends HeartbeatExpiryRace {

    public LapsedHeartbeatRacingExpiryTest() {
        super(11);
    }

    @Actor
    public void heartbeat(ZIZ_Result r) {
        sendHeartbeat(r);
    }

    @Actor
    public void expire(ZIZ_Result r) {
        runExpiry(r);
    }

    @Arbiter
    public void check(ZIZ_Result r) {
        lookUp(r);
    }
}
