package io.mcpbench.compare.jmh;

import io.mcpbench.compare.model.RowKey;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The identity of one entry of a JMH result file (benchmark, mode, params, threads) as the
 * {@link RowKey} of its primary score. The reader and the merge both key entries by it, so what
 * is one row in a comparison is one entry in a merged file and one series in a history.
 */
public final class EntryKeys {

    private EntryKeys() {
    }

    /**
     * The key of {@code entry}'s primary score. Params are read as text (JMH writes strings);
     * threads default to 1. The entry is assumed to have passed the reader's checks.
     */
    public static RowKey of(JsonNode entry) {
        Map<String, String> params = new TreeMap<>();
        for (Map.Entry<String, JsonNode> p : entry.path("params").properties()) {
            params.put(p.getKey(), p.getValue().asString());
        }
        JsonNode t = entry.path("threads");
        int threads = t.isIntegralNumber() && t.canConvertToInt() ? t.intValue() : 1;
        return RowKey.of(entry.path("benchmark").asString(), entry.path("mode").asString(), params, threads, RowKey.PRIMARY);
    }
}
