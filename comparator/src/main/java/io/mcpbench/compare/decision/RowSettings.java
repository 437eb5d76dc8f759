package io.mcpbench.compare.decision;

/**
 * What the decision of one row uses, so a noisy benchmark can have a wider floor than a quiet one.
 *
 * @param noiseFloor      smallest relative change that counts (0.02 = 2%): a change is REGRESSED
 *                        or IMPROVED only when its interval reaches beyond it, and EQUIVALENT
 *                        only when its interval lies within it
 * @param allocationFloor the same for bytes allocated per operation, in bytes: less than one object
 *                        (16 bytes with compressed pointers) by default, so one more object per
 *                        operation counts however much the row allocates
 * @param gated           true when the row can fail the gate: its p-value joins the gated
 *                        family of the Benjamini-Hochberg adjustment
 */
public record RowSettings(double noiseFloor, double allocationFloor, boolean gated) {

    /** Default allocation floor: half an object. */
    public static final double DEFAULT_ALLOCATION_FLOOR = 8.0;

    public RowSettings {
        if (!(noiseFloor >= 0 && noiseFloor < 1)) {
            throw new IllegalArgumentException("noiseFloor must be in [0, 1), got " + noiseFloor);
        }
        if (!(allocationFloor >= 0) || Double.isInfinite(allocationFloor)) {
            throw new IllegalArgumentException("allocationFloor must be a finite value >= 0, got " + allocationFloor);
        }
    }
}
