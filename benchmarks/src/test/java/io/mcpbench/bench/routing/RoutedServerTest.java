package io.mcpbench.bench.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.routing.Instance;
import io.mcpbench.core.routing.RoutingPolicy;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class RoutedServerTest {

    @Test
    void failingInstancesAreSpreadOverTheList() {
        RoutedServer three = new RoutedServer(RoutingPolicy.ROUND_ROBIN, 3, 1, System::nanoTime);
        assertArrayEquals(new boolean[] {true, false, false}, three.failing);
        RoutedServer twenty = new RoutedServer(RoutingPolicy.ROUND_ROBIN, 20, 5, System::nanoTime);
        int failing = 0;
        for (int k = 0; k < 20; k++) {
            if (twenty.failing[k]) {
                failing++;
                assertEquals(0, k % 4, "instance " + k);
            }
        }
        assertEquals(5, failing);
    }

    @Test
    void allInstancesFailingIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new RoutedServer(RoutingPolicy.RANDOM, 3, 3, System::nanoTime));
        assertThrows(IllegalArgumentException.class,
                () -> new RoutedServer(RoutingPolicy.RANDOM, 3, -1, System::nanoTime));
    }

    @ParameterizedTest
    @EnumSource(RoutingPolicy.class)
    void everyCallIsCountedOnceAndCompleted(RoutingPolicy policy) {
        RoutedServer server = new RoutedServer(policy, 20, 0, System::nanoTime);
        RoutedServer.Tally tally = server.newTally();
        int calls = 50_000;
        for (int n = 0; n < calls; n++) {
            server.call(n, tally);
        }
        long total = 0;
        for (long c : tally.routes) {
            total += c;
        }
        assertEquals(calls, total);
        assertEquals(calls, tally.succeeded);
        assertEquals(100.0, server.successPercent(), 0.0);
        for (Instance i : server.instances) {
            assertEquals(0, i.inFlight(), i + " still has calls in flight");
        }
        assertEquals(0.0, server.failingRoutePercent(), 0.0);
        assertEquals(0, server.failingRoutes());
    }

    @Test
    void failingInstancesGetEjectedAndFewRoutesOnceTimePasses() {
        AtomicLong clock = new AtomicLong();
        RoutedServer server = new RoutedServer(RoutingPolicy.ROUND_ROBIN, 20, 5, clock::get);
        RoutedServer.Tally tally = server.newTally();
        for (int n = 0; n < 100_000; n++) {
            clock.addAndGet(1_000_000L); // 1 ms per call: back-offs pass, readmissions happen
            server.call(n, tally);
        }
        double pct = server.failingRoutePercent();
        // Without ejection a quarter of the calls would fail; ejection keeps them to a few percent.
        assertTrue(pct > 0 && pct < 5, "failing route share " + pct);
        assertTrue(server.failingRoutes() > 5, "readmissions let calls through: " + server.failingRoutes());
        assertTrue(server.maxSharePercent() < 5);
        assertEquals(100.0 - pct, server.successPercent(), 1e-9, "only the down instances fail");
    }

    @Test
    void flakyFailuresHitEveryInstanceAndTheCapKeepsCallsFlowing() {
        AtomicLong clock = new AtomicLong();
        RoutedServer server = new RoutedServer(RoutingPolicy.ROUND_ROBIN, 20, 0, 0.5, clock::get);
        RoutedServer.Tally tally = server.newTally();
        for (int n = 0; n < 100_000; n++) {
            clock.addAndGet(1_000_000L);
            server.call(n, tally);
        }
        assertEquals(0, tally.refused, "no call is refused");
        assertEquals(50.0, server.successPercent(), 1.0);
        assertEquals(0.0, server.failingRoutePercent(), 0.0, "no instance is down");
        for (long c : tally.routes) {
            assertTrue(c > 0);
        }
    }

    @Test
    void refusedCallsCountAsFailedAndResetClearsEverything() {
        RoutedServer server = new RoutedServer(RoutingPolicy.ROUND_ROBIN, 3, 0, System::nanoTime);
        RoutedServer.Tally tally = server.newTally();
        server.call(0, tally);
        server.service.removeServer(RoutedServer.SERVER);
        assertNull(server.call(1, tally));
        assertEquals(1, tally.refused);
        assertEquals(50.0, server.successPercent(), 1e-9);
        tally.reset();
        assertEquals(0, tally.refused);
        assertEquals(0, tally.succeeded);
        assertTrue(Double.isNaN(server.successPercent()));
    }

    @Test
    void aFlakyRateOutsideZeroToOneIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new RoutedServer(RoutingPolicy.RANDOM, 3, 0, 1.0, System::nanoTime));
        assertThrows(IllegalArgumentException.class,
                () -> new RoutedServer(RoutingPolicy.RANDOM, 3, 0, -0.1, System::nanoTime));
    }

    @Test
    void iterationWeightsAddUpToOneOverAllMeasuredIterations() {
        assertEquals(1.0 / 25, IterationShare.weight(5, 5), 1e-12);
        assertEquals(1.0, IterationShare.weight(1, 0), 1e-12);
        double sum = 0;
        for (int i = 0; i < 3 * 4; i++) {
            sum += 10.0 * IterationShare.weight(3, 4);
        }
        assertEquals(10.0, sum, 1e-9);
    }
}
