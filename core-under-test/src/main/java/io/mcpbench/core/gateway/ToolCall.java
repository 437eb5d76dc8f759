package io.mcpbench.core.gateway;

import io.mcpbench.core.binding.ToolBinding;
import io.mcpbench.core.routing.Instance;
import io.modelcontextprotocol.spec.McpSchema;
import tools.jackson.databind.JsonNode;

/**
 * One {@code tools/call} on its way through the {@link ToolCallPipeline}: what the request said,
 * what each stage found (the tool, the slots, the instance) and how the call ended (a result, a
 * tool error, or invalid params). Lives for one call on one thread.
 */
final class ToolCall {

    /** The {@code error.type} recorded for invalid params, as the JSON-RPC code. */
    static final String INVALID_PARAMS = Integer.toString(McpSchema.ErrorCodes.INVALID_PARAMS);

    final JsonNode id;
    final JsonNode params;
    final String sessionKey;
    final SessionBindings session;
    final long start;

    /** bind: the qualified name asked for, its arguments, and its binding once found. */
    String name;
    JsonNode arguments;
    ToolBinding tool;
    /** admit: the slots of the tool's server, one of which the call holds (with one of the gateway's). */
    Permits server;
    /** route: the instance that runs the call. */
    Instance instance;

    /** invoke: the downstream's result, or null when the call ended otherwise. */
    McpSchema.CallToolResult result;
    /** The {@code error.type} to record: null for success, a {@link CallRecorder} type or {@link #INVALID_PARAMS}. */
    String errorType;
    /** What a call that ended without a result says. */
    String message;

    ToolCall(JsonNode id, JsonNode params, String sessionKey, SessionBindings session, long start) {
        this.id = id;
        this.params = params;
        this.sessionKey = sessionKey;
        this.session = session;
        this.start = start;
    }

    /** Ends the call with a JSON-RPC invalid-params error; false, so a stage can return it. */
    boolean invalidParams(String why) {
        errorType = INVALID_PARAMS;
        message = why;
        return false;
    }

    /** Ends the call with a tool error the model can read and act on; false, so a stage can return it. */
    boolean toolError(String type, String why) {
        errorType = type;
        message = why;
        return false;
    }

    /** The tool name to record: only a name the catalog knows (clients choose the others, unbounded). */
    String recordedName() {
        return tool == null ? null : name;
    }
}
