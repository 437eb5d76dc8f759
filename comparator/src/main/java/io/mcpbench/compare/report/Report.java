package io.mcpbench.compare.report;

import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.history.HistoryReport;
import io.mcpbench.compare.jmh.ScoredRow;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.plan.PlanTable;
import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.settings.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything any output shows, one document for every format: what was compared and under which
 * settings, the compared rows with their gate outcomes and the limits, notes, a history's trends,
 * and a single result's rows. A command fills the sections it produced and leaves the others
 * empty (null, or an empty list); each format is one {@link ReportWriter} that lays out the
 * sections it has a place for. Formats decide nothing: every number and verdict is in here.
 *
 * @param title      the page title, or null for one made from the two sides
 * @param baseline   what the baseline was (a file or profile)
 * @param candidate  what the candidate was, or the single result's name
 * @param settings   the settings the comparison was decided under, or null
 * @param sources    where the settings and the history came from, or null
 * @param comparison every compared row with its evidence and the geometric mean, or null
 * @param gate       the rows after the policy, and the limit checks, or null
 * @param notes      environment differences and what the statistics could not model, one line each
 * @param gating     true for the {@code gate} command (the report states pass or fail)
 * @param history    a history's series, trends and change points, or null
 * @param results    a single result's rows with their scores (empty when none)
 */
public record Report(String title, String baseline, String candidate, Settings settings, Sources sources,
                     ComparisonResult comparison, GateResult gate, List<String> notes, boolean gating,
                     HistoryReport history, List<ScoredRow> results) {

    public Report {
        notes = notes == null ? List.of() : List.copyOf(notes);
        results = results == null ? List.of() : List.copyOf(results);
    }

    /**
     * Where a comparison's settings and history came from, as the reports list them beside the settings.
     *
     * @param policy            the policy file, or {@code (defaults)}
     * @param history           the history folder, or null
     * @param environmentLimits how many limits came from {@code PERF_*} variables
     * @param look              the look of a sequential run ({@code FROM:TO}, shares of its budget), or null
     */
    public record Sources(String policy, String history, int environmentLimits, String look) {

        /** Sources of a run looked at once. */
        public Sources(String policy, String history, int environmentLimits) {
            this(policy, history, environmentLimits, null);
        }
    }

    /** A comparison: the two sides, its settings, the rows and their gate outcomes, notes. */
    public static Report comparison(String baseline, String candidate, Settings settings, Sources sources,
                                    ComparisonResult comparison, GateResult gate, List<String> notes, boolean gating) {
        return new Report(null, baseline, candidate, settings, sources, comparison, gate, notes, gating, null, List.of());
    }

    /** A history's analysis alone. */
    public static Report history(HistoryReport history) {
        return new Report(null, null, null, null, null, null, null, List.of(), false, history, List.of());
    }

    /** One result alone, named as the user named it. */
    public static Report result(String name, List<ScoredRow> rows) {
        return new Report(null, null, name, null, null, null, null, List.of(), false, null, rows);
    }

    /** This report with a page title. */
    public Report withTitle(String newTitle) {
        return new Report(newTitle, baseline, candidate, settings, sources, comparison, gate, notes, gating, history, results);
    }

    /** This report with a history's trends. */
    public Report withHistory(HistoryReport newHistory) {
        return new Report(title, baseline, candidate, settings, sources, comparison, gate, notes, gating, newHistory, results);
    }

    /** The performance plan's criteria after the gate's limit checks; {@link PlanTable#NONE} without a gate or a plan. */
    public PlanTable plan() {
        return gate == null ? PlanTable.NONE : PlanTable.of(gate.limits(), gate.limitChecks());
    }

    /** The geometric-mean summary of the comparison, or null. */
    public RowComparison geometricMean() {
        return comparison == null ? null : comparison.geometricMean();
    }

    /** The title, or {@code mcpbench: CANDIDATE vs BASELINE} when none was given. */
    public String heading() {
        return title != null ? title : "mcpbench: " + candidate + " vs " + baseline;
    }

    /**
     * The settings as the reports list them, in order: {@code q}, {@code noiseFloor},
     * {@code inconclusive}, {@code tooFewForks} (the names of the policy file), then
     * {@code history}, {@code policy} and {@code environmentLimits}; empty without settings.
     */
    public Map<String, Object> settingsShown() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (settings == null) return m;
        m.put("q", settings.q());
        m.put("noiseFloor", settings.noiseFloor());
        m.put("inconclusive", settings.inconclusive().word());
        m.put("tooFewForks", settings.tooFewForks().word());
        if (sources != null) {
            m.put("history", sources.history() == null ? "(none)" : sources.history());
            m.put("policy", sources.policy());
            m.put("environmentLimits", sources.environmentLimits());
            if (sources.look() != null) m.put("look", sources.look());
        }
        return m;
    }
}
