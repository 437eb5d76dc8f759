package io.mcpbench.bench.routing;

import io.mcpbench.bench.metrics.LatencySamples;
import io.mcpbench.core.routing.Instance;
import io.mcpbench.core.routing.NoHealthyInstanceException;
import io.mcpbench.core.routing.RoutingConfig;
import io.mcpbench.core.routing.RoutingPolicy;
import io.mcpbench.core.routing.RoutingService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * One server behind a {@link RoutingService}, and the operation the routing benchmarks time:
 * route a call, count where it went, and complete it with a latency from a precomputed stream,
 * failing it if the instance is one chosen to be down or if the seeded stream of flaky failures
 * says so. Each thread keeps its own {@link Tally}; all of them are listed here so the evenness and
 * success rate can be computed over every thread after an iteration.
 */
final class RoutedServer {

    static final String SERVER = "github";
    /** Distinct session keys: enough that hashing policies spread them evenly over 20 instances. */
    static final int SESSION_KEYS = 1 << 16;
    private static final long SEED = 0x5eed_0f_c0ffeeL;

    /** One thread's counts: routes per instance (indexed like {@link #instances}) and outcomes. */
    static final class Tally {
        final long[] routes;
        /** Calls completed as successes. */
        long succeeded;
        /** Calls {@code route} refused with {@link NoHealthyInstanceException}. */
        long refused;

        Tally(int instances) {
            routes = new long[instances];
        }

        void reset() {
            Arrays.fill(routes, 0L);
            succeeded = 0;
            refused = 0;
        }
    }

    final RoutingService service;
    final Instance[] instances;
    /** Instances that are down: they fail every call. */
    final boolean[] failing;
    final String[] sessionKeys;
    final long[] latencies;
    /** Whether the n-th call fails wherever it goes (flaky failures; all false at rate 0). */
    private final boolean[] flaky;
    final List<Tally> tallies = new CopyOnWriteArrayList<>();
    private final int keyMask;
    private final int latencyMask;
    private final int flakyMask;

    /** A server whose only failures are its down instances. */
    RoutedServer(RoutingPolicy policy, int instanceCount, int failingCount, LongSupplier clock) {
        this(policy, instanceCount, failingCount, 0.0, clock);
    }

    /**
     * @param failingCount how many instances are down (fail every call), spread evenly over the list
     * @param flakyRate    the share of calls, in [0, 1), that fail on whichever instance they reach
     */
    RoutedServer(RoutingPolicy policy, int instanceCount, int failingCount, double flakyRate, LongSupplier clock) {
        if (failingCount < 0 || failingCount >= instanceCount) {
            throw new IllegalArgumentException(
                    "failing instances must be in [0, " + instanceCount + "): " + failingCount);
        }
        if (!(flakyRate >= 0.0 && flakyRate < 1.0)) {
            throw new IllegalArgumentException("flaky failure rate must be in [0, 1): " + flakyRate);
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
        flaky = new boolean[LatencySamples.DEFAULT_COUNT];
        SplittableRandom coin = new SplittableRandom(SEED ^ 0xf1a4L);
        for (int k = 0; k < flaky.length; k++) {
            flaky[k] = coin.nextDouble() < flakyRate;
        }
        flakyMask = flaky.length - 1;
    }

    /** A zeroed tally for one thread, registered in {@link #tallies}. */
    Tally newTally() {
        Tally tally = new Tally(instances.length);
        tallies.add(tally);
        return tally;
    }

    /**
     * One routed call: {@code route}, then {@code complete} with the {@code n}-th latency (a failure
     * if the instance is down or the {@code n}-th call is flaky), counted in {@code tally}. Returns
     * the instance, or null if the call was refused.
     */
    Instance call(int n, Tally tally) {
        Instance chosen;
        try {
            chosen = service.route(SERVER, sessionKeys[n & keyMask]);
        } catch (NoHealthyInstanceException e) {
            tally.refused++;
            return null;
        }
        int k = indexOf(chosen);
        tally.routes[k]++;
        boolean ok = !failing[k] && !flaky[n & flakyMask];
        if (ok) {
            tally.succeeded++;
        }
        service.complete(chosen, latencies[n & latencyMask], ok);
        return chosen;
    }

    /** The largest deviation from the fair share over the instances that are not down, percent. */
    double maxSharePercent() {
        List<long[]> routes = new ArrayList<>(tallies.size());
        for (Tally t : tallies) {
            routes.add(t.routes);
        }
        return ShareDeviation.maxPercent(routes, failing);
    }

    /** Routes counted on failing instances, over every thread. */
    long failingRoutes() {
        long bad = 0;
        for (Tally t : tallies) {
            for (int k = 0; k < t.routes.length; k++) {
                if (failing[k]) {
                    bad += t.routes[k];
                }
            }
        }
        return bad;
    }

    /** Percent of all counted routes that went to failing instances. */
    double failingRoutePercent() {
        long all = 0;
        for (Tally t : tallies) {
            for (long c : t.routes) {
                all += c;
            }
        }
        return all == 0 ? Double.NaN : 100.0 * failingRoutes() / all;
    }

    /** Percent of all calls, refused ones included, that succeeded; NaN before any call. */
    double successPercent() {
        long calls = 0;
        long ok = 0;
        for (Tally t : tallies) {
            calls += t.refused;
            for (long c : t.routes) {
                calls += c;
            }
            ok += t.succeeded;
        }
        return calls == 0 ? Double.NaN : 100.0 * ok / calls;
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
