package io.mcpbench.compare.decision;

import io.mcpbench.compare.method.Estimate;
import io.mcpbench.compare.method.Scale;
import io.mcpbench.compare.model.Undecided;
import io.mcpbench.compare.pairing.RowPair;
import io.mcpbench.compare.settings.Settings;
import io.mcpbench.compare.steady.SideSummary;

/**
 * A row after the stages before the decision: its pair, each side's fork summaries (null for an
 * absent side), the scale and the method's estimate (null when no method applied or the row
 * cannot be computed), its settings, and why it could not be tested.
 *
 * @param pair      the row on both sides
 * @param base      the baseline's forks, or null
 * @param cand      the candidate's forks, or null
 * @param scale     the test's scale
 * @param estimate  the method's estimate, or null
 * @param settings  the settings of the row's benchmark (its overrides applied)
 * @param undecided why no estimate exists, or {@link Undecided#NO}
 * @param note      what the earlier stages want a reader to know, or empty
 */
public record RowAnalysis(RowPair pair, SideSummary base, SideSummary cand, Scale scale, Estimate estimate,
                          Settings settings, Undecided undecided, String note) {

    /** True when the settings gate the row's metric: its p-value joins the gated family. */
    public boolean gated() {
        return settings.gates(pair.key().metric());
    }

    /** True when the row joins a Benjamini-Hochberg family: it has an estimate. */
    public boolean tested() {
        return estimate != null;
    }
}
