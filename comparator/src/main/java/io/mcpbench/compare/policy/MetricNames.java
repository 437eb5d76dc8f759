package io.mcpbench.compare.policy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Metric names in a policy: how one matches a row's metric (by equality, or as the suffix after
 * {@code ·} of the pre-1.37 per-method names: {@code p0.99} matches {@code search·p0.99}), and
 * which names are refused because they would match nothing: a known name in other letter case
 * ({@code Primary}), a percentile not in JMH's spelling ({@code p99}, {@code p(99)}), blanks,
 * spaces, or a legacy {@code ·} prefix (rows are read without it).
 */
public final class MetricNames {

    /** Names JMH and its GC profiler write, and the primary score; compared case-insensitively for typos. */
    private static final Set<String> KNOWN = Set.of("primary", "gc.alloc.rate", "gc.alloc.rate.norm", "gc.count", "gc.time");
    private static final Pattern PERCENTILE = Pattern.compile("p(0\\.[0-9]+|1\\.0+)");
    private static final Pattern PERCENTILE_LIKE = Pattern.compile("(?i)p\\(?[0-9]+(\\.[0-9]*)?\\)?%?");

    private MetricNames() {
    }

    /** True when the policy's {@code name} designates the row metric {@code rowMetric}. */
    public static boolean matches(String name, String rowMetric) {
        return rowMetric.equals(name) || rowMetric.endsWith("·" + name);
    }

    /** Why {@code name} cannot be a metric name in a policy, or null when it can. */
    public static String problem(String name) {
        if (name.isBlank()) return "empty metric name";
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                return "metric \"" + name + "\" contains a space or control character";
            }
        }
        if (name.indexOf('·') >= 0) {
            return "metric \"" + name + "\": write it without the \"·\" prefix (\"" + name.substring(name.lastIndexOf('·') + 1) + "\")";
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
