package io.mcpbench.compare.history;

import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import java.util.ArrayList;
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

    /** The same runs holding only their primary scores (no profiler or percentile rows). */
    public History primaryOnly() {
        List<HistoryRun> out = new ArrayList<>(runs.size());
        for (HistoryRun run : runs) {
            List<Row> rows = new ArrayList<>();
            for (Row row : run.result().rows()) {
                if (row.key().isPrimary()) {
                    rows.add(row);
                }
            }
            ResultFile r = run.result();
            out.add(new HistoryRun(run.id(), run.time(), run.commit(), new ResultFile(r.source(), r.runInfo(), rows)));
        }
        return new History(out, skipped);
    }
}
