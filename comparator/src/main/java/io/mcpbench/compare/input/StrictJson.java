package io.mcpbench.compare.input;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON reading of every input the gate trusts (results, policies, fingerprints, history
 * metadata). A duplicate key is an error rather than "the last one wins", so
 * {@code "limits":[...],"limits":[]} cannot silently drop limits; anything after the value is
 * an error too.
 */
public final class StrictJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StrictJson() {
    }

    /** The tree of {@code bytes}; a missing node when there is no value at all. */
    public static JsonNode read(byte[] bytes) throws JacksonException {
        JsonNode n = MAPPER.readTree(bytes);
        return n == null ? MAPPER.missingNode() : n;
    }

    /** {@code <what> (line L, column C)}, one line, for a reading error. */
    public static String describe(JacksonException e) {
        TokenStreamLocation loc = e.getLocation();
        String where = loc == null || loc == TokenStreamLocation.NA || loc.getLineNr() < 0
                ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
        String m = e.getOriginalMessage();
        if (m == null) return "unreadable" + where;
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).replace('\r', ' ').strip() + where;
    }

    /** The first key of {@code object} that is not in {@code known}, or null: unknown names are refused by the callers. */
    public static String unknownKey(JsonNode object, Set<String> known) {
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (!known.contains(e.getKey())) return e.getKey();
        }
        return null;
    }

    /** {@code [a, b, c]}, sorted, for "expected one of" messages. */
    public static String names(Set<String> known) {
        return new TreeSet<>(known).toString();
    }
}
