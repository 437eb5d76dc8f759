package io.mcpbench.compare.html;

import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.analysis.ComparisonSettings;
import java.util.Objects;

/**
 * What an HTML report shows: the two sides' names, the comparison with its per-row evidence, the
 * settings it was decided under (each row's noise band is drawn from them), and the history's
 * trend lines, {@link Trends#none()} when there is no history.
 *
 * @param title     the page title
 * @param baseline  what the baseline was (a file or profile name)
 * @param candidate what the candidate was
 * @param result    the comparison
 * @param settings  the settings the comparison used
 * @param trends    trend lines, or {@link Trends#none()}
 */
public record HtmlReport(String title, String baseline, String candidate, ComparisonResult result,
                         ComparisonSettings settings, Trends trends) {

    public HtmlReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(settings, "settings");
        trends = trends == null ? Trends.none() : trends;
    }

    /** A report without history, titled after the two sides. */
    public static HtmlReport of(String baseline, String candidate, ComparisonResult result, ComparisonSettings settings) {
        return new HtmlReport("mcpbench: " + candidate + " vs " + baseline, baseline, candidate, result, settings,
                Trends.none());
    }

    /** The same report with {@code history}'s trend lines. */
    public HtmlReport withTrends(Trends history) {
        return new HtmlReport(title, baseline, candidate, result, settings, history);
    }
}
