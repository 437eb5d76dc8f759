package io.mcpbench.workload.query;

import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which entries of a snapshot contain which words, so query generation can pick words by how rare
 * they are and count how many entries a query matches. Words are lower-cased runs of letters and
 * digits, split at camelCase boundaries, taken from the tool name, title, description and property
 * names (nested ones too).
 */
final class TermIndex {

    static final Set<String> STOPWORDS = Set.of("the", "and", "for", "with", "from", "that", "this", "are", "its",
            "into", "when", "you", "use", "only", "any", "all", "not", "has", "have", "one", "per", "was",
            "your", "can", "will", "their", "there", "which", "what", "out", "each", "also", "but", "who", "how",
            "true", "false", "otherwise");

    final CatalogSnapshot snapshot;
    final List<CatalogEntry> entries;
    private final Map<String, BitSet> postings = new HashMap<>();
    /** Per entry, its distinct words in order of first appearance. */
    final List<List<String>> words;
    /** Per entry, the prose words of its title and description usable in a query, in order. */
    final List<List<String>> proseWords;

    TermIndex(CatalogSnapshot snapshot) {
        this.snapshot = snapshot;
        this.entries = snapshot.entries();
        this.words = new ArrayList<>(entries.size());
        this.proseWords = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            McpSchema.Tool tool = entries.get(i).tool();
            LinkedHashSet<String> all = new LinkedHashSet<>();
            tokenize(tool.name(), all);
            if (tool.title() != null) {
                tokenize(tool.title(), all);
            }
            if (tool.description() != null) {
                tokenize(tool.description(), all);
            }
            propertyNames(tool.inputSchema(), all, 0);
            LinkedHashSet<String> prose = new LinkedHashSet<>();
            if (tool.title() != null) {
                proseWords(tool.title(), prose);
            }
            if (tool.description() != null) {
                proseWords(tool.description(), prose);
            }
            for (String w : all) {
                postings.computeIfAbsent(w, k -> new BitSet(entries.size())).set(i);
            }
            words.add(List.copyOf(all));
            proseWords.add(List.copyOf(prose));
        }
    }

    int size() {
        return entries.size();
    }

    boolean contains(String word) {
        return postings.containsKey(word);
    }

    int documentFrequency(String word) {
        BitSet b = postings.get(word);
        return b == null ? 0 : b.cardinality();
    }

    /** Entries containing every word. */
    BitSet matchingAll(List<String> query) {
        BitSet result = null;
        for (String w : query) {
            BitSet b = postings.get(w);
            if (b == null) {
                return new BitSet();
            }
            if (result == null) {
                result = (BitSet) b.clone();
            } else {
                result.and(b);
            }
        }
        return result == null ? new BitSet() : result;
    }

    BitSet postings(String word) {
        BitSet b = postings.get(word);
        return b == null ? new BitSet() : b;
    }

    static boolean usable(String w) {
        return w.length() >= 3 && !STOPWORDS.contains(w) && Character.isLetter(w.charAt(0));
    }

    @SuppressWarnings("unchecked")
    private static void propertyNames(Map<String, Object> schema, Set<String> out, int depth) {
        if (schema == null || depth > 8) {
            return;
        }
        if (schema.get("properties") instanceof Map<?, ?> props) {
            for (Map.Entry<?, ?> e : props.entrySet()) {
                tokenize((String) e.getKey(), out);
                if (e.getValue() instanceof Map<?, ?> p) {
                    propertyNames((Map<String, Object>) p, out, depth + 1);
                }
            }
        }
        if (schema.get("items") instanceof Map<?, ?> items) {
            propertyNames((Map<String, Object>) items, out, depth + 1);
        }
    }

    /** Splits text into lower-case words at non-alphanumerics and camelCase boundaries. */
    static void tokenize(String text, Set<String> out) {
        StringBuilder sb = new StringBuilder(16);
        char prev = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128) {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev) && sb.length() > 0) {
                    out.add(sb.toString());
                    sb.setLength(0);
                }
                sb.append(Character.toLowerCase(c));
            } else if (sb.length() > 0) {
                out.add(sb.toString());
                sb.setLength(0);
            }
            prev = c;
        }
        if (sb.length() > 0) {
            out.add(sb.toString());
        }
    }

    /** Plain prose words (letters only, no inner capitals), lower-cased, that queries may use. */
    private static void proseWords(String text, Set<String> out) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String raw = text.substring(start, i);
                if (isPlainWord(raw)) {
                    String w = raw.toLowerCase(java.util.Locale.ROOT);
                    if (usable(w)) {
                        out.add(w);
                    }
                }
            }
        }
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isPlainWord(String raw) {
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (!(c >= 'a' && c <= 'z') && !(k == 0 && c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
