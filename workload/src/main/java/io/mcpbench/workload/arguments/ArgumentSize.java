package io.mcpbench.workload.arguments;

/**
 * How much JSON a generated {@code tools/call} argument object carries. Real traffic is mostly
 * small objects of identifiers and filters; a minority carries file contents, message bodies or
 * SQL, and those dominate parsing and validation cost, so benchmarks measure both.
 */
public enum ArgumentSize {
    /** Identifiers, filters and short text: typically 50-500 bytes. */
    SMALL,
    /** As {@link #SMALL}, plus one content field of 2-64 KB. */
    LARGE
}
