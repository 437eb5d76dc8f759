package io.mcpbench.compare.model;

import java.util.List;

/** Everything read from one JMH JSON file: where it came from, how it was run, and its rows. */
public record ResultFile(String source, RunInfo runInfo, List<Row> rows) {

    public ResultFile {
        rows = List.copyOf(rows);
    }
}
