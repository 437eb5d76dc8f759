package io.mcpbench.compare.cli;

import io.mcpbench.compare.analysis.ComparisonEngine;
import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.analysis.ComparisonSettings;
import io.mcpbench.compare.decision.RowSettings;
import io.mcpbench.compare.jmh.JmhResultReader;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.policy.RowPolicy;

/**
 * The production backend: {@link JmhResultReader} for results (named in messages as given on the
 * command line) and {@link ComparisonEngine} for the statistics, with each benchmark's floors
 * and gated metrics taken from the policy.
 */
final class EngineBackend implements ComparisonBackend {

    private final ComparisonEngine engine = new ComparisonEngine();

    @Override
    public ResultFile parse(String source, byte[] content) {
        return JmhResultReader.parse(source, content);
    }

    @Override
    public Comparison compare(ResultFile baseline, ResultFile candidate, StatisticsSettings s, Policy policy) {
        ComparisonResult r = engine.compare(baseline, candidate, settings(s, policy));
        return new Comparison(r.rows(), r.geometricMean(), r.evidence(), r.runLevelModelled());
    }

    /** The engine's settings for {@code s}, with each benchmark's floors and gated metrics from {@code policy}. */
    static ComparisonSettings settings(StatisticsSettings s, Policy policy) {
        return new ComparisonSettings(s.q(), key -> {
            RowPolicy rp = policy.resolve(key.benchmark());
            return new RowSettings(rp.noiseFloor(), rp.allocationFloor(), rp.gates(key.metric()));
        }, s.runLevel());
    }
}
