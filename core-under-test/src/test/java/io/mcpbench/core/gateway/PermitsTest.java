package io.mcpbench.core.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PermitsTest {

    @Test
    void refusesAtTheLimitAndAdmitsAgainAfterARelease() {
        Permits p = new Permits(2);
        assertTrue(p.tryAcquire());
        assertTrue(p.tryAcquire());
        assertFalse(p.tryAcquire());
        assertEquals(2, p.used());
        p.release();
        assertTrue(p.tryAcquire());
        assertFalse(p.tryAcquire());
    }

    @Test
    void aLimitBelowOneAndAReleaseWithoutAcquireAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Permits(0)).getMessage().contains("at least 1"));
        Permits p = new Permits(1);
        assertThrows(IllegalStateException.class, p::release);
        assertEquals(0, p.used());
        assertTrue(p.tryAcquire());
    }

    @Test
    void concurrentHoldersNeverExceedTheLimitAndNoSlotIsLost() throws Exception {
        int limit = 3;
        Permits p = new Permits(limit);
        AtomicInteger holding = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        int threads = 8;
        int attempts = 50_000;
        List<Integer> acquired = GatewayFixtures.onThreads(threads, thread -> {
            int got = 0;
            for (int i = 0; i < attempts; i++) {
                if (p.tryAcquire()) {
                    got++;
                    most.accumulateAndGet(holding.incrementAndGet(), Math::max);
                    Thread.onSpinWait();
                    holding.decrementAndGet();
                    p.release();
                }
            }
            return got;
        });
        assertTrue(most.get() <= limit, "held " + most.get() + " at once");
        assertTrue(acquired.stream().mapToInt(Integer::intValue).sum() > 0);
        assertEquals(0, p.used());
        for (int i = 0; i < limit; i++) {
            assertTrue(p.tryAcquire(), "slot " + i + " was lost");
        }
        assertFalse(p.tryAcquire());
    }
}
