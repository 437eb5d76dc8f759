package io.mcpbench.core.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets of code points as sorted, merged ranges {@code {lo0, hi0, lo1, hi1, ...}}, and the JDK's
 * predefined ones ({@code . \d \w \s}) spelled out. Every class is rewritten as an explicit list of
 * ranges, so a negation or a shorthand means on RE2 exactly what it meant to the JDK, whatever
 * RE2's own reading of it; {@link #surrogateSafe} is the one question about a set that decides
 * whether the engines can still tell apart a string that starts inside a surrogate pair.
 */
final class CodePointSet {

    private static final int MAX_CODE_POINT = Character.MAX_CODE_POINT;
    private static final int[] DIGIT = {'0', '9'};
    private static final int[] WORD = {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'};
    /** The JDK's {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
    private static final int[] SPACE = {'\t', '\r', ' ', ' '};
    /** The JDK's {@code .} without flags: anything but its line terminators. */
    static final int[] DOT = complement(new int[] {'\n', '\n', '\r', '\r', 0x85, 0x85, 0x2028, 0x2029});
    private static final int[] ALL_SUPPLEMENTARY = {Character.MIN_SUPPLEMENTARY_CODE_POINT, MAX_CODE_POINT};

    private CodePointSet() {
    }

    /** The ranges of {@code \d \D \w \W \s \S}, or {@code null} for any other letter. */
    static int[] predefined(char e) {
        return switch (e) {
            case 'd' -> DIGIT;
            case 'D' -> complement(DIGIT);
            case 'w' -> WORD;
            case 'W' -> complement(WORD);
            case 's' -> SPACE;
            case 'S' -> complement(SPACE);
            default -> null;
        };
    }

    /**
     * Whether a class reads alike on both engines wherever a match may start: it accepts no low
     * surrogate, or it accepts every supplementary code point too.
     */
    static boolean surrogateSafe(int[] set) {
        return !intersects(set, Character.MIN_LOW_SURROGATE, Character.MAX_LOW_SURROGATE)
                || covers(set, ALL_SUPPLEMENTARY[0], ALL_SUPPLEMENTARY[1]);
    }

    private static boolean intersects(int[] set, int lo, int hi) {
        for (int i = 0; i < set.length; i += 2) {
            if (set[i] <= hi && set[i + 1] >= lo) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(int[] set, int lo, int hi) {
        for (int i = 0; i < set.length; i += 2) {
            if (set[i] <= lo && set[i + 1] >= hi) {
                return true;
            }
        }
        return false;
    }

    /** Sorted, merged ranges {lo0, hi0, lo1, hi1, ...} of the union of the parts. */
    static int[] union(List<int[]> parts) {
        List<int[]> ranges = new ArrayList<>();
        for (int[] part : parts) {
            for (int i = 0; i < part.length; i += 2) {
                ranges.add(new int[] {part[i], part[i + 1]});
            }
        }
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : ranges) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        int[] set = new int[merged.size() * 2];
        for (int i = 0; i < merged.size(); i++) {
            set[2 * i] = merged.get(i)[0];
            set[2 * i + 1] = merged.get(i)[1];
        }
        return set;
    }

    /** The code points from 0 to U+10FFFF that sorted, merged {@code set} leaves out. */
    static int[] complement(int[] set) {
        List<int[]> gaps = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < set.length; i += 2) {
            if (set[i] > next) {
                gaps.add(new int[] {next, set[i] - 1});
            }
            next = set[i + 1] + 1;
        }
        if (next <= MAX_CODE_POINT) {
            gaps.add(new int[] {next, MAX_CODE_POINT});
        }
        return union(gaps);
    }
}
