package io.mcpbench.core.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Chooses a healthy instance of a server for each call and learns from how the call went.
 *
 * <p>Every {@link #route} must be followed by exactly one {@link #complete} with the returned
 * instance: that pair keeps the in-flight counts, the latency estimate and the failure count.
 * {@code route} takes no lock and allocates nothing (the first call of a new session under
 * {@link RoutingPolicy#SESSION_AFFINITY} adds a binding); it reads the clock only when some
 * instance is ejected, or for {@link RoutingPolicy#POWER_OF_TWO_CHOICES}.
 *
 * <p>Health: {@link RoutingConfig#failureThreshold()} consecutive failures eject an instance for a
 * back-off that starts at {@link RoutingConfig#baseEjection()} and doubles with each consecutive
 * ejection up to {@link RoutingConfig#maxEjection()}. When it has passed, the next route readmits
 * the instance on probation: its first success makes it healthy and resets the back-off; its first
 * failure ejects it again, for twice as long. At most {@link RoutingConfig#maxEjected} of a
 * server's instances are ejected at once (Envoy's {@code max_ejection_percent}): an instance that
 * fails while the cap is reached stays in rotation and is ejected by its first failure after room
 * frees up. So a server with instances always has one to route to, and when every instance fails
 * alike, calls keep reaching the ones left in rotation instead of all being refused.
 */
public final class RoutingService {

    /**
     * At equal loads, P2C treats latency estimates within this factor of each other as equal: the
     * estimates of identical instances differ by noise of about this much.
     */
    static final double NEAR_TIE = 2.0;

    private final RoutingConfig config;
    private final RoutingPolicy policy;
    private final LongSupplier clock;
    private final long baseEjectionNanos;
    private final long maxEjectionNanos;
    /** 1 / tau, where tau = half-life / ln 2: the EWMA weight of the past is exp(-dt / tau). */
    private final double invTau;
    private final ConcurrentHashMap<String, ServerPool> pools = new ConcurrentHashMap<>();
    private final AtomicLong threadSeeds = new AtomicLong();
    private final ThreadLocal<SplittableRandom> random;

    /**
     * @param config    the policy and its tuning
     * @param nanoClock a monotonic nanosecond clock, e.g. {@code System::nanoTime}
     */
    public RoutingService(RoutingConfig config, LongSupplier nanoClock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.policy = config.policy();
        this.baseEjectionNanos = config.baseEjection().toNanos();
        this.maxEjectionNanos = config.maxEjection().toNanos();
        this.invTau = Math.log(2.0) / config.ewmaHalfLife().toNanos();
        long seed = config.seed();
        // Thread k (in order of first use) gets a generator from (seed, k): one thread is repeatable.
        this.random = ThreadLocal.withInitial(() -> new SplittableRandom(
                Hashing.mix64(seed + 0x9e3779b97f4a7c15L * threadSeeds.getAndIncrement())));
    }

    /** The configuration this service was built with. */
    public RoutingConfig config() {
        return config;
    }

    /**
     * Replaces the instance set of a server in one step. Instances whose id stays keep their
     * in-flight count, latency estimate and health; new ids start fresh and healthy; removed ones
     * stop being chosen (calls already routed to them may still complete).
     *
     * @throws IllegalArgumentException if an id is blank or repeated
     */
    public void setInstances(String serverId, List<String> instanceIds) {
        requireId(serverId, "serverId");
        Objects.requireNonNull(instanceIds, "instanceIds");
        Set<String> seen = new HashSet<>();
        List<String> ids = new ArrayList<>(instanceIds.size());
        for (String id : instanceIds) {
            requireId(id, "instance id");
            if (!seen.add(id)) {
                throw new IllegalArgumentException("instance id '" + id + "' is repeated for server '" + serverId + "'");
            }
            ids.add(id);
        }
        pools.computeIfAbsent(serverId, s -> new ServerPool(s, this)).replace(ids, clock.getAsLong());
    }

    /** Forgets a server; routing to it then fails as unknown. Returns whether it was known. */
    public boolean removeServer(String serverId) {
        ServerPool pool = pools.remove(Objects.requireNonNull(serverId, "serverId"));
        if (pool == null) {
            return false;
        }
        pool.retireAll();
        return true;
    }

    /** The server's current instances in the order last set (empty if the server is unknown). */
    public List<Instance> instances(String serverId) {
        ServerPool pool = pools.get(Objects.requireNonNull(serverId, "serverId"));
        return pool == null ? List.of() : List.copyOf(Arrays.asList(pool.view.all));
    }

    /**
     * How many of the server's instances are ejected now (0 if the server is unknown); never more
     * than {@link RoutingConfig#maxEjected} of its instance count.
     */
    public int ejectedCount(String serverId) {
        ServerPool pool = pools.get(Objects.requireNonNull(serverId, "serverId"));
        return pool == null ? 0 : pool.view.ejected;
    }

    /**
     * Ends a session's binding under {@link RoutingPolicy#SESSION_AFFINITY}, so the binding table
     * does not grow with sessions that are over. Returns whether a binding existed.
     */
    public boolean endSession(String serverId, String sessionKey) {
        ServerPool pool = pools.get(Objects.requireNonNull(serverId, "serverId"));
        return pool != null && pool.sessions.remove(Objects.requireNonNull(sessionKey, "sessionKey")) != null;
    }

    /**
     * Chooses an instance of the server for one call and counts the call as in flight on it.
     *
     * @param sessionKey the caller's session; required by {@link RoutingPolicy#needsSessionKey()}
     *                   policies, ignored (may be null) by the others
     * @throws NoHealthyInstanceException if the server is unknown or has no instances
     * @throws IllegalArgumentException   if the policy needs a session key and it is null
     */
    public Instance route(String serverId, String sessionKey) {
        if (serverId == null) {
            throw new NullPointerException("serverId");
        }
        ServerPool pool = pools.get(serverId);
        if (pool == null) {
            throw new NoHealthyInstanceException(serverId, NoHealthyInstanceException.Reason.UNKNOWN_SERVER,
                    "unknown server '" + serverId + "': no instances were set for it");
        }
        ServerPool.View v = pool.view;
        if (v.hasEjected) {
            long now = clock.getAsLong();
            if (now - v.nextReadmitAt >= 0) {
                v = pool.readmitDue(now);
            }
        }
        Instance[] h = v.routable;
        if (h.length == 0) {
            throw pool.noneRoutable(v, clock.getAsLong());
        }
        Instance chosen;
        switch (policy) {
            case ROUND_ROBIN:
                chosen = h[Math.floorMod(pool.roundRobin.getAndIncrement(), h.length)];
                break;
            case RANDOM:
                chosen = h.length == 1 ? h[0] : h[random.get().nextInt(h.length)];
                break;
            case LEAST_IN_FLIGHT:
                chosen = leastInFlight(h);
                break;
            case POWER_OF_TWO_CHOICES:
                chosen = powerOfTwo(h);
                break;
            case SESSION_AFFINITY:
                chosen = affinity(pool, h, requireKey(sessionKey));
                break;
            case RENDEZVOUS_HASH:
                chosen = rendezvous(h, Hashing.keyHash(requireKey(sessionKey)));
                break;
            default:
                throw new IllegalStateException("unhandled policy " + policy);
        }
        chosen.acquire();
        return chosen;
    }

    /**
     * Reports how a routed call went: releases its in-flight slot, folds its latency into the
     * instance's estimate, and counts a failure towards ejection (a success resets the count).
     *
     * @throws IllegalStateException    if the instance has no call in flight to complete
     * @throws IllegalArgumentException if the instance is not from this service or the latency is negative
     */
    public void complete(Instance instance, long latencyNanos, boolean success) {
        Objects.requireNonNull(instance, "instance");
        if (instance.pool.owner != this) {
            throw new IllegalArgumentException("instance " + instance + " was not routed by this service");
        }
        if (latencyNanos < 0) {
            throw new IllegalArgumentException("latency must not be negative: " + latencyNanos);
        }
        instance.release();
        long now = clock.getAsLong();
        instance.observe(latencyNanos, now, invTau, success);
        if (success) {
            instance.resetFailures();
            if (instance.health == Instance.PROBATION) {
                instance.pool.promote(instance);
            }
        } else {
            int failures = instance.recordFailure();
            int health = instance.health;
            if ((health == Instance.PROBATION || (health == Instance.HEALTHY && failures >= config.failureThreshold()))
                    && instance.pool.view.mayEject()) {
                instance.pool.eject(instance, now, baseEjectionNanos, maxEjectionNanos);
            }
        }
    }

    /**
     * One pass finds the lowest load and how many instances share it; a second takes a random one
     * of those. Breaking ties uniformly matters: scanning on from a random start would hand the
     * successor of every busy instance a double share.
     */
    private Instance leastInFlight(Instance[] h) {
        int n = h.length;
        if (n == 1) {
            return h[0];
        }
        int min = Integer.MAX_VALUE;
        int ties = 0;
        for (Instance c : h) {
            int load = c.inFlight();
            if (load < min) {
                min = load;
                ties = 1;
            } else if (load == min) {
                ties++;
            }
        }
        int pick = ties == 1 ? 0 : random.get().nextInt(ties);
        Instance fallback = null;
        for (Instance c : h) {
            if (c.inFlight() <= min) {
                if (pick-- == 0) {
                    return c;
                }
                fallback = c;
            }
        }
        // Loads moved between the passes: any instance still at the minimum will do.
        return fallback != null ? fallback : h[0];
    }

    /**
     * Draws two distinct instances. If they have different numbers of calls in flight, keeps the
     * cheaper by {@link Instance#cost} (Finagle's rule: the load is known exactly). If their loads
     * are equal, only the latency estimates tell them apart, and those are noisy: estimates within
     * a factor {@link #NEAR_TIE} of each other are a tie, and the first draw (itself uniform) is
     * kept; beyond it the slower is still kept now and then, one time in five at twice the factor
     * and one time in 26 at five times it (ten times slower). Always keeping the lower estimate
     * would let noise rule: between identical instances, one whose estimate drew a few slow calls
     * would get no calls at all, its estimate would never come back down, and the load would split
     * by luck. This way identical instances share calls evenly, every instance keeps being
     * sampled, and a clearly slower one is avoided.
     */
    private Instance powerOfTwo(Instance[] h) {
        int n = h.length;
        if (n == 1) {
            return h[0];
        }
        SplittableRandom r = random.get();
        int i = r.nextInt(n);
        int j = r.nextInt(n - 1);
        if (j >= i) {
            j++;
        }
        long now = clock.getAsLong();
        Instance a = h[i];
        Instance b = h[j];
        int loadA = a.inFlight();
        int loadB = b.inFlight();
        double ea = a.estimate(now, invTau);
        double eb = b.estimate(now, invTau);
        if (loadA != loadB) {
            return Instance.cost(ea, loadA) <= Instance.cost(eb, loadB) ? a : b;
        }
        // Equal loads: with q = NEAR_TIE * faster / slower, a tie if q >= 1, else the slower is
        // kept with chance q^2 / (1 + q^2), which is 1/2 at the edge of the tie.
        double fast = Math.min(ea, eb) * NEAR_TIE;
        double slow = Math.max(ea, eb);
        double f2 = fast * fast;
        double s2 = slow * slow;
        if (s2 <= f2) {
            return a;
        }
        boolean keepSlower = r.nextDouble() * (f2 + s2) < f2;
        return keepSlower == (ea >= eb) ? a : b;
    }

    private static Instance rendezvous(Instance[] h, long keyHash) {
        Instance best = h[0];
        long bestWeight = Hashing.weight(keyHash, best.idHash);
        for (int k = 1; k < h.length; k++) {
            long w = Hashing.weight(keyHash, h[k].idHash);
            if (w > bestWeight) {
                best = h[k];
                bestWeight = w;
            }
        }
        return best;
    }

    private static Instance affinity(ServerPool pool, Instance[] h, String key) {
        Instance bound = pool.sessions.get(key);
        while (bound == null || !bound.routable()) {
            Instance target = rendezvous(h, Hashing.keyHash(key));
            if (bound == null) {
                Instance raced = pool.sessions.putIfAbsent(key, target);
                if (raced == null) {
                    return target;
                }
                bound = raced;
            } else if (pool.sessions.replace(key, bound, target)) {
                return target;
            } else {
                bound = pool.sessions.get(key);
            }
        }
        return bound;
    }

    private String requireKey(String sessionKey) {
        if (sessionKey == null) {
            throw new IllegalArgumentException("policy " + policy + " needs a session key, got null");
        }
        return sessionKey;
    }

    private static void requireId(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank: " + (id == null ? "null" : "'" + id + "'"));
        }
    }
}
