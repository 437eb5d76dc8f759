package io.mcpbench.stress.registry;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZIZ_Result;

/**
 * A live service's heartbeat races an expiry pass ({@link HeartbeatExpiryRace}): the heartbeat is
 * sent at t=8, within the ttl; the expiry pass at t=15 is past the registration's ttl but within
 * the heartbeat's. The registry decides the race with one compare-and-set: either the heartbeat
 * lands first and the service stays, or the expiry lands first, removes it and the heartbeat
 * reports {@code false} (the service must register again). Never may a heartbeat report success
 * for a service that is then gone, nor a failed heartbeat leave the service registered.
 */
@JCStressTest
@Outcome(id = "true, 0, true", expect = Expect.ACCEPTABLE, desc = "Heartbeat first: the service stays.")
@Outcome(id = "false, 1, false", expect = Expect.ACCEPTABLE_INTERESTING,
        desc = "Expiry first: the service is removed and its heartbeat is refused, so it registers again.")
@Outcome(expect = Expect.FORBIDDEN, desc = "A live service dropped after a successful heartbeat, or the two disagree.")
@State
public class HeartbeatRacingExpiryTest extends HeartbeatExpiryRace {

    public HeartbeatRacingExpiryTest() {
        super(8);
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
