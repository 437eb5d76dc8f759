package io.mcpbench.compare.model;

import java.util.List;

/**
 * How a result file was measured, as far as the file says (older JMH versions omit most of it):
 * the run-wide facts of its first entry. Null where the file has no such key.
 */
public record RunInfo(
        String jmhVersion,
        String jdkVersion,
        String vmName,
        String vmVersion,
        String jvm,
        List<String> jvmArgs,
        Integer forks,
        Integer warmupIterations,
        String warmupTime,
        Integer measurementIterations,
        String measurementTime) {

    /** A run of which nothing is known. */
    public static RunInfo unknown() {
        return new RunInfo(null, null, null, null, null, List.of(), null, null, null, null, null);
    }
}
