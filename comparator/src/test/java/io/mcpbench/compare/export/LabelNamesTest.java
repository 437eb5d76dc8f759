package io.mcpbench.compare.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelNamesTest {

    @Test
    void parameterNamesBecomeSnakeCase() {
        assertEquals("collection_size", LabelNames.snakeCase("collectionSize"));
        assertEquals("http_server", LabelNames.snakeCase("HTTPServer"));
        assertEquals("size_x", LabelNames.snakeCase("size-x"));
        assertEquals("tools", LabelNames.snakeCase("tools"));
        assertEquals("p99_latency", LabelNames.snakeCase("p99Latency"));
        assertEquals("io_mode", LabelNames.snakeCase("IOMode"));
        assertEquals("gr__e", LabelNames.snakeCase("größe"));
        assertEquals("quote_d", LabelNames.snakeCase("quote\"d"));
    }

    @Test
    void namesThatWouldShareALabelEachGetTheirOwn() {
        Map<String, String> labels = LabelNames.forParams(List.of("collectionSize", "collection_size", "tools"));
        assertEquals("param_tools", labels.get("tools"));
        String a = labels.get("collectionSize");
        String b = labels.get("collection_size");
        assertNotEquals(a, b);
        assertTrue(a.matches("param_collection_size_[0-9a-f]{8}"), a);
        assertTrue(b.matches("param_collection_size_[0-9a-f]{8}"), b);
        assertEquals("param_collection_size_ce9fa650", a, "the first 8 hex digits of SHA-256(\"collectionSize\"), as documented");
        assertEquals(a, LabelNames.forParams(List.of("collection_size", "collectionSize")).get("collectionSize"),
                "the suffix depends on the name alone, not on the order");
    }
}
