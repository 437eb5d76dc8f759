package io.mcpbench.compare.cli;

import io.mcpbench.compare.decision.AlphaSpending;
import io.mcpbench.compare.history.HistoryRun;
import io.mcpbench.compare.history.HistoryStore;
import io.mcpbench.compare.method.RunLevel;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.settings.Rule;
import io.mcpbench.compare.settings.Settings;
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

    @Option(names = "--look", paramLabel = "FROM:TO",
            description = "One look of a run that looks more than once (scripts/ab.sh --budget): the share of the "
                    + "budget spent at the previous look and now, e.g. 0.4:0.6. The look decides at the level "
                    + "O'Brien-Fleming alpha spending gives it, so all looks together keep q; TO = 1 spends the rest.")
    String look;

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
        return policy.withSettings(over(policy.settings()));
    }

    /**
     * The settings of a comparison with baseline profile {@code profile} (null: none): the
     * policy's, the profile's rules over them, these options over both (the command line wins),
     * and {@code --look}'s share of q last.
     */
    Settings settingsFor(Policy policy, String profile) {
        Settings s = over(policy.settingsFor(profile));
        if (look != null) {
            double[] fromTo = lookShares();
            // a look whose share of the level rounds to nothing decides nothing, yet is a valid look
            s = s.with(Math.max(Double.MIN_NORMAL, AlphaSpending.look(s.q(), fromTo[0], fromTo[1])), null, null, null);
        }
        return s;
    }

    private Settings over(Settings s) {
        return s.with(q, noiseFloor, rule(inconclusive, "--inconclusive"), rule(tooFewForks, "--too-few-forks"));
    }

    /** The {@code --look FROM:TO} as given, or null. */
    String look() {
        return look;
    }

    /** {@code --look FROM:TO} as two fractions, 0 <= FROM < TO <= 1; bad values are usage errors. */
    private double[] lookShares() {
        String[] parts = look.split(":", -1);
        try {
            if (parts.length == 2 && parts[0].matches("[0-9.]+") && parts[1].matches("[0-9.]+")) {
                double from = Double.parseDouble(parts[0]);
                double to = Double.parseDouble(parts[1]);
                if (from >= 0 && to > from && to <= 1) {
                    return new double[] {from, to};
                }
            }
        } catch (NumberFormatException e) {
            // the usage error below
        }
        throw new ParameterException(spec.commandLine(), "--look: expected FROM:TO with 0 <= FROM < TO <= 1, not '" + look + "'");
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
