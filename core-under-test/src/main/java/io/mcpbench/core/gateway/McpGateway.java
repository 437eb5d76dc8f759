package io.mcpbench.core.gateway;

import io.mcpbench.core.binding.ToolBindingService;
import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.metrics.McpOperationMetrics;
import io.mcpbench.core.registry.ServiceRegistry;
import io.mcpbench.core.registry.ServiceType;
import io.mcpbench.core.routing.RoutingConfig;
import io.mcpbench.core.routing.RoutingPolicy;
import io.mcpbench.core.routing.RoutingService;
import io.mcpbench.core.validation.SchemaCompiler;
import io.mcpbench.core.validation.ValidationLimits;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;

/**
 * An MCP gateway's request path, bytes in and bytes out, assembled from two parts: a JSON-RPC
 * envelope ({@code JsonRpcEnvelope}) that parses each message once into a tree and answers what is
 * not a well-formed request, and the methods it dispatches to: {@code tools/call} as a pipeline of
 * stages over one call ({@code ToolCallPipeline}: bind, validate, admit, route, invoke, answer,
 * record) and {@code tools/list} as paging over the catalog ({@code ToolsList}). The arguments stay
 * the parsed tree all the way to the downstream, and responses are written straight to bytes.
 * Thread-safe, and lock-free on the request path. Only those two methods are recorded in metrics:
 * the names of the others are the client's to choose, and unbounded.
 *
 * <p>Errors follow MCP 2025-11-25. Protocol errors are JSON-RPC errors: bytes that are not
 * well-formed UTF-8 or not JSON -32700, a message that is not a JSON-RPC request -32600, an unknown
 * method -32601, an unknown tool or malformed {@code tools/call}/{@code tools/list} params -32602,
 * an unexpected failure -32603. Failures of the call itself are tool execution errors, results
 * with {@code isError: true} the model can read: arguments that fail the tool's schema, a
 * downstream failure, a server with no healthy instance, a shed call. Overload is shed, not queued: a call beyond
 * {@link GatewayConfig#maxInFlightPerServer()} or {@link GatewayConfig#maxInFlight()} is answered
 * at once with a tool error whose text starts with {@link #OVERLOADED}, and recorded with
 * {@code error.type} {@link CallRecorder#OVERLOADED}. So a gateway in front of slow or failing
 * servers holds a bounded number of calls, and its callers get fast errors instead of a stall.
 * Client sessions ({@link #openSession()}) are bounded the same way by
 * {@link GatewayConfig#maxSessions()}, and closing one ends its routing bindings.
 *
 * <p>{@link #handle} never throws: every request gets a response, and a notification (a request
 * without an id) gets none, an empty array.
 */
public final class McpGateway implements AutoCloseable {

    /** What {@link #handle} returns for a notification: no response. */
    public static final byte[] NO_RESPONSE = JsonRpcEnvelope.NO_RESPONSE;

    /**
     * The session key of requests that arrive without one under a policy that needs a key
     * (session affinity, rendezvous hashing): they share one anonymous session.
     */
    public static final String ANONYMOUS_SESSION = ToolCallPipeline.ANONYMOUS_SESSION;

    /**
     * How the text of a shed call's result begins, so a client can tell "retry later" from a
     * failure of the tool itself.
     */
    public static final String OVERLOADED = ToolCallPipeline.OVERLOADED;

    private final ToolCatalog catalog;
    private final ToolBindingService bindings;
    private final boolean ownsBindings;
    private final RoutingService router;
    private final GatewayConfig config;
    private final RegistryRoutingFeed feed;
    private final Admission admission;
    private final JsonRpcEnvelope envelope;
    private final Permits sessions;
    private final AtomicLong sessionIds = new AtomicLong();

    private McpGateway(Builder b) {
        this.catalog = Objects.requireNonNull(b.catalog, "catalog");
        Downstream downstream = Objects.requireNonNull(b.downstream, "downstream");
        this.ownsBindings = b.bindings == null;
        this.bindings = ownsBindings
                ? new ToolBindingService(catalog, new SchemaCompiler(Objects.requireNonNull(b.limits, "limits")))
                : b.bindings;
        this.router = Objects.requireNonNull(b.router, "router");
        CallRecorder recorder = Objects.requireNonNull(b.recorder, "recorder");
        this.config = Objects.requireNonNull(b.config, "config");
        JsonMapper mapper = JsonMapper.shared();
        ResponseWriter writer = new ResponseWriter(mapper);
        this.admission = new Admission(config);
        this.envelope = new JsonRpcEnvelope(mapper, writer, Map.of(
                McpSchema.METHOD_TOOLS_CALL, new ToolCallPipeline(bindings, admission, router, downstream, writer, recorder),
                McpSchema.METHOD_TOOLS_LIST, new ToolsList(catalog, new ToolListing(mapper), config.pageSize(), writer, recorder)));
        this.sessions = new Permits(config.maxSessions());
        this.feed = b.registry == null ? null : RegistryRoutingFeed.connect(b.registry, router);
    }

    /**
     * A builder with the default config, bindings of the catalog with default validation limits,
     * round-robin routing and no metrics; the catalog and the downstream are the caller's to give.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The settings in force. */
    public GatewayConfig config() {
        return config;
    }

