package io.mcpbench.core.session;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The server end of an in-process MCP connection: each {@link InMemoryClientTransport} it hands out
 * opens one SDK {@link McpServerSession} when the client connects. Messages cross on the caller's
 * thread, with no queue and no thread of its own, so a session costs exactly what the SDK's
 * session objects cost, and closing it leaves nothing running.
 */
public final class InMemoryServerTransportProvider implements McpServerTransportProvider {

    private final MessageCodec codec;
    private final Set<McpServerSession> sessions = ConcurrentHashMap.newKeySet();
    private volatile McpServerSession.Factory factory;
    private volatile boolean closed;

    /** A provider whose transports carry messages in {@code mode}, encoding with {@code mapper}. */
    public InMemoryServerTransportProvider(McpJsonMapper mapper, TransportMode mode) {
        this.codec = new MessageCodec(Objects.requireNonNull(mapper, "mapper"), Objects.requireNonNull(mode, "mode"));
    }

    @Override
    public void setSessionFactory(McpServerSession.Factory sessionFactory) {
        this.factory = Objects.requireNonNull(sessionFactory, "sessionFactory");
    }

    /** A new client transport; its server session opens when the client connects. */
    public InMemoryClientTransport newClientTransport() {
        return new InMemoryClientTransport(this, codec);
    }

    /** The number of server sessions open now. */
    public int openSessions() {
        return sessions.size();
    }

    /** Opens the server session of a connecting client. */
    McpServerSession open(InMemoryClientTransport client) {
        McpServerSession.Factory f = factory;
        if (f == null) {
            throw new IllegalStateException("no MCP server is attached to this transport provider");
        }
        if (closed) {
            throw new IllegalStateException("the transport provider is closed");
        }
        InMemoryServerTransport transport = new InMemoryServerTransport(client, codec, this);
        McpServerSession session = f.create(transport);
        transport.bind(session);
        sessions.add(session);
        return session;
    }

    /** Forgets a session whose transport closed. */
    void closed(McpServerSession session) {
        if (session != null) {
            sessions.remove(session);
        }
    }

    @Override
    public Mono<Void> notifyClients(String method, Object params) {
        return Flux.fromIterable(sessions).flatMap(s -> s.sendNotification(method, params)).then();
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.defer(() -> {
            closed = true;
            return Flux.fromIterable(sessions).flatMap(McpServerSession::closeGracefully).then();
        });
    }
}
