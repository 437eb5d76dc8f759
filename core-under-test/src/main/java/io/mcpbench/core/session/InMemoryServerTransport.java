package io.mcpbench.core.session;

import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import reactor.core.publisher.Mono;

/** The server side of one in-process connection: what the server session sends goes straight to its client. */
final class InMemoryServerTransport implements McpServerTransport {

    private final InMemoryClientTransport client;
    private final MessageCodec codec;
    private final InMemoryServerTransportProvider provider;
    private volatile McpServerSession session;
    private volatile boolean closed;

    InMemoryServerTransport(InMemoryClientTransport client, MessageCodec codec, InMemoryServerTransportProvider provider) {
        this.client = client;
        this.codec = codec;
        this.provider = provider;
    }

    void bind(McpServerSession session) {
        this.session = session;
    }

    @Override
    public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
        return Mono.fromRunnable(() -> {
            if (closed) {
                throw new IllegalStateException("the in-process server transport is closed");
            }
            client.receive(codec.carry(message));
        });
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
        return codec.mapper().convertValue(data, typeRef);
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.fromRunnable(this::close);
    }

    @Override
    public void close() {
        closed = true;
        provider.closed(session);
    }
}
