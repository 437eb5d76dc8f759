package io.mcpbench.workload.query;

/** The kinds of tool-search query a gateway sees, each stressing search differently. */
public enum QueryKind {
    /** One word from the catalog; common words hit many tools. */
    ONE_TERM,
    /** Two to four words taken from one tool, as an agent describes what it wants. */
    MULTI_TERM,
    /** Words in no tool: the search must come back empty, fast. */
    NO_HIT,
    /** A case-insensitive regular expression over tool names, such as {@code (?i)create.*issue}. */
    REGEX,
    /** A tool's own rare words: a search worth its name ranks that tool first. */
    DISTINCTIVE
}
