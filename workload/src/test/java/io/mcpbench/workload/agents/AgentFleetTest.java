package io.mcpbench.workload.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.gateway.McpGateway;
import io.mcpbench.workload.downstream.LatencyModel;
import io.mcpbench.workload.gateway.Gateways;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AgentFleetTest {

    private static final byte[][] REQUESTS = {
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}".getBytes(StandardCharsets.UTF_8),
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"no/such/method\"}".getBytes(StandardCharsets.UTF_8)};

    /** Counts calls, failures (the second request of the stream is an unknown method) and a bad latency. */
    private static final class Tally implements CallListener {
        final AtomicLong calls = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong negative = new AtomicLong();

        @Override
        public void completed(long latencyNanos, byte[] response) {
            calls.incrementAndGet();
            if (latencyNanos < 0) {
                negative.incrementAndGet();
            }
            if (response == null || new String(response, StandardCharsets.UTF_8).contains("\"error\"")) {
                errors.incrementAndGet();
            }
        }
    }

    private static Set<Carrier> carriersHere() {
        return Carrier.best() == Carrier.VIRTUAL ? EnumSet.allOf(Carrier.class) : EnumSet.of(Carrier.PLATFORM);
    }

    @Test
    void virtualThreadsAreUsedExactlyWhereTheJvmHasThem() {
        assertEquals(Runtime.version().feature() >= 21 ? Carrier.VIRTUAL : Carrier.PLATFORM, Carrier.best());
    }

    @Test
    void agentsCallWithThinkTimeAndEachHoldsASession() throws Exception {
        for (Carrier carrier : carriersHere()) {
            McpGateway gateway = Gateways.generated(3, 50, 1).build();
            Tally tally = new Tally();
            try (AgentFleet fleet = new AgentFleet(gateway, REQUESTS, LatencyModel.exponential(2_000_000), 11, tally, carrier)) {
                fleet.resize(20);
                assertEquals(20, fleet.size());
                assertEquals(20, gateway.openSessions(), carrier.name());
                waitForCalls(tally, 400);
                fleet.resize(5);
                assertEquals(5, gateway.openSessions(), carrier.name() + ": the removed agents' sessions are closed");
                long before = tally.calls.get();
                waitForCalls(tally, before + 100);
            }
            assertEquals(0, gateway.openSessions(), carrier.name() + ": closing the fleet closes every session");
            long after = tally.calls.get();
            Thread.sleep(50);
            assertEquals(after, tally.calls.get(), carrier.name() + ": no call after close");
            assertEquals(0, tally.negative.get());
            // every agent alternates the two requests, so about half the calls are the unknown method's error
            double errorShare = (double) tally.errors.get() / tally.calls.get();
            assertTrue(errorShare > 0.3 && errorShare < 0.7, carrier.name() + ": error share " + errorShare);
            gateway.close();
        }
    }

    @Test
    void thinkTimeBoundsTheCallRate() throws Exception {
        // 10 agents thinking 50 ms on average make about 200 calls a second, never thousands
        McpGateway gateway = Gateways.generated(3, 50, 1).build();
        Tally tally = new Tally();
        try (AgentFleet fleet = new AgentFleet(gateway, REQUESTS, LatencyModel.exponential(50_000_000), 5, tally, Carrier.best())) {
            fleet.resize(10);
            Thread.sleep(1_000);
        }
        assertTrue(tally.calls.get() > 50 && tally.calls.get() < 600, "calls in 1 s: " + tally.calls.get());
        gateway.close();
    }

    @Test
    void badUseIsRefused() throws Exception {
        McpGateway gateway = Gateways.generated(3, 50, 1).build();
        assertThrows(IllegalArgumentException.class, () -> new AgentFleet(gateway, new byte[3][], LatencyModel.zero(), 1, (l, r) -> { }, Carrier.PLATFORM));
        AgentFleet fleet = new AgentFleet(gateway, REQUESTS, LatencyModel.zero(), 1, (l, r) -> { }, Carrier.PLATFORM);
        assertThrows(IllegalArgumentException.class, () -> fleet.resize(-1));
        fleet.close();
        fleet.close();
        assertThrows(IllegalStateException.class, () -> fleet.resize(1));
        assertNotNull(fleet.carrier());
    }

    private static void waitForCalls(Tally tally, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (tally.calls.get() < atLeast) {
            assertTrue(System.nanoTime() < deadline, "only " + tally.calls.get() + " calls, expected " + atLeast);
            Thread.sleep(5);
        }
    }
}
