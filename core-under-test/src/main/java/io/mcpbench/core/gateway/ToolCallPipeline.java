package io.mcpbench.core.gateway;

import io.mcpbench.core.binding.ToolBindingService;
import io.mcpbench.core.routing.Instance;
import io.mcpbench.core.routing.NoHealthyInstanceException;
import io.mcpbench.core.routing.RoutingService;
import io.mcpbench.core.validation.ValidationResult;
import io.modelcontextprotocol.spec.McpSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@code tools/call} as a row of stages over one {@link ToolCall}: bind the qualified name to a
 * tool, validate the arguments against its schema, admit the call under the in-flight limits,
 * route it to a healthy instance, invoke the downstream there, answer, and record the duration.
 * Each stage either passes the call on or ends it; the answer and the record follow in every case.
 *
 * <p>Failures of the call are tool execution errors ({@code isError: true}), so the model sees
 * them and can correct itself: arguments that fail the schema (the text names the field), a shed
 * call (text starting with {@link #OVERLOADED}), a server with no healthy instance, a downstream
 * that throws or returns nothing. A missing or malformed name or arguments, and an unknown tool,
 * are JSON-RPC invalid params (-32602).
 */
final class ToolCallPipeline implements GatewayMethod {

    /** How the text of a shed call's result begins. */
    static final String OVERLOADED = "Overloaded: ";
    /** The key of calls without one under a policy that needs a key: they share one anonymous session. */
    static final String ANONYMOUS_SESSION = "";

    private final ToolBindingService bindings;
    private final Admission admission;
    private final RoutingService router;
    private final boolean needsSessionKey;
    private final Downstream downstream;
    private final ResponseWriter writer;
    private final CallRecorder recorder;
    private final JsonNode noArguments = JsonNodeFactory.instance.objectNode();

    ToolCallPipeline(ToolBindingService bindings, Admission admission, RoutingService router, Downstream downstream,
                     ResponseWriter writer, CallRecorder recorder) {
        this.bindings = bindings;
        this.admission = admission;
        this.router = router;
        this.needsSessionKey = router.config().policy().needsSessionKey();
        this.downstream = downstream;
        this.writer = writer;
        this.recorder = recorder;
    }

    @Override
    public byte[] answer(JsonNode id, JsonNode params, String sessionKey, SessionBindings session, long start) {
        ToolCall call = new ToolCall(id, params, sessionKey, session, start);
        if (bind(call) && validate(call) && admit(call)) {
            try {
                if (route(call)) {
                    invoke(call);
                }
            } finally {
                admission.release(call.server);
            }
        }
        byte[] response = respond(call);
        record(call);
        return response;
    }

    /** The tool the qualified name binds to, and the arguments as an object. */
    private boolean bind(ToolCall call) {
        JsonNode name = call.params == null ? null : call.params.get("name");
        if (name == null || !name.isString()) {
            return call.invalidParams("Invalid params: tools/call needs params.name, a string");
        }
        call.name = name.stringValue();
        JsonNode arguments = call.params.get("arguments");
        if (arguments == null || arguments.isNull()) {
            arguments = noArguments;
        } else if (!arguments.isObject()) {
            return call.invalidParams("Invalid params: params.arguments must be an object");
        }
        call.arguments = arguments;
        call.tool = bindings.find(call.name);
        return call.tool != null || call.invalidParams("Unknown tool: " + call.name);
    }

    /** The arguments against the tool's compiled schema. */
    private boolean validate(ToolCall call) {
        ValidationResult validation = call.tool.schema().validate(call.arguments);
        return validation.isValid()
                || call.toolError(CallRecorder.TOOL_ERROR, "Invalid arguments for tool " + call.name + ": " + validation.message());
    }

    /** A slot of the server and one of the gateway, taken without waiting, or the call is shed. */
    private boolean admit(ToolCall call) {
        String serverId = call.tool.serverId();
        Permits server = admission.server(serverId);
        if (!server.tryAcquire()) {
            return shed(call, "server " + serverId + " has " + server.limit() + " calls in flight, its limit");
        }
        if (!admission.gateway().tryAcquire()) {
            server.release();
            return shed(call, "the gateway has " + admission.gateway().limit() + " calls in flight, its limit");
        }
        call.server = server;
        return true;
    }

    private boolean shed(ToolCall call, String why) {
        admission.shed();
        return call.toolError(CallRecorder.OVERLOADED,
                OVERLOADED + "tool " + call.name + " was not run because " + why + "; retry later");
    }

    /** A healthy instance of the server, kept for the session under an affinity policy. */
    private boolean route(ToolCall call) {
        String serverId = call.tool.serverId();
        try {
            call.instance = router.route(serverId, call.sessionKey == null && needsSessionKey ? ANONYMOUS_SESSION : call.sessionKey);
        } catch (NoHealthyInstanceException e) {
            return call.toolError(CallRecorder.TOOL_ERROR, "Tool " + call.name + " is unavailable: " + e.getMessage());
        }
        if (call.session != null && needsSessionKey) {
            call.session.routedTo(serverId);
        }
        return true;
    }

    /** The call on the instance, and how it went, told to the router. */
    private void invoke(ToolCall call) {
        Instance instance = call.instance;
        long sent = System.nanoTime();
        McpSchema.CallToolResult result;
        try {
            result = downstream.call(instance.id(), call.tool.tool().name(), call.arguments);
        } catch (RuntimeException e) {
            router.complete(instance, System.nanoTime() - sent, false);
            call.toolError(CallRecorder.TOOL_ERROR, "Tool " + call.name + " failed on " + instance.id() + ": "
                    + ResponseWriter.firstLine(e.toString()));
            return;
        }
        boolean succeeded = result != null && !Boolean.TRUE.equals(result.isError());
        router.complete(instance, System.nanoTime() - sent, succeeded);
        if (result == null) {
            call.toolError(CallRecorder.TOOL_ERROR, "Tool " + call.name + " returned no result from " + instance.id());
            return;
        }
        call.result = result;
        call.errorType = succeeded ? null : CallRecorder.TOOL_ERROR;
    }

    /** The JSON-RPC response: the downstream's result, a tool error, or invalid params. */
    private byte[] respond(ToolCall call) {
        if (call.result != null) {
            return writer.toolResult(call.id, call.result);
        }
        if (ToolCall.INVALID_PARAMS.equals(call.errorType)) {
            return writer.error(call.id, McpSchema.ErrorCodes.INVALID_PARAMS, call.message);
        }
        return writer.toolText(call.id, call.message, true);
    }

    /** {@code mcp.server.operation.duration} of the call, from arrival to answer. */
    private void record(ToolCall call) {
        recorder.record(McpSchema.METHOD_TOOLS_CALL, call.recordedName(), call.errorType, System.nanoTime() - call.start);
    }
}
