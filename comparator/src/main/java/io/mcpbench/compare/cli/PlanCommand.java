package io.mcpbench.compare.cli;

import io.mcpbench.compare.analysis.ExperimentPlanner;
import io.mcpbench.compare.model.ResultFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code comparator plan RESULT --change 5%}: forks and iterations needed to detect a change. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Plan forks and iterations to detect a given change, from a previous result.",
            "%nPer benchmark: the measurement iterations per fork and the forks per side needed to detect a relative "
                + "change with the given power at the level the gate uses (q over the gated rows), from the fork-to-fork "
                + "and iteration variance of the result's settled iterations; then one setting for the whole suite."})
final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    ComparatorCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULT.json", description = "A previous JMH JSON result, ideally with 3 or more forks.")
    Path result;

    @Option(names = "--change", paramLabel = "FRACTION", required = true, converter = FractionConverter.class,
            description = "Smallest relative change to detect, e.g. 5%% or 0.05.")
    double change;

    @Option(names = "--power", paramLabel = "P", defaultValue = "0.8", converter = FractionConverter.class,
            description = "Probability of detecting the change (default: ${DEFAULT-VALUE}).")
    double power;

    @Option(names = "--q", paramLabel = "Q", defaultValue = "0.05", converter = FractionConverter.class,
            description = "The gate's false discovery rate (default: ${DEFAULT-VALUE}).")
    double q;

    @Option(names = "--gated-rows", paramLabel = "M", defaultValue = "0",
            description = "Rows the gate will test together; a change must clear q / M. "
                    + "Default: the result's primary and allocation rows.")
    int gatedRows;

    @Option(names = "--fork-cost", paramLabel = "ITERATIONS", defaultValue = "20",
            description = "Cost of starting and warming a fork, in measurement iterations (default: ${DEFAULT-VALUE}).")
    double forkCost;

    @Option(names = "--max-forks", paramLabel = "N", defaultValue = "100", description = "Upper bound on forks per side (default: ${DEFAULT-VALUE}).")
    int maxForks;

    @Option(names = "--max-iterations", paramLabel = "N", defaultValue = "100",
            description = "Upper bound on iterations per fork (default: ${DEFAULT-VALUE}).")
    int maxIterations;

    @Override
    public Integer call() {
        ExperimentPlanner.Request request;
        try {
            request = new ExperimentPlanner.Request(change, power, q, gatedRows, forkCost, maxForks, maxIterations);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ResultFile file = Inputs.result(cli.backend, result);
        ExperimentPlanner.SuitePlan plan = ExperimentPlanner.plan(file, request);
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"benchmark", "forks", "iterations", "note"});
        for (ExperimentPlanner.Plan p : plan.rows()) {
            String note = p.reachable() ? p.note() : ("not reachable within " + maxForks + " forks" + (p.note().isEmpty() ? "" : "; " + p.note()));
            table.add(new String[] {p.key().displayName() + " (" + p.key().mode() + ")", Integer.toString(p.forks()),
                Integer.toString(p.iterations()), note});
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.ROOT, "to detect a %s change with power %s at q %s over %d gated rows "
                + "(two-sided level %.3g per row):", percent(change), percent(power), q, plan.gatedRows(), plan.alpha()));
        int[] w = new int[3];
        for (String[] row : table) {
            for (int i = 0; i < 3; i++) w[i] = Math.max(w[i], row[i].length());
        }
        for (String[] row : table) {
            String line = pad(row[0], w[0], false) + "  " + pad(row[1], w[1], true) + "  " + pad(row[2], w[2], true) + "  " + row[3];
            out.println(line.stripTrailing());
        }
        out.println(String.format(Locale.ROOT, "suite: -f %d -i %d (forks per side, measurement iterations per fork)",
                plan.forks(), plan.iterations()));
        out.flush();
        return ExitCodes.PASS;
    }

    private static String percent(double f) {
        return new java.math.BigDecimal(f * 100).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString() + "%";
    }

    private static String pad(String s, int width, boolean left) {
        StringBuilder sb = new StringBuilder();
        if (!left) sb.append(s);
        for (int i = s.length(); i < width; i++) sb.append(' ');
        if (left) sb.append(s);
        return sb.toString();
    }
}
