package io.mcpbench.core.discovery;

/**
 * The parts of a tool that search looks at. Each carries its own weight in
 * {@link ToolDiscoveryConfig}, because a word in a tool's name says more about what the tool does
 * than the same word deep in an argument's description.
 */
public enum SearchField {
    /** The qualified name {@code server__tool}, split into words. */
    NAME,
    /** The tool's human-readable title. */
    TITLE,
    /** The tool's description. */
    DESCRIPTION,
    /** Property names of the input schema, nested ones included, split into words. */
    ARG_NAMES,
    /** Descriptions and titles of the input schema's properties. */
    ARG_DESCRIPTIONS;

    private static final SearchField[] ALL = values();

    /** Every field, in declaration order, without copying. Callers must not modify the array. */
    static SearchField[] all() {
        return ALL;
    }
}
