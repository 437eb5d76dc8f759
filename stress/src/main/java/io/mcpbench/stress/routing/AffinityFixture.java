package io.mcpbench.stress.routing;

import io.mcpbench.core.routing.Instance;
import io.mcpbench.core.routing.RoutingConfig;
import io.mcpbench.core.routing.RoutingPolicy;
import io.mcpbench.core.routing.RoutingService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The server, instances and session keys the affinity tests share. Which instance a key maps to is
 * the core's rendezvous hash; it is asked once here, through a probe service, so the tests know the
 * key's first choice and where it must fail over to without restating the hash.
 */
final class AffinityFixture {

    static final String SERVER = "search";
    static final List<String> INSTANCES = List.of("search-1", "search-2", "search-3");
    /** The session under test. */
    static final String SESSION = "session-42";
    /** The instance {@link #SESSION} binds to while all are healthy. */
    static final String FIRST;
    /** The instance {@link #SESSION} must move to once {@link #FIRST} is ejected. */
    static final String FAILOVER;
    /** Another session whose first choice is also {@link #FIRST}: its call is the one that fails. */
    static final String OTHER_SESSION;

    static {
        FIRST = rendezvous(INSTANCES, SESSION);
        List<String> rest = new ArrayList<>(INSTANCES);
        rest.remove(FIRST);
        FAILOVER = rendezvous(rest, SESSION);
        String other = null;
        for (int i = 0; other == null; i++) {
            String candidate = "session-" + i;
            if (!candidate.equals(SESSION) && rendezvous(INSTANCES, candidate).equals(FIRST)) {
                other = candidate;
            }
        }
        OTHER_SESSION = other;
    }

    private AffinityFixture() {
    }

    /**
     * A session-affinity service over {@link #INSTANCES} on a clock that never moves, so an ejected
     * instance stays ejected; one failure ejects.
     */
    static RoutingService service() {
        RoutingService service = new RoutingService(
                RoutingConfig.defaults(RoutingPolicy.SESSION_AFFINITY)
                        .withFailureThreshold(1)
                        .withEjection(Duration.ofSeconds(1), Duration.ofSeconds(60)),
                () -> 0L);
        service.setInstances(SERVER, INSTANCES);
        return service;
    }

    /** 0 for {@link #FIRST}, 1 for {@link #FAILOVER}, 2 for anything else. */
    static int code(Instance instance) {
        String id = instance.id();
        return id.equals(FIRST) ? 0 : id.equals(FAILOVER) ? 1 : 2;
    }

    private static String rendezvous(List<String> ids, String key) {
        RoutingService probe = new RoutingService(RoutingConfig.defaults(RoutingPolicy.RENDEZVOUS_HASH), () -> 0L);
        probe.setInstances(SERVER, ids);
        return probe.route(SERVER, key).id();
    }
}
