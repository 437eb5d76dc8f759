package io.mcpbench.bench.transport;

import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.gateway.ExposedTools;
import io.mcpbench.core.gateway.McpGateway;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway as an MCP SDK server: the SDK answers {@code initialize} and {@code tools/list} (the
 * gateway's catalog under qualified names, in one page) and hands each {@code tools/call} to the
 * gateway ({@link GatewayToolCall}), keyed by the MCP session where the transport has one. The
 * SDK's own argument validation is off, since the gateway validates; calls run on the transport's
 * thread ({@code immediateExecution}). One front per transport kind the SDK has.
 */
final class GatewayFront {

    /** How long a request may take before the SDK fails it. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private GatewayFront() {
    }

    /** A front on a stateful Streamable HTTP transport: a session per client, its id the routing key. */
    static McpSyncServer stateful(McpStreamableServerTransportProvider transport, McpGateway gateway, McpJsonMapper mapper) {
        return withSessions(McpServer.sync(transport), gateway, mapper);
    }

    /** A front on an in-memory (or any single-session) transport, as {@link #stateful}. */
    static McpSyncServer inMemory(McpServerTransportProvider transport, McpGateway gateway, McpJsonMapper mapper) {
        return withSessions(McpServer.sync(transport), gateway, mapper);
    }

    private static McpSyncServer withSessions(McpServer.SyncSpecification<?> spec, McpGateway gateway, McpJsonMapper mapper) {
        GatewayToolCall call = new GatewayToolCall(gateway, mapper);
        List<McpServerFeatures.SyncToolSpecification> specs = new ArrayList<>();
        for (CatalogEntry entry : gateway.catalog().snapshot().entries()) {
            specs.add(McpServerFeatures.SyncToolSpecification.builder().tool(ExposedTools.exposed(entry))
                    .callHandler((exchange, request) -> call.call(request, exchange.sessionId())).build());
        }
        return spec.serverInfo("mcpbench-gateway", "1").capabilities(tools()).jsonMapper(mapper)
                .validateToolInputs(false).immediateExecution(true).requestTimeout(REQUEST_TIMEOUT)
                .tools(specs).build();
    }

    /** A front on the stateless transport: no session, so calls carry no routing key. */
    static McpStatelessSyncServer stateless(McpStatelessServerTransport transport, McpGateway gateway, McpJsonMapper mapper) {
        GatewayToolCall call = new GatewayToolCall(gateway, mapper);
        List<McpStatelessServerFeatures.SyncToolSpecification> specs = new ArrayList<>();
        for (CatalogEntry entry : gateway.catalog().snapshot().entries()) {
            specs.add(McpStatelessServerFeatures.SyncToolSpecification.builder().tool(ExposedTools.exposed(entry))
                    .callHandler((context, request) -> call.call(request, null)).build());
        }
        return McpServer.sync(transport).serverInfo("mcpbench-gateway", "1").capabilities(tools()).jsonMapper(mapper)
                .validateToolInputs(false).immediateExecution(true).requestTimeout(REQUEST_TIMEOUT)
                .tools(specs).build();
    }

    private static McpSchema.ServerCapabilities tools() {
        return McpSchema.ServerCapabilities.builder().tools(Boolean.FALSE).build();
    }
}
