package io.mcpbench.compare.jmh;

/**
 * Secondary metric names as JMH 1.37 writes them. Older versions prefix names with {@code ·}
 * ({@code ·gc.alloc.rate.norm}) and percentile names with the method ({@code run·p0.99});
 * both spellings must land on the same row key so that files of different JMH versions compare.
 */
public final class MetricNames {

    private static final char LEGACY_SEPARATOR = '\u00b7';

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
}
