package io.mcpbench.core.discovery;

/**
 * How a query is read. Clients that know roughly what they want type words ({@link #BM25});
 * clients that know the naming scheme of a server write a pattern ({@link #REGEX}).
 */
public enum SearchMode {
    /** The query is free text; tools are ranked by field-weighted BM25 (BM25F). */
    BM25,
    /**
     * The query is a {@link java.util.regex.Pattern}, searched ({@code find}) in each tool's
     * qualified name ({@code server__tool}), its tool name alone, title and description; matches
     * come in catalog order. Case-sensitive unless the pattern says {@code (?i)}. Capped in length
     * and in the work one search may do ({@link ToolDiscoveryConfig#regexMaxLength()},
     * {@link ToolDiscoveryConfig#regexWorkLimit()}).
     */
    REGEX
}
