package io.mcpbench.core.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GatewayConfigTest {

    @Test
    void pageSizeMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GatewayConfig.defaults().withPageSize(0));
        assertTrue(e.getMessage().contains("page size"), e.getMessage());
        assertEquals(GatewayConfig.DEFAULT_PAGE_SIZE, GatewayConfig.defaults().pageSize());
        assertEquals(5, GatewayConfig.defaults().withPageSize(5).pageSize());
    }

    @Test
    void aGatewayWithoutCatalogIsRefusedByName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> McpGateway.builder().build());
        assertEquals("catalog", e.getMessage());
    }
}
