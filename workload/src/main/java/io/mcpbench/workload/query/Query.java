package io.mcpbench.workload.query;

import io.mcpbench.core.catalog.CatalogEntry;
import java.util.Objects;

/**
 * One generated search query.
 *
 * @param kind            what kind of query it is
 * @param text            the query text (for {@link QueryKind#REGEX}, a {@link java.util.regex.Pattern})
 * @param expected        for {@link QueryKind#DISTINCTIVE}, the entry the words were taken from; otherwise
 *                        {@code null}
 * @param matchingEntries how many catalog entries contain every word of the query (for regex queries:
 *                        whose tool name the pattern finds), so a benchmark can tell cheap queries from
 *                        broad ones and a test can tell a unique query from an ambiguous one
 */
public record Query(QueryKind kind, String text, CatalogEntry expected, int matchingEntries) {

    public Query {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