    /** The catalog {@code tools/list} serves. */
    public ToolCatalog catalog() {
        return catalog;
    }

    /** The routing service, whose instance sets the registry (if any) feeds. */
    public RoutingService routing() {
        return router;
    }

    /** The tool bindings calls resolve through. */
    public ToolBindingService bindings() {
        return bindings;
    }

    /** Stops following the registry, and the catalog if the gateway made its own bindings. */
    @Override
    public void close() {
        if (feed != null) {
            feed.close();
        }
        if (ownsBindings) {
            bindings.close();
        }
    }

    /**
     * Opens a client session: its calls are routed by its id, and {@link GatewaySession#close()}
     * ends what routing keeps for it.
     *
     * @throws SessionLimitException if {@link GatewayConfig#maxSessions()} sessions are open
     */
    public GatewaySession openSession() {
        if (!sessions.tryAcquire()) {
            throw new SessionLimitException(sessions.limit());
        }
        return new GatewaySession(envelope, new SessionBindings(router, "session-" + sessionIds.incrementAndGet()), sessions);
    }

    /** The number of sessions opened and not yet closed. */
    public int openSessions() {
        return sessions.used();
    }

    /** The number of {@code tools/call}s running now (admitted, and not yet answered by the downstream). */
    public int inFlight() {
        return admission.inFlight();
    }

    /** The number of {@code tools/call}s shed so far because an in-flight limit was reached. */
    public long shedCalls() {
        return admission.shedCalls();
    }

    /**
     * Ends the routing bindings of a session key the caller chose and passed to
     * {@link #handle(byte[], String)}, on every server of the current catalog. Sessions from
     * {@link #openSession()} end theirs when closed.
     */
    public void endSession(String sessionKey) {
        Objects.requireNonNull(sessionKey, "sessionKey");
        for (String server : catalog.snapshot().serverIds()) {
            router.endSession(server, sessionKey);
        }
    }

    /** Handles one JSON-RPC message without a session; see {@link #handle(byte[], String)}. */
    public byte[] handle(byte[] request) {
        return envelope.handle(request, null, null);
    }

    /**
     * Handles one JSON-RPC message.
     *
     * @param request    the message's UTF-8 bytes
     * @param sessionKey the client session, for routing affinity; may be null. Bindings kept for a
     *                   key chosen here last until {@link #endSession(String)}
     * @return the response's UTF-8 bytes, or {@link #NO_RESPONSE} for a notification
     */
    public byte[] handle(byte[] request, String sessionKey) {
        return envelope.handle(request, sessionKey, null);
    }

    /** Assembles a gateway from its collaborators. */
    public static final class Builder {

        private ToolCatalog catalog;
        private ToolBindingService bindings;
        private ValidationLimits limits = ValidationLimits.defaults();
        private RoutingService router;
        private ServiceRegistry registry;
        private Downstream downstream;
        private CallRecorder recorder = CallRecorder.NONE;
        private GatewayConfig config = GatewayConfig.defaults();

        private Builder() {
        }

        /** The catalog {@code tools/list} serves. Required. */
        public Builder catalog(ToolCatalog catalog) {
            this.catalog = catalog;
            return this;
        }

        /**
         * The bindings calls resolve through; by default the gateway binds the catalog itself,
         * compiling schemas under {@link #validationLimits}.
         */
        public Builder bindings(ToolBindingService bindings) {
            this.bindings = bindings;
            return this;
        }

        /** The limits on schemas and arguments when the gateway binds the catalog itself; the defaults otherwise. */
        public Builder validationLimits(ValidationLimits limits) {
            this.limits = limits;
            return this;
        }

        /** How a server's instance is picked; by default round robin with the default tuning. */
        public Builder router(RoutingService router) {
            this.router = router;
            return this;
        }

        /**
         * The registry whose MCP servers ({@link ServiceType#MCP_SERVER}, grouped by service name =
         * server id) routing follows from {@link #build()} on, until {@link McpGateway#close()}.
         */
        public Builder registry(ServiceRegistry registry) {
            this.registry = registry;
            return this;
        }

        /** The servers behind the gateway. Required. */
        public Builder downstream(Downstream downstream) {
            this.downstream = downstream;
            return this;
        }

        /** Where durations go; by default nowhere. */
        public Builder recorder(CallRecorder recorder) {
            this.recorder = recorder;
            return this;
        }

        /** Records every operation into the MCP operation metrics ({@code mcp.server.operation.duration}). */
        public Builder metrics(McpOperationMetrics metrics) {
            this.recorder = Objects.requireNonNull(metrics, "metrics")::record;
            return this;
        }

        /** The gateway's settings. */
        public Builder config(GatewayConfig config) {
            this.config = config;
            return this;
        }

        /** The gateway; throws {@link NullPointerException} naming a missing collaborator. */
        public McpGateway build() {
            if (router == null) {
                router = new RoutingService(RoutingConfig.defaults(RoutingPolicy.ROUND_ROBIN), System::nanoTime);
            }
            return new McpGateway(this);
        }
    }
}
