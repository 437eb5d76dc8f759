package io.mcpbench.bench.routing;

import io.mcpbench.bench.metrics.LatencySamples;
import io.mcpbench.core.routing.Instance;
import io.mcpbench.core.routing.RoutingConfig;
import io.mcpbench.core.routing.RoutingPolicy;
import io.mcpbench.core.routing.RoutingService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * One server behind a {@link RoutingService}, and the operation the routing benchmarks time:
 * route a call, count where it went, and complete it with a latency from a precomputed stream
 * (failing on the instances chosen to fail). Each thread keeps its own route counts; all of them
 * are listed here so the evenness can be computed over every thread after an iteration.
 */
final class RoutedServer {

    static final String SERVER = "github";
    /** Distinct session keys: enough that hashing policies spread them evenly over 20 instances. */
    static final int SESSION_KEYS = 1 << 16;
    private static final long SEED = 0x5eed_0f_c0ffeeL;

    final RoutingService service;
    final Instance[] instances;
    final boolean[] failing;
    final String[] sessionKeys;
    final long[] latencies;
    /** One array of route counts per thread, indexed like {@link #instances}. */
    final List<long[]> tallies = new CopyOnWriteArrayList<>();
    private final int keyMask;
    private final int latencyMask;

    /**
     * @param failingCount how many instances fail every call, spread evenly over the instance list
     */
    RoutedServer(RoutingPolicy policy, int instanceCount, int failingCount, LongSupplier clock) {
        if (failingCount < 0 || failingCount >= instanceCount) {
            throw new IllegalArgumentException(
                    "failing instances must be in [0, " + instanceCount + "): " + failingCount);
        }
        service = new RoutingService(RoutingConfig.defaults(policy), clock);
        List<String> ids = new ArrayList<>(instanceCount);
        for (int k = 0; k < instanceCount; k++) {
            ids.add(String.format("%s-%02d.mcp.internal", SERVER, k));
        }
        service.setInstances(SERVER, ids);
        instances = service.instances(SERVER).toArray(new Instance[0]);
        failing = new boolean[instanceCount];
        for (int f = 0; f < failingCount; f++) {
            failing[f * instanceCount / failingCount] = true;
        }
        sessionKeys = new String[SESSION_KEYS];
        for (int k = 0; k < sessionKeys.length; k++) {
            sessionKeys[k] = "session-" + Long.toHexString(Long.reverse(k) ^ SEED);
        }
        keyMask = sessionKeys.length - 1;
        latencies = LatencySamples.lognormalNanos(SEED);
        latencyMask = latencies.length - 1;
    }

    /** A zeroed route-count array for one thread, registered for {@link #tallies}. */
    long[] newTally() {
        long[] tally = new long[instances.length];
        tallies.add(tally);
        return tally;
    }

    /**
     * One routed call: {@code route}, then {@code complete} with the {@code n}-th latency (a failure
     * if the instance is one of the failing ones), counted in {@code tally}.
     */
    Instance call(int n, long[] tally) {
        Instance chosen = service.route(SERVER, sessionKeys[n & keyMask]);
        int k = indexOf(chosen);
        tally[k]++;
        service.complete(chosen, latencies[n & latencyMask], !failing[k]);
        return chosen;
    }

    /** Routes counted on failing instances, over every thread. */
    long failingRoutes() {
        long bad = 0;
        for (long[] t : tallies) {
            for (int k = 0; k < t.length; k++) {
                if (failing[k]) {
                    bad += t[k];
                }
            }
        }
        return bad;
    }

    /** Percent of all counted routes that went to failing instances. */
    double failingRoutePercent() {
        long all = 0;
        long bad = 0;
        for (long[] t : tallies) {
            for (int k = 0; k < t.length; k++) {
                all += t[k];
                if (failing[k]) {
                    bad += t[k];
                }
            }
        }
        return all == 0 ? Double.NaN : 100.0 * bad / all;
    }

    private int indexOf(Instance chosen) {
        Instance[] all = instances;
        for (int k = 0; k < all.length; k++) {
            if (all[k] == chosen) {
                return k;
            }
        }
        throw new IllegalStateException("routed to an unknown instance " + chosen);
    }
}
