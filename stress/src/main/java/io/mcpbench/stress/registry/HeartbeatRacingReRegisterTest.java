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
import org.openjdk.jcstress.infra.results.ZJ_Result;

/**
 * A service's heartbeat races its own re-registration (same id, which ends the old lease). Ttl
 * 10 ns; registered at t=0, registered again at t=3, heartbeat at t=5: both leases are alive at the
 * heartbeat's time, so it must succeed, on the old lease (the new one then starts at 3) or, when it
 * finds the old lease ended, on the new one (which then reads 5). The result is (heartbeat
 * returned, last heartbeat of the registration in force afterwards).
 */
@JCStressTest
@Outcome(id = {"true, 3", "true, 5"}, expect = Expect.ACCEPTABLE,
        desc = "The heartbeat landed on the old or the new lease.")
@Outcome(expect = Expect.FORBIDDEN, desc = "A live service's heartbeat was refused, or landed nowhere visible.")
@State
public class HeartbeatRacingReRegisterTest {

    private static final ServiceInstance SERVICE =
            ServiceInstance.of("svc-1", "svc", ServiceType.MCP_SERVER, "http://svc-1.local/mcp");

    private final ServiceRegistry registry;

    public HeartbeatRacingReRegisterTest() {
        CallClock.set(0);
        registry = new ServiceRegistry(Duration.ofNanos(10), CallClock.INSTANCE);
        registry.register(SERVICE);
    }

    @Actor
    public void reRegister() {
        CallClock.set(3);
        registry.register(SERVICE);
    }

    @Actor
    public void heartbeat(ZJ_Result r) {
        CallClock.set(5);
        r.r1 = registry.heartbeat("svc-1");
    }

    @Arbiter
    public void check(ZJ_Result r) {
        r.r2 = registry.lastHeartbeatNanos("svc-1").orElse(-1);
    }
}
