package io.mcpbench.stress.registry;

import io.mcpbench.core.registry.ServiceInstance;
import io.mcpbench.core.registry.ServiceRegistry;
import io.mcpbench.core.registry.ServiceType;
import java.time.Duration;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZIZ_Result;

/**
 * A live service's heartbeat races an expiry pass. Ttl 10 ns; the service registered at t=0; the
 * heartbeat is sent at t=8 (within the ttl); the expiry pass runs at t=15, which is past the
 * registration's ttl but within the heartbeat's. The registry decides the race with one
 * compare-and-set: either the heartbeat lands first and the service stays, or the expiry lands
 * first, removes it and the heartbeat reports {@code false} (the service must register again).
 * Never may a heartbeat report success for a service that is then gone, nor a failed heartbeat
 * leave the service registered. The result is (heartbeat returned, services expired, registered
 * afterwards).
 */
@JCStressTest
@Outcome(id = "true, 0, true", expect = Expect.ACCEPTABLE, desc = "Heartbeat first: the service stays.")
@Outcome(id = "false, 1, false", expect = Expect.ACCEPTABLE_INTERESTING,
        desc = "Expiry first: the service is removed and its heartbeat is refused, so it registers again.")
@Outcome(expect = Expect.FORBIDDEN, desc = "A live service dropped after a successful heartbeat, or the two disagree.")
@State
public class HeartbeatRacingExpiryTest {

    static final long TTL_NANOS = 10;
    static final long HEARTBEAT_AT = 8;
    static final long EXPIRY_AT = 15;

    private final ServiceRegistry registry;

    public HeartbeatRacingExpiryTest() {
        CallClock.set(0);
        registry = new ServiceRegistry(Duration.ofNanos(TTL_NANOS), CallClock.INSTANCE);
        registry.register(ServiceInstance.of("svc-1", "svc", ServiceType.MCP_SERVER, "http://svc-1.local/mcp"));
    }

    @Actor
    public void heartbeat(ZIZ_Result r) {
        CallClock.set(HEARTBEAT_AT);
        r.r1 = registry.heartbeat("svc-1");
    }

    @Actor
    public void expire(ZIZ_Result r) {
        CallClock.set(EXPIRY_AT);
        r.r2 = registry.expire();
    }

    @Arbiter
    public void check(ZIZ_Result r) {
        r.r3 = registry.find("svc-1").isPresent();
    }
}
