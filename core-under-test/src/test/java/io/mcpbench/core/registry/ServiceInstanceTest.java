package io.mcpbench.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceInstanceTest {

    @Test
    void copiesMetadataAndDefaultsItToEmpty() {
        Map<String, String> meta = new HashMap<>(Map.of("zone", "eu-1"));
        ServiceInstance s = new ServiceInstance("gh-1", "github", ServiceType.MCP_SERVER, "http://10.0.0.1:8080/mcp", meta);
        meta.put("zone", "us-2");
        assertEquals(Map.of("zone", "eu-1"), s.metadata());
        assertThrows(UnsupportedOperationException.class, () -> s.metadata().put("a", "b"));
        assertEquals(Map.of(), new ServiceInstance("a", "b", ServiceType.GATEWAY, "inproc://gw", null).metadata());
    }

    @Test
    void rejectsBadFieldsNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServiceInstance.of(" ", "n", ServiceType.MCP_SERVER, "http://x"));
        assertTrue(e.getMessage().contains("id"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ServiceInstance.of("a", null, ServiceType.MCP_SERVER, "http://x"));
        assertTrue(e.getMessage().contains("name"), e.getMessage());
        assertThrows(NullPointerException.class, () -> ServiceInstance.of("a", "n", null, "http://x"));
        e = assertThrows(IllegalArgumentException.class,
                () -> ServiceInstance.of("a", "n", ServiceType.MCP_SERVER, "relative/path"));
        assertTrue(e.getMessage().contains("not an absolute URI"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ServiceInstance.of("a", "n", ServiceType.MCP_SERVER, "http://bad host"));
        assertTrue(e.getMessage().contains("not a URI"), e.getMessage());
    }
}
