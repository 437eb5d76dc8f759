package io.mcpbench.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.policy.Limit;
import io.mcpbench.compare.policy.Policy;
import io.mcpbench.compare.policy.PolicyLoader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The performance plan shipped as {@code baselines/policy.json} against the benchmarks that
 * measure it: every criterion of the plan is there, and every limit of it names a benchmark that
 * exists, params it declares with values it runs, and a metric one of its counters reports, so
 * no criterion can read NOT MEASURED because of a typo.
 */
class PlanPolicyTest {

    private static final List<String> CRITERIA = List.of("response time", "throughput", "memory", "CPU", "error rate",
            "horizontal scaling", "load distribution", "availability", "memory stability", "graceful degradation",
            "recovery");

    private static Policy policy() {
        return PolicyLoader.load(Path.of("..", "baselines", "policy.json"));
    }

    @Test
    void everyCriterionOfThePlanHasALimitInItsOrder() {
        Set<String> named = new LinkedHashSet<>();
        for (Limit l : policy().limits()) {
            assertNotNull(l.plan(), "every limit of the shipped policy is one of the plan's: " + l.scope());
            named.add(l.plan().name());
        }
        assertEquals(CRITERIA, new ArrayList<>(named));
    }

    @Test
    void everyLimitNamesABenchmarkItsParamsAndAMetricThatExist() throws Exception {
        List<BenchmarkListEntry> all = new ArrayList<>(BenchmarkList.defaultList().find(
                OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of(), List.of()));
        for (Limit l : policy().limits()) {
            List<BenchmarkListEntry> matched = all.stream().filter(e -> l.appliesTo(e.getUsername())).toList();
            assertFalse(matched.isEmpty(), "no benchmark matches " + l.scope());
            for (BenchmarkListEntry e : matched) {
                Map<String, String[]> declared = e.getParams().orElse(Map.of());
                for (Map.Entry<String, String> p : l.params().entrySet()) {
                    assertTrue(declared.containsKey(p.getKey()), e.getUsername() + " has no param " + p.getKey());
                    assertTrue(Arrays.asList(declared.get(p.getKey())).contains(p.getValue()),
                            e.getUsername() + " never runs " + p.getKey() + "=" + p.getValue());
                }
                String metric = l.threshold().aggregate().metric();
                assertTrue(counters(e).contains(metric), e.getUsername() + " reports no " + metric + " (" + counters(e) + ")");
            }
        }
    }

    /** The public fields of the benchmark method's {@code @AuxCounters} states: its secondary metrics. */
    private static Set<String> counters(BenchmarkListEntry e) throws Exception {
        Set<String> out = new LinkedHashSet<>();
        for (Method m : Class.forName(e.getUserClassQName()).getMethods()) {
            if (!m.getName().equals(e.getUsername().substring(e.getUsername().lastIndexOf('.') + 1))) continue;
            for (Class<?> type : m.getParameterTypes()) {
                if (type.getAnnotation(AuxCounters.class) == null) continue;
                for (Field f : type.getFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) out.add(f.getName());
                }
            }
        }
        return out;
    }
}
