package io.mcpbench.core.discovery;

import io.mcpbench.core.catalog.CatalogEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regex-mode search: a client-supplied pattern, capped in length so that a client cannot hand the
 * gateway an arbitrarily large pattern to compile, searched in each tool's qualified name, title
 * and description.
 */
final class RegexQuery {

    private RegexQuery() {
    }

    /** Compiles the pattern or says in one line why it cannot be used. */
    static Pattern compile(String regex, int maxLength) {
        if (regex.length() > maxLength) {
            throw new InvalidQueryException(
                    "regex is " + regex.length() + " characters long, more than the limit of " + maxLength);
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            String where = e.getIndex() >= 0 ? " at index " + e.getIndex() : "";
            throw new InvalidQueryException("invalid regex: " + e.getDescription() + where + " in " + regex);
        }
    }

    /** The first {@code limit} entries, in catalog order, where the pattern is found. */
    static List<SearchHit> search(CatalogEntry[] entries, Pattern pattern, int limit) {
        List<SearchHit> hits = new ArrayList<>(Math.min(limit, 16));
        Matcher matcher = pattern.matcher("");
        for (int i = 0; i < entries.length && hits.size() < limit; i++) {
            CatalogEntry entry = entries[i];
            if (finds(matcher, entry.qualifiedName())
                    || finds(matcher, entry.tool().title())
                    || finds(matcher, entry.tool().description())) {
                hits.add(new SearchHit(entry, 1.0));
            }
        }
        return Collections.unmodifiableList(hits);
    }

    private static boolean finds(Matcher matcher, String text) {
        return text != null && matcher.reset(text).find();
    }
}
