package io.mcpbench.core.routing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One instance of a server as {@link RoutingService} sees it: its identity plus the live state the
 * policies read (calls in flight, peak EWMA latency) and the health state ejection keeps. The same
 * object is returned by every {@link RoutingService#route} that chooses it and must be handed back
 * to {@link RoutingService#complete} exactly once per route. Identity is by object: an instance
 * removed from its server and added again is a new object with fresh state.
 */
public final class Instance {

    /** Where an instance stands with respect to ejection. */
    public enum Health {
        /** Takes calls. */
        HEALTHY,
        /** Readmitted after its back-off: takes calls, but one failure ejects it again for longer. */
        PROBATION,
        /** Takes no calls until its back-off has passed. */
        EJECTED
    }

    static final int HEALTHY = 0;
    static final int PROBATION = 1;
    static final int EJECTED = 2;

    private static final VarHandle IN_FLIGHT;
    private static final VarHandle FAILURES;
    private static final VarHandle EWMA_BITS;
    private static final VarHandle STAMP;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            IN_FLIGHT = l.findVarHandle(Instance.class, "inFlight", int.class);
            FAILURES = l.findVarHandle(Instance.class, "consecutiveFailures", int.class);
            EWMA_BITS = l.findVarHandle(Instance.class, "ewmaBits", long.class);
            STAMP = l.findVarHandle(Instance.class, "stamp", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String id;
    private final String serverId;
    final long idHash;
    final ServerPool pool;

    private volatile int inFlight;
    private volatile int consecutiveFailures;
    /** Peak EWMA latency in nanoseconds, as {@link Double#doubleToRawLongBits}; 0 until observed. */
    private volatile long ewmaBits;
    /** Clock reading of the last latency observation. */
    private volatile long stamp;

    /** Written only under the pool's lock; read anywhere. */
    volatile int health;
    volatile long readmitAt;
    volatile boolean retired;
    /** Consecutive ejections without a successful call between; guarded by the pool's lock. */
    int ejections;

    Instance(String id, ServerPool pool, long now) {
        this.id = id;
        this.serverId = pool.serverId;
        this.pool = pool;
        this.idHash = Hashing.hash64(id);
        this.stamp = now;
    }

    /** The instance id, unique within its server. */
    public String id() {
        return id;
    }

    /** The server this instance belongs to. */
    public String serverId() {
        return serverId;
    }

    /** Calls routed to this instance and not yet completed. */
    public int inFlight() {
        return inFlight;
    }

    /** Failed calls since the last success (reset on ejection). */
    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    /** The peak EWMA latency in nanoseconds as of the last observation; 0 before any. */
    public double ewmaLatencyNanos() {
        return Double.longBitsToDouble(ewmaBits);
    }

    /** The health state now (readmission is applied lazily, on the next route to the server). */
    public Health health() {
        switch (health) {
            case HEALTHY:
                return Health.HEALTHY;
            case PROBATION:
                return Health.PROBATION;
            default:
                return Health.EJECTED;
        }
    }

    /** Whether this instance is still part of its server's instance set. */
    public boolean isActive() {
        return !retired;
    }

    void acquire() {
        IN_FLIGHT.getAndAdd(this, 1);
    }

    void release() {
        int before = (int) IN_FLIGHT.getAndAdd(this, -1);
        if (before <= 0) {
            IN_FLIGHT.getAndAdd(this, 1);
            throw new IllegalStateException("instance " + serverId + "/" + id
                    + " completed more often than it was routed to");
        }
    }

    int recordFailure() {
        return (int) FAILURES.getAndAdd(this, 1) + 1;
    }

    void resetFailures() {
        if (consecutiveFailures != 0) {
            consecutiveFailures = 0;
        }
    }

    /** Whether a bound session may stay on this instance. */
    boolean routable() {
        return health != EJECTED && !retired;
    }

    /**
     * Folds one latency into the peak EWMA (Finagle's PeakEwma): a sample above the current value
     * replaces it at once, so a slowdown is seen immediately; a lower one is blended with weight
     * {@code 1 - exp(-dt / tau)}, so recovery is believed gradually. A failure never lowers the
     * value, so a fast-failing instance does not look attractive.
     */
    void observe(long latencyNanos, long now, double invTau, boolean success) {
        long prevStamp = (long) STAMP.getAndSet(this, now);
        long dt = now - prevStamp;
        double w = dt > 0 ? Math.exp(-dt * invTau) : 1.0;
        double rtt = latencyNanos;
        while (true) {
            long bits = ewmaBits;
            double cur = Double.longBitsToDouble(bits);
            double next;
            if (rtt > cur) {
                next = rtt;
            } else if (!success) {
                return;
            } else {
                next = cur * w + rtt * (1.0 - w);
            }
            if (EWMA_BITS.compareAndSet(this, bits, Double.doubleToRawLongBits(next))) {
                return;
            }
        }
    }

    /**
     * The P2C cost: the EWMA decayed to {@code now} (an idle instance grows attractive again, so a
     * once-slow instance gets sampled) times the calls in flight plus one. An instance never
     * observed costs 0 when idle and a large penalty per pending call, so new instances are tried
     * without being flooded.
     */
    double cost(long now, double invTau) {
        int pending = inFlight;
        double e = Double.longBitsToDouble(ewmaBits);
        if (e == 0.0) {
            return pending == 0 ? 0.0 : PENALTY + pending;
        }
        long dt = now - stamp;
        if (dt > 0) {
            e *= Math.exp(-dt * invTau);
        }
        return e * (pending + 1);
    }

    private static final double PENALTY = (double) (Long.MAX_VALUE >> 16);

    @Override
    public String toString() {
        return serverId + "/" + id;
    }
}
