package io.mcpbench.bench.gateway;

import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.gateway.Downstream;
import io.mcpbench.core.gateway.McpGateway;
import io.mcpbench.core.metrics.McpOperationMetrics;
import io.mcpbench.core.metrics.MetricsCollector;
import io.mcpbench.core.session.SdkServerPeer;
import io.mcpbench.workload.gateway.Gateways;

/**
 * A server that takes JSON-RPC request bytes and returns response bytes: ours or the MCP SDK's,
 * chosen by name, so one benchmark class sets them side by side. Only one implementation is made
 * per fork, so the call site stays monomorphic.
 */
public interface Endpoint extends AutoCloseable {

    /** The {@code impl} parameter value of our gateway. */
    String MCPBENCH = "mcpbench";
    /** The {@code impl} parameter value of the SDK server peer. */
    String SDK = "sdk";

    /** The response to one request. */
    byte[] handle(byte[] request);

    @Override
    void close();

    /**
     * The implementation named {@code impl} over {@code snapshot}, answered by {@code downstream}.
     * Ours binds, validates, routes over two instances per server and records
     * {@code mcp.server.operation.duration}; the SDK server looks the tool up, validates with its
     * default validator and calls the handler, with no routing and no metrics.
     */
    static Endpoint of(String impl, CatalogSnapshot snapshot, Downstream downstream) {
        switch (impl) {
            case MCPBENCH -> {
                McpGateway gateway = Gateways.over(new ToolCatalog(snapshot), 2)
                        .downstream(downstream)
                        .metrics(McpOperationMetrics.server(new MetricsCollector()))
                        .build();
                return new Endpoint() {
                    @Override
                    public byte[] handle(byte[] request) {
                        return gateway.handle(request);
                    }

                    @Override
                    public void close() {
                        gateway.close();
                    }
                };
            }
            case SDK -> {
                SdkServerPeer peer = new SdkServerPeer(snapshot, downstream);
                return new Endpoint() {
                    @Override
                    public byte[] handle(byte[] request) {
                        return peer.handle(request);
                    }

                    @Override
                    public void close() {
                        peer.close();
                    }
                };
            }
            default -> throw new IllegalArgumentException("unknown impl '" + impl + "' (expected " + MCPBENCH + " or " + SDK + ")");
        }
    }
}
