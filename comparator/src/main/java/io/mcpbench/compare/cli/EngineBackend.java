package io.mcpbench.compare.cli;

import io.mcpbench.compare.analysis.ComparisonEngine;
import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.jmh.JmhResultReader;
import io.mcpbench.compare.method.RunLevel;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.settings.Settings;

/**
 * The production backend: {@link JmhResultReader} for results (named in messages as given on the
 * command line) and {@link ComparisonEngine} for the statistics.
 */
final class EngineBackend implements ComparisonBackend {

    private final ComparisonEngine engine = new ComparisonEngine();

    @Override
    public ResultFile parse(String source, byte[] content) {
        return JmhResultReader.parse(source, content);
    }

    @Override
    public ComparisonResult compare(ResultFile baseline, ResultFile candidate, Settings settings, RunLevel runLevel) {
        return engine.compare(baseline, candidate, settings, runLevel);
    }
}
