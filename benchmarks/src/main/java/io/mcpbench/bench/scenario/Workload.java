package io.mcpbench.bench.scenario;

import io.mcpbench.bench.gateway.CallKind;
import io.mcpbench.bench.gateway.CallRequests;
import io.mcpbench.bench.support.InputCycle;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.gateway.Downstream;
import io.mcpbench.core.gateway.GatewayConfig;
import io.mcpbench.core.gateway.McpGateway;
import io.mcpbench.core.metrics.McpOperationMetrics;
import io.mcpbench.core.metrics.MetricsCollector;
import io.mcpbench.workload.catalog.CatalogGenerator;
import io.mcpbench.workload.gateway.Gateways;

/**
 * What the load scenarios send and to what: a generated catalog, a gateway over it with two
 * instances per server and MCP operation metrics on, and request streams, all from one seed.
 */
final class Workload {

    /** The seed of every catalog, argument and downstream draw of the scenarios. */
    static final long SEED = 20_251_125L;
    /**
     * The catalog size of the scenarios: a mid-sized deployment's. Lookup is a hash probe, so the
     * scenarios do not vary it; {@code ToolCallBenchmark} measures 500 and 3,000 tools per call.
     */
    static final int TOOLS = 500;
    /** Instances behind each server. */
    static final int INSTANCES = 2;

    private Workload() {
    }

    static CatalogSnapshot catalog() {
        return new CatalogGenerator(SEED).snapshot(TOOLS);
    }

    /** A gateway with the default settings over {@code snapshot} answered by {@code downstream}, recording into {@code metrics}. */
    static McpGateway gateway(CatalogSnapshot snapshot, Downstream downstream, MetricsCollector metrics) {
        return gateway(snapshot, downstream, metrics, GatewayConfig.defaults());
    }

    /** A gateway with {@code config} over {@code snapshot} answered by {@code downstream}, recording into {@code metrics}. */
    static McpGateway gateway(CatalogSnapshot snapshot, Downstream downstream, MetricsCollector metrics, GatewayConfig config) {
        return Gateways.over(new ToolCatalog(snapshot), INSTANCES)
                .downstream(downstream)
                .metrics(McpOperationMetrics.server(metrics))
                .config(config)
                .build();
    }

    /** Requests sent in setup, so class loading and first-call work stay out of the first measured iteration. */
    static final int PRIMING_REQUESTS = 256;

    /** Sends the first {@link #PRIMING_REQUESTS} requests of {@code requests}; the gateway must answer each. */
    static void prime(McpGateway gateway, byte[][] requests) {
        for (int i = 0; i < Math.min(PRIMING_REQUESTS, requests.length); i++) {
            if (gateway.handle(requests[i]).length == 0) {
                throw new IllegalStateException("no response to a primed request");
            }
        }
    }

    /** Valid {@code tools/call} requests over every tool of {@code snapshot}. */
    static byte[][] validCalls(CatalogSnapshot snapshot) {
        return CallRequests.toolCalls(snapshot, CallKind.VALID, 4 * snapshot.size(), SEED);
    }

    /**
     * An agent's traffic: of every 32 requests, one {@code tools/list} first page, two calls with
     * invalid arguments, one call of an unknown tool, and 28 valid calls, interleaved.
     */
    static byte[][] mixed(CatalogSnapshot snapshot) {
        int n = InputCycle.powerOfTwoAtLeast(4 * snapshot.size());
        byte[][] valid = CallRequests.toolCalls(snapshot, CallKind.VALID, n, SEED);
        byte[][] invalid = CallRequests.toolCalls(snapshot, CallKind.INVALID_ARGUMENTS, n / 16, SEED + 1);
        byte[][] unknown = CallRequests.toolCalls(snapshot, CallKind.UNKNOWN_TOOL, n / 32, SEED + 2);
        byte[][] out = new byte[n][];
        int iv = 0;
        int iu = 0;
        for (int i = 0; i < n; i++) {
            int slot = i & 31;
            if (slot == 0) {
                out[i] = CallRequests.toolsList(i + 1, null);
            } else if (slot == 8 || slot == 24) {
                out[i] = invalid[iv++ & (invalid.length - 1)];
            } else if (slot == 16) {
                out[i] = unknown[iu++ & (unknown.length - 1)];
            } else {
                out[i] = valid[i];
            }
        }
        return out;
    }
}
