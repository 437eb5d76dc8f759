package io.mcpbench.compare.cli;

import io.mcpbench.compare.analysis.ComparisonEngine;
import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.analysis.ComparisonSettings;
import io.mcpbench.compare.analysis.RowSettings;
import io.mcpbench.compare.jmh.JmhResultReader;
import io.mcpbench.compare.model.BadInputException;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.policy.RowPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The production backend: {@link JmhResultReader} for files (named in messages as given on the
 * command line) and {@link ComparisonEngine} for the statistics, with each benchmark's noise
 * floor and band taken from the policy's overrides.
 */
final class EngineBackend implements ComparisonBackend {

    private final ComparisonEngine engine = new ComparisonEngine();

    @Override
    public ResultFile read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
        return parse(file.toString(), bytes);
    }

    @Override
    public Comparison compare(ResultFile baseline, ResultFile candidate, StatisticsSettings s, Policy policy) {
        ComparisonResult r = engine.compare(baseline, candidate, settings(s, policy));
        return new Comparison(r.rows(), r.geometricMean(), r.evidence());
    }

    /** The engine's settings for {@code s}, with each benchmark's noise floor and band from {@code policy}. */
    static ComparisonSettings settings(StatisticsSettings s, Policy policy) {
        return new ComparisonSettings(s.q(), s.noiseFloor(), s.band(), s.confidence(), s.resamples(),
                s.seed(), key -> {
                    RowPolicy rp = policy.resolve(key.benchmark());
                    return new RowSettings(rp.noiseFloor(), rp.band(), ComparisonSettings.DEFAULT_RELATIVE_TOLERANCE,
                            ComparisonSettings.DEFAULT_ABSOLUTE_TOLERANCE);
                });
    }
}
