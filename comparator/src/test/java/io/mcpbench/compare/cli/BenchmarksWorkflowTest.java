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
 * line has, and fails the run with the gate's exit code.
 */
class BenchmarksWorkflowTest {

    private static final Path WORKFLOW = Path.of("..", ".github", "workflows", "benchmarks.yml");
    private static final Pattern COMPARATOR_CALL = Pattern.compile("comparator\\.jar[ \\t]+([a-z]+)");
    private static final Pattern USES = Pattern.compile("actions/(checkout|setup-java|upload-artifact|download-artifact)@v\\d+");

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
    void usesOnlyWellKnownActionsPinnedToMajorVersions() {
        List<String> uses = new ArrayList<>();
        for (JsonNode job : workflow.path("jobs").values()) {
            for (JsonNode step : job.path("steps").values()) {
                if (step.has("uses")) uses.add(step.path("uses").asString());
            }
        }
        assertFalse(uses.isEmpty());
        for (String u : uses) assertTrue(USES.matcher(u).matches(), "action " + u);
    }

    @Test
    void callsOnlyCommandsTheComparatorHas() throws IOException {
        Set<String> commands = ComparatorCli.commandLine(new EngineBackend(), Map.of(), () -> CliRun.HOST).getSubcommands().keySet();
        Matcher m = COMPARATOR_CALL.matcher(Files.readString(WORKFLOW));
        int calls = 0;
        while (m.find()) {
            calls++;
            assertTrue(commands.contains(m.group(1)), "comparator has no command " + m.group(1));
        }
        assertTrue(calls >= 2, "the workflow merges and exports with the comparator");
    }
}
