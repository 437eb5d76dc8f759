package io.mcpbench.bench.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

class JvmTest {

    @Test
    void everyBenchmarkForksIntoThePinnedJvm() {
        SortedSet<BenchmarkListEntry> all = BenchmarkList.defaultList().find(
                OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of(), List.of());
        assertTrue(all.size() > 50, "the benchmark list was read: " + all.size() + " methods");
        List<String> off = new ArrayList<>();
        for (BenchmarkListEntry b : all) {
            List<String> args = new ArrayList<>(b.getJvmArgsAppend().orElse(List.of()));
            if (!args.containsAll(Jvm.FLAGS)) {
                off.add(b.getUsername() + " " + args);
            }
        }
        assertEquals(List.of(), off, "benchmarks whose @Fork leaves out one of " + Jvm.FLAGS);
    }

    @Test
    void theHeapIsFixedAndBackedBeforeMeasuring() {
        assertEquals(Jvm.XMS.substring("-Xms".length()), Jvm.XMX.substring("-Xmx".length()), "initial heap = maximum");
        assertTrue(Jvm.FLAGS.contains("-XX:+AlwaysPreTouch"));
        assertTrue(Jvm.FLAGS.contains("-XX:+UseTransparentHugePages"));
    }
}
