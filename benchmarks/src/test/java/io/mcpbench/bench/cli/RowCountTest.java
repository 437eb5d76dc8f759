package io.mcpbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;

class RowCountTest {

    private static long count(boolean quick, String... options) throws Exception {
        CommandLineOptions user = new CommandLineOptions(options);
        SortedSet<BenchmarkListEntry> selected = BenchmarkList.defaultList().find(
                OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), user.getIncludes(), user.getExcludes());
        return RowCount.count(selected, user, quick);
    }

    @Test
    void rowsAreMethodsTimesParameterSets() throws Exception {
        assertEquals(12L, count(false, "ToolCallBenchmark.call$", "-p", "tools=500,3000"), "2 tools x 3 kinds x 2 impls");
        assertEquals(6L, count(true, "ToolCallBenchmark.call$"), "the quick size tools=500 x 3 kinds x 2 impls");
        assertEquals(4L, count(true, "ToolBindingBenchmark"), "as QuickPlan counts them");
    }

    @Test
    void theQuickCountIsTheSumOfTheQuickPlan() throws Exception {
        CommandLineOptions none = new CommandLineOptions();
        SortedSet<BenchmarkListEntry> all = BenchmarkList.defaultList().find(
                OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of(), List.of());
        long plan = QuickPlan.of(all).stream().mapToLong(g -> g.rows(none)).sum();
        assertEquals(plan, count(true));
        assertEquals(true, count(false) > plan, "the full sizes measure more rows than the quick ones");
    }

    @Test
    void everyModeGivenIsARowOfItsOwn() throws Exception {
        long one = count(false, "ToolBindingBenchmark");
        assertEquals(2 * one, count(false, "ToolBindingBenchmark", "-bm", "avgt,thrpt"));
        assertEquals(4 * one, count(false, "ToolBindingBenchmark", "-bm", "all"), "all: thrpt, avgt, sample and ss");
        assertEquals(0L, count(false, "NoSuchBenchmarkAnywhere"));
    }
}
