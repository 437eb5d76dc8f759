package io.mcpbench.core.session;

import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.gateway.Downstream;
import io.mcpbench.core.gateway.ExposedTools;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An MCP SDK server ({@link McpSyncServer}) that exposes a catalog's tools under their qualified
 * names, reachable in-process through {@link InMemoryServerTransportProvider}. Tool calls run on
 * the caller's thread ({@code immediateExecution}) and are answered by a {@link Downstream};
 * the SDK validates arguments against each tool's {@code inputSchema} with its own default
 * validator unless told not to. Many sessions share one server, as clients share a gateway.
 */
public final class InProcessServer implements AutoCloseable {

    /** The instance id the in-process server reports to its downstream. */
    public static final String INSTANCE_ID = "in-process";

    private final InMemoryServerTransportProvider provider;
    private final McpSyncServer server;
    private final Duration requestTimeout;

    private InProcessServer(Builder b) {
        McpJsonMapper mapper = McpJsonDefaults.getMapper();
        this.provider = new InMemoryServerTransportProvider(mapper, b.mode);
        this.requestTimeout = b.requestTimeout;
        Downstream downstream = b.downstream;
        List<McpServerFeatures.SyncToolSpecification> specs = new ArrayList<>(b.snapshot.size());
        for (CatalogEntry entry : b.snapshot.entries()) {
            String toolName = entry.toolName();
            specs.add(new McpServerFeatures.SyncToolSpecification(ExposedTools.exposed(entry),
                    (exchange, request) -> downstream.call(INSTANCE_ID, toolName, tree(request.arguments()))));
        }
        this.server = McpServer.sync(provider)
                .serverInfo("mcpbench-in-process", "1")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(Boolean.FALSE).build())
                .jsonMapper(mapper)
                .validateToolInputs(b.validateInputs)
                .immediateExecution(true)
                .requestTimeout(b.requestTimeout)
                .tools(specs)
                .build();
    }

    /** A builder for a server over {@code snapshot}'s tools, whose calls {@code downstream} answers. */
    public static Builder builder(CatalogSnapshot snapshot, Downstream downstream) {
        return new Builder(snapshot, downstream);
    }

    private static JsonNode tree(Map<String, Object> arguments) {
        return arguments == null ? JsonMapper.shared().createObjectNode() : JsonMapper.shared().valueToTree(arguments);
    }

    /** A session with a client that has not yet initialized: measure {@link InProcessSession#initialize()} on it. */
    public InProcessSession openSession() {
        return new InProcessSession(provider.newClientTransport(), requestTimeout);
    }

    /** A session whose client has completed the MCP initialize handshake. */
    public InProcessSession connect() {
        InProcessSession session = openSession();
        try {
            session.initialize();
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** A raw client transport on this server, for callers that speak JSON-RPC messages themselves. */
    InMemoryClientTransport newClientTransport() {
        return provider.newClientTransport();
    }

    /** The number of server sessions open now. */
    public int openSessions() {
        return provider.openSessions();
    }

    /** The SDK server. */
    public McpSyncServer sdkServer() {
        return server;
    }

    /** Closes every session and the server. */
    @Override
    public void close() {
        server.closeGracefully();
    }

    /** Chooses how the server is built. */
    public static final class Builder {

        private final CatalogSnapshot snapshot;
        private final Downstream downstream;
        private TransportMode mode = TransportMode.OBJECTS;
        private boolean validateInputs = true;
        private Duration requestTimeout = Duration.ofSeconds(10);

        private Builder(CatalogSnapshot snapshot, Downstream downstream) {
            this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
            this.downstream = Objects.requireNonNull(downstream, "downstream");
        }

        /** Whether messages cross as objects or as JSON bytes; objects by default. */
        public Builder transportMode(TransportMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** Whether the SDK validates tool arguments against their schemas; on by default. */
        public Builder validateInputs(boolean validate) {
            this.validateInputs = validate;
            return this;
        }

        /** How long a client or server request may take before it fails; 10 s by default. */
        public Builder requestTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("request timeout must be positive: " + timeout);
            }
            this.requestTimeout = timeout;
            return this;
        }

        /** The server, ready for sessions. */
        public InProcessServer build() {
            return new InProcessServer(this);
        }
    }
}
