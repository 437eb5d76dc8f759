package io.mcpbench.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.clock.ManualNanoClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServiceRegistryTest {

    private static final Duration TTL = Duration.ofSeconds(30);

    private final ManualNanoClock clock = new ManualNanoClock();
    private final ServiceRegistry registry = new ServiceRegistry(TTL, clock);

    private static ServiceInstance server(String id, String name) {
        return ServiceInstance.of(id, name, ServiceType.MCP_SERVER, "http://" + id + ":8080/mcp");
    }

    @Test
    void registerFindAndDeregister() {
        ServiceInstance a = server("a-1", "alpha");
        registry.register(a);
        assertEquals(Optional.of(a), registry.find("a-1"));
        assertEquals(List.of(a), registry.getAllServices());
        assertEquals(OptionalLong.of(clock.getAsLong()), registry.registeredAtNanos("a-1"));
        assertTrue(registry.deregister("a-1"));
        assertFalse(registry.deregister("a-1"));
        assertEquals(Optional.empty(), registry.find("a-1"));
        assertEquals(List.of(), registry.getAllServices());
        assertFalse(registry.heartbeat("a-1"));
        assertEquals(OptionalLong.empty(), registry.lastHeartbeatNanos("a-1"));
    }

    @Test
    void reRegisteringReplacesInPlace() {
        registry.register(server("a-1", "alpha"));
        registry.register(server("b-1", "beta"));
        ServiceInstance moved = ServiceInstance.of("a-1", "alpha", ServiceType.MCP_SERVER, "http://elsewhere/mcp");
        registry.register(moved);
        assertEquals(2, registry.size());
        assertEquals(List.of(moved, server("b-1", "beta")), registry.getAllServices());
        assertTrue(registry.heartbeat("a-1"));
    }

    @Test
    void servicesByTypeAndByName() {
        ServiceInstance s1 = server("gh-1", "github");
        ServiceInstance s2 = server("gh-2", "github");
        ServiceInstance s3 = server("fs-1", "files");
        ServiceInstance adapter = ServiceInstance.of("rest-1", "rest", ServiceType.MCP_ADAPTER, "http://rest:1/");
        ServiceInstance gw = ServiceInstance.of("gw-1", "gateway", ServiceType.GATEWAY, "http://gw:1/");
        for (ServiceInstance s : List.of(s1, adapter, s2, gw, s3)) {
            registry.register(s);
        }
        assertEquals(List.of(s1, s2, s3), registry.getServices(ServiceType.MCP_SERVER));
        assertEquals(List.of(adapter), registry.getServices(ServiceType.MCP_ADAPTER));
        assertEquals(List.of(gw), registry.getServices(ServiceType.GATEWAY));
        assertEquals(Map.of("github", List.of("gh-1", "gh-2"), "files", List.of("fs-1")),
                registry.instanceIdsByName(ServiceType.MCP_SERVER));
        assertEquals(List.of("gh-1", "gh-2"), registry.instanceIds(ServiceType.MCP_SERVER, "github"));
        assertEquals(List.of(), registry.instanceIds(ServiceType.MCP_ADAPTER, "github"));
        assertThrows(UnsupportedOperationException.class, () -> registry.getAllServices().clear());

        List<ServiceInstance> before = registry.getServices(ServiceType.MCP_SERVER);
        assertTrue(registry.heartbeat("gh-1"));
        assertSame(before, registry.getServices(ServiceType.MCP_SERVER), "a heartbeat republishes nothing");
        registry.deregister("gh-2");
        assertEquals(List.of(s1, s2, s3), before, "an old snapshot never changes");
        assertEquals(List.of(s1, s3), registry.getServices(ServiceType.MCP_SERVER));
        assertEquals(List.of("gh-1"), registry.instanceIds(ServiceType.MCP_SERVER, "github"));
    }

    @Test
    void aListenerCanMirrorInstanceSetsIntoRouting() {
        // What a gateway does: on each change of a server, pass its current instance ids on.
        Map<String, List<String>> mirrored = new HashMap<>();
        registry.addListener(e -> mirrored.put(e.service().name(),
                registry.instanceIds(e.service().type(), e.service().name())));
        registry.register(server("gh-1", "github"));
        registry.register(server("gh-2", "github"));
        registry.register(server("fs-1", "files"));
        assertEquals(Map.of("github", List.of("gh-1", "gh-2"), "files", List.of("fs-1")), mirrored);
        registry.deregister("gh-1");
        clock.advance(TTL.plusNanos(1));
        registry.expire();
        assertEquals(Map.of("github", List.of(), "files", List.of()), mirrored);
    }

    @Test
    void expiresServicesSilentForLongerThanTheTtl() {
        registry.register(server("a", "alpha"));
        registry.register(server("b", "beta"));
        registry.register(server("c", "gamma"));
        clock.advance(Duration.ofSeconds(20));
        assertTrue(registry.heartbeat("b"));
        clock.advance(Duration.ofSeconds(10));
        assertTrue(registry.heartbeat("c"), "a heartbeat exactly at the ttl is in time");
        assertEquals(0, registry.expire(), "at exactly the ttl nothing expires");
        clock.advance(Duration.ofNanos(1));
        assertFalse(registry.heartbeat("a"), "a heartbeat after the ttl is too late");
        assertEquals(1, registry.expire());
        assertEquals(List.of("b", "c"), ids(registry.getAllServices()));
        assertEquals(0, registry.expire());

        clock.advance(Duration.ofSeconds(20));
        assertEquals(1, registry.expire(), "b's last heartbeat is now 30 s + 1 ns old");
        assertEquals(List.of("c"), ids(registry.getAllServices()));
        assertFalse(registry.heartbeat("b"));
        assertFalse(registry.heartbeat("unknown"));
        assertEquals(OptionalLong.of(clock.getAsLong() - Duration.ofSeconds(20).toNanos() - 1),
                registry.lastHeartbeatNanos("c"));
    }

    @Test
    void listenersSeeEveryChangeInOrder() {
        List<String> seen = new ArrayList<>();
        registry.addListener(e -> seen.add(e.kind() + " " + e.service().id()));
        registry.addListener(e -> {
            throw new IllegalStateException("a broken listener does not stop the others");
        });
        registry.register(server("a", "alpha"));
        registry.register(server("b", "beta"));
        registry.register(server("a", "alpha"));
        registry.deregister("b");
        registry.deregister("b");
        assertTrue(registry.heartbeat("a"));
        clock.advance(TTL.plusNanos(1));
        registry.expire();
        assertEquals(List.of("REGISTERED a", "REGISTERED b", "REPLACED a", "DEREGISTERED b", "EXPIRED a"), seen);
    }

    @Test
    void scheduledExpiryRemovesLapsedServices() throws Exception {
        registry.register(server("a", "alpha"));
        CountDownLatch expired = new CountDownLatch(1);
        registry.addListener(e -> {
            if (e.kind() == ServiceEvent.Kind.EXPIRED) {
                expired.countDown();
            }
        });
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            ScheduledFuture<?> task = registry.scheduleExpiry(executor, Duration.ofMillis(5));
            clock.advance(TTL.plusSeconds(1));
            assertTrue(expired.await(10, TimeUnit.SECONDS), "the scheduled expirer ran");
            assertEquals(List.of(), registry.getAllServices());
            assertFalse(task.isDone(), "the schedule keeps running");
            task.cancel(false);
        } finally {
            executor.shutdownNow();
        }
        assertThrows(IllegalArgumentException.class, () -> registry.scheduleExpiry(executor, Duration.ZERO));
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> new ServiceRegistry(Duration.ZERO, clock));
        assertThrows(NullPointerException.class, () -> registry.register(null));
        assertThrows(NullPointerException.class, () -> registry.heartbeat(null));
        assertThrows(NullPointerException.class, () -> registry.getServices(null));
    }

    static List<String> ids(List<ServiceInstance> services) {
        List<String> out = new ArrayList<>();
        for (ServiceInstance s : services) {
            out.add(s.id());
        }
        return out;
    }
}
