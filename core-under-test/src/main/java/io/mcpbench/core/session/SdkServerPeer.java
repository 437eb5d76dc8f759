package io.mcpbench.core.session;

import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.gateway.Downstream;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.ProtocolVersions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import reactor.core.publisher.Mono;

/**
 * The MCP SDK's own server handling the same JSON-RPC bytes the gateway handles: the peer a
 * benchmark sets beside {@code McpGateway.handle}. It decodes the request with the SDK's
 * {@code deserializeJsonRpcMessage}, lets an initialized SDK server session answer it (tool lookup,
 * the SDK's default JSON Schema validation of the arguments, the tool handler) and encodes the
 * response with the SDK's mapper: what the SDK's HTTP transports do, minus HTTP. Each calling
 * thread gets its own server session, as each client connection would; {@link #close()} ends them.
 */
public final class SdkServerPeer implements AutoCloseable {

    /** The SDK's response type requires an id, which an unreadable request does not have: written by hand. */
    private static final byte[] PARSE_ERROR = ("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":"
            + McpSchema.ErrorCodes.PARSE_ERROR + ",\"message\":\"Parse error\"}}").getBytes(StandardCharsets.UTF_8);

    private final InProcessServer server;
    private final McpJsonMapper mapper = McpJsonDefaults.getMapper();
    private final Queue<Connection> connections = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Connection> connection = ThreadLocal.withInitial(this::connect);
    private volatile boolean closed;

    /** A peer serving {@code snapshot}'s tools, answered by {@code downstream}, validating arguments. */
    public SdkServerPeer(CatalogSnapshot snapshot, Downstream downstream) {
        this.server = InProcessServer.builder(snapshot, downstream).validateInputs(true).build();
    }

    /**
     * Handles one JSON-RPC message and returns the response's bytes, or an empty array for a
     * notification. Input the SDK cannot decode gets a -32700 error, as the gateway gives.
     */
    public byte[] handle(byte[] request) {
        if (closed) {
            throw new IllegalStateException("the SDK server peer is closed");
        }
        McpSchema.JSONRPCMessage message;
        try {
            message = McpSchema.deserializeJsonRpcMessage(mapper, new String(request, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return PARSE_ERROR.clone();
        }
        McpSchema.JSONRPCMessage response = connection.get().exchange(message);
        return response == null ? new byte[0] : encode(response);
    }

    private byte[] encode(McpSchema.JSONRPCMessage message) {
        try {
            return mapper.writeValueAsBytes(message);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a JSON-RPC response: " + e.getMessage(), e);
        }
    }

    private Connection connect() {
        Connection c = new Connection(server.newClientTransport());
        connections.add(c);
        return c;
    }

    /** The number of server sessions the peer holds open (one per thread that has called). */
    public int openSessions() {
        return server.openSessions();
    }

    /** Closes every session and the server. */
    @Override
    public void close() {
        closed = true;
        for (Connection c; (c = connections.poll()) != null; ) {
            c.close();
        }
        server.close();
    }

    /** One thread's initialized session: a raw client transport that keeps the last message the server sent. */
    private static final class Connection {

        private final InMemoryClientTransport transport;
        private volatile McpSchema.JSONRPCMessage received;

        Connection(InMemoryClientTransport transport) {
            this.transport = transport;
            transport.connect(messages -> messages.doOnNext(m -> received = m).then(Mono.empty())).block();
            McpSchema.InitializeRequest init = McpSchema.InitializeRequest.builder(ProtocolVersions.MCP_2025_11_25,
                    McpSchema.ClientCapabilities.builder().build(), McpSchema.Implementation.builder("mcpbench-peer", "1").build())
                    .build();
            McpSchema.JSONRPCMessage answer = exchange(new McpSchema.JSONRPCRequest(McpSchema.JSONRPC_VERSION,
                    McpSchema.METHOD_INITIALIZE, "init", init));
            if (!(answer instanceof McpSchema.JSONRPCResponse r) || r.error() != null) {
                throw new IllegalStateException("the SDK server refused to initialize: " + answer);
            }
            exchange(new McpSchema.JSONRPCNotification(McpSchema.JSONRPC_VERSION,
                    McpSchema.METHOD_NOTIFICATION_INITIALIZED, Map.of()));
        }

        /** Sends a message and returns what the server answered while handling it, or null. */
        McpSchema.JSONRPCMessage exchange(McpSchema.JSONRPCMessage message) {
            received = null;
            transport.sendMessage(message).block();
            McpSchema.JSONRPCMessage answer = received;
            received = null;
            return answer;
        }

        void close() {
            transport.closeGracefully().block();
        }
    }
}
