package io.mcpbench.bench.transport;

import io.mcpbench.core.gateway.McpGateway;
import io.mcpbench.core.session.InMemoryServerTransportProvider;
import io.mcpbench.core.session.TransportMode;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpClientTransport;
import java.util.function.Supplier;

/** How a client reaches the gateway's SDK front ({@link GatewayFront}). */
public enum Transport {

    /** The SDK's session layer over an in-memory transport that writes each message to JSON bytes and reads it back: everything but the wire. */
    IN_MEMORY {
        @Override
        Served serve(McpGateway gateway, McpJsonMapper mapper) {
            InMemoryServerTransportProvider provider = new InMemoryServerTransportProvider(mapper, TransportMode.BYTES);
            McpSyncServer server = GatewayFront.inMemory(provider, gateway, mapper);
            return new Served(provider::newClientTransport, server::closeGracefully);
        }
    },

    /** Streamable HTTP with sessions ({@code Mcp-Session-Id}): the SDK's {@code HttpServletStreamableServerTransportProvider}. */
    HTTP_STATEFUL {
        @Override
        Served serve(McpGateway gateway, McpJsonMapper mapper) {
            HttpServletStreamableServerTransportProvider servlet = HttpServletStreamableServerTransportProvider.builder()
                    .jsonMapper(mapper).mcpEndpoint(LoopbackServer.PATH).build();
            McpSyncServer server = GatewayFront.stateful(servlet, gateway, mapper);
            return overHttp(new LoopbackServer(servlet), mapper, server::closeGracefully);
        }
    },

    /** Streamable HTTP without sessions: the SDK's {@code HttpServletStatelessServerTransport}, each POST answered as JSON. */
    HTTP_STATELESS {
        @Override
        Served serve(McpGateway gateway, McpJsonMapper mapper) {
            HttpServletStatelessServerTransport servlet = HttpServletStatelessServerTransport.builder()
                    .jsonMapper(mapper).messageEndpoint(LoopbackServer.PATH).build();
            McpStatelessSyncServer server = GatewayFront.stateless(servlet, gateway, mapper);
            return overHttp(new LoopbackServer(servlet), mapper, server::closeGracefully);
        }
    };

    /** Serves {@code gateway} on this transport; the caller closes what it returns. */
    abstract Served serve(McpGateway gateway, McpJsonMapper mapper);

    private static Served overHttp(LoopbackServer http, McpJsonMapper mapper, Runnable closeServer) {
        String base = http.base().toString();
        return new Served(() -> HttpClientStreamableHttpTransport.builder(base).endpoint(LoopbackServer.PATH).jsonMapper(mapper).build(),
                () -> {
                    try {
                        closeServer.run();
                    } finally {
                        http.close();
                    }
                });
    }

    /** A served front: a new client transport for each client, and how to stop serving. */
    record Served(Supplier<McpClientTransport> clients, Runnable stop) implements AutoCloseable {

        @Override
        public void close() {
            stop.run();
        }
    }
}
