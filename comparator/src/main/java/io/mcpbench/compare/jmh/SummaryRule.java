package io.mcpbench.compare.jmh;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * How JMH summarised one metric, read back from a result file, so that a tool that adds forks
 * (a merge) summarises the joined data the same way. A JMH JSON file does not name the rule, but its numbers show it:
 *
 * <ul>
 *   <li>the {@link Aggregation}: a finite {@code scoreError} belongs to a mean only; an error of
 *       NaN with a numeric {@code scoreConfidence} ({@code [score, score]}) to a sum, maximum or
 *       minimum; which one is the one that gives the {@code score} from the values;</li>
 *   <li>whether missing iterations count as zeros: JMH fills the iterations in which a profiler
 *       metric (a {@code ScalarResult}, e.g. {@code gc.churn.*}, written only when a collection
 *       happened) is absent with zeros, over every iteration of every fork, but not a benchmark's
 *       own secondary results; the score shows which, when some iterations lack the metric.</li>
 * </ul>
 *
 * A file that does not settle a question (every iteration present, a single value) leaves it
 * open; rules from several files are joined with {@link #and}, and what stays open takes the
 * common case: a mean, missing iterations as zeros.
 *
 * @param aggregations the aggregations that fit (in declaration order, the first is used)
 * @param zeroFilled   TRUE or FALSE when the numbers show it, null when they do not
 */
public record SummaryRule(Set<Aggregation> aggregations, Boolean zeroFilled) {

    /** A rule nothing is known about. */
    public static final SummaryRule UNKNOWN = new SummaryRule(EnumSet.allOf(Aggregation.class), null);

    public SummaryRule {
        aggregations = aggregations.isEmpty() ? EnumSet.noneOf(Aggregation.class) : EnumSet.copyOf(aggregations);
    }

    /**
     * The rule {@code metric} shows, for an entry whose forks ran {@code iterations} measurement
     * iterations in all.
     */
    public static SummaryRule of(JsonNode metric, int iterations) {
        double[] values = JmhJson.values(metric.path("rawData"));
        double score = JmhJson.number(metric.path("score"));
        if (values.length == 0 || !Double.isFinite(score)) return UNKNOWN;
        double error = JmhJson.number(metric.path("scoreError"));
        JsonNode ci = metric.path("scoreConfidence");
        boolean pointInterval = Double.isFinite(JmhJson.number(ci.path(0))) && Double.isFinite(JmhJson.number(ci.path(1)));
        Set<Aggregation> candidates;
        if (Double.isFinite(error)) {
            candidates = EnumSet.of(Aggregation.AVG);
        } else if (pointInterval) {
            candidates = EnumSet.of(Aggregation.SUM, Aggregation.MAX, Aggregation.MIN);
        } else {
            candidates = EnumSet.allOf(Aggregation.class);
        }
        double[] filled = values.length < iterations ? Arrays.copyOf(values, iterations) : values;
        Set<Aggregation> fit = EnumSet.noneOf(Aggregation.class);
        boolean fitsFilled = false;
        boolean fitsPresent = false;
        for (Aggregation a : candidates) {
            boolean present = close(a.score(values), score);
            boolean zeros = close(a.score(filled), score);
            if (present || zeros) fit.add(a);
            fitsPresent |= present;
            fitsFilled |= zeros;
        }
        if (fit.isEmpty()) return UNKNOWN;
        Boolean zeroFilled = fitsFilled == fitsPresent ? null : fitsFilled;
        return new SummaryRule(fit, zeroFilled);
    }

    /** This rule joined with what another file shows of the same metric; on a contradiction, this one wins. */
    public SummaryRule and(SummaryRule other) {
        Set<Aggregation> both = EnumSet.noneOf(Aggregation.class);
        both.addAll(aggregations);
        both.retainAll(other.aggregations);
        Boolean filled = zeroFilled == null ? other.zeroFilled : zeroFilled;
        return new SummaryRule(both.isEmpty() ? aggregations : both, filled);
    }

    /** The aggregation to use: the first that fits every file, a mean when nothing is known. */
    public Aggregation aggregation() {
        return aggregations.isEmpty() ? Aggregation.AVG : aggregations.iterator().next();
    }

    /** Whether iterations without the metric count as zeros (yes unless a file shows otherwise). */
    public boolean fillsMissingWithZeros() {
        return zeroFilled == null || zeroFilled;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1e-300, Math.max(Math.abs(a), Math.abs(b)));
    }
}
