package io.mcpbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The values SciPy and NumPy computed for the statistics tests
 * ({@code src/test/resources/reference/make_reference.py}, output committed as {@code reference.json}).
 */
public final class ReferenceFixture {

    private static final JsonNode ROOT = load();

    private ReferenceFixture() {
    }

    /** The cases of one section ({@code twoSample}, {@code mser}, ...). */
    public static JsonNode section(String name) {
        JsonNode s = ROOT.get(name);
        if (s == null || !s.isArray() || s.isEmpty()) {
            throw new IllegalStateException("reference.json has no cases under " + name);
        }
        return s;
    }

    /** A JSON array of numbers as doubles. */
    public static double[] doubles(JsonNode n) {
        double[] out = new double[n.size()];
        for (int i = 0; i < out.length; i++) out[i] = n.get(i).doubleValue();
        return out;
    }

    /** Asserts {@code actual} within {@code rel} of {@code expected}, relative (absolute near zero). */
    public static void close(double expected, double actual, double rel, String what) {
        assertEquals(expected, actual, Math.max(rel * Math.abs(expected), 1e-14), what);
    }

    private static JsonNode load() {
        try (InputStream in = ReferenceFixture.class.getResourceAsStream("/reference/reference.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
