package io.mcpbench.compare.method;

/** The scale a row is tested on. */
public enum Scale {
    /** Logs of positive values: differences are log ratios, the same for a time and a throughput. */
    LOG,
    /** The values themselves: for rows with zero or negative values, and bytes per operation. */
    LINEAR
}
