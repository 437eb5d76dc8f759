package io.mcpbench.compare.policy;

import io.mcpbench.compare.input.Decimals;

/**
 * Reads a relative amount written either as a fraction ({@code 0.05}) or as a percentage
 * ({@code 5%}), the two forms people use for bands, floors and changes. The number is read by
 * {@link Decimals}: ASCII digits only, no hexadecimal, no {@code NaN}.
 */
public final class Fractions {

    private Fractions() {
    }

    /** The fraction {@code text} denotes; IllegalArgumentException with a one-line message if none. */
    public static double parse(String text) {
        String t = text == null ? "" : text.trim();
        boolean percent = t.endsWith("%");
        String number = percent ? t.substring(0, t.length() - 1).trim() : t;
        double v;
        try {
            v = Decimals.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a number or a percentage");
        }
        return percent ? v / 100.0 : v;
    }
}
