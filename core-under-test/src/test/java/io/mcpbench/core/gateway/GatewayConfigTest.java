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
    void limitsHaveDefaultsAndMustBePositive() {
        GatewayConfig d = GatewayConfig.defaults();
        assertEquals(GatewayConfig.DEFAULT_MAX_IN_FLIGHT, d.maxInFlight());
        assertEquals(GatewayConfig.DEFAULT_MAX_IN_FLIGHT_PER_SERVER, d.maxInFlightPerServer());
        assertEquals(GatewayConfig.DEFAULT_MAX_SESSIONS, d.maxSessions());
        GatewayConfig c = d.withMaxInFlight(7).withMaxInFlightPerServer(3).withMaxSessions(11).withPageSize(9);
        assertEquals(new GatewayConfig(9, 7, 3, 11), c);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withMaxInFlight(0)).getMessage().startsWith("in-flight limit"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withMaxInFlightPerServer(-1)).getMessage()
                .startsWith("per-server in-flight limit"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withMaxSessions(0)).getMessage().startsWith("session limit"));
    }

    @Test
    void aGatewayWithoutCatalogIsRefusedByName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> McpGateway.builder().build());
        assertEquals("catalog", e.getMessage());
    }

    @Test
    void aGatewayWithoutDownstreamIsRefusedByName() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> McpGateway.builder().catalog(GatewayFixtures.smallCatalog()).build());
        assertEquals("downstream", e.getMessage());
    }
}
