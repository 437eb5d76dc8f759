package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The scheduled gate ({@code .github/workflows/benchmarks.yml}) is valid against SchemaStore's
 * workflow schema, has its triggers, sets every job's runner, calls only commands this command
 * line has, fails the run with the gate's exit code, and keeps the nightly history across runs.
 */
class BenchmarksWorkflowTest {

    private static final Path WORKFLOW = Path.of("..", ".github", "workflows", "benchmarks.yml");
    private static final Pattern COMPARATOR_CALL = Pattern.compile("comparator\\.jar[ \\t]+([a-z]+)(?:[ \\t]+([a-z]+))?");
    /** A well-known action pinned by commit, with its release in a comment (Dependabot keeps both). */
    private static final Pattern USES = Pattern.compile(
            "\\s*(?:- )?uses: (?:actions/(?:checkout|setup-java|upload-artifact|download-artifact|cache/restore|cache/save)"
            + "|mikepenz/action-junit-report)@[0-9a-f]{40} # v\\d+\\.\\d+\\.\\d+");

    private static JsonNode workflow;

    @BeforeAll
    static void load() throws IOException {
        assertTrue(Files.isRegularFile(WORKFLOW), "workflow at " + WORKFLOW.toAbsolutePath());
        workflow = YAMLMapper.builder().build().readTree(Files.readString(WORKFLOW));
    }

    @Test
    void isValidAgainstTheGithubWorkflowSchema() throws IOException {
        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/schemastore/github-workflow.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        List<Error> errors = schema.validate(workflow);
        assertTrue(errors.isEmpty(), () -> "schema errors: " + errors);
    }

    @Test
    void theSchemaCheckRejectsABrokenWorkflow() throws IOException {
        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/schemastore/github-workflow.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        JsonNode broken = YAMLMapper.builder().build().readTree(
                "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: echo\n");
        assertFalse(schema.validate(broken).isEmpty(), "a misspelt job key must fail the check");
    }

    @Test
    void runsNightlyOnDemandAndOnPullRequests() {
        JsonNode on = workflow.path("on");
        assertTrue(on.isObject(), "'on' read as a mapping (not the YAML 1.1 boolean)");
        JsonNode schedule = on.path("schedule");
        assertTrue(schedule.isArray() && !schedule.isEmpty(), "schedule trigger");
        String cron = schedule.get(0).path("cron").asString();
        assertEquals(5, cron.trim().split("\\s+").length, "five-field cron: " + cron);
        assertTrue(on.has("workflow_dispatch"), "workflow_dispatch trigger");
        assertTrue(on.has("pull_request"), "pull_request trigger");
    }

    @Test
    void everyJobSetsItsRunnerAndATimeout() {
        for (Map.Entry<String, JsonNode> job : workflow.path("jobs").properties()) {
            JsonNode runsOn = job.getValue().path("runs-on");
            assertTrue(runsOn.isString() && !runsOn.asString().isBlank() || runsOn.isArray() && !runsOn.isEmpty(),
                    job.getKey() + ": runs-on");
            assertTrue(job.getValue().path("timeout-minutes").isInt(), job.getKey() + ": timeout-minutes");
        }
    }

    @Test
    void benchmarkJobsRunOnTheConfigurableDedicatedRunnerByDefault() {
        for (String name : List.of("bench", "ab")) {
            String runsOn = workflow.path("jobs").path(name).path("runs-on").asString();
            assertTrue(runsOn.contains("vars.BENCHMARK_RUNS_ON"), name + " runner configurable: " + runsOn);
            assertTrue(runsOn.contains("[\"self-hosted\",\"benchmark\"]"), name + " self-hosted default: " + runsOn);
        }
        JsonNode shards = workflow.path("jobs").path("bench").path("strategy").path("matrix").path("shard");
        assertTrue(shards.isArray() && shards.size() >= 2, "the suite is sharded");
        Set<String> names = new HashSet<>();
        for (JsonNode s : shards.values()) {
            assertTrue(names.add(s.path("name").asString()), "shard names unique");
            Pattern.compile(s.path("include").asString());
        }
    }

    @Test
    void gateStepsExitWithTheComparatorsCode() {
        int gates = 0;
        for (String job : List.of("gate", "ab")) {
            for (JsonNode step : workflow.path("jobs").path(job).path("steps").values()) {
                if (!"gate".equals(step.path("id").asString())) continue;
                gates++;
                String run = step.path("run").asString();
                Matcher m = Pattern.compile("scripts/(gate|ab)\\.sh[^\\n]*\\n\\s*code=\\$\\?").matcher(run);
                assertTrue(m.find(), job + ": the gate's exit code is captured right after it runs:\n" + run);
                assertTrue(run.contains("set +e"), job + ": a failing gate still writes the summary");
                assertTrue(run.strip().endsWith("exit \"$code\""), job + ": the step ends with the gate's exit code");
                assertTrue(run.contains("$GITHUB_STEP_SUMMARY"), job + ": Markdown report in the step summary");
            }
        }
        assertEquals(2, gates, "a gate step in the nightly gate job and in the A/B job");
    }

    @Test
    void usesOnlyWellKnownActionsPinnedByCommit() throws IOException {
        int steps = 0;
        for (JsonNode job : workflow.path("jobs").values()) {
            for (JsonNode step : job.path("steps").values()) {
                if (step.has("uses")) steps++;
            }
        }
        List<String> lines = Files.readAllLines(WORKFLOW).stream().filter(l -> l.matches("\\s*(- )?uses: .*")).toList();
        assertEquals(steps, lines.size(), "one uses: line per step that uses an action");
        for (String line : lines) assertTrue(USES.matcher(line).matches(), "action not pinned by commit with its release: " + line);
    }

