package io.mcpbench.compare.report;

import io.mcpbench.compare.model.RowKey;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** How every JSON output writes a row's identity and its numbers, so the formats read alike. */
public final class JsonFields {

    private JsonFields() {
    }

    /** {@code name}, {@code benchmark}, {@code mode}, {@code params}, {@code threads}, {@code metric} of {@code key}. */
    public static void key(ObjectNode o, RowKey key) {
        o.put("name", key.displayName());
        o.put("benchmark", key.benchmark());
        o.put("mode", key.mode());
        ObjectNode params = o.putObject("params");
        for (Map.Entry<String, String> e : key.params().entrySet()) params.put(e.getKey(), e.getValue());
        o.put("threads", key.threads());
        o.put("metric", key.metric());
    }

    /** {@code v}, or null where it does not apply (NaN, infinities). */
    public static void number(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }

    /** Each of {@code values}, null where it does not apply. */
    public static void numbers(ArrayNode a, double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) a.add(v); else a.addNull();
        }
    }
}
