package io.mcpbench.core.gateway;

import io.mcpbench.core.binding.ToolBinding;
import io.mcpbench.core.binding.ToolBindingService;
import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.metrics.McpOperationMetrics;
import io.mcpbench.core.registry.ServiceRegistry;
import io.mcpbench.core.registry.ServiceType;
import io.mcpbench.core.routing.Instance;
import io.mcpbench.core.routing.NoHealthyInstanceException;
import io.mcpbench.core.routing.RoutingConfig;
import io.mcpbench.core.routing.RoutingPolicy;
import io.mcpbench.core.routing.RoutingService;
import io.mcpbench.core.validation.SchemaCompiler;
import io.mcpbench.core.validation.ValidationLimits;
import io.mcpbench.core.validation.ValidationResult;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * An MCP gateway's request path, bytes in and bytes out: parse the JSON-RPC request once into a
 * tree (checked field by field against {@link McpSchema.JSONRPCRequest}'s shape; the arguments stay
 * a tree all the way to the downstream), resolve the qualified tool name, check the arguments,
 * route to an instance, call the downstream server, tell the router how it went,
 * record the duration, and write the response straight to bytes. Serves {@code tools/call} and
 * {@code tools/list}; thread-safe, and lock-free on the request path. Only those two methods are
 * recorded in metrics: the names of the others are the client's to choose, and unbounded.
 *
 * <p>Errors follow MCP 2025-11-25. Protocol errors are JSON-RPC errors: unparsable JSON -32700
 * (without an id, which 2025-11-25 allows and which {@code null} would break), a request that is
 * not a JSON-RPC request -32600, an unknown method -32601, an unknown tool or malformed
 * {@code tools/call}/{@code tools/list} params -32602, an unexpected failure -32603. Failures of the
 * call itself are tool execution errors, results with {@code isError: true}, so the model sees
 * them and can correct itself: arguments that fail the tool's schema (the text names the field), a
 * downstream failure, a server with no healthy instance, and a call shed under overload (the tool
 * exists and the request is valid; it is the server, or the gateway, that cannot run it now, like
 * an API failure behind a tool).
 *
 * <p>Overload is shed, not queued. A valid call takes a slot of its server
 * ({@link GatewayConfig#maxInFlightPerServer()}) and one of the gateway
 * ({@link GatewayConfig#maxInFlight()}) before it is routed, without blocking; when either is full
 * the call is answered at once with a tool error whose text starts with {@link #OVERLOADED}, and
 * recorded with {@code error.type} {@link CallRecorder#OVERLOADED}. The per-server limit is a
 * bulkhead: a slow server holds at most its own slots, so calls to other servers still run. So a
 * gateway in front of slow or failing servers holds a bounded number of calls, and its callers get
 * fast errors instead of a stall. Client sessions ({@link #openSession()}) are bounded the same
 * way by {@link GatewayConfig#maxSessions()}, and closing one ends its routing bindings.
 *
 * <p>{@link #handle} never throws: every request gets a response, and a notification (a request
 * without an id) gets none, an empty array.
 */
public final class McpGateway implements AutoCloseable {

    /** What {@link #handle} returns for a notification: no response. */
    public static final byte[] NO_RESPONSE = new byte[0];

    /**
     * The session key of requests that arrive without one under a policy that needs a key
     * (session affinity, rendezvous hashing): they share one anonymous session.
     */
    public static final String ANONYMOUS_SESSION = "";

    /**
     * How the text of a shed call's result begins, so a client can tell "retry later" from a
     * failure of the tool itself.
     */
    public static final String OVERLOADED = "Overloaded: ";

    private static final String TOOLS_CALL = McpSchema.METHOD_TOOLS_CALL;
    private static final String TOOLS_LIST = McpSchema.METHOD_TOOLS_LIST;
    private static final String INVALID_PARAMS = Integer.toString(McpSchema.ErrorCodes.INVALID_PARAMS);

    private final ToolCatalog catalog;
    private final ToolBindingService bindings;
    private final boolean ownsBindings;
    private final RoutingService router;
    private final boolean needsSessionKey;
    private final Downstream downstream;
    private final CallRecorder recorder;
    private final GatewayConfig config;
    private final JsonMapper mapper;
    private final ResponseWriter writer;
    private final ToolListing listing;
    private final JsonNode noArguments;
    private final RegistryRoutingFeed feed;
    private final Permits inFlight;
    /** Per-server slots: one entry per server ever called, and only catalog servers are (unknown tools never get here). */
    private final ConcurrentHashMap<String, Permits> serverInFlight = new ConcurrentHashMap<>();
    private final Function<String, Permits> newServerPermits;
    private final LongAdder shed = new LongAdder();
    private final Permits sessions;
    private final AtomicLong sessionIds = new AtomicLong();

    private McpGateway(Builder b) {
        this.catalog = Objects.requireNonNull(b.catalog, "catalog");
        this.ownsBindings = b.bindings == null;
        this.bindings = ownsBindings
                ? new ToolBindingService(catalog, new SchemaCompiler(Objects.requireNonNull(b.limits, "limits")))
                : b.bindings;
        this.router = Objects.requireNonNull(b.router, "router");
        this.needsSessionKey = router.config().policy().needsSessionKey();
        this.downstream = Objects.requireNonNull(b.downstream, "downstream");
        this.recorder = Objects.requireNonNull(b.recorder, "recorder");
        this.config = Objects.requireNonNull(b.config, "config");
        this.mapper = JsonMapper.shared();
        this.writer = new ResponseWriter(mapper);
        this.listing = new ToolListing(mapper);
        this.noArguments = JsonNodeFactory.instance.objectNode();
        this.inFlight = new Permits(config.maxInFlight());
        int perServer = config.maxInFlightPerServer();
        this.newServerPermits = server -> new Permits(perServer);
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
        return new GatewaySession(this, "session-" + sessionIds.incrementAndGet());
    }

    /** The number of sessions opened and not yet closed. */
    public int openSessions() {
        return sessions.used();
    }

    /** The number of {@code tools/call}s running now (admitted and not yet answered). */
    public int inFlight() {
        return inFlight.used();
    }

    /** The number of {@code tools/call}s shed so far because an in-flight limit was reached. */
    public long shedCalls() {
        return shed.sum();
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

    /** Called once by a closing session with the servers it was routed to by key. */
    void closed(GatewaySession session, String[] servers) {
        try {
            for (String server : servers) {
                router.endSession(server, session.id());
            }
        } finally {
            sessions.release();
        }
    }

    void endBinding(String serverId, String sessionKey) {
        router.endSession(serverId, sessionKey);
    }

    /** Handles one JSON-RPC message without a session; see {@link #handle(byte[], String)}. */
    public byte[] handle(byte[] request) {
        return handle(request, null);
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
        return handle(request, sessionKey, null);
    }

    byte[] handle(byte[] request, String sessionKey, GatewaySession session) {
        long start = System.nanoTime();
        JsonNode root;
        try {
            root = mapper.readTree(request);
        } catch (JacksonException e) {
            return writer.error(null, McpSchema.ErrorCodes.PARSE_ERROR, "Parse error: " + firstLine(e.getOriginalMessage()));
        } catch (RuntimeException e) {
            return writer.error(null, McpSchema.ErrorCodes.PARSE_ERROR, "Parse error: " + firstLine(e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            return writer.error(null, McpSchema.ErrorCodes.PARSE_ERROR, "Parse error: no JSON value");
        }
        try {
            return dispatch(root, sessionKey, session, start);
        } catch (RuntimeException | StackOverflowError e) {
            JsonNode id = root.isObject() ? validId(root.get("id")) : null;
            return writer.error(id, McpSchema.ErrorCodes.INTERNAL_ERROR, "Internal error: " + firstLine(e.toString()));
        }
    }

    private byte[] dispatch(JsonNode root, String sessionKey, GatewaySession session, long start) {
        if (!root.isObject()) {
            return invalidRequest(null, root.isArray()
                    ? "a JSON-RPC batch is not supported; send one request object"
                    : "a JSON-RPC request must be an object");
        }
        JsonNode id = root.get("id");
        if (id != null && validId(id) == null) {
            return invalidRequest(null, "id must be a string or an integer");
        }
        JsonNode version = root.get("jsonrpc");
        if (version == null || !version.isString() || !McpSchema.JSONRPC_VERSION.equals(version.stringValue())) {
            return invalidRequest(id, "jsonrpc must be \"2.0\"");
        }
        JsonNode method = root.get("method");
        if (method == null || !method.isString()) {
            return invalidRequest(id, "method must be a string");
        }
        JsonNode params = root.get("params");
        if (params != null && !params.isObject()) {
            return invalidRequest(id, "params must be an object");
        }
        if (id == null) {
            return NO_RESPONSE;
        }
        String name = method.stringValue();
        if (TOOLS_CALL.equals(name)) {
            return call(id, params, sessionKey, session, start);
        }
        if (TOOLS_LIST.equals(name)) {
            return list(id, params, start);
        }
        return writer.error(id, McpSchema.ErrorCodes.METHOD_NOT_FOUND, "Method not found: " + name);
    }

    private byte[] call(JsonNode id, JsonNode params, String sessionKey, GatewaySession session, long start) {
        JsonNode nameNode = params == null ? null : params.get("name");
        if (nameNode == null || !nameNode.isString()) {
            return callError(id, null, "Invalid params: tools/call needs params.name, a string", start);
        }
        String qualifiedName = nameNode.stringValue();
        JsonNode arguments = params.get("arguments");
        if (arguments == null || arguments.isNull()) {
            arguments = noArguments;
        } else if (!arguments.isObject()) {
            return callError(id, null, "Invalid params: params.arguments must be an object", start);
        }
        ToolBinding tool = bindings.find(qualifiedName);
        if (tool == null) {
            return callError(id, null, "Unknown tool: " + qualifiedName, start);
        }
        ValidationResult validation = tool.schema().validate(arguments);
        if (!validation.isValid()) {
            return callFailed(id, qualifiedName, "Invalid arguments for tool " + qualifiedName + ": " + validation.message(), start);
        }
        String serverId = tool.serverId();
        Permits server = serverInFlight.get(serverId);
        if (server == null) {
            server = serverInFlight.computeIfAbsent(serverId, newServerPermits);
        }
        if (!server.tryAcquire()) {
            return shed(id, qualifiedName, "server " + serverId + " has " + server.limit() + " calls in flight, its limit", start);
        }
        if (!inFlight.tryAcquire()) {
            server.release();
            return shed(id, qualifiedName, "the gateway has " + inFlight.limit() + " calls in flight, its limit", start);
        }
        try {
            return invoke(id, tool, qualifiedName, arguments, sessionKey, session, start);
        } finally {
            inFlight.release();
            server.release();
        }
    }

    /** Routes an admitted call, runs it downstream and writes its result. */
    private byte[] invoke(JsonNode id, ToolBinding tool, String qualifiedName, JsonNode arguments, String sessionKey,
                          GatewaySession session, long start) {
        Instance instance;
        try {
            instance = router.route(tool.serverId(), sessionKey == null && needsSessionKey ? ANONYMOUS_SESSION : sessionKey);
        } catch (NoHealthyInstanceException e) {
            return callFailed(id, qualifiedName, "Tool " + qualifiedName + " is unavailable: " + e.getMessage(), start);
        }
        if (session != null && needsSessionKey) {
            session.routedTo(tool.serverId());
        }
        long sent = System.nanoTime();
        McpSchema.CallToolResult result;
        try {
            result = downstream.call(instance.id(), tool.tool().name(), arguments);
        } catch (RuntimeException e) {
            router.complete(instance, System.nanoTime() - sent, false);
            return callFailed(id, qualifiedName, "Tool " + qualifiedName + " failed on " + instance.id() + ": "
                    + firstLine(e.toString()), start);
        }
        if (result == null) {
            router.complete(instance, System.nanoTime() - sent, false);
            return callFailed(id, qualifiedName, "Tool " + qualifiedName + " returned no result from " + instance.id(), start);
        }
        boolean failed = Boolean.TRUE.equals(result.isError());
        router.complete(instance, System.nanoTime() - sent, !failed);
        byte[] response = writer.toolResult(id, result);
        recorder.record(TOOLS_CALL, qualifiedName, failed ? CallRecorder.TOOL_ERROR : null, System.nanoTime() - start);
        return response;
    }

    /** A -32602 error; the tool name is recorded only when the tool exists (clients choose the others). */
    private byte[] callError(JsonNode id, String toolName, String message, long start) {
        byte[] response = writer.error(id, McpSchema.ErrorCodes.INVALID_PARAMS, message);
        recorder.record(TOOLS_CALL, toolName, INVALID_PARAMS, System.nanoTime() - start);
        return response;
    }

    /** A tool error saying the call was not run for want of a slot; the caller may retry later. */
    private byte[] shed(JsonNode id, String toolName, String why, long start) {
        shed.increment();
        byte[] response = writer.toolText(id, OVERLOADED + "tool " + toolName + " was not run because " + why + "; retry later", true);
        recorder.record(TOOLS_CALL, toolName, CallRecorder.OVERLOADED, System.nanoTime() - start);
        return response;
    }

    private byte[] callFailed(JsonNode id, String toolName, String message, long start) {
        byte[] response = writer.toolText(id, message, true);
        recorder.record(TOOLS_CALL, toolName, CallRecorder.TOOL_ERROR, System.nanoTime() - start);
        return response;
    }

    private byte[] list(JsonNode id, JsonNode params, long start) {
        ToolListing.Listing tools = listing.of(catalog.snapshot());
        int from = 0;
        JsonNode cursor = params == null ? null : params.get("cursor");
        if (cursor != null && !cursor.isNull()) {
            String last = cursor.isString() ? ListCursor.lastName(cursor.stringValue()) : null;
            if (last == null) {
                byte[] response = writer.error(id, McpSchema.ErrorCodes.INVALID_PARAMS, "Invalid params: invalid cursor");
                recorder.record(TOOLS_LIST, null, INVALID_PARAMS, System.nanoTime() - start);
                return response;
            }
            from = tools.indexAfter(last);
        }
        int to = from + Math.min(config.pageSize(), tools.size() - from);
        String next = to < tools.size() ? ListCursor.after(tools.names[to - 1]) : null;
        byte[] response = writer.toolPage(id, tools.json, from, to, next);
        recorder.record(TOOLS_LIST, null, null, System.nanoTime() - start);
        return response;
    }

    private byte[] invalidRequest(JsonNode id, String why) {
        return writer.error(id, McpSchema.ErrorCodes.INVALID_REQUEST, "Invalid Request: " + why);
    }

    /** The id if MCP allows it (a string or an integer), else null. */
    private static JsonNode validId(JsonNode id) {
        return id != null && (id.isString() || id.isIntegralNumber()) ? id : null;
    }

    private static String firstLine(String message) {
        if (message == null || message.isEmpty()) {
            return "unreadable input";
        }
        int eol = message.indexOf('\n');
        return eol < 0 ? message : message.substring(0, eol);
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
