package io.mcpbench.compare.stats;

/**
 * The t tests the comparator decides with, on fork-level values: Student's test for two
 * independent samples of equal size (the usual A/B shape: under "nothing changed" both sides
 * have the same spread, and with equal sizes the test keeps its level even when they do not),
 * Welch's when the sizes differ, and the one-sample test of paired differences. Forks are not
 * trimmed: a fork in another JIT mode is part of what the code does, and on two-mode data (bytes
 * allocated per operation are often one of two values, per JVM) a trimmed mean sees one mode
 * on one side and the other on the other, and calls a difference of modes a change.
 */
public final class TTests {

    private TTests() {
    }

    /** Candidate minus baseline, two independent samples of at least two values each. */
    public static TInterval twoSample(double[] cand, double[] base) {
        int nc = cand.length;
        int nb = base.length;
        if (nc < 2 || nb < 2) {
            throw new IllegalArgumentException("a two-sample t test needs two values a side, got " + nc + " and " + nb);
        }
        double mc = Samples.mean(cand);
        double mb = Samples.mean(base);
        double vc = Samples.variance(cand);
        double vb = Samples.variance(base);
        double diff = mc - mb;
        if (nc == nb) {
            double pooled = ((nc - 1) * vc + (nb - 1) * vb) / (nc + nb - 2);
            return new TInterval(diff, Math.sqrt(pooled * (1.0 / nc + 1.0 / nb)), nc + nb - 2);
        }
        double dc = vc / nc;
        double db = vb / nb;
        double se2 = dc + db;
        if (!(se2 > 0)) {
            return new TInterval(diff, 0.0, nc + nb - 2);
        }
        double df = se2 * se2 / (dc * dc / (nc - 1) + db * db / (nb - 1));
        return new TInterval(diff, Math.sqrt(se2), df);
    }

    /** The mean of {@code d} (at least two values) against zero. */
    public static TInterval oneSample(double[] d) {
        if (d.length < 2) {
            throw new IllegalArgumentException("a one-sample t test needs two values, got " + d.length);
        }
        return new TInterval(Samples.mean(d), Math.sqrt(Samples.variance(d) / d.length), d.length - 1);
    }
}
