package io.mcpbench.core.routing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One instance of a server as {@link RoutingService} sees it: its identity plus the live state the
 * policies read (calls in flight, EWMA latency) and the health state ejection keeps. The same
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
    /** EWMA latency in nanoseconds, as {@link Double#doubleToRawLongBits}; 0 until observed. */
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

    /** The EWMA latency in nanoseconds as of the last observation; 0 before any. */
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
     * Folds one latency into the EWMA. The new sample's weight is {@code 1 - exp(-dt / tau)} for the
     * time {@code dt} since this instance's previous observation (Finagle's time-based decay: a
     * sample after a long silence counts for much), but never below {@link #MIN_SAMPLE_WEIGHT}, so
     * that when calls complete much faster than tau the estimate still follows the last few dozen
     * samples instead of freezing on the first ones. There is no peak: one slow call moves the
     * estimate by its weight, not to its value, so it does not make an instance look slow for
     * seconds. A failure only ever raises the value, so a fast-failing instance does not look
     * attractive.
     */
    void observe(long latencyNanos, long now, double invTau, boolean success) {
        long prevStamp = (long) STAMP.getAndSet(this, now);
        long dt = now - prevStamp;
        double weight = dt > 0 ? Math.max(MIN_SAMPLE_WEIGHT, -Math.expm1(-dt * invTau)) : MIN_SAMPLE_WEIGHT;
        double rtt = latencyNanos;
        while (true) {
            long bits = ewmaBits;
            double cur = Double.longBitsToDouble(bits);
            double next;
            if (cur == 0.0) {
                next = rtt;
            } else if (!success && rtt <= cur) {
                return;
            } else {
                next = cur + (rtt - cur) * weight;
            }
            if (EWMA_BITS.compareAndSet(this, bits, Double.doubleToRawLongBits(next))) {
                return;
            }
        }
    }

    /**
     * The EWMA decayed to {@code now} by the time since this instance's last observation, so an idle
     * instance grows attractive again and a once-slow one gets sampled; 0 if never observed.
     */
    double estimate(long now, double invTau) {
        double e = Double.longBitsToDouble(ewmaBits);
        long dt = now - stamp;
        return dt > 0 && e != 0.0 ? e * Math.exp(-dt * invTau) : e;
    }

    /**
     * The P2C cost of an instance with this latency estimate and load: {@code estimate * (inFlight +
     * 1)}, as in Finagle's and Linkerd's balancer. An instance never observed costs 0 when idle and
     * a large penalty per pending call, so new instances are tried without being flooded.
     */
    static double cost(double estimate, int inFlight) {
        if (estimate == 0.0) {
            return inFlight == 0 ? 0.0 : PENALTY + inFlight;
        }
        return estimate * (inFlight + 1);
    }

    /** The least weight of one latency sample in the EWMA: the estimate spans about 16 recent calls or more. */
    static final double MIN_SAMPLE_WEIGHT = 1.0 / 16;

    private static final double PENALTY = (double) (Long.MAX_VALUE >> 16);

    @Override
    public String toString() {
        return serverId + "/" + id;
    }
}
