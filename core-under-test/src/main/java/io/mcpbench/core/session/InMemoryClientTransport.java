package io.mcpbench.core.session;

import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerSession;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * The client end of an in-process MCP connection, made by {@link InMemoryServerTransportProvider}.
 * A message sent here is handled by the server session on the sending thread; the server's
 * answer comes back the same way, so a synchronous client call completes without a thread hop.
 */
public final class InMemoryClientTransport implements McpClientTransport {

    private final InMemoryServerTransportProvider provider;
    private final MessageCodec codec;
    private volatile Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler;
    private volatile McpServerSession session;
    private volatile Consumer<Throwable> exceptionHandler = t -> { };

    InMemoryClientTransport(InMemoryServerTransportProvider provider, MessageCodec codec) {
        this.provider = provider;
        this.codec = codec;
    }

    @Override
    public Mono<Void> connect(Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> messageHandler) {
        Objects.requireNonNull(messageHandler, "messageHandler");
        return Mono.fromRunnable(() -> {
            if (session != null) {
                throw new IllegalStateException("the in-process client transport is already connected");
            }
            this.handler = messageHandler;
            this.session = provider.open(this);
        });
    }

    @Override
    public void setExceptionHandler(Consumer<Throwable> handler) {
        this.exceptionHandler = Objects.requireNonNull(handler, "handler");
    }

    @Override
    public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
        return Mono.defer(() -> {
            McpServerSession s = session;
            if (s == null) {
                return Mono.error(new IllegalStateException("the in-process client transport is not connected"));
            }
            return s.handle(codec.carry(message));
        });
    }

    /** Delivers a message from the server to the client's handler. */
    void receive(McpSchema.JSONRPCMessage message) {
        Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> h = handler;
        if (h == null) {
            throw new IllegalStateException("the in-process client transport is not connected");
        }
        h.apply(Mono.just(message)).subscribe(null, exceptionHandler);
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
        return codec.mapper().convertValue(data, typeRef);
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.defer(() -> {
            McpServerSession s = session;
            session = null;
            return s == null ? Mono.empty() : s.closeGracefully();
        });
    }
}
