package io.mcpbench.compare.jmh;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Secondary metric names as JMH writes them, and as a person may name them (in a policy). JMH
 * 1.37 writes {@code gc.alloc.rate.norm} and {@code p0.99}; older versions prefix names with
 * {@code ·} ({@code ·gc.alloc.rate.norm}) and percentile names with the method
 * ({@code run·p0.99}): both spellings land on the same row key, so that files of different JMH
 * versions compare. A name that could match no row is refused rather than left to match nothing:
 * a known name in other letter case ({@code Primary}), a percentile not in JMH's spelling
 * ({@code p99}, {@code p(99)}), blanks, spaces, or a legacy {@code ·} prefix.
 */
public final class MetricNames {

    private static final char LEGACY_SEPARATOR = '\u00b7';
    /** Names JMH and its GC profiler write, and the primary score; compared case-insensitively for typos. */
    private static final Set<String> KNOWN = Set.of("primary", "gc.alloc.rate", "gc.alloc.rate.norm", "gc.count", "gc.time");
    private static final Pattern PERCENTILE = Pattern.compile("p(0\\.[0-9]+|1\\.0+)");
    private static final Pattern PERCENTILE_LIKE = Pattern.compile("(?i)p\\(?[0-9]+(\\.[0-9]*)?\\)?%?");

    private MetricNames() {
    }

    /** The name without any legacy {@code ·} prefix or {@code <method>·} qualifier. */
    public static String normalise(String raw) {
        int cut = raw.lastIndexOf(LEGACY_SEPARATOR);
        String name = cut >= 0 ? raw.substring(cut + 1) : raw;
        return name.strip();
    }

    /** True for SampleTime percentile names such as {@code p0.50}, {@code p0.999}, {@code p1.00}. */
    public static boolean isPercentile(String normalised) {
        if (normalised.length() < 2 || normalised.charAt(0) != 'p') {
            return false;
        }
        for (int i = 1; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code name} (as a person writes it) designates the row metric {@code rowMetric}:
     * equal, or the suffix after {@code ·} of a pre-1.37 per-method name ({@code p0.99} matches
     * {@code search·p0.99}).
     */
    public static boolean matches(String name, String rowMetric) {
        return rowMetric.equals(name) || rowMetric.endsWith(LEGACY_SEPARATOR + name);
    }

    /** Why {@code name} cannot name a metric, or null when it can. */
    public static String problem(String name) {
        if (name.isBlank()) return "empty metric name";
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                return "metric \"" + name + "\" contains a space or control character";
            }
        }
        if (name.indexOf(LEGACY_SEPARATOR) >= 0) {
            return "metric \"" + name + "\": write it without the \"·\" prefix (\""
                    + name.substring(name.lastIndexOf(LEGACY_SEPARATOR) + 1) + "\")";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!name.equals(lower) && (KNOWN.contains(lower) || lower.startsWith("gc.") || PERCENTILE.matcher(lower).matches())) {
            return "metric \"" + name + "\": names are case-sensitive; did you mean \"" + lower + "\"?";
        }
        if (PERCENTILE_LIKE.matcher(name).matches() && !PERCENTILE.matcher(name).matches()) {
            return "metric \"" + name + "\" is not a percentile as JMH names them (p0.50, p0.99, p0.999, p1.00)";
        }
        return null;
    }
}
