package io.mcpbench.compare.model;

/**
 * One row's comparison, direction already applied: {@code ratio} is candidate over baseline in
 * the metric's own terms (for a time, 1.10 means 10% slower), with the interval its verdict rests
 * on. {@code change} is the signed relative change where positive means worse, so reports read
 * alike for every mode. Statistics are NaN where they do not apply (MISSING, NEW, untested rows).
 *
 * @param key           the row
 * @param unit          the unit both sides were normalised to
 * @param direction     which way is better
 * @param baseScore     baseline centre (of its settled forks' robust centres), in {@code unit}
 * @param candScore     candidate centre, in {@code unit}
 * @param ratio         candScore / baseScore
 * @param ciLow         lower end of the ratio's interval
 * @param ciHigh        upper end of the ratio's interval
 * @param confidence    the interval's level: the false-discovery-adjusted level for a change,
 *                      {@code 1 - 2q} for an equivalence (see comparator/README.md)
 * @param change        relative change, positive = worse
 * @param pValue        raw two-sided p-value of the method's test
 * @param qValue        Benjamini-Hochberg adjusted p-value within the row's family (gated or not)
 * @param baseForks     forks on the baseline side
 * @param candForks     forks on the candidate side
 * @param forksToSettle for INCONCLUSIVE, forks (or rounds) per side estimated to settle it; 0 otherwise
 * @param detectable    smallest relative change this row could have shown with 80% power in this
 *                      run (never below the noise floor); NaN when untested
 * @param verdict       the decision
 * @param undecided     why the row could not be tested at all, or {@link Undecided#NO}
 * @param method        how it was tested ("paired rounds", "independent forks"), or empty
 * @param steady        warm-up iterations dropped and forks that never settled
 * @param note          a short human reason (method caveats, steady state), may be empty
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
        double confidence,
        double change,
        double pValue,
        double qValue,
        int baseForks,
        int candForks,
        int forksToSettle,
        double detectable,
        Verdict verdict,
        Undecided undecided,
        String method,
        Steady steady,
        String note) {

    /**
     * The steady-state stage's account of a row.
     *
     * @param baseDropped    warm-up iterations dropped from the baseline's forks
     * @param candDropped    the same for the candidate
     * @param baseIterations iterations measured on the baseline
     * @param candIterations iterations measured on the candidate
     * @param baseUnsteady   baseline forks that never settled
     * @param candUnsteady   candidate forks that never settled
     * @param mostlyUnsteady true when more than half of a side's forks never settled
     */
    public record Steady(int baseDropped, int candDropped, int baseIterations, int candIterations, int baseUnsteady,
                         int candUnsteady, boolean mostlyUnsteady) {

        /** Nothing dropped, nothing flagged. */
        public static final Steady NONE = new Steady(0, 0, 0, 0, 0, 0, false);

        /** Forks that never settled on either side. */
        public int unsteady() {
            return baseUnsteady + candUnsteady;
        }
    }

    /** True when fewer than two settled forks on a side kept the row from being tested. */
    public boolean tooFewForks() {
        return undecided == Undecided.TOO_FEW_FORKS;
    }

    /** True when a value of the row was not a finite number or gave none, or a fork was wildly off its side. */
    public boolean untrusted() {
        return undecided == Undecided.NOT_COMPUTABLE || undecided == Undecided.WILD_FORK;
    }
}
