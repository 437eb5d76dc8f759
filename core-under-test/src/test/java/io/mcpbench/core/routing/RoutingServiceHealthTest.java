package io.mcpbench.core.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ejection after consecutive failures, readmission on probation, and the growing back-off. */
class RoutingServiceHealthTest {

    private static final Duration BASE = Duration.ofMillis(100);
    private static final Duration MAX = Duration.ofMillis(350);

    private final FakeClock clock = new FakeClock();
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
    void allEjectedIsAnErrorUntilOneIsReadmitted() {
        service.setInstances("srv", List.of("a", "b"));
        for (int k = 0; k < 3; k++) {
            fail("a");
            fail("b");
        }
        NoHealthyInstanceException e = assertThrows(NoHealthyInstanceException.class, () -> service.route("srv", null));
        assertEquals(NoHealthyInstanceException.Reason.ALL_EJECTED, e.reason());
        assertTrue(e.getMessage().contains("'srv': all 2 instances are ejected"), e.getMessage());
        assertTrue(e.getMessage().contains("readmitted in 100 ms"), e.getMessage());
        assertEquals(0, e.getStackTrace().length);

        clock.advance(BASE.minusMillis(40));
        NoHealthyInstanceException later = assertThrows(NoHealthyInstanceException.class,
                () -> service.route("srv", null));
        assertTrue(later.getMessage().contains("readmitted in 40 ms"), later.getMessage());

        clock.advance(Duration.ofMillis(40));
        Instance back = service.route("srv", null);
        assertEquals(Instance.Health.PROBATION, back.health());
        service.complete(back, 1_000, true);
        assertEquals(Instance.Health.HEALTHY, back.health());
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
