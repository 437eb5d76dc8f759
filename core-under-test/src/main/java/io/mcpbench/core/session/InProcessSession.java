package io.mcpbench.core.session;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.Map;

/**
 * One MCP client session with an {@link InProcessServer}: an SDK {@link McpSyncClient} over an
 * in-memory transport, so that connecting, initializing, calling a tool and the memory a session
 * holds can be measured without sockets or threads of its own. Not thread-safe beyond what the
 * SDK client is; {@link #close()} closes the client and its server session.
 */
public final class InProcessSession implements AutoCloseable {

    private final McpSyncClient client;

    InProcessSession(InMemoryClientTransport transport, Duration requestTimeout) {
        this.client = McpClient.sync(transport)
                .clientInfo(McpSchema.Implementation.builder("mcpbench-client", "1").build())
                .requestTimeout(requestTimeout)
                .initializationTimeout(requestTimeout)
                .build();
    }

    /** Runs the MCP initialize handshake (initialize, then notifications/initialized). */
    public McpSchema.InitializeResult initialize() {
        return client.initialize();
    }

    /** The first page of tools. */
    public McpSchema.ListToolsResult listTools() {
        return client.listTools();
    }

    /** The page of tools after {@code cursor}. */
    public McpSchema.ListToolsResult listTools(String cursor) {
        return client.listTools(cursor);
    }

    /** Calls a tool by its qualified name. */
    public McpSchema.CallToolResult callTool(String name, Map<String, Object> arguments) {
        return client.callTool(McpSchema.CallToolRequest.builder(name).arguments(arguments).build());
    }

    /** The SDK client, for calls this class does not wrap. */
    public McpSyncClient client() {
        return client;
    }

    /** Closes the client and, through the transport, its server session. */
    @Override
    public void close() {
        client.closeGracefully();
    }
}
