package io.mcpbench.core.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns names and prose into the terms search matches on, the same way for documents and queries.
 * Tool names are identifiers ({@code searchRepositories}, {@code files.read_v2}), so besides
 * splitting on anything that is not a letter or digit it splits identifiers into their words:
 * <ul>
 *   <li>lower case to upper case: {@code searchRepositories} gives {@code search}, {@code repositories};</li>
 *   <li>the end of an acronym: {@code HTTPServer} gives {@code http}, {@code server};</li>
 *   <li>after a run of digits: {@code base64Encode} and {@code base64encode} give {@code base64},
 *       {@code encode}; digits stay with the letters before them, so {@code read_v2} gives
 *       {@code read}, {@code v2}.</li>
 * </ul>
 * Terms are lower-cased (locale-independent); letters and digits of any script count, combining
 * marks stay in their word. The {@link #STOP_WORDS} are dropped. There is no stemming.
 */
public final class Tokenizer {

    /** English words too common to help ranking; the same set as Lucene's English stop words. */
    public static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
            "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these",
            "they", "this", "to", "was", "will", "with");

    private static final byte OTHER = 0;
    private static final byte LOWER = 1;
    private static final byte UPPER = 2;
    private static final byte DIGIT = 3;

    /** Character classes of ASCII, so that the common case needs no Unicode property lookups. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = 'a'; c <= 'z'; c++) {
            ASCII[c] = LOWER;
        }
        for (int c = 'A'; c <= 'Z'; c++) {
            ASCII[c] = UPPER;
        }
        for (int c = '0'; c <= '9'; c++) {
            ASCII[c] = DIGIT;
        }
    }

    private Tokenizer() {
    }

    /** The terms of a text, in order, duplicates kept; empty for {@code null} or blank text. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        tokenize(text, out);
        return out;
    }

    /** Appends the terms of {@code text} to {@code out}; does nothing for {@code null}. */
    public static void tokenize(String text, List<String> out) {
        if (text == null) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int prev = cp;
            i += Character.charCount(cp);
            while (i < n) {
                int c = text.codePointAt(i);
                if (!isWordChar(c)) {
                    break;
                }
                int next = i + Character.charCount(c);
                if (isBoundary(prev, c, text, next)) {
                    emit(text, start, i, out);
                    start = i;
                }
                prev = c;
                i = next;
            }
            emit(text, start, i, out);
        }
    }

    private static boolean isBoundary(int prev, int cur, String text, int next) {
        if (prev < 128 && cur < 128) {
            byte p = ASCII[prev];
            byte c = ASCII[cur];
            if (p == DIGIT) {
                return c != DIGIT;
            }
            if (c != UPPER) {
                return false;
            }
            if (p == LOWER) {
                return true;
            }
            return next < text.length() && isLowerCase(text.codePointAt(next));
        }
        if (Character.isDigit(prev)) {
            return Character.isLetter(cur);
        }
        if (!Character.isUpperCase(cur)) {
            return false;
        }
        if (Character.isLowerCase(prev)) {
            return true;
        }
        // An acronym ends where its last capital starts a capitalised word: HTTP|Server.
        return Character.isUpperCase(prev) && next < text.length() && isLowerCase(text.codePointAt(next));
    }

    private static boolean isLowerCase(int cp) {
        return cp < 128 ? ASCII[cp] == LOWER : Character.isLowerCase(cp);
    }

    private static boolean isWordChar(int cp) {
        if (cp < 128) {
            return ASCII[cp] != OTHER;
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static void emit(String text, int start, int end, List<String> out) {
        String term = text.substring(start, end);
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c >= 128 || ASCII[c] == UPPER) {
                term = term.toLowerCase(Locale.ROOT);
                break;
            }
        }
        if (!STOP_WORDS.contains(term)) {
            out.add(term);
        }
    }
}
