package io.mcpbench.bench.transport;

import io.mcpbench.core.gateway.McpGateway;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tool call the SDK server front received, handed to the gateway: written back to a
 * {@code tools/call} request's bytes, handled by {@link McpGateway#handle(byte[], String)} (bind,
 * validate, admit, route, downstream, metrics) under the client's session key, and its answer read
 * back as the SDK's result, or as an {@link McpError} for a JSON-RPC error, which the SDK then
 * sends as one. The round trip through bytes is the price of putting the gateway, which speaks
 * bytes, behind the SDK's transports; it is paid alike on every transport, in-memory included.
 */
final class GatewayToolCall {

    private final McpGateway gateway;
    private final McpJsonMapper mapper;
    private final JsonMapper json = JsonMapper.shared();
    private final AtomicLong ids = new AtomicLong();

    GatewayToolCall(McpGateway gateway, McpJsonMapper mapper) {
        this.gateway = gateway;
        this.mapper = mapper;
    }

    /** Runs {@code request} through the gateway under {@code sessionKey} (null: no session). */
    McpSchema.CallToolResult call(McpSchema.CallToolRequest request, String sessionKey) {
        ObjectNode message = json.createObjectNode();
        message.put("jsonrpc", "2.0");
        message.put("id", ids.incrementAndGet());
        message.put("method", McpSchema.METHOD_TOOLS_CALL);
        ObjectNode params = message.putObject("params");
        params.put("name", request.name());
        Map<String, Object> arguments = request.arguments();
        params.set("arguments", arguments == null ? json.createObjectNode() : json.valueToTree(arguments));
        JsonNode response = json.readTree(gateway.handle(json.writeValueAsBytes(message), sessionKey));
        JsonNode error = response.get("error");
        if (error != null) {
            throw new McpError(new McpSchema.JSONRPCResponse.JSONRPCError(error.path("code").asInt(),
                    error.path("message").asString(), null));
        }
        try {
            return mapper.readValue(json.writeValueAsString(response.get("result")), McpSchema.CallToolResult.class);
        } catch (IOException e) {
            throw new IllegalStateException("the gateway's tool result is not an MCP CallToolResult: " + e.getMessage(), e);
        }
    }
}
