package io.mcpbench.compare.history;

import io.mcpbench.compare.model.ResultFile;
import java.time.Instant;
import java.util.Objects;

/**
 * One stored run: its id (the file's base name), when it ran, the commit it measured when known,
 * and its results.
 *
 * @param id     the run id, unique in its history directory
 * @param time   when the run was taken
 * @param commit the commit measured, or null when unknown
 * @param result the run's rows
 */
public record HistoryRun(String id, Instant time, String commit, ResultFile result) {

    public HistoryRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(result, "result");
    }
}
