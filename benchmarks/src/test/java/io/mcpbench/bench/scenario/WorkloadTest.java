package io.mcpbench.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.bench.gateway.Responses;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.gateway.McpGateway;
import io.mcpbench.core.metrics.MetricsCollector;
import io.mcpbench.workload.catalog.CatalogGenerator;
import io.mcpbench.workload.downstream.SeededDownstream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The endurance mix has the shares it documents, and a gateway answers it as expected. */
class WorkloadTest {

    @Test
    void theMixedStreamHasItsDocumentedShares() {
        CatalogSnapshot snapshot = new CatalogGenerator(Workload.SEED).snapshot(200);
        byte[][] mix = Workload.mixed(snapshot);
        assertEquals(1024, mix.length);
        int lists = 0;
        int failures = 0;
        try (McpGateway g = Workload.gateway(snapshot, SeededDownstream.instant(1), new MetricsCollector())) {
            for (byte[] request : mix) {
                if (new String(request, StandardCharsets.UTF_8).contains("\"tools/list\"")) {
                    lists++;
                }
                if (Responses.isFailure(g.handle(request))) {
                    failures++;
                }
            }
        }
        assertEquals(1024 / 32, lists);
        assertEquals(3 * 1024 / 32, failures, "two invalid and one unknown in every 32");
        assertTrue(Workload.validCalls(snapshot).length >= 4 * snapshot.size());
    }
}
