package io.mcpbench.compare.report;

import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.policy.GateResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a report shows, whatever its format: the two sides, the settings the decision used,
 * every row with its policy outcome, limit checks, the geometric-mean summary, and notes about
 * the environments. Formats only lay this out; none decides anything.
 *
 * @param baseline      what the baseline was (a file or profile)
 * @param candidate     what the candidate was
 * @param settings      settings used, name to value, in display order
 * @param gate          rows and limits after the policy
 * @param geometricMean summary over primary rows (ratio above 1 is worse), or null
 * @param environment   environment differences or warnings, one line each
 * @param gating        true for the {@code gate} command (the report states pass or fail)
 */
public record Report(String baseline, String candidate, Map<String, Object> settings, GateResult gate,
                     RowComparison geometricMean, List<String> environment, boolean gating) {

    public Report {
        Objects.requireNonNull(gate, "gate");
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        environment = List.copyOf(environment);
    }
}
