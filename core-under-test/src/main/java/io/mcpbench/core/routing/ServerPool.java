package io.mcpbench.core.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The routing state of one server: its instances, the subset that takes calls, the round-robin
 * counter and the session bindings. Readers take {@link #view} (one volatile read) and never lock;
 * the rare writers (instance set changes, ejection, readmission, leaving probation) serialise on
 * this object and publish a fresh view.
 */
final class ServerPool {

    /** An immutable picture of the pool, published as a whole. */
    static final class View {
        final Instance[] all;
        /** Instances that take calls: healthy or on probation. */
        final Instance[] routable;
        /** Whether any instance is ejected; if not, route never reads the clock for readmission. */
        final boolean hasEjected;
        /** The earliest readmission time among ejected instances. */
        final long nextReadmitAt;
        /** How many instances are ejected. */
        final int ejected;
        /** How many instances may be ejected at once ({@link RoutingConfig#maxEjected}). */
        final int maxEjected;

        View(Instance[] all, Instance[] routable, boolean hasEjected, long nextReadmitAt, int maxEjected) {
            this.all = all;
            this.routable = routable;
            this.hasEjected = hasEjected;
            this.nextReadmitAt = nextReadmitAt;
            this.ejected = all.length - routable.length;
            this.maxEjected = maxEjected;
        }

        /** Whether one more ejection fits under the cap: a cheap check before taking the lock. */
        boolean mayEject() {
            return ejected < maxEjected;
        }
    }

    private static final Instance[] NONE = new Instance[0];

    final String serverId;
    final RoutingService owner;
    final AtomicInteger roundRobin = new AtomicInteger();
    /** Session key to the instance it is bound to (used by {@link RoutingPolicy#SESSION_AFFINITY}). */
    final ConcurrentHashMap<String, Instance> sessions = new ConcurrentHashMap<>();
    private final RoutingConfig config;
    volatile View view = new View(NONE, NONE, false, 0L, 0);

    ServerPool(String serverId, RoutingService owner) {
        this.serverId = serverId;
        this.owner = owner;
        this.config = owner.config();
    }

    /** Replaces the instance set, keeping the objects (and so the state) of ids that stay. */
    synchronized void replace(List<String> ids, long now) {
        Map<String, Instance> old = new HashMap<>();
        for (Instance i : view.all) {
            old.put(i.id(), i);
        }
        Instance[] next = new Instance[ids.size()];
        for (int k = 0; k < next.length; k++) {
            Instance kept = old.remove(ids.get(k));
            next[k] = kept != null ? kept : new Instance(ids.get(k), this, now);
        }
        for (Instance gone : old.values()) {
            gone.retired = true;
        }
        readmitOverCap(next);
        publish(next);
        if (!old.isEmpty() && !sessions.isEmpty()) {
            sessions.values().removeIf(i -> i.retired);
        }
    }

    /** Takes every instance out of service (the server is being removed). */
    synchronized void retireAll() {
        for (Instance i : view.all) {
            i.retired = true;
        }
        publish(NONE);
        sessions.clear();
    }

    /**
     * Ejects an instance for its current back-off, which doubles with each consecutive ejection,
     * unless the cap on ejected instances is reached: then it stays in rotation, keeping its failure
     * count, so its next failure tries again.
     */
    synchronized void eject(Instance i, long now, long baseNanos, long maxNanos) {
        if (i.health == Instance.EJECTED || i.retired || !view.mayEject()) {
            return;
        }
        long backoff = baseNanos;
        for (int k = 0; k < i.ejections && backoff < maxNanos; k++) {
            backoff = backoff > maxNanos / 2 ? maxNanos : backoff * 2;
        }
        backoff = Math.min(backoff, maxNanos);
        i.ejections++;
        i.readmitAt = now + backoff;
        i.health = Instance.EJECTED;
        i.resetFailures();
        publish(view.all);
    }

    /**
     * Puts ejected instances of a new instance set on probation, soonest due first, until no more
     * are ejected than the cap allows for the set's size (a shrinking set must not leave every
     * instance it keeps ejected).
     */
    private void readmitOverCap(Instance[] next) {
        int ejected = 0;
        for (Instance i : next) {
            if (i.health == Instance.EJECTED) {
                ejected++;
            }
        }
        for (int over = ejected - config.maxEjected(next.length); over > 0; over--) {
            Instance soonest = null;
            for (Instance i : next) {
                if (i.health == Instance.EJECTED && (soonest == null || i.readmitAt - soonest.readmitAt < 0)) {
                    soonest = i;
                }
            }
            soonest.health = Instance.PROBATION;
        }
    }

    /** Moves every ejected instance whose back-off has passed to probation. */
    synchronized View readmitDue(long now) {
        View v = view;
        boolean changed = false;
        for (Instance i : v.all) {
            if (i.health == Instance.EJECTED && now - i.readmitAt >= 0) {
                i.health = Instance.PROBATION;
                changed = true;
            }
        }
        if (changed) {
            publish(v.all);
        }
        return view;
    }

    /** A successful call on probation makes the instance healthy and resets its back-off. */
    synchronized void promote(Instance i) {
        if (i.health == Instance.PROBATION) {
            i.health = Instance.HEALTHY;
            i.ejections = 0;
        }
    }

    /** The error to throw when {@code v} has nothing routable. */
    NoHealthyInstanceException noneRoutable(View v, long now) {
        if (v.all.length == 0) {
            return new NoHealthyInstanceException(serverId, NoHealthyInstanceException.Reason.NO_INSTANCES,
                    "server '" + serverId + "' has no instances registered");
        }
        long waitMillis = Math.max(0L, (v.nextReadmitAt - now) / 1_000_000L);
        return new NoHealthyInstanceException(serverId, NoHealthyInstanceException.Reason.ALL_EJECTED,
                "server '" + serverId + "': all " + v.all.length
                        + " instances are ejected; the next is readmitted in " + waitMillis + " ms");
    }

    private void publish(Instance[] all) {
        List<Instance> routable = new ArrayList<>(all.length);
        boolean hasEjected = false;
        long nextReadmit = 0L;
        for (Instance i : all) {
            if (i.health == Instance.EJECTED) {
                if (!hasEjected || i.readmitAt - nextReadmit < 0) {
                    nextReadmit = i.readmitAt;
                }
                hasEjected = true;
            } else {
                routable.add(i);
            }
        }
        view = new View(all, routable.toArray(NONE), hasEjected, nextReadmit, config.maxEjected(all.length));
    }
}
