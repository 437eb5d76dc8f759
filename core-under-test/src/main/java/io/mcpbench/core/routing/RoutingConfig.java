package io.mcpbench.core.routing;

import java.time.Duration;
import java.util.Objects;

/**
 * The tuning of a {@link RoutingService}: which policy, when an instance is ejected and for how
 * long, how much of a server may be ejected at once, how fast latency observations fade, and the
 * seed that makes random choices repeatable.
 *
 * @param policy           how an instance is chosen
 * @param failureThreshold consecutive failed calls that eject an instance (at least 1)
 * @param baseEjection     how long the first ejection lasts
 * @param maxEjection      the cap on the back-off, which doubles with each consecutive ejection
 * @param ewmaHalfLife     the time after which an old latency observation has half its weight
 * @param seed             seeds the per-thread generators of {@link RoutingPolicy#RANDOM},
 *                         {@link RoutingPolicy#LEAST_IN_FLIGHT} and {@link RoutingPolicy#POWER_OF_TWO_CHOICES}
 * @param maxEjectionPercent the largest share of a server's instances, in percent (0 to 100), that
 *                         may be ejected at once, as Envoy's {@code max_ejection_percent}: one
 *                         ejection is always allowed (however small the share), but the last
 *                         routable instance never is; an instance that fails while the cap is
 *                         reached stays in rotation
 */
public record RoutingConfig(
        RoutingPolicy policy,
        int failureThreshold,
        Duration baseEjection,
        Duration maxEjection,
        Duration ewmaHalfLife,
        long seed,
        int maxEjectionPercent) {

    /** Consecutive failures that eject an instance by default (Finagle's failure accrual uses 5). */
    public static final int DEFAULT_FAILURE_THRESHOLD = 5;
    /** First ejection by default. */
    public static final Duration DEFAULT_BASE_EJECTION = Duration.ofSeconds(1);
    /** Longest ejection by default. */
    public static final Duration DEFAULT_MAX_EJECTION = Duration.ofSeconds(60);
    /** Default EWMA half-life (about Finagle's 10 s decay time). */
    public static final Duration DEFAULT_EWMA_HALF_LIFE = Duration.ofSeconds(7);
    /** Default seed. */
    public static final long DEFAULT_SEED = 0x6d63_7062_656e_6368L;
    /**
     * At most half of a server's instances are ejected at once by default. Envoy's default of 10%
     * suits clusters of dozens of hosts; an MCP server typically runs 2 to 5 instances, where 10%
     * would leave only the one ejection always allowed. Half is the share at which Envoy's default
     * panic threshold stops trusting health and balances over every host, and Google Cloud's
     * outlier detection default: the instances left take at most twice their load, and when every
     * instance fails alike, half of them still answer instead of the server refusing all calls.
     */
    public static final int DEFAULT_MAX_EJECTION_PERCENT = 50;

    public RoutingConfig {
        Objects.requireNonNull(policy, "policy");
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1: " + failureThreshold);
        }
        requirePositive(baseEjection, "baseEjection");
        requirePositive(maxEjection, "maxEjection");
        requirePositive(ewmaHalfLife, "ewmaHalfLife");
        if (maxEjectionPercent < 0 || maxEjectionPercent > 100) {
            throw new IllegalArgumentException("maxEjectionPercent must be in [0, 100]: " + maxEjectionPercent);
        }
        if (maxEjection.compareTo(baseEjection) < 0) {
            throw new IllegalArgumentException(
                    "maxEjection " + maxEjection + " is shorter than baseEjection " + baseEjection);
        }
        // toNanos() must not overflow where the service converts.
        baseEjection.toNanos();
        maxEjection.toNanos();
        ewmaHalfLife.toNanos();
    }

    /** A configuration with the {@link #DEFAULT_MAX_EJECTION_PERCENT default ejection cap}. */
    public RoutingConfig(RoutingPolicy policy, int failureThreshold, Duration baseEjection, Duration maxEjection,
            Duration ewmaHalfLife, long seed) {
        this(policy, failureThreshold, baseEjection, maxEjection, ewmaHalfLife, seed, DEFAULT_MAX_EJECTION_PERCENT);
    }

    /** The defaults for a policy. */
    public static RoutingConfig defaults(RoutingPolicy policy) {
        return new RoutingConfig(policy, DEFAULT_FAILURE_THRESHOLD, DEFAULT_BASE_EJECTION,
                DEFAULT_MAX_EJECTION, DEFAULT_EWMA_HALF_LIFE, DEFAULT_SEED, DEFAULT_MAX_EJECTION_PERCENT);
    }

    /**
     * How many of {@code instances} may be ejected at once: {@link #maxEjectionPercent()} of them,
     * rounded down, but at least one and never all (0 for a single instance).
     */
    public int maxEjected(int instances) {
        if (instances <= 1) {
            return 0;
        }
        long share = (long) instances * maxEjectionPercent / 100;
        return (int) Math.min(instances - 1, Math.max(1, share));
    }

    /** This configuration with another policy. */
    public RoutingConfig withPolicy(RoutingPolicy newPolicy) {
        return new RoutingConfig(newPolicy, failureThreshold, baseEjection, maxEjection, ewmaHalfLife, seed,
                maxEjectionPercent);
    }

    /** This configuration with another failure threshold. */
    public RoutingConfig withFailureThreshold(int threshold) {
        return new RoutingConfig(policy, threshold, baseEjection, maxEjection, ewmaHalfLife, seed, maxEjectionPercent);
    }

    /** This configuration with another ejection back-off range. */
    public RoutingConfig withEjection(Duration base, Duration max) {
        return new RoutingConfig(policy, failureThreshold, base, max, ewmaHalfLife, seed, maxEjectionPercent);
    }

    /** This configuration with another EWMA half-life. */
    public RoutingConfig withEwmaHalfLife(Duration halfLife) {
        return new RoutingConfig(policy, failureThreshold, baseEjection, maxEjection, halfLife, seed,
                maxEjectionPercent);
    }

    /** This configuration with another seed. */
    public RoutingConfig withSeed(long newSeed) {
        return new RoutingConfig(policy, failureThreshold, baseEjection, maxEjection, ewmaHalfLife, newSeed,
                maxEjectionPercent);
    }

    /** This configuration with another cap on the share of a server's instances ejected at once. */
    public RoutingConfig withMaxEjectionPercent(int percent) {
        return new RoutingConfig(policy, failureThreshold, baseEjection, maxEjection, ewmaHalfLife, seed, percent);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
