package io.mcpbench.core.gateway;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * A downstream for tests that answers at once with {@code "<tool> on <instance>: <name>=<value>"}
 * (the first argument, or {@code no arguments}), so a test can see which instance a call reached;
 * one made with {@link #failingEvery} fails exactly every n-th call, counted over all threads.
 */
public final class EchoDownstream implements Downstream {

    private final long failEvery;
    private final AtomicLong calls = new AtomicLong();

    private EchoDownstream(long failEvery) {
        this.failEvery = failEvery;
    }

    /** A downstream that never fails. */
    public static EchoDownstream instant() {
        return new EchoDownstream(0);
    }

    /** A downstream whose every {@code n}-th call is a tool error. */
    public static EchoDownstream failingEvery(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        return new EchoDownstream(n);
    }

    @Override
    public McpSchema.CallToolResult call(String instanceId, String toolName, JsonNode arguments) {
        if (failEvery > 0 && calls.incrementAndGet() % failEvery == 0) {
            return result(toolName + " on " + instanceId + " failed: test downstream error", true);
        }
        return result(toolName + " on " + instanceId + ": " + first(arguments), false);
    }

    private static String first(JsonNode arguments) {
        for (Map.Entry<String, JsonNode> e : arguments.properties()) {
            return e.getKey() + "=" + e.getValue().asString();
        }
        return "no arguments";
    }

    private static McpSchema.CallToolResult result(String text, boolean isError) {
        return new McpSchema.CallToolResult(List.of(McpSchema.TextContent.builder(text).build()), isError, null, (Map<String, Object>) null);
    }
}
