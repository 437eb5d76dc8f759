package io.mcpbench.core.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.clock.ManualNanoClock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Ejection after consecutive failures, readmission on probation, and the growing back-off. */
class RoutingServiceHealthTest {

    private static final Duration BASE = Duration.ofMillis(100);
    private static final Duration MAX = Duration.ofMillis(350);

    private final ManualNanoClock clock = new ManualNanoClock();
    private final RoutingService service = new RoutingService(
            RoutingConfig.defaults(RoutingPolicy.ROUND_ROBIN).withFailureThreshold(3).withEjection(BASE, MAX), clock);

    private Instance instance(String id) {
        for (Instance i : service.instances("srv")) {
            if (i.id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no instance " + id);
    }

    /** Routes until {@code id} is chosen, completing the other calls successfully. */
    private Instance routeTo(String id) {
        for (int k = 0; k < 100; k++) {
            Instance i = service.route("srv", null);
            if (i.id().equals(id)) {
                return i;
            }
            service.complete(i, 1_000, true);
        }
        throw new AssertionError(id + " is never chosen");
    }

    private void fail(String id) {
        service.complete(routeTo(id), 1_000, false);
    }

    private Set<String> chosenOver(int routes) {
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < routes; k++) {
            Instance i = service.route("srv", null);
            seen.add(i.id());
            service.complete(i, 1_000, true);
        }
        return seen;
    }

    @Test
    void ejectsAfterThresholdConsecutiveFailuresOnly() {
        service.setInstances("srv", List.of("a", "b"));
        fail("a");
        fail("a");
        service.complete(routeTo("a"), 1_000, true);
        assertEquals(0, instance("a").consecutiveFailures(), "a success resets the count");
        fail("a");
        fail("a");
        assertEquals(Instance.Health.HEALTHY, instance("a").health());
        assertEquals(2, instance("a").consecutiveFailures());
        fail("a");
        assertEquals(Instance.Health.EJECTED, instance("a").health());
        assertEquals(Set.of("b"), chosenOver(20));
    }

    @Test
    void readmitsOnProbationAfterTheBackOffAndDoublesItOnRelapse() {
        service.setInstances("srv", List.of("a", "b"));
        for (int k = 0; k < 3; k++) {
            fail("a");
        }
        // First ejection: 100 ms. One failure on probation ejects again, for 200 ms, then 350 ms
        // (the cap), then 350 ms.
        service.complete(readmittedAfter(BASE), 1_000, false);
        assertEquals(Instance.Health.EJECTED, instance("a").health());
        service.complete(readmittedAfter(Duration.ofMillis(200)), 1_000, false);
        service.complete(readmittedAfter(MAX), 1_000, false);
        Instance trial = readmittedAfter(MAX);

        // A success on probation heals it and resets the back-off to the base.
        service.complete(trial, 1_000, true);
        assertEquals(Instance.Health.HEALTHY, instance("a").health());
        assertEquals(Set.of("a", "b"), chosenOver(10));
        for (int k = 0; k < 3; k++) {
            fail("a");
        }
        service.complete(readmittedAfter(BASE), 1_000, true);
    }

    /** Checks "a" stays out until {@code backoff} has passed, then returns a call routed to it. */
    private Instance readmittedAfter(Duration backoff) {
        clock.advance(backoff.minusNanos(1));
        assertEquals(Set.of("b"), chosenOver(10), "still ejected 1 ns before " + backoff);
        assertEquals(Instance.Health.EJECTED, instance("a").health());
        clock.advance(Duration.ofNanos(1));
        Instance trial = routeTo("a");
        assertEquals(Instance.Health.PROBATION, trial.health(), "readmitted after " + backoff);
        return trial;
    }

    @Test
    void theLastRoutableInstanceIsNeverEjectedAndStaysInRotation() {
        service.setInstances("srv", List.of("a", "b"));
        for (int k = 0; k < 3; k++) {
            fail("a");
        }
        assertEquals(Instance.Health.EJECTED, instance("a").health());
        for (int k = 0; k < 5; k++) {
            service.complete(service.route("srv", null), 1_000, false); // only b is routable
        }
        assertEquals(Instance.Health.HEALTHY, instance("b").health(), "the cap (1 of 2) is reached");
        assertEquals(5, instance("b").consecutiveFailures(), "failures still count while the cap holds");
        assertEquals(1, service.ejectedCount("srv"));

        // Once a is back on probation there is room again: b's next failure ejects it, a takes the calls.
        clock.advance(BASE);
        Instance first = service.route("srv", null);
        Instance second = service.route("srv", null);
        assertEquals(Set.of("a", "b"), Set.of(first.id(), second.id()));
        Instance a = first.id().equals("a") ? first : second;
        Instance b = first.id().equals("a") ? second : first;
        service.complete(a, 1_000, true);
        assertEquals(Instance.Health.HEALTHY, a.health());
        service.complete(b, 1_000, false);
        assertEquals(Instance.Health.EJECTED, b.health());
        assertEquals(Set.of("a"), chosenOver(10));
    }

    @Test
    void aSingleInstanceIsNeverEjected() {
        service.setInstances("srv", List.of("only"));
        for (int k = 0; k < 20; k++) {
            service.complete(service.route("srv", null), 1_000, false);
        }
        assertEquals(Instance.Health.HEALTHY, instance("only").health());
        assertEquals(0, service.ejectedCount("srv"));
    }

    @Test
    void aSingleBadInstanceAmongHealthyOnesIsStillEjectedEvenWithAZeroCap() {
        for (int percent : new int[] {0, 10, RoutingConfig.DEFAULT_MAX_EJECTION_PERCENT}) {
            RoutingService s = new RoutingService(RoutingConfig.defaults(RoutingPolicy.ROUND_ROBIN)
                    .withFailureThreshold(3).withEjection(BASE, MAX).withMaxEjectionPercent(percent), clock);
            s.setInstances("srv", List.of("a", "b", "bad", "c", "d"));
            int toBad = 0;
            for (int k = 0; k < 1_000; k++) {
                Instance i = s.route("srv", null);
                boolean bad = i.id().equals("bad");
                toBad += bad ? 1 : 0;
                s.complete(i, 1_000, !bad);
            }
            assertEquals(3, toBad, "cap " + percent + "%: ejected after its third failure and kept out");
            assertEquals(1, s.ejectedCount("srv"));
        }
    }

    @Test
    void noMoreThanTheCapAreEjectedWhenManyFail() {
        RoutingService s = new RoutingService(RoutingConfig.defaults(RoutingPolicy.ROUND_ROBIN)
                .withFailureThreshold(1).withEjection(BASE, MAX), clock);
        List<String> ids = List.of("i0", "i1", "i2", "i3", "i4", "i5", "i6", "i7", "i8", "i9");
        s.setInstances("srv", ids);
        for (int k = 0; k < 100; k++) {
            s.complete(s.route("srv", null), 1_000, false);
            assertTrue(s.ejectedCount("srv") <= 5, "ejected " + s.ejectedCount("srv"));
        }
        assertEquals(5, s.ejectedCount("srv"));
        int ejected = 0;
        for (Instance i : s.instances("srv")) {
            ejected += i.health() == Instance.Health.EJECTED ? 1 : 0;
        }
        assertEquals(5, ejected);
    }

    @Test
    void aShrinkingSetReadmitsTheSoonestDueUntilUnderTheCap() {
        service.setInstances("srv", List.of("a", "b", "c", "d"));
        for (int k = 0; k < 3; k++) {
            fail("a");
        }
        clock.advance(Duration.ofMillis(10));
        for (int k = 0; k < 3; k++) {
            fail("b");
        }
        assertEquals(2, service.ejectedCount("srv"));
        // Two instances allow one ejection: a, due 10 ms before b, goes on probation.
        service.setInstances("srv", List.of("a", "b"));
        assertEquals(1, service.ejectedCount("srv"));
        assertEquals(Instance.Health.PROBATION, instance("a").health());
        assertEquals(Instance.Health.EJECTED, instance("b").health());
        assertEquals(Set.of("a"), chosenOver(5));
    }

    @Test
    void everyInstanceFailingHalfItsCallsStillAnswersAboutHalf() {
        for (RoutingPolicy policy : RoutingPolicy.values()) {
            RoutingService s = new RoutingService(RoutingConfig.defaults(policy), clock);
            s.setInstances("srv", List.of("a", "b", "c", "d", "e"));
            SplittableRandom downstream = new SplittableRandom(2024);
            int calls = 100_000;
            int succeeded = 0;
            int refused = 0;
            for (int k = 0; k < calls; k++) {
                clock.advance(Duration.ofMillis(1));
                Instance i;
                try {
                    i = s.route("srv", "session-" + (k & 255));
                } catch (NoHealthyInstanceException e) {
                    refused++;
                    continue;
                }
                boolean ok = downstream.nextBoolean();
                succeeded += ok ? 1 : 0;
                s.complete(i, 20_000_000L, ok);
                assertTrue(s.ejectedCount("srv") <= 2, policy + ": ejected " + s.ejectedCount("srv"));
            }
            assertEquals(0, refused, policy + ": calls refused");
            double rate = succeeded / (double) calls;
            assertTrue(rate > 0.45, policy + ": success rate " + rate);
        }
    }

    @Test
    void ejectionSurvivesAnInstanceSetChangeThatKeepsTheInstance() {
        service.setInstances("srv", List.of("a", "b"));
        for (int k = 0; k < 3; k++) {
            fail("a");
        }
        service.setInstances("srv", List.of("a", "b", "c"));
        assertEquals(Instance.Health.EJECTED, instance("a").health());
        assertEquals(Set.of("b", "c"), chosenOver(20));
    }

    @Test
    void lateFailuresOfAnEjectedInstanceDoNotExtendItsBackOff() {
        service.setInstances("srv", List.of("a", "b"));
        Instance early = routeTo("a");
        for (int k = 0; k < 3; k++) {
            fail("a");
        }
        service.complete(early, 1_000, false); // dispatched before the ejection, finished after it
        assertEquals(Instance.Health.EJECTED, instance("a").health());
        service.complete(readmittedAfter(BASE), 1_000, true);
        assertEquals(Instance.Health.HEALTHY, instance("a").health());
    }
}
