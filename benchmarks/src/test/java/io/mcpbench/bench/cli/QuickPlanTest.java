package io.mcpbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.bench.support.QuickSizes;
import io.mcpbench.bench.support.SmokeSizes;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;

class QuickPlanTest {

    private static SortedSet<BenchmarkListEntry> find(String... includes) {
        return BenchmarkList.defaultList().find(OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT),
                List.of(includes), List.of());
    }

    @Test
    void theQuickPlanRunsEveryBenchmarkAtValuesOfItsOwn() throws Exception {
        SortedSet<BenchmarkListEntry> all = find();
        List<QuickPlan.Group> plan = QuickPlan.of(all);
        assertEquals(all.size(), plan.stream().mapToInt(g -> g.benchmarks().size()).sum(), "every benchmark method runs");
        CommandLineOptions none = new CommandLineOptions();
        for (QuickPlan.Group g : plan) {
            assertTrue(g.rows(none) > 0, g.benchmarkClass());
        }
        Map<String, Map<String, String[]>> sizes = plan.stream()
                .collect(Collectors.toMap(QuickPlan.Group::benchmarkClass, QuickPlan.Group::sizes));
        assertEquals(List.of("500"), List.of(sizes.get("io.mcpbench.bench.gateway.ToolCallBenchmark").get("tools")));
        assertEquals(List.of("3"), List.of(sizes.get("io.mcpbench.bench.routing.RoutingUnderFailureBenchmark").get("instances")),
                "inherited with the parameters from the routing sweep");
    }

    @Test
    void aQuickSizeNarrowsOnlyItsOwnBenchmark() throws Exception {
        List<QuickPlan.Group> plan = QuickPlan.of(find("ToolCallBenchmark", "ToolBindingBenchmark"));
        CommandLineOptions none = new CommandLineOptions();
        Map<String, Long> rows = plan.stream().collect(Collectors.toMap(QuickPlan.Group::benchmarkClass, g -> g.rows(none)));
        assertEquals(6L, rows.get("io.mcpbench.bench.gateway.ToolCallBenchmark"), "tools=500 x 3 kinds x 2 impls");
        assertEquals(4L, rows.get("io.mcpbench.bench.binding.ToolBindingBenchmark"), "tools=1000 x 2 impls x 2 miss rates");
    }

    @Test
    void aParameterTheUserGivesWinsOverTheQuickSize() throws Exception {
        QuickPlan.Group toolCall = QuickPlan.of(find("ToolCallBenchmark")).get(0);
        assertEquals(12L, toolCall.rows(new CommandLineOptions("-p", "tools=500,3000")));
    }

    @QuickSizes("tools=1000")
    static final class OutsideTheList {
    }

    @QuickSizes("instances=3")
    static final class NoSuchParameter {
    }

    @QuickSizes("tools")
    static final class NotNameEqualsValue {
    }

    @Test
    void aQuickSizeThatIsNotOneOfTheBenchmarksRowsIsRefused() {
        List<BenchmarkListEntry> toolCall = List.copyOf(find("ToolCallBenchmark"));
        for (Class<?> bad : List.of(OutsideTheList.class, NoSuchParameter.class, NotNameEqualsValue.class)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> QuickPlan.sizes(bad.getName(), toolCall));
            assertTrue(e.getMessage().startsWith(bad.getName()), e.getMessage());
        }
    }

    @Test
    void theSmokePlanRunsEveryBenchmarkAtItsQuickSizesWithItsSmokeSizesOverThem() {
        SortedSet<BenchmarkListEntry> all = find();
        List<QuickPlan.Group> plan = QuickPlan.smoke(all);
        assertEquals(all.size(), plan.stream().mapToInt(g -> g.benchmarks().size()).sum(), "every benchmark method runs");
        Map<String, Map<String, String[]>> sizes = plan.stream()
                .collect(Collectors.toMap(QuickPlan.Group::benchmarkClass, QuickPlan.Group::sizes));
        Map<String, String[]> http = sizes.get("io.mcpbench.bench.transport.StreamableHttpBenchmark");
        assertEquals(List.of("4"), List.of(http.get("clients")), "the smoke size over the quick clients=4,64");
        assertEquals(List.of("tools/call"), List.of(http.get("op")), "the quick size kept");
        Map<String, String[]> scaleOut = sizes.get("io.mcpbench.bench.scenario.ScaleOutBenchmark");
        assertEquals(List.of("2000"), List.of(scaleOut.get("watchMillis")), "a value the parameter does not list");
        assertEquals(List.of("ROUND_ROBIN", "POWER_OF_TWO_CHOICES", "LEAST_IN_FLIGHT"), List.of(scaleOut.get("policy")),
                "every policy, where the quick sizes leave one out");
        assertEquals(List.of("500"), List.of(sizes.get("io.mcpbench.bench.gateway.ToolCallBenchmark").get("tools")),
                "no smoke sizes: the quick sizes");
    }

    @Test
    void aParameterTheUserGivesWinsOverTheSmokeSize() throws Exception {
        QuickPlan.Group scaleOut = QuickPlan.smoke(find("ScaleOutBenchmark")).get(0);
        assertEquals(List.of("policy"), List.copyOf(scaleOut.pinned(new CommandLineOptions("-p", "watchMillis=1000")).keySet()));
        assertEquals(3L, scaleOut.rows(new CommandLineOptions()), "three policies at watchMillis=2000");
        assertEquals(1L, scaleOut.rows(new CommandLineOptions("-p", "policy=ROUND_ROBIN")));
        assertEquals(6L, scaleOut.rows(new CommandLineOptions("-p", "watchMillis=1000,30000")));
    }

    @Test
    void theQuickPlanIgnoresSmokeSizes() {
        Map<String, String[]> quick = QuickPlan.of(find("StreamableHttpBenchmark")).get(0).sizes();
        assertEquals(List.of("4", "64"), List.of(quick.get("clients")));
    }

    @SmokeSizes("instances=3")
    static final class SmokeSizeOfNoParameter {
    }

    @SmokeSizes("tools=500,")
    static final class EmptySmokeValue {
    }

    @Test
    void aSmokeSizeMustNameAParameterAndGiveValues() {
        List<BenchmarkListEntry> toolCall = List.copyOf(find("ToolCallBenchmark"));
        for (Class<?> bad : List.of(SmokeSizeOfNoParameter.class, EmptySmokeValue.class)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> QuickPlan.smokeSizes(bad.getName(), toolCall));
            assertTrue(e.getMessage().startsWith(bad.getName() + ": smoke size"), e.getMessage());
        }
    }
}