    /** Only the job that appends to the history's data branch may write to the repository. */
    @Test
    void onlyTheHistoryJobMayWrite() {
        assertEquals("read", workflow.path("permissions").path("contents").asString(), "read-only by default");
        for (Map.Entry<String, JsonNode> job : workflow.path("jobs").properties()) {
            JsonNode contents = job.getValue().path("permissions").path("contents");
            if (job.getKey().equals("history")) {
                assertEquals("write", contents.asString(), "the history job pushes to the data branch");
                assertTrue(job.getValue().path("steps").toString().contains("scripts/history-branch.sh push"), "and does nothing else");
            } else {
                assertTrue(contents.isMissingNode() || contents.asString().equals("read"), job.getKey() + " may not write");
            }
        }
    }

    @Test
    void callsOnlyCommandsTheComparatorHas() throws IOException {
        Map<String, picocli.CommandLine> commands =
                ComparatorCli.commandLine(new EngineBackend(), Map.of(), () -> CliRun.HOST).getSubcommands();
        Matcher m = COMPARATOR_CALL.matcher(Files.readString(WORKFLOW));
        int calls = 0;
        while (m.find()) {
            calls++;
            picocli.CommandLine command = commands.get(m.group(1));
            assertTrue(command != null, "comparator has no command " + m.group(1));
            Set<String> sub = command.getSubcommands().keySet();
            if (!sub.isEmpty() && !sub.equals(Set.of("help"))) {
                assertTrue(m.group(2) != null && sub.contains(m.group(2)),
                        "comparator " + m.group(1) + " has no subcommand " + m.group(2) + " (has " + sub + ")");
            }
        }
        assertTrue(calls >= 4, "the workflow merges, exports and keeps the history with the comparator");
    }

    /**
     * The gate job restores the history from the cache, adds only complete scheduled runs to it,
     * saves it under the key it restores by, and reports change points on the summary page, in
     * that order, after the gate.
     */
    @Test
    void nightlyRunFeedsTheHistoryKeptInTheCache() {
        List<JsonNode> steps = new ArrayList<>();
        workflow.path("jobs").path("gate").path("steps").values().forEach(steps::add);
        int restore = -1;
        int gate = -1;
        int add = -1;
        int save = -1;
        int report = -1;
        for (int i = 0; i < steps.size(); i++) {
            JsonNode st = steps.get(i);
            String uses = st.path("uses").asString("");
            String run = st.path("run").asString("");
            if (uses.startsWith("actions/cache/restore@")) restore = i;
            if (uses.startsWith("actions/cache/save@")) save = i;
            if ("gate".equals(st.path("id").asString(""))) gate = i;
            if (run.contains("comparator.jar history add")) add = i;
            if (run.contains("comparator.jar history show")) report = i;
        }
        assertTrue(restore >= 0 && add >= 0 && save >= 0 && report >= 0, "restore, add, save and report steps");
        assertTrue(restore < gate && gate < add && add < save && save < report,
                "order: restore, gate, add, save, report: " + List.of(restore, gate, add, save, report));

        JsonNode restoreWith = steps.get(restore).path("with");
        JsonNode saveWith = steps.get(save).path("with");
        assertEquals("results/history", restoreWith.path("path").asString());
        assertEquals("results/history", saveWith.path("path").asString());
        String key = saveWith.path("key").asString();
        assertEquals(key, restoreWith.path("key").asString(), "saved under the key it restores by");
        assertTrue(key.contains("github.run_id") && key.contains("github.run_attempt"), "a new entry per run: " + key);
        String prefix = restoreWith.path("restore-keys").asString().strip();
        assertFalse(prefix.isEmpty(), "restore-keys finds the newest earlier entry");
        assertTrue(key.startsWith(prefix), "restore-keys is a prefix of the key: " + prefix + " / " + key);
        assertTrue(prefix.contains("env.PROFILE") && prefix.contains("env.BASELINE"), "one history per profile and baseline");

        JsonNode addStep = steps.get(add);
        String addIf = addStep.path("if").asString();
        assertTrue(addIf.contains("github.event_name == 'schedule'"), "only scheduled runs join the history: " + addIf);
        assertTrue(addIf.contains("needs.bench.result == 'success'"), "only complete runs join the history: " + addIf);
        assertTrue(addIf.contains("!cancelled()"), "a regression still joins the history: " + addIf);
        String addRun = addStep.path("run").asString();
        assertTrue(addRun.contains("--result results/run.json") && addRun.contains("--history-dir results/history"), addRun);
        assertTrue(steps.get(save).path("if").asString().contains("steps." + addStep.path("id").asString() + ".outcome == 'success'"),
                "saved only when a run was added");

        JsonNode reportStep = steps.get(report);
        String reportRun = reportStep.path("run").asString();
        assertTrue(reportRun.contains("--history-dir results/history") && reportRun.contains("--format markdown"), reportRun);
        assertTrue(reportRun.contains("$GITHUB_STEP_SUMMARY"), "change points on the summary page");
        assertTrue(reportStep.path("if").asString().contains("!cancelled()"), "reported also after a failed gate");
    }
}
