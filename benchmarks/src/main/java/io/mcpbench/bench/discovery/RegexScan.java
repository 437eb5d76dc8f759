package io.mcpbench.bench.discovery;

import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.discovery.SearchHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plainest regex tool search, as a gateway without a search component would write it: compile
 * the pattern, then {@code find} it in every tool's qualified name, tool name, title and
 * description in catalog order, one reused {@link Matcher}, no index, no work budget. It answers
 * what regex-mode {@code ToolDiscovery} answers, so a benchmark shows what ours pays for its
 * safeguards against runaway patterns. Thread-safe: each search has its own matcher.
 */
public final class RegexScan {

    private final CatalogEntry[] entries;

    public RegexScan(CatalogSnapshot snapshot) {
        this.entries = Objects.requireNonNull(snapshot, "snapshot").entries().toArray(new CatalogEntry[0]);
    }

    /**
     * The first {@code limit} tools, in catalog order, where the pattern is found.
     *
     * @throws IllegalArgumentException if {@code limit < 1}
     * @throws java.util.regex.PatternSyntaxException if the pattern is malformed
     */
    public List<SearchHit> search(String regex, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1: " + limit);
        }
        Matcher matcher = Pattern.compile(regex).matcher("");
        List<SearchHit> hits = new ArrayList<>(Math.min(limit, 16));
        for (int i = 0; i < entries.length && hits.size() < limit; i++) {
            CatalogEntry entry = entries[i];
            if (finds(matcher, entry.qualifiedName())
                    || finds(matcher, entry.toolName())
                    || finds(matcher, entry.tool().title())
                    || finds(matcher, entry.tool().description())) {
                hits.add(new SearchHit(entry, 1.0));
            }
        }
        return hits;
    }

    private static boolean finds(Matcher matcher, String text) {
        return text != null && matcher.reset(text).find();
    }
}
