package io.mcpbench.core.metrics;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable set of string key/value pairs that tells one series of a metric from another
 * (for example {@code mcp.method.name=tools/call}). Pairs are sorted by key and the hash is
 * computed once, so an instance is a cheap, allocation-free map key for handle lookups. Keys are
 * unique and non-empty; values may be empty but not null.
 */
public final class Attributes implements Comparable<Attributes> {

    private static final Attributes EMPTY = new Attributes(new String[0]);

    /** k0, v0, k1, v1, ... sorted by key. */
    private final String[] pairs;
    private final int hash;

    private Attributes(String[] pairs) {
        this.pairs = pairs;
        this.hash = Arrays.hashCode(pairs);
    }

    /** The set with no attributes. */
    public static Attributes empty() {
        return EMPTY;
    }

    /**
     * A set from alternating keys and values: {@code of("mcp.method.name", "tools/call", ...)}.
     *
     * @throws IllegalArgumentException on an odd count, an empty key or a repeated key
     * @throws NullPointerException on a null key or value
     */
    public static Attributes of(String... keysAndValues) {
        Objects.requireNonNull(keysAndValues, "keysAndValues");
        if (keysAndValues.length == 0) {
            return EMPTY;
        }
        if ((keysAndValues.length & 1) != 0) {
            throw new IllegalArgumentException("attributes need key/value pairs, got " + keysAndValues.length + " strings");
        }
        String[] pairs = keysAndValues.clone();
        for (int i = 0; i < pairs.length; i += 2) {
            String key = Objects.requireNonNull(pairs[i], "attribute key");
            Objects.requireNonNull(pairs[i + 1], () -> "value of attribute '" + key + "'");
            if (key.isEmpty()) {
                throw new IllegalArgumentException("attribute key must not be empty");
            }
        }
        // Insertion sort by key over pairs: sets are small.
        for (int i = 2; i < pairs.length; i += 2) {
            String key = pairs[i];
            String value = pairs[i + 1];
            int j = i - 2;
            while (j >= 0 && pairs[j].compareTo(key) > 0) {
                pairs[j + 2] = pairs[j];
                pairs[j + 3] = pairs[j + 1];
                j -= 2;
            }
            pairs[j + 2] = key;
            pairs[j + 3] = value;
        }
        for (int i = 2; i < pairs.length; i += 2) {
            if (pairs[i].equals(pairs[i - 2])) {
                throw new IllegalArgumentException("attribute key '" + pairs[i] + "' given twice");
            }
        }
        return new Attributes(pairs);
    }

    /** Number of pairs. */
    public int size() {
        return pairs.length >> 1;
    }

    /** Whether there are no pairs. */
    public boolean isEmpty() {
        return pairs.length == 0;
    }

    /** The i-th key in key order. */
    public String key(int i) {
        return pairs[checked(i) << 1];
    }

    /** The i-th value in key order. */
    public String value(int i) {
        return pairs[(checked(i) << 1) + 1];
    }

    /** The value for a key, or null if the key is absent. */
    public String get(String key) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(key)) {
                return pairs[i + 1];
            }
        }
        return null;
    }

    private int checked(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("attribute " + i + " of " + size());
        }
        return i;
    }

    /** Orders by pairs lexicographically (key, then value), then by size. */
    @Override
    public int compareTo(Attributes other) {
        int n = Math.min(pairs.length, other.pairs.length);
        for (int i = 0; i < n; i++) {
            int c = pairs[i].compareTo(other.pairs[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pairs.length, other.pairs.length);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Attributes && hash == ((Attributes) o).hash
                && Arrays.equals(pairs, ((Attributes) o).pairs));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(pairs[i]).append('=').append(pairs[i + 1]);
        }
        return sb.append('}').toString();
    }
}
