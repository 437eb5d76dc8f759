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
 * A dead service's late heartbeat races an expiry pass. Ttl 10 ns; the service registered at t=0;
 * its heartbeat comes at t=11, after the ttl lapsed; the expiry pass runs at t=15. Whatever the
 * order, the late heartbeat must not revive the service: it reports {@code false} and the one
 * expiry pass removes the service. The result is (heartbeat returned, services expired, registered
 * afterwards).
 */
@JCStressTest
@Outcome(id = "false, 1, false", expect = Expect.ACCEPTABLE, desc = "Refused heartbeat, service expired.")
@Outcome(expect = Expect.FORBIDDEN, desc = "A dead service was kept past its ttl and one expiry pass.")
@State
public class LapsedHeartbeatRacingExpiryTest {

    static final long TTL_NANOS = 10;
    static final long HEARTBEAT_AT = 11;
    static final long EXPIRY_AT = 15;

    private final ServiceRegistry registry;

    public LapsedHeartbeatRacingExpiryTest() {
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
