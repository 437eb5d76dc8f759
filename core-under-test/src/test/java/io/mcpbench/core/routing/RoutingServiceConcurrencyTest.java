package io.mcpbench.core.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Several threads routing and completing at once: no call is lost or counted twice. */
class RoutingServiceConcurrencyTest {

    private static final int THREADS = 4;
    private static final int CALLS = 20_000;

    @ParameterizedTest
    @EnumSource(RoutingPolicy.class)
    void inFlightReturnsToZeroAndEveryCallIsAccounted(RoutingPolicy policy) throws Exception {
        RoutingService s = new RoutingService(RoutingConfig.defaults(policy), System::nanoTime);
        List<String> ids = List.of("a", "b", "c");
        s.setInstances("srv", ids);
        long[][] perThread = run(THREADS, t -> {
            long[] counts = new long[ids.size()];
            List<Instance> held = new ArrayList<>();
            for (int k = 0; k < CALLS; k++) {
                Instance i = s.route("srv", "session-" + (k % 64));
                counts[ids.indexOf(i.id())]++;
                held.add(i);
                if (held.size() == 4) { // keep a few calls open so in-flight counts really vary
                    for (Instance h : held) {
                        s.complete(h, 50_000 + k % 7, true);
                    }
                    held.clear();
                }
            }
            for (Instance h : held) {
                s.complete(h, 50_000, true);
            }
            return counts;
        });
        long total = 0;
        for (long[] counts : perThread) {
            for (long c : counts) {
                total += c;
            }
        }
        assertEquals((long) THREADS * CALLS, total);
        for (Instance i : s.instances("srv")) {
            assertEquals(0, i.inFlight(), i + " in flight");
        }
    }

    @ParameterizedTest
    @EnumSource(value = RoutingPolicy.class, names = {"ROUND_ROBIN", "POWER_OF_TWO_CHOICES", "SESSION_AFFINITY"})
    void ejectionsAndReadmissionsUnderLoadKeepCountsConsistent(RoutingPolicy policy) throws Exception {
        AtomicLong now = new AtomicLong();
        RoutingService s = new RoutingService(RoutingConfig.defaults(policy).withFailureThreshold(2)
                .withEjection(Duration.ofNanos(50), Duration.ofNanos(400)), () -> now.addAndGet(1));
        s.setInstances("srv", List.of("a", "b", "c", "d"));
        AtomicLong refused = new AtomicLong();
        long[][] results = run(THREADS, t -> {
            SplittableRandom r = new SplittableRandom(t);
            long routed = 0;
            for (int k = 0; k < CALLS; k++) {
                Instance i = routeOrCount(s, "s" + (k & 31), refused);
                if (i == null) {
                    continue;
                }
                routed++;
                // "d" always fails, the others rarely: d keeps being ejected and readmitted.
                boolean ok = !i.id().equals("d") && r.nextInt(20) != 0;
                s.complete(i, 1_000 + r.nextInt(1_000), ok);
            }
            return new long[] {routed};
        });
        long routed = 0;
        for (long[] r : results) {
            routed += r[0];
        }
        assertEquals((long) THREADS * CALLS, routed + refused.get());
        assertTrue(routed > 0);
        for (Instance i : s.instances("srv")) {
            assertEquals(0, i.inFlight(), i + " in flight");
        }
    }

    @ParameterizedTest
    @EnumSource(value = RoutingPolicy.class, names = {"ROUND_ROBIN", "POWER_OF_TWO_CHOICES", "SESSION_AFFINITY"})
    void theEjectionCapHoldsWhileEveryInstanceFailsHalfItsCalls(RoutingPolicy policy) throws Exception {
        AtomicLong now = new AtomicLong();
        RoutingService s = new RoutingService(RoutingConfig.defaults(policy).withFailureThreshold(2)
                .withEjection(Duration.ofNanos(200), Duration.ofNanos(3_200)), () -> now.addAndGet(1));
        s.setInstances("srv", List.of("a", "b", "c", "d", "e", "f", "g", "h"));
        int cap = s.config().maxEjected(8);
        AtomicInteger running = new AtomicInteger(THREADS);
        AtomicLong refused = new AtomicLong();
        long[][] results = run(THREADS + 1, t -> {
            if (t == THREADS) { // the observer: every view it sees respects the cap
                long worst = 0;
                long samples = 0;
                while (running.get() > 0) {
                    worst = Math.max(worst, s.ejectedCount("srv"));
                    samples++;
                }
                return new long[] {worst, samples};
            }
            SplittableRandom r = new SplittableRandom(t);
            long succeeded = 0;
            long worst = 0;
            try {
                for (int k = 0; k < CALLS; k++) {
                    Instance i = routeOrCount(s, "s" + (k & 31), refused);
                    if (i == null) {
                        continue;
                    }
                    boolean ok = r.nextBoolean();
                    succeeded += ok ? 1 : 0;
                    s.complete(i, 1_000 + r.nextInt(1_000), ok);
                    worst = Math.max(worst, s.ejectedCount("srv"));
                }
            } finally {
                running.decrementAndGet();
            }
            return new long[] {worst, succeeded};
        });
        assertEquals(4, cap);
        assertEquals(0, refused.get(), "no call is refused while instances remain in rotation");
        long succeeded = 0;
        long ejectedSeen = 0;
        for (long[] r : results) {
            assertTrue(r[0] <= cap, "saw " + r[0] + " ejected at once, cap " + cap);
            ejectedSeen = Math.max(ejectedSeen, r[0]);
        }
        for (int t = 0; t < THREADS; t++) {
            succeeded += results[t][1];
        }
        assertEquals(cap, ejectedSeen, "the cap is reached, so it was really tested");
        assertTrue(succeeded > 0.45 * THREADS * CALLS, "succeeded " + succeeded);
        int ejected = 0;
        for (Instance i : s.instances("srv")) {
            assertEquals(0, i.inFlight(), i + " in flight");
            ejected += i.health() == Instance.Health.EJECTED ? 1 : 0;
        }
        assertTrue(ejected <= cap, ejected + " ejected");
    }

    /** Routes a call to "srv", or counts it in {@code refused} and returns null if routing refuses it. */
    private static Instance routeOrCount(RoutingService s, String sessionKey, AtomicLong refused) {
        try {
            return s.route("srv", sessionKey);
        } catch (NoHealthyInstanceException e) {
            refused.incrementAndGet();
            return null;
        }
    }

    interface Worker {
        long[] run(int thread) throws Exception;
    }

    static long[][] run(int threads, Worker worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                Callable<long[]> task = () -> {
                    start.await();
                    return worker.run(id);
                };
                futures.add(pool.submit(task));
            }
            long[][] out = new long[threads][];
            for (int t = 0; t < threads; t++) {
                out[t] = futures.get(t).get(60, TimeUnit.SECONDS);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
