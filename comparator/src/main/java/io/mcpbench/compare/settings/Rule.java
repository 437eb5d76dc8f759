package io.mcpbench.compare.settings;

import java.util.Locale;

/** What the gate does with a gated row it could not settle. */
public enum Rule {
    /** The row fails the gate. */
    FAIL,
    /** The gate passes, and says the row was not settled on its first lines and in every report. */
    WARN,
    /** The row passes; reports still show it. */
    PASS;

    /**
     * The rule named {@code text} ({@code fail}, {@code warn}, {@code pass}, in any ASCII case:
     * not {@code paſs}, which {@link String#equalsIgnoreCase} would take, and the policy schema
     * does not).
     */
    public static Rule parse(String text) {
        String word = text.toLowerCase(Locale.ROOT);
        for (Rule r : values()) {
            if (r.word().equals(word)) return r;
        }
        throw new IllegalArgumentException("expected fail, warn or pass, not \"" + text + "\"");
    }

    /** Lower-case name, as written in a policy. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
