package io.mcpbench.stress.registry;

import io.mcpbench.core.registry.ServiceInstance;
import io.mcpbench.core.registry.ServiceRegistry;
import io.mcpbench.core.registry.ServiceType;
import java.time.Duration;
import org.openjdk.jcstress.infra.results.ZIZ_Result;

/**
 * The race of the heartbeat tests, written once: ttl 10 ns, a service registered at t=0, its
 * heartbeat sent at a time each test chooses, and an expiry pass at t=15, the two on different
 * threads. The result is (heartbeat returned, services expired, registered afterwards). A test
 * names the heartbeat's time and the outcomes it allows, and calls these from its actors (jcstress
 * reads actors from the test class itself, not from a superclass).
 */
abstract class HeartbeatExpiryRace {

    static final long TTL_NANOS = 10;
    static final long EXPIRY_AT = 15;

    private final ServiceRegistry registry;
    private final long heartbeatAt;

    HeartbeatExpiryRace(long heartbeatAt) {
        this.heartbeatAt = heartbeatAt;
        CallClock.set(0);
        registry = new ServiceRegistry(Duration.ofNanos(TTL_NANOS), CallClock.INSTANCE);
        registry.register(ServiceInstance.of("svc-1", "svc", ServiceType.MCP_SERVER, "http://svc-1.local/mcp"));
    }

    /** Sends the heartbeat at its time: result 1. */
    final void sendHeartbeat(ZIZ_Result r) {
        CallClock.set(heartbeatAt);
        r.r1 = registry.heartbeat("svc-1");
    }

    /** Runs the expiry pass at t=15: result 2, the services it removed. */
    final void runExpiry(ZIZ_Result r) {
        CallClock.set(EXPIRY_AT);
        r.r2 = registry.expire();
    }

    /** Whether the service is registered once both are done: result 3. */
    final void lookUp(ZIZ_Result r) {
        r.r3 = registry.find("svc-1").isPresent();
    }
}
