package io.mcpbench.compare.cli;

import io.mcpbench.compare.analysis.ComparisonResult;
import io.mcpbench.compare.baseline.AtomicFiles;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.plan.PlanTable;
import io.mcpbench.compare.policy.GateResult;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.policy.PolicyLoader;
import io.mcpbench.compare.report.JsonReport;
import io.mcpbench.compare.report.PlanText;
import io.mcpbench.compare.schema.DocumentSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code comparator plan-check RESULT.json}: the performance plan's criteria on one run, with no
 * baseline: the same table the gate's reports carry, from the same limits and the same centre of
 * each row's settled iterations.
 */
@Command(name = "plan-check", mixinStandardHelpOptions = true,
        description = {"Check one JMH result against the performance plan's criteria (the policy's limits with a "
                + "\"plan\"), with no baseline: criterion, measured value, target, PASS/FAIL, the benchmark it comes from.",
            "%nExit 0 when every criterion is met, 1 when one is not met or its benchmark did not run (a criterion not "
                + "measured counts as not met), 3 on a bad result or policy, or a policy with no plan."})
final class PlanCheckCommand implements Callable<Integer> {

    /** Output formats of {@code plan-check}. */
    enum Format {
        CONSOLE, MARKDOWN, JSON
    }

    @ParentCommand
    ComparatorCli cli;

    @Parameters(index = "0", paramLabel = "RESULT.json", description = "JMH JSON result (- for standard input).")
    Path result;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Policy file with the plan's limits. Default: <baselines-dir>/policy.json.")
    Path policyFile;

    @Option(names = "--baselines-dir", paramLabel = "DIR", defaultValue = "baselines",
            description = "Folder holding policy.json (default: ${DEFAULT-VALUE}).")
    Path baselinesDir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "console",
            description = "console, markdown or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the table to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        Path file = policyFile != null ? policyFile : baselinesDir.resolve("policy.json");
        if (policyFile == null && !Files.exists(file)) {
            throw new BadResultException(file + ": no policy, so no plan to check (give one with --policy)");
        }
        Policy policy = PolicyLoader.load(file);
        ResultFile candidate = Inputs.resultOrStdin(cli, result);
        ResultFile none = new ResultFile("(no baseline)", candidate.runInfo(), List.of());
        ComparisonResult rows = cli.backend.compare(none, candidate, policy.settings(), null);
        GateResult gate = CandidateGate.evaluate(rows.rows(), policy, policy.settings(), candidate);
        PlanTable plan = PlanTable.of(gate.limits(), gate.limitChecks());
        if (plan.isEmpty()) {
            throw new BadResultException(file + ": no limit names a plan criterion (a \"plan\" and \"target\" on a limit)");
        }
        String text = switch (format) {
            case CONSOLE -> PlanText.console(plan, true);
            case MARKDOWN -> "### Performance plan: " + Inputs.name(result) + "\n\n" + PlanText.markdown(plan);
            case JSON -> json(plan);
        };
        write(text);
        return plan.allMet() ? ExitCodes.PASS : ExitCodes.REGRESSION;
    }

    private String json(PlanTable plan) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = DocumentSchema.PLAN_CHECK.stamp(mapper.createObjectNode());
        root.put("result", Inputs.name(result));
        root.put("policy", (policyFile != null ? policyFile : baselinesDir.resolve("policy.json")).toString());
        JsonReport.plan(root, plan);
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private void write(String text) {
        if (out == null) {
            PrintWriter w = cli.spec.commandLine().getOut();
            w.print(text);
            w.flush();
            return;
        }
        try {
            AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot write the table: " + e.getMessage(), e);
        }
    }
}
