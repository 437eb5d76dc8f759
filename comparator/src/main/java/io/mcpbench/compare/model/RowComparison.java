package io.mcpbench.compare.model;

/**
 * One row's comparison, direction already applied: {@code ratio} is candidate over baseline in
 * the metric's own terms (for a time, 1.10 means 10% slower), with its confidence interval.
 * {@code change} is the signed relative change where positive means worse, so reports read alike
 * for every mode. Statistics are NaN where they do not apply (MISSING, NEW, deterministic metrics).
 *
 * @param key          the row
 * @param unit         the unit both sides were normalised to
 * @param direction    which way is better
 * @param baseScore    baseline centre (geometric mean of fork means), in {@code unit}
 * @param candScore    candidate centre, in {@code unit}
 * @param ratio        candScore / baseScore
 * @param ciLow        lower end of the ratio's interval
 * @param ciHigh       upper end of the ratio's interval
 * @param change       relative change, positive = worse (regression direction)
 * @param pValue       raw two-sided p of the main test (Welch on fork log-means, or the fallback)
 * @param pMannWhitney two-sided exact or approximate Mann-Whitney p on fork means, a cross-check
 * @param qValue       Benjamini-Hochberg adjusted p over all rows of the run
 * @param baseForks    forks on the baseline side
 * @param candForks    forks on the candidate side
 * @param lowConfidence true when fewer than 3 forks on a side forced the iteration-level fallback
 * @param forksToSettle for INCONCLUSIVE, forks per side estimated to settle it; 0 otherwise
 * @param verdict      the decision
 * @param note         a short human reason (method used, tolerance applied, ...), may be empty
 */
public record RowComparison(
        RowKey key,
        String unit,
        Direction direction,
        double baseScore,
        double candScore,
        double ratio,
        double ciLow,
        double ciHigh,
        double change,
        double pValue,
        double pMannWhitney,
        double qValue,
        int baseForks,
        int candForks,
        boolean lowConfidence,
        int forksToSettle,
        Verdict verdict,
        String note) {
}
