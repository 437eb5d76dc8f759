package io.mcpbench.compare.method;

import io.mcpbench.compare.pairing.RowPair;
import io.mcpbench.compare.steady.SideSummary;

/**
 * What a method tests: a row present on both sides, each side's forks summarised, and the scale.
 *
 * @param pair  the row and its unit
 * @param base  the baseline's forks
 * @param cand  the candidate's forks
 * @param scale the scale of the test
 */
public record RowSample(RowPair pair, SideSummary base, SideSummary cand, Scale scale) {

    /** {@code v} on this sample's scale. */
    public double onScale(double v) {
        return scale == Scale.LOG ? Math.log(v) : v;
    }

    /** {@code v} on this sample's scale, element by element. */
    public double[] onScale(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = onScale(v[i]);
        return out;
    }
}
