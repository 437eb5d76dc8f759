package io.mcpbench.compare.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One edit of a file's bytes, as damage to a JMH result file looks in practice: a flipped bit,
 * a lost or doubled range, a number replaced by something else, a key removed, the end cut off.
 * Positions are fractions of the length, so an edit applies to a file of any size and shrinks
 * towards its start.
 *
 * @param kind    what is done
 * @param at      where, as a fraction of the length in [0, 1]
 * @param extent  how much, as a fraction in [0, 1] (of 64 bytes for ranges)
 * @param variant which replacement or bit, chosen modulo the kind's choices
 */
public record Mutation(Kind kind, double at, double extent, int variant) {

    /** The kinds of edit. */
    public enum Kind { FLIP_BIT, DELETE_RANGE, DUPLICATE_RANGE, REPLACE_NUMBER, REMOVE_KEY, TRUNCATE }

    /** What a number is replaced by: strings, non-finite and out-of-range values, bare invalid tokens. */
    static final String[] NUMBER_REPLACEMENTS = {
        "\"NaN\"", "\"fast\"", "1e308", "1e400", "-1", "0", "NaN", "\"+INF\"", "null", "\"\"", "[]", "{}",
        "123456789012345678901234567890", "-1e-400", "true"
    };

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern KEY = Pattern.compile("\"[^\"\\\\]*\"\\s*:");

    /** This edit applied to {@code in}; {@code in} is not changed. */
    public byte[] apply(byte[] in) {
        int n = in.length;
        int pos = Math.min(n, (int) (at * n));
        int len = 1 + (int) (extent * 63);
        switch (kind) {
            case FLIP_BIT: {
                if (n == 0) return in;
                byte[] out = in.clone();
                int i = Math.min(n - 1, pos);
                out[i] = (byte) (out[i] ^ (1 << Math.floorMod(variant, 8)));
                return out;
            }
            case DELETE_RANGE: {
                int end = Math.min(n, pos + len);
                return concat(Arrays.copyOfRange(in, 0, pos), Arrays.copyOfRange(in, end, n));
            }
            case DUPLICATE_RANGE: {
                int end = Math.min(n, pos + len);
                return concat(Arrays.copyOfRange(in, 0, end), Arrays.copyOfRange(in, pos, n));
            }
            case REPLACE_NUMBER:
                return replaceNumber(in);
            case REMOVE_KEY:
                return removeKey(in);
            default:
                return Arrays.copyOf(in, pos);
        }
    }

    /**
     * One to three edits drawn from {@code random}: any kind, positions and extents anywhere in
     * [0, 1] with their ends (0 and 1) drawn often, since damage at a file's first or last byte
     * is where readers slip.
     */
    public static List<Mutation> damage(Random random) {
        List<Mutation> edits = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            Kind[] kinds = Kind.values();
            edits.add(new Mutation(kinds[random.nextInt(kinds.length)], fraction(random), fraction(random), random.nextInt(64)));
        }
        return edits;
    }

    private static double fraction(Random random) {
        int pick = random.nextInt(8);
        return pick == 0 ? 0.0 : pick == 1 ? 1.0 : random.nextDouble();
    }

    /** All of {@code edits} applied in order. */
    public static byte[] applyAll(List<Mutation> edits, byte[] in) {
        byte[] out = in;
        for (Mutation m : edits) out = m.apply(out);
        return out;
    }

    private byte[] replaceNumber(byte[] in) {
        String text = new String(in, StandardCharsets.ISO_8859_1);
        List<int[]> spans = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) spans.add(new int[] {m.start(), m.end()});
        if (spans.isEmpty()) return in;
        int[] s = spans.get(Math.min(spans.size() - 1, (int) (at * spans.size())));
        String with = NUMBER_REPLACEMENTS[Math.floorMod(variant, NUMBER_REPLACEMENTS.length)];
        return (text.substring(0, s[0]) + with + text.substring(s[1])).getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] removeKey(byte[] in) {
        String text = new String(in, StandardCharsets.ISO_8859_1);
        List<int[]> keys = new ArrayList<>();
        Matcher m = KEY.matcher(text);
        while (m.find()) keys.add(new int[] {m.start(), m.end()});
        if (keys.isEmpty()) return in;
        int[] k = keys.get(Math.min(keys.size() - 1, (int) (at * keys.size())));
        int end = valueEnd(text, k[1]);
        int cut = end;
        while (cut < text.length() && Character.isWhitespace(text.charAt(cut))) cut++;
        int start = k[0];
        if (cut < text.length() && text.charAt(cut) == ',') {
            end = cut + 1;
        } else {
            int before = start - 1;
            while (before >= 0 && Character.isWhitespace(text.charAt(before))) before--;
            if (before >= 0 && text.charAt(before) == ',') start = before;
        }
        return (text.substring(0, start) + text.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The index just past the JSON value starting at or after {@code from}, or the text's end. */
    private static int valueEnd(String t, int from) {
        int i = from;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
        int depth = 0;
        boolean inString = false;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') {
                    inString = false;
                    if (depth == 0) return i + 1;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                if (depth == 0) return i;
                depth--;
                if (depth == 0) return i + 1;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return t.length();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
