package io.mcpbench.compare.cli;

import io.mcpbench.compare.history.HistoryRun;
import io.mcpbench.compare.history.HistoryStore;
import io.mcpbench.compare.method.RunLevel;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.settings.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The statistics options shared by {@code compare}, {@code gate} and {@code report}; unset ones come from the policy. */
public final class StatisticsOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--q", paramLabel = "Q", converter = FractionConverter.class,
            description = "False-discovery rate over the gated rows (Benjamini-Hochberg), and the level of the "
                    + "equivalence tests, e.g. 0.05 or 5%%. Default: the policy's, else 0.05.")
    Double q;

    @Option(names = "--noise-floor", paramLabel = "FRACTION", converter = FractionConverter.class,
            description = "Smallest relative change that counts: REGRESSED needs an interval reaching beyond it, "
                    + "EQUIVALENT one within it, e.g. 2%%. Default: the policy's, else 2%%.")
    Double noiseFloor;

    @Option(names = "--inconclusive", paramLabel = "fail|warn|pass",
            description = "What a gated INCONCLUSIVE row does. Default: the policy's (for the baseline profile), else warn.")
    String inconclusive;

    @Option(names = "--too-few-forks", paramLabel = "fail|pass",
            description = "What a gated row with fewer than 2 settled forks a side does: fail (exit 3, cannot gate) "
                    + "or pass. Default: the policy's, else fail.")
    String tooFewForks;

    @Option(names = "--history", paramLabel = "DIR",
            description = "A history of earlier runs ('comparator history add'): its run-to-run variance widens "
                    + "comparisons with a baseline from another run. Without one, reports say it is unmodelled.")
    Path history;

    /** The policy with these options applied over its defaults; bad values are usage errors. */
    Policy apply(Policy policy) {
        if (q != null && !(q > 0 && q < 0.5)) {
            throw new ParameterException(spec.commandLine(), "--q: " + q + " is not in (0, 0.5)");
        }
        if (noiseFloor != null && !(noiseFloor >= 0 && noiseFloor < 1)) {
            throw new ParameterException(spec.commandLine(), "--noise-floor: " + noiseFloor + " is not a fraction in [0, 1)");
        }
        Rule few = rule(tooFewForks, "--too-few-forks");
        if (few == Rule.WARN) {
            throw new ParameterException(spec.commandLine(), "--too-few-forks: fail or pass");
        }
        return policy.withSettings(policy.settings().with(q, noiseFloor, rule(inconclusive, "--inconclusive"), few));
    }

    /** The run-to-run variance of the {@code --history} runs, or null without one. */
    RunLevel runLevel() {
        if (history == null) return null;
        List<ResultFile> runs = new ArrayList<>();
        for (HistoryRun r : HistoryStore.load(history).runs()) runs.add(r.result());
        return RunLevel.fromRuns(runs);
    }

    /** Where the history was read from, or null without one. */
    String history() {
        return history == null ? null : history.toString();
    }

    private Rule rule(String text, String option) {
        if (text == null) return null;
        try {
            return Rule.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }
}
