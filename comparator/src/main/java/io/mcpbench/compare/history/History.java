package io.mcpbench.compare.history;

import java.util.List;

/**
 * The runs of a history directory in time order, and one line for each file that could not be
 * used, so an unreadable run is reported rather than silently missing from every series.
 *
 * @param runs    readable runs, oldest first (ties broken by run id)
 * @param skipped one line per skipped file, naming it and the reason
 */
public record History(List<HistoryRun> runs, List<String> skipped) {

    public History {
        runs = List.copyOf(runs);
        skipped = List.copyOf(skipped);
    }
}
