package io.mcpbench.core.gateway;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON-RPC layer: reads a request's bytes once into a tree (checked field by field against
 * {@link McpSchema.JSONRPCRequest}'s shape), hands a well-formed request to its method, and
 * answers everything that is not one itself. Protocol errors follow MCP 2025-11-25: bytes that are
 * not well-formed UTF-8 or not JSON -32700 (without an id, which 2025-11-25 allows and which
 * {@code null} would break), a message that is not a JSON-RPC request -32600, an unknown method
 * -32601, an unexpected failure -32603. A notification (a request without an id) reaches no method
 * and gets no response. Never throws.
 */
final class JsonRpcEnvelope {

    /** What {@link #handle} returns for a notification: no response. */
    static final byte[] NO_RESPONSE = new byte[0];

    private final JsonMapper mapper;
    private final ResponseWriter writer;
    private final Map<String, GatewayMethod> methods;

    /** An envelope serving {@code methods}, keyed by JSON-RPC method name. */
    JsonRpcEnvelope(JsonMapper mapper, ResponseWriter writer, Map<String, GatewayMethod> methods) {
        this.mapper = mapper;
        this.writer = writer;
        this.methods = Map.copyOf(methods);
    }

    /**
     * The response to one message, or {@link #NO_RESPONSE} for a notification.
     *
     * @param sessionKey the caller's routing key, or null
     * @param session    the bindings of the caller's session, or null
     */
    byte[] handle(byte[] request, String sessionKey, SessionBindings session) {
        long start = System.nanoTime();
        if (!Utf8.isWellFormed(request)) {
            return parseError("the request is not well-formed UTF-8");
        }
        JsonNode root;
        try {
            root = mapper.readTree(request);
        } catch (JacksonException e) {
            return parseError(ResponseWriter.firstLine(e.getOriginalMessage()));
        } catch (RuntimeException e) {
            return parseError(ResponseWriter.firstLine(e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            return parseError("no JSON value");
        }
        try {
            return dispatch(root, sessionKey, session, start);
        } catch (RuntimeException | StackOverflowError e) {
            JsonNode id = root.isObject() ? validId(root.get("id")) : null;
            return writer.error(id, McpSchema.ErrorCodes.INTERNAL_ERROR, "Internal error: " + ResponseWriter.firstLine(e.toString()));
        }
    }

    private byte[] dispatch(JsonNode root, String sessionKey, SessionBindings session, long start) {
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
        GatewayMethod target = methods.get(name);
        if (target == null) {
            return writer.error(id, McpSchema.ErrorCodes.METHOD_NOT_FOUND, "Method not found: " + name);
        }
        return target.answer(id, params, sessionKey, session, start);
    }

    private byte[] parseError(String why) {
        return writer.error(null, McpSchema.ErrorCodes.PARSE_ERROR, "Parse error: " + why);
    }

    private byte[] invalidRequest(JsonNode id, String why) {
        return writer.error(id, McpSchema.ErrorCodes.INVALID_REQUEST, "Invalid Request: " + why);
    }

    /** The id if MCP allows it (a string or an integer), else null. */
    private static JsonNode validId(JsonNode id) {
        return id != null && (id.isString() || id.isIntegralNumber()) ? id : null;
    }
}
