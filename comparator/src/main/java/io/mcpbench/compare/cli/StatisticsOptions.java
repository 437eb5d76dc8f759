package io.mcpbench.compare.cli;

import io.mcpbench.compare.policy.Policy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The statistics options shared by {@code compare} and {@code gate}; unset ones come from the policy. */
public final class StatisticsOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--q", paramLabel = "Q", converter = FractionConverter.class,
            description = "False-discovery rate over all rows (Benjamini-Hochberg), e.g. 0.05 or 5%%. Default: the policy's, else 0.05.")
    Double q;

    @Option(names = "--noise-floor", paramLabel = "FRACTION", converter = FractionConverter.class,
            description = "Smallest relative change that counts as a regression or improvement, e.g. 2%%. Default: the policy's, else 2%%.")
    Double noiseFloor;

    @Option(names = "--band", paramLabel = "FRACTION", converter = FractionConverter.class,
            description = "Equivalence band: rows shown to lie within +-band are EQUIVALENT, e.g. 5%%. Default: the policy's, else 5%%.")
    Double band;

    @Option(names = "--confidence", paramLabel = "LEVEL", converter = FractionConverter.class, defaultValue = "0.95",
            description = "Confidence of the intervals shown (default: ${DEFAULT-VALUE}).")
    double confidence;

    /** The most bootstrap resamples per row accepted: more buys no precision, only time and memory. */
    static final int MAX_RESAMPLES = 100_000;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "2000",
            description = "Bootstrap resamples per row: 0 (off) or 100 to 100000 (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "42",
            description = "Bootstrap seed; the same seed gives the same report (default: ${DEFAULT-VALUE}).")
    long seed;

    /** The policy with these options applied over its defaults; bad values are usage errors. */
    Policy apply(Policy policy) {
        check(q, "--q", false);
        check(noiseFloor, "--noise-floor", true);
        check(band, "--band", false);
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new ParameterException(spec.commandLine(), "--confidence: " + confidence + " is not in (0.5, 1)");
        }
        if (resamples != 0 && (resamples < 100 || resamples > MAX_RESAMPLES)) {
            throw new ParameterException(spec.commandLine(), "--resamples: use 0 (off) or 100 to " + MAX_RESAMPLES + ", not " + resamples);
        }
        return policy.withSettings(q, noiseFloor, band);
    }

    /** The run-wide settings under {@code policy} (after {@link #apply}). */
    StatisticsSettings settings(Policy policy) {
        return new StatisticsSettings(policy.q(), policy.noiseFloor(), policy.band(), confidence, resamples, seed);
    }

    private void check(Double v, String name, boolean zeroAllowed) {
        if (v == null) return;
        if (!(v >= 0 && v < 1) || (!zeroAllowed && v == 0)) {
            throw new ParameterException(spec.commandLine(), name + ": " + v + " is not a fraction in " + (zeroAllowed ? "[0, 1)" : "(0, 1)"));
        }
    }
}
