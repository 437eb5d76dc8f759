package io.mcpbench.compare.policy;

import io.mcpbench.compare.input.Decimals;
import io.mcpbench.compare.model.OneLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The limits of the original performance plan, given as {@code PERF_*} environment variables,
 * turned into thresholds bound to the benchmark packages they are about
 * ({@code io.mcpbench.bench.<component>}). The table is {@link #MAPPINGS} and is documented in
 * {@code comparator/README.md}. A set variable that is not a positive number (ASCII digits, at most
 * about 1e400: see {@link Decimals}) is a usage error, refused before the number is expanded.
 */
public final class EnvironmentLimits {

    /** One variable: the threshold it becomes ({@code %s} is its value) and the benchmarks it binds. */
    public record Mapping(String variable, String thresholdFormat, String benchmarkRegex) {
    }

    private static final String BENCH = "io\\.mcpbench\\.bench\\.";
    private static final String END_TO_END = BENCH + "(gateway|scenario)\\..*";

    /** Every supported variable, in documentation order. */
    public static final List<Mapping> MAPPINGS = List.of(
            new Mapping("PERF_AVG_LATENCY_MS", "avg<=%sms", END_TO_END),
            new Mapping("PERF_P95_LATENCY_MS", "p(95)<=%sms", END_TO_END),
            new Mapping("PERF_P99_LATENCY_MS", "p(99)<=%sms", END_TO_END),
            new Mapping("PERF_MIN_THROUGHPUT", "thrpt>=%sops/s", END_TO_END),
            new Mapping("PERF_MAX_MEMORY_INCREASE_MB", "metric(res.heap.growth)<=%sMB", BENCH + "scenario\\..*"),
            new Mapping("PERF_MAX_SEARCH_TIME_MS", "avg<=%sms", BENCH + "discovery\\..*"),
            new Mapping("PERF_MAX_BINDING_TIME_MS", "avg<=%sms", BENCH + "binding\\..*"),
            new Mapping("PERF_MAX_ROUTING_TIME_MS", "avg<=%sms", BENCH + "routing\\..*"),
            new Mapping("PERF_MAX_VALIDATION_TIME_MS", "avg<=%sms", BENCH + "validation\\..*"),
            new Mapping("PERF_MAX_DISCOVERY_TIME_MS", "avg<=%sms", BENCH + "registry\\..*"),
            new Mapping("PERF_MIN_METRIC_THROUGHPUT", "thrpt>=%sops/s", BENCH + "metrics\\..*"),
            new Mapping("PERF_MAX_WORKFLOW_TIME_MS", "avg<=%sms", BENCH + "scenario\\..*"));

    private EnvironmentLimits() {
    }

    /**
     * The limits for the variables set in {@code env} (unset or blank variables are skipped).
     * Throws {@link InvalidEnvironmentValueException} naming the variable for a bad value.
     */
    public static List<Limit> from(Map<String, String> env) {
        List<Limit> out = new ArrayList<>();
        for (Mapping m : MAPPINGS) {
            String raw = env.get(m.variable());
            if (raw == null || raw.isBlank()) continue;
            BigDecimal value;
            try {
                value = Decimals.parse(raw.trim());
            } catch (NumberFormatException e) {
                throw new InvalidEnvironmentValueException(m.variable() + "=\"" + OneLine.of(abbreviate(raw)) + "\": " + e.getMessage());
            }
            if (value.signum() <= 0) {
                throw new InvalidEnvironmentValueException(m.variable() + "=\"" + OneLine.of(abbreviate(raw)) + "\": must be greater than 0");
            }
            String expression = String.format(m.thresholdFormat(), value.toPlainString());
            Threshold t;
            try {
                t = ThresholdParser.parse(expression);
            } catch (ThresholdSyntaxException e) {
                throw new InvalidEnvironmentValueException(m.variable() + "=\"" + OneLine.of(abbreviate(raw)) + "\": " + e.getMessage());
            }
            out.add(new Limit(Pattern.compile(m.benchmarkRegex()), t, m.variable()));
        }
        return out;
    }

    /** A value as quoted in a message: at most 40 characters. */
    private static String abbreviate(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "...";
    }
}
