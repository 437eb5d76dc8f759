package io.mcpbench.compare.plan;

import java.util.Locale;

/** Where a plan criterion stands after a run. */
public enum PlanStatus {
    /** Every limit of the criterion was measured and holds. */
    MET,
    /** A limit of the criterion was measured and does not hold, or could not be checked on a row it names. */
    NOT_MET,
    /** A limit of the criterion named no row of the run: its benchmark did not run. Not met either. */
    NOT_MEASURED;

    /** As the reports write it: {@code PASS}, {@code FAIL}, {@code NOT MEASURED}. */
    public String word() {
        return switch (this) {
            case MET -> "PASS";
            case NOT_MET -> "FAIL";
            case NOT_MEASURED -> "NOT MEASURED";
        };
    }

    /** Lower case, for data fields: {@code met}, {@code not_met}, {@code not_measured}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
