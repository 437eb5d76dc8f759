package io.mcpbench.compare.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvironmentLimitsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PERF_AVG_LATENCY_MS          | 12   | avg<=12ms                    | io.mcpbench.bench.gateway.CallBenchmark.call     | io.mcpbench.bench.routing.R.x",
            "PERF_P95_LATENCY_MS          | 20   | p(95)<=20ms                  | io.mcpbench.bench.scenario.Stress.run            | io.mcpbench.bench.metrics.M.x",
            "PERF_P99_LATENCY_MS          | 50   | p(99)<=50ms                  | io.mcpbench.bench.gateway.CallBenchmark.call     | io.mcpbench.bench.binding.B.x",
            "PERF_MIN_THROUGHPUT          | 1000 | thrpt>=1000ops/s             | io.mcpbench.bench.gateway.CallBenchmark.call     | io.mcpbench.bench.discovery.S.x",
            "PERF_MAX_MEMORY_INCREASE_MB  | 64   | metric(res.heap.growth)<=64MB | io.mcpbench.bench.scenario.Endurance.run         | io.mcpbench.bench.gateway.C.x",
            "PERF_MAX_SEARCH_TIME_MS      | 0.5  | avg<=0.5ms                   | io.mcpbench.bench.discovery.ToolSearchBenchmark.bm25 | io.mcpbench.bench.registry.R.x",
            "PERF_MAX_BINDING_TIME_MS     | 0.01 | avg<=0.01ms                  | io.mcpbench.bench.binding.BindBenchmark.bind     | io.mcpbench.bench.routing.R.x",
            "PERF_MAX_ROUTING_TIME_MS     | 0.02 | avg<=0.02ms                  | io.mcpbench.bench.routing.RouteBenchmark.route   | io.mcpbench.bench.binding.B.x",
            "PERF_MAX_VALIDATION_TIME_MS  | 1    | avg<=1ms                     | io.mcpbench.bench.validation.V.validate          | io.mcpbench.bench.gateway.G.x",
            "PERF_MAX_DISCOVERY_TIME_MS   | 2    | avg<=2ms                     | io.mcpbench.bench.registry.RegistryBenchmark.all | io.mcpbench.bench.discovery.S.x",
            "PERF_MIN_METRIC_THROUGHPUT   | 1e6  | thrpt>=1000000ops/s          | io.mcpbench.bench.metrics.RecordBenchmark.record | io.mcpbench.bench.gateway.G.x",
            "PERF_MAX_WORKFLOW_TIME_MS    | 100  | avg<=100ms                   | io.mcpbench.bench.scenario.Workflow.run          | io.mcpbench.bench.gateway.G.x",
    })
    void eachVariableBecomesALimitOnItsComponent(String var, String value, String expression, String matching, String other) {
        List<Limit> limits = EnvironmentLimits.from(Map.of(var, value));
        assertEquals(1, limits.size());
        Limit l = limits.get(0);
        assertEquals(expression, l.threshold().expression());
        assertEquals(var, l.source());
        assertTrue(l.appliesTo(matching));
        assertFalse(l.appliesTo(other));
    }

    @Test
    void everyDocumentedVariableIsMappedOnce() {
        Map<String, String> all = new HashMap<>();
        for (EnvironmentLimits.Mapping m : EnvironmentLimits.MAPPINGS) all.put(m.variable(), "3");
        assertEquals(12, all.size());
        assertEquals(12, EnvironmentLimits.from(all).size());
    }

    @Test
    void unsetAndBlankVariablesAreSkipped() {
        assertTrue(EnvironmentLimits.from(Map.of("PERF_AVG_LATENCY_MS", " ", "HOME", "/root")).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc  | PERF_P95_LATENCY_MS=\"abc\": not a number",
            "0    | PERF_P95_LATENCY_MS=\"0\": must be greater than 0",
            "-5   | PERF_P95_LATENCY_MS=\"-5\": must be greater than 0",
            "5ms  | PERF_P95_LATENCY_MS=\"5ms\": not a number",
            "\u0665 | PERF_P95_LATENCY_MS=\"\u0665\": not a number",
            "0x1.4p3 | PERF_P95_LATENCY_MS=\"0x1.4p3\": not a number",
            "NaN | PERF_P95_LATENCY_MS=\"NaN\": not a number",
            "1e999999999 | PERF_P95_LATENCY_MS=\"1e999999999\": number out of range",
            "1e2147483647 | PERF_P95_LATENCY_MS=\"1e2147483647\": number out of range",
            "1e400 | PERF_P95_LATENCY_MS=\"1e400\": number out of range",
    })
    void badValuesAreOneLineErrorsNamingTheVariable(String value, String expected) {
        InvalidEnvironmentValueException e = assertThrows(InvalidEnvironmentValueException.class,
                () -> EnvironmentLimits.from(Map.of("PERF_P95_LATENCY_MS", value)));
        assertEquals(expected, e.getMessage());
    }
}
