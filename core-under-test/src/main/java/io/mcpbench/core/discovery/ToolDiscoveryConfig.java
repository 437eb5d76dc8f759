package io.mcpbench.core.discovery;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How tool search ranks and bounds its answers. Immutable and validated on construction, so an
 * index built from it never meets a nonsensical parameter; change one value with a {@code with...}
 * method.
 *
 * @param mode           how queries are read
 * @param k1             BM25 term-frequency saturation, finite and {@code >= 0}
 * @param b              BM25 length normalisation, in {@code [0, 1]}
 * @param fieldWeights   a weight {@code >= 0} for every {@link SearchField}, at least one positive;
 *                       a field of weight 0 is not indexed
 * @param maxResults     results returned by {@link ToolDiscovery#search(String)}, {@code >= 1}
 * @param minimumScore   BM25 hits scoring below this are dropped, finite and {@code >= 0}
 * @param regexMaxLength longest regex query accepted, in characters, {@code >= 1}
 * @param regexWorkLimit character reads one regex search may make over the whole catalog before
 *                       it is abandoned, {@code >= 1}; bounds the cost of patterns that backtrack
 *                       catastrophically, which a length cap alone does not ({@code (a|a)*b})
 */
public record ToolDiscoveryConfig(
        SearchMode mode,
        double k1,
        double b,
        Map<SearchField, Double> fieldWeights,
        int maxResults,
        double minimumScore,
        int regexMaxLength,
        long regexWorkLimit) {

    public ToolDiscoveryConfig {
        Objects.requireNonNull(mode, "mode");
        if (!Double.isFinite(k1) || k1 < 0) {
            throw new IllegalArgumentException("k1 must be finite and >= 0: " + k1);
        }
        if (!(b >= 0 && b <= 1)) {
            throw new IllegalArgumentException("b must be between 0 and 1: " + b);
        }
        Objects.requireNonNull(fieldWeights, "fieldWeights");
        EnumMap<SearchField, Double> weights = new EnumMap<>(SearchField.class);
        boolean anyPositive = false;
        for (SearchField field : SearchField.all()) {
            Double w = fieldWeights.get(field);
            if (w == null) {
                throw new IllegalArgumentException("missing weight for field " + field);
            }
            if (!Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException("weight of " + field + " must be finite and >= 0: " + w);
            }
            anyPositive |= w > 0;
            weights.put(field, w);
        }
        if (!anyPositive) {
            throw new IllegalArgumentException("at least one field weight must be positive");
        }
        fieldWeights = Collections.unmodifiableMap(weights);
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be >= 1: " + maxResults);
        }
        if (!Double.isFinite(minimumScore) || minimumScore < 0) {
            throw new IllegalArgumentException("minimumScore must be finite and >= 0: " + minimumScore);
        }
        if (regexMaxLength < 1) {
            throw new IllegalArgumentException("regexMaxLength must be >= 1: " + regexMaxLength);
        }
        if (regexWorkLimit < 1) {
            throw new IllegalArgumentException("regexWorkLimit must be >= 1: " + regexWorkLimit);
        }
    }

    /**
     * BM25 with Lucene's {@code k1 = 1.2, b = 0.75}; weights name 6, title 4, description 2,
     * argument names 3, argument descriptions 1, the smallest 1 as Lucene's BM25F
     * ({@code CombinedFieldQuery}) requires, so both take the same numbers (in BM25F the weights'
     * scale matters: it sets how fast a term saturates against {@code k1}); 10 results; no minimum
     * score; regexes up to 256 characters and 100 million character reads per search (a literal
     * pattern reads each character about once, some 2.5 million reads over 10,000 tools).
     */
    public static ToolDiscoveryConfig defaults() {
        EnumMap<SearchField, Double> w = new EnumMap<>(SearchField.class);
        w.put(SearchField.NAME, 6.0);
        w.put(SearchField.TITLE, 4.0);
        w.put(SearchField.DESCRIPTION, 2.0);
        w.put(SearchField.ARG_NAMES, 3.0);
        w.put(SearchField.ARG_DESCRIPTIONS, 1.0);
        return new ToolDiscoveryConfig(SearchMode.BM25, 1.2, 0.75, w, 10, 0.0, 256, 100_000_000L);
    }

    /** The weight of one field. */
    public double weight(SearchField field) {
        return fieldWeights.get(Objects.requireNonNull(field, "field"));
    }

    public ToolDiscoveryConfig withMode(SearchMode mode) {
        return new ToolDiscoveryConfig(mode, k1, b, fieldWeights, maxResults, minimumScore, regexMaxLength, regexWorkLimit);
    }

    public ToolDiscoveryConfig withK1(double k1) {
        return new ToolDiscoveryConfig(mode, k1, b, fieldWeights, maxResults, minimumScore, regexMaxLength, regexWorkLimit);
    }

    public ToolDiscoveryConfig withB(double b) {
        return new ToolDiscoveryConfig(mode, k1, b, fieldWeights, maxResults, minimumScore, regexMaxLength, regexWorkLimit);
    }

    public ToolDiscoveryConfig withFieldWeight(SearchField field, double weight) {
        EnumMap<SearchField, Double> w = new EnumMap<>(fieldWeights);
        w.put(Objects.requireNonNull(field, "field"), weight);
        return new ToolDiscoveryConfig(mode, k1, b, w, maxResults, minimumScore, regexMaxLength, regexWorkLimit);
    }

    public ToolDiscoveryConfig withMaxResults(int maxResults) {
        return new ToolDiscoveryConfig(mode, k1, b, fieldWeights, maxResults, minimumScore, regexMaxLength, regexWorkLimit);
    }

    public ToolDiscoveryConfig withMinimumScore(double minimumScore) {
        return new ToolDiscoveryConfig(mode, k1, b, fieldWeights, maxResults, minimumScore, regexMaxLength, regexWorkLimit);
    }

    public ToolDiscoveryConfig withRegexWorkLimit(long regexWorkLimit) {
        return new ToolDiscoveryConfig(mode, k1, b, fieldWeights, maxResults, minimumScore, regexMaxLength, regexWorkLimit);
    }

    public ToolDiscoveryConfig withRegexMaxLength(int regexMaxLength) {
        return new ToolDiscoveryConfig(mode, k1, b, fieldWeights, maxResults, minimumScore, regexMaxLength, regexWorkLimit);
    }
}
