package io.mcpbench.compare.markdown;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Markdown page that stays under a size limit, because GitHub refuses a step summary
 * ({@code $GITHUB_STEP_SUMMARY}) over 1 MiB and then shows nothing at all. The page is fixed text
 * and lists of lines (table rows, list items) given most important first; when the whole page
 * would be too long, lines are cut from the end of the first list, then of the next, and each cut
 * list is followed by a line saying how many were left out and where every line can be found.
 */
public final class MarkdownPage {

    /** The largest page, in bytes of UTF-8: under GitHub's 1 MiB (1,048,576 bytes), with room to spare. */
    public static final int MAX_BYTES = 1_000_000;

    private final List<Object> parts = new ArrayList<>();

    /** Appends fixed Markdown, never cut. */
    public MarkdownPage text(String markdown) {
        parts.add(markdown);
        return this;
    }

    /**
     * Appends a list whose lines (each ending in a line feed) may be cut from the end; {@code noun}
     * names them in the cut notice ("rows", "limit checks").
     */
    public Lines lines(String noun) {
        Lines l = new Lines(noun);
        parts.add(l);
        return l;
    }

    /** The page, whole if it fits in {@code maxBytes}, else cut; {@code whereAll} ends the cut notice (Markdown). */
    public String render(int maxBytes, String whereAll) {
        List<Lines> lists = new ArrayList<>();
        Map<Lines, Integer> keep = new IdentityHashMap<>();
        long total = 0;
        for (Object p : parts) {
            if (p instanceof Lines l) {
                lists.add(l);
                keep.put(l, l.items.size());
                total += l.bytes(l.items.size());
            } else {
                total += bytes((String) p);
            }
        }
        for (Lines l : lists) {
            if (total <= maxBytes) break;
            long without = total - l.bytes(l.items.size());
            int lo = 0;
            int hi = l.items.size();
            // the largest count that fits: the page grows with every line kept
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (without + l.bytes(mid) + bytes(l.notice(mid, maxBytes, whereAll)) <= maxBytes) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            keep.put(l, lo);
            total = without + l.bytes(lo) + bytes(l.notice(lo, maxBytes, whereAll));
        }
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (p instanceof Lines l) {
                int kept = keep.get(l);
                for (int i = 0; i < kept; i++) sb.append(l.items.get(i));
                if (kept < l.items.size()) sb.append(l.notice(kept, maxBytes, whereAll));
            } else {
                sb.append((String) p);
            }
        }
        return sb.toString();
    }

    private static long bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Lines of a page that may be cut from the end. */
    public static final class Lines {

        private final String noun;
        private final List<String> items = new ArrayList<>();
        private final List<Long> cumulative = new ArrayList<>();

        private Lines(String noun) {
            this.noun = noun;
        }

        /** Adds a line of Markdown, ending in a line feed. */
        public Lines add(String line) {
            items.add(line);
            long before = cumulative.isEmpty() ? 0 : cumulative.get(cumulative.size() - 1);
            cumulative.add(before + MarkdownPage.bytes(line));
            return this;
        }

        private long bytes(int count) {
            return count == 0 ? 0 : cumulative.get(count - 1);
        }

        /** The line after a cut list: a blank line first, so that it never joins a table. */
        private String notice(int kept, int maxBytes, String whereAll) {
            return String.format(Locale.ROOT, "\n%d more %s not shown: this page is cut to stay under %,d bytes "
                    + "(GitHub refuses a step summary over 1 MiB). %s\n", items.size() - kept, noun, maxBytes, whereAll);
        }
    }
}
