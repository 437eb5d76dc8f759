package io.mcpbench.compare.input;

import java.math.BigDecimal;

/**
 * Numbers written by people: thresholds, fractions, {@code PERF_*} variables, numbers quoted in
 * JSON. Only {@code [+-]digits[.digits][(e|E)[+-]digits]} with ASCII digits is a number: no
 * other scripts' digits (Java's {@code BigDecimal} takes Arabic-Indic ones), no hexadecimal
 * ({@code Double.parseDouble} takes {@code 0x1.4p3}), no {@code d}/{@code f} suffixes, no
 * {@code NaN} or {@code Infinity}. A value beyond about 1e400 or below 1e-400, or written with
 * more than {@link #MAX_LENGTH} characters, is refused before it is expanded (expanding
 * {@code 1e999999999} takes seconds and a gigabyte).
 */
public final class Decimals {

    /** Largest decimal exponent, either way: beyond every double. */
    public static final int MAX_EXPONENT = 400;
    /** Longest number text accepted. */
    public static final int MAX_LENGTH = 512;

    private Decimals() {
    }

    /** The number {@code text} denotes; {@link NumberFormatException} with a one-line message if none. */
    public static BigDecimal parse(String text) {
        int start = text.isEmpty() || (text.charAt(0) != '+' && text.charAt(0) != '-') ? 0 : 1;
        int length = text.isEmpty() ? 0 : scan(text, start);
        if (length == 0 || length != text.length() - start) {
            throw new NumberFormatException("not a number");
        }
        return value(text);
    }

    /**
     * The length of the unsigned number at {@code text[from..]} ({@code digits[.digits][(e|E)[+-]digits]}),
     * or 0 when none starts there. An {@code e} not followed by digits is not part of the number.
     */
    public static int scan(CharSequence text, int from) {
        int pos = digits(text, from);
        if (pos == from) return 0;
        if (pos < text.length() && text.charAt(pos) == '.') {
            int fraction = digits(text, pos + 1);
            if (fraction == pos + 1) return 0;
            pos = fraction;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int sign = pos + 1 < text.length() && (text.charAt(pos + 1) == '+' || text.charAt(pos + 1) == '-') ? 1 : 0;
            int end = digits(text, pos + 1 + sign);
            if (end > pos + 1 + sign) pos = end;
        }
        return pos - from;
    }

    /**
     * The value of text already {@linkplain #scan scanned} as a number; {@link NumberFormatException}
     * when it is too long or out of range.
     */
    public static BigDecimal value(String number) {
        if (number.length() > MAX_LENGTH) {
            throw new NumberFormatException("number longer than " + MAX_LENGTH + " characters");
        }
        BigDecimal v;
        try {
            v = new BigDecimal(number);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("number out of range");
        }
        if (Math.abs((long) v.scale()) > MAX_EXPONENT || Math.abs(v.precision() - (long) v.scale()) > MAX_EXPONENT) {
            throw new NumberFormatException("number out of range");
        }
        return v;
    }

    /** The double of {@link #parse}; {@link NumberFormatException} if it is not finite. */
    public static double parseDouble(String text) {
        double d = parse(text).doubleValue();
        if (!Double.isFinite(d)) throw new NumberFormatException("number out of range");
        return d;
    }

    private static int digits(CharSequence text, int from) {
        int pos = from;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') pos++;
        return pos;
    }
}
