package io.mcpbench.compare.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.schema.DocumentSchema;
import io.mcpbench.compare.schema.SchemaAssert;
import io.mcpbench.compare.settings.Rule;
import io.mcpbench.compare.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyLoaderTest {

    private static final String POLICY = "{\n"
            + "  \"defaults\": {\"q\": 0.1, \"noiseFloor\": \"1%\", \"allocationFloor\": 4, \"gatedMetrics\": [\"primary\"],\n"
            + "               \"inconclusive\": \"fail\"},\n"
            + "  \"profiles\": {\"smoke\": {\"tooFewForks\": \"pass\", \"inconclusive\": \"pass\"}, \"ci\": {\"inconclusive\": \"warn\"}},\n"
            + "  \"overrides\": [\n"
            + "    {\"benchmark\": \"io\\\\.mcpbench\\\\.bench\\\\.routing\\\\..*\", \"allocationFloor\": 16,"
            + "     \"gatedMetrics\": [\"primary\", \"p0.99\"]},\n"
            + "    {\"benchmark\": \".*RoutingBenchmark\\\\.rendezvous\", \"noiseFloor\": 0.1}\n"
            + "  ],\n"
            + "  \"allowedRegressions\": [\n"
            + "    {\"benchmark\": \".*ToolSearchBenchmark.*\", \"metric\": \"gc.alloc.rate.norm\", \"reason\": \"new index layout\"}\n"
            + "  ],\n"
            + "  \"allowedMissing\": [{\"benchmark\": \".*Legacy.*\", \"reason\": \"removed in #12\"}],\n"
            + "  \"limits\": [\n"
            + "    {\"benchmark\": \".*discovery.*\", \"threshold\": \"avg<2ms\"},\n"
            + "    {\"benchmark\": \".*gateway.*\", \"thresholds\": [\"p(95)<500us\", \"alloc<=4KB/op\"]}\n"
            + "  ]\n"
            + "}\n";

    /** What unsettled gated rows do: INCONCLUSIVE, too few forks. */
    private static List<Rule> rules(Settings s) {
        return List.of(s.inconclusive(), s.tooFewForks());
    }

    /** The policy {@code json}; a policy the loader takes is valid against the published schema too. */
    private static Policy parse(String json) {
        Policy p = PolicyLoader.parse("policy.json", json.getBytes(StandardCharsets.UTF_8));
        SchemaAssert.valid(DocumentSchema.POLICY, json);
        return p;
    }

    @Test
    void readsEverySection() {
        Policy p = parse(POLICY);
        assertEquals(0.1, p.settings().q());
        assertEquals(0.01, p.settings().noiseFloor(), 1e-12);
        assertEquals(4, p.settings().allocationFloor());
        assertEquals(List.of("primary"), p.settings().gatedMetrics());
        assertEquals(List.of(Rule.FAIL, Rule.FAIL), rules(p.settings()));
        assertEquals(List.of(Rule.PASS, Rule.PASS), rules(p.settingsFor("smoke")));
        assertEquals(List.of(Rule.WARN, Rule.FAIL), rules(p.settingsFor("ci")));
        assertEquals(p.settings(), p.settingsFor("other"));
        assertEquals(p.settings(), p.settingsFor(null));
        assertEquals(2, p.settings().overrides().size());
        assertEquals(1, p.allowedRegressions().size());
        assertEquals(1, p.allowedMissing().size());
        assertEquals(3, p.limits().size());
        assertEquals("p(95)<500us", p.limits().get(1).threshold().expression());
        assertEquals("policy.json limits[1]", p.limits().get(1).source());
    }

    @Test
    void overridesApplyInOrderAndLaterOnesWinPerField() {
        Policy p = parse(POLICY);
        Settings other = p.settings().forBenchmark("io.mcpbench.bench.discovery.ToolSearchBenchmark.search");
        assertEquals(0.01, other.noiseFloor(), 1e-12);
        assertEquals(4, other.allocationFloor());
        assertEquals(List.of("primary"), other.gatedMetrics());

        Settings routing = p.settings().forBenchmark("io.mcpbench.bench.routing.RoutingBenchmark.roundRobin");
        assertEquals(16, routing.allocationFloor());
        assertEquals(0.01, routing.noiseFloor(), 1e-12);
        assertTrue(routing.gates("p0.99"));
        assertTrue(routing.gates("route·p0.99"));
        assertTrue(!routing.gates("gc.alloc.rate.norm"));

        Settings both = p.settings().forBenchmark("io.mcpbench.bench.routing.RoutingBenchmark.rendezvous");
        assertEquals(16, both.allocationFloor());
        assertEquals(0.1, both.noiseFloor());
    }

    @Test
    void regexMustMatchTheWholeName() {
        Policy p = parse(POLICY);
        assertEquals(4, p.settings().forBenchmark("x.io.mcpbench.bench.routingX").allocationFloor());
        assertEquals(4, p.settings().forBenchmark("io.mcpbench.bench.routing").allocationFloor());
    }

    @Test
    void allowancesMatchBenchmarkAndMetric() {
        Policy p = parse(POLICY);
        String search = "io.mcpbench.bench.discovery.ToolSearchBenchmark.search";
        assertEquals("new index layout", p.allowedRegression(search, "gc.alloc.rate.norm"));
        assertNull(p.allowedRegression(search, "primary"));
        assertEquals("removed in #12", p.allowedMissing("a.LegacyBenchmark.x", "primary"));
        assertEquals("removed in #12", p.allowedMissing("a.LegacyBenchmark.x", "gc.alloc.rate.norm"));
        assertNull(p.allowedMissing("a.Other.x", "primary"));
    }

    @Test
    void anEmptyObjectIsTheDefaultPolicy() {
        Policy p = parse("{}");
        Policy d = Policy.defaults();
        assertEquals(d.settings().q(), p.settings().q());
        assertEquals(d.settings().allocationFloor(), p.settings().allocationFloor());
        assertEquals(rules(Settings.DEFAULTS), rules(p.settings()));
        assertEquals(d.settings().gatedMetrics(), p.settings().gatedMetrics());
        assertTrue(p.limits().isEmpty());
    }

    @Test
    void loadsFromAFileAndNamesAMissingOne(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("policy.json");
        java.nio.file.Files.writeString(f, POLICY);
        assertEquals(3, PolicyLoader.load(f).limits().size());
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(dir.resolve("nope.json")));
        assertEquals(dir.resolve("nope.json") + ": no such file", e.getMessage());
    }

    @Test
    void aLimitOfThePlanNamesItsCriterionAndAppliesOnlyToRowsWithItsParams() {
        Policy p = parse("{\"limits\": [{\"plan\": \"throughput\", \"target\": \" 1,000+ agents \", \"benchmark\": \".*Fleet\\\\.calls\","
                + " \"params\": {\"agents\": \"1000\", \"mode\": \"a\"}, \"thresholds\": [\"metric(errorPct)<0.1\", \"metric(p95Ms)<500\"]}]}");
        assertEquals(2, p.limits().size(), "one limit a threshold, both of the criterion");
        for (Limit l : p.limits()) {
            assertEquals(new Limit.PlanCriterion("throughput", "1,000+ agents"), l.plan());
            assertEquals(".*Fleet\\.calls [agents=1000, mode=a]", l.scope());
        }
        Limit l = p.limits().get(0);
        assertTrue(l.appliesTo(RowKey.of("b.Fleet.calls", "thrpt", Map.of("agents", "1000", "mode", "a", "x", "1"), 1, "errorPct")));
        assertFalse(l.appliesTo(RowKey.of("b.Fleet.calls", "thrpt", Map.of("agents", "100", "mode", "a"), 1, "errorPct")));
        assertFalse(l.appliesTo(RowKey.of("b.Fleet.calls", "thrpt", Map.of("agents", "1000"), 1, "errorPct")), "every param must match");
        assertFalse(l.appliesTo(RowKey.of("b.Other.calls", "thrpt", Map.of("agents", "1000", "mode", "a"), 1, "errorPct")));
        assertEquals(null, parse("{\"limits\": [{\"benchmark\": \"a\", \"threshold\": \"avg<1s\"}]}").limits().get(0).plan());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                             | policy.json: empty file",
            "{                                              | policy.json: not valid JSON",
            "[]                                             | policy.json: policy: expected an object",
            "{\"default\": {}}                              | policy.json: policy: unknown key \"default\"",
            "{\"defaults\": {\"q\": 0}}                     | policy.json: defaults.q: 0.0 is not a fraction in (0, 1)",
            "{\"defaults\": {\"noiseFloor\": \"x%\"}}       | policy.json: defaults.noiseFloor: \"x%\" is not a number or a percentage",
            "{\"defaults\": {\"band\": 0.05}}              | policy.json: defaults: \"band\" is gone: EQUIVALENT now means shown within the noise floor",
            "{\"defaults\": {\"inconclusive\": \"maybe\"}}   | policy.json: defaults.inconclusive: expected fail, warn or pass",
            "{\"defaults\": {\"tooFewForks\": \"warn\"}}     | policy.json: defaults.tooFewForks: fail or pass",
            "{\"defaults\": {\"gatedMetrics\": [\"gc.alloc.rate\"]}} | policy.json: defaults.gatedMetrics[0]: \"gc.alloc.rate\" moves with throughput",
            "{\"defaults\": {\"allocationFloor\": -1}}     | policy.json: defaults.allocationFloor: -1.0 is not a number of bytes",
            "{\"profiles\": {\"ci\": {\"noiseFloor\": 0.1}}} | policy.json: profiles.ci: unknown key \"noiseFloor\"",
            "{\"profiles\": {\"c i\": {}}}                  | policy.json: profiles.c i: bad profile name",
            "{\"defaults\": {\"gatedMetrics\": \"primary\"}} | policy.json: defaults.gatedMetrics: expected an array of strings",
            "{\"overrides\": [{\"noiseFloor\": 0.1}]}       | policy.json: overrides[0].benchmark: missing",
            "{\"overrides\": [{\"benchmark\": \"(\"}]}      | policy.json: overrides[0].benchmark: bad regex \"(\"",
            "{\"allowedRegressions\": [{\"benchmark\": \"a\"}]} | policy.json: allowedRegressions[0].reason: missing",
            "{\"allowedMissing\": [{\"benchmark\": \"a\", \"reason\": \" \"}]} | policy.json: allowedMissing[0].reason: must not be empty",
            "{\"limits\": [{\"benchmark\": \"a\"}]}         | policy.json: limits[0]: needs \"threshold\" or \"thresholds\"",
            "{\"limits\": [{\"benchmark\": \"a\", \"threshold\": \"avg<1xs\"}]} | policy.json: limits[0]: threshold \"avg<1xs\": unknown unit \"xs\" at position 6",
            "{\"limits\": [{\"benchmark\": \"a\", \"threshold\": \"avg<1s\", \"plan\": \"cpu\"}]} | policy.json: limits[0]: \"plan\" needs \"target\"",
            "{\"limits\": [{\"benchmark\": \"a\", \"threshold\": \"avg<1s\", \"target\": \"< 1 s\"}]} | policy.json: limits[0]: \"target\" without \"plan\"",
            "{\"limits\": [{\"benchmark\": \"a\", \"threshold\": \"avg<1s\", \"plan\": \" \", \"target\": \"x\"}]} | policy.json: limits[0].plan: must not be empty",
            "{\"limits\": [{\"benchmark\": \"a\", \"threshold\": \"avg<1s\", \"params\": {\"agents\": 1000}}]} | policy.json: limits[0].params.agents: expected a string",
            "{\"limits\": [{\"benchmark\": \"a\", \"threshold\": \"avg<1s\", \"params\": {}}]} | policy.json: limits[0].params: empty",
            "{\"limits\": [{\"benchmark\": \"a\", \"threshold\": \"avg<1s\", \"params\": [\"agents\"]}]} | policy.json: limits[0].params: expected an object",
            "{\"limits\": [{\"benchmark\": \"a\", \"threshold\": \"avg<1s\", \"plans\": \"cpu\"}]} | policy.json: limits[0]: unknown key \"plans\"",
    })
    void badPoliciesGiveOneLineNamingTheFileAndPlace(String json, String expected) {
        PolicyException e = assertThrows(PolicyException.class, () -> parse(json));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    /**
     * What the loader refuses for a key, a type, a missing or empty field, a value out of its set
     * or range, or another version, the schema refuses too; what it refuses only after reading
     * (a regex that does not compile, a threshold that does not parse, a metric that moves with
     * throughput) the schema cannot see.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[]                                              | policy: expected an object",
            "{\"default\": {}}                               | policy: unknown key \"default\"",
            "{\"schema\": \"mcpbench-policy/2\"}              | \"schema\" is \"mcpbench-policy/2\", not a format this comparator reads",
            "{\"defaults\": {\"band\": 0.05}}               | defaults: \"band\" is gone",
            "{\"defaults\": {\"q\": 0}}                      | defaults.q: 0.0 is not a fraction in (0, 1)",
            "{\"defaults\": {\"q\": 0.5}}                    | defaults.q: 0.5 is not below 0.5",
            "{\"defaults\": {\"noiseFloor\": \"x%\"}}        | defaults.noiseFloor: \"x%\" is not a number or a percentage",
            "{\"defaults\": {\"inconclusive\": \"maybe\"}}    | defaults.inconclusive: expected fail, warn or pass",
            "{\"defaults\": {\"inconclusive\": \"pa\u017fs\"}}  | defaults.inconclusive: expected fail, warn or pass",
            "{\"defaults\": {\"tooFewForks\": \"warn\"}}      | defaults.tooFewForks: fail or pass",
            "{\"defaults\": {\"allocationFloor\": -1}}      | defaults.allocationFloor: -1.0 is not a number of bytes",
            "{\"defaults\": {\"gatedMetrics\": \"primary\"}} | defaults.gatedMetrics: expected an array of strings",
            "{\"defaults\": {\"gatedMetrics\": [\"primary \"]}} | defaults.gatedMetrics[0]: metric \"primary \" contains a space",
            "{\"profiles\": {\"c i\": {}}}                   | profiles.c i: bad profile name",
            "{\"profiles\": {\"ci\": {\"noiseFloor\": 0.1}}}  | profiles.ci: unknown key \"noiseFloor\"",
            "{\"overrides\": [{\"noiseFloor\": 0.1}]}        | overrides[0].benchmark: missing",
            "{\"allowedRegressions\": [{\"benchmark\": \"a\"}]} | allowedRegressions[0].reason: missing",
            "{\"allowedMissing\": [{\"benchmark\": \"a\", \"reason\": \" \"}]} | allowedMissing[0].reason: must not be empty",
            "{\"limits\": [{\"benchmark\": \"a\"}]}          | limits[0]: needs \"threshold\" or \"thresholds\"",
            "{\"limits\": [{\"benchmark\": \"a\", \"thresholds\": []}]} | limits[0]: needs \"threshold\" or \"thresholds\"",
            "{\"limits\": [{\"benchmark\": \"a\", \"threshold\": \"avg<1s\", \"plan\": \"cpu\"}]} | limits[0]: \"plan\" needs \"target\"",
            "{\"limits\": [{\"benchmark\": \"a\", \"threshold\": \"avg<1s\", \"target\": \"< 1 s\"}]} | limits[0]: \"target\" without \"plan\"",
            "{\"limits\": [{\"benchmark\": \"a\", \"threshold\": \"avg<1s\", \"params\": {\"agents\": 1000}}]} | limits[0].params.agents: expected a string",
            "{\"limits\": [{\"benchmark\": \"a\", \"threshold\": \"avg<1s\", \"params\": {}}]} | limits[0].params: empty",
            "{\"limits\": [{\"benchmark\": \"a\", \"threshold\": 1}]} | limits[0].threshold: expected a string",
    })
    void whatTheLoaderRefusesForAKeyOrATypeTheSchemaRefusesToo(String json, String expected) {
        PolicyException e = assertThrows(PolicyException.class, () -> parse(json));
        assertTrue(e.getMessage().startsWith("policy.json: " + expected), e.getMessage());
        SchemaAssert.invalid(DocumentSchema.POLICY, json);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"overrides\": [{\"benchmark\": \"(\"}]}",
            "{\"limits\": [{\"benchmark\": \"a\", \"threshold\": \"avg<1xs\"}]}",
            "{\"defaults\": {\"gatedMetrics\": [\"gc.alloc.rate\"]}}",
            "{\"defaults\": {\"gatedMetrics\": [\"Primary\"]}}",
            "{\"defaults\": {\"q\": \"50%\"}}",
    })
    void whatOnlyReadingCanTellTheSchemaLeavesToTheLoader(String json) {
        assertThrows(PolicyException.class, () -> PolicyLoader.parse("policy.json", json.getBytes(StandardCharsets.UTF_8)));
        SchemaAssert.valid(DocumentSchema.POLICY, json);
    }

    /** At every level of a policy, the schema allows the keys the loader reads, no more and no fewer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"zzz\": 1}                             | ''",
            "{\"defaults\": {\"zzz\": 1}}             | /properties/defaults",
            "{\"profiles\": {\"p\": {\"zzz\": 1}}}    | /properties/profiles/additionalProperties",
            "{\"overrides\": [{\"zzz\": 1}]}          | /properties/overrides/items",
            "{\"allowedRegressions\": [{\"zzz\": 1}]} | /$defs/allowances/items",
            "{\"allowedMissing\": [{\"zzz\": 1}]}     | /$defs/allowances/items",
            "{\"limits\": [{\"zzz\": 1}]}             | /properties/limits/items",
    })
    void theSchemaAndTheLoaderKnowTheSameKeys(String json, String pointer) {
        PolicyException e = assertThrows(PolicyException.class, () -> parse(json));
        assertEquals(SchemaAssert.keysListedIn(e.getMessage()), SchemaAssert.keys(DocumentSchema.POLICY, pointer), e.getMessage());
        SchemaAssert.invalid(DocumentSchema.POLICY, json);
    }

    @Test
    void rulesAreWordsInAnyAsciiCase() {
        assertEquals(List.of(Rule.PASS, Rule.FAIL), rules(parse("{\"defaults\": {\"inconclusive\": \"PaSs\", \"tooFewForks\": \"FAIL\"}}").settings()));
    }

    @Test
    void aPolicyNamesItsVersionOrIsVersionOne() {
        Policy named = parse("{\"schema\": \"mcpbench-policy/1\", \"defaults\": {\"q\": 0.1}}");
        assertEquals(0.1, named.settings().q());
        assertEquals(0.1, parse("{\"defaults\": {\"q\": 0.1}}").settings().q());
    }
}
