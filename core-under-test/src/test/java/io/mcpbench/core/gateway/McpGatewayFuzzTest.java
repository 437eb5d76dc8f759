package io.mcpbench.core.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.fuzz.FuzzAssertions;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any bytes sent to the gateway come back, within bounded time, as one JSON-RPC 2.0 response
 * holding either a result or an error with a code and a message, never an internal error; the
 * only other answer is no response at all, and only to a well-formed notification.
 *
 * <p>Seeds (tools/call and tools/list requests, good and bad) and past findings are in
 * {@code McpGatewayFuzzTestInputs/everyMessageGetsAResultOrAnError/}; see {@code comparator/FUZZING.md}.
 */
class McpGatewayFuzzTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final McpGateway GATEWAY;

    static {
        ToolCatalog catalog = GatewayFixtures.smallCatalog();
        GATEWAY = McpGateway.builder().catalog(catalog).registry(GatewayFixtures.registry(catalog, 2))
                .downstream(EchoDownstream.instant()).build();
    }

    @FuzzTest(maxDuration = "2m")
    void everyMessageGetsAResultOrAnError(byte[] message) {
        byte[] out = FuzzAssertions.callWithin(LIMIT, "handle", () -> GATEWAY.handle(message));
        if (out.length == 0) {
            assertNotification(message);
            return;
        }
        JsonNode response;
        try {
            response = JSON.readTree(out);
        } catch (JacksonException e) {
            fail("response is not JSON (" + e.getOriginalMessage() + "): " + new String(out, StandardCharsets.UTF_8));
            return;
        }
        String text = new String(out, StandardCharsets.UTF_8);
        assertTrue(response.isObject(), text);
        assertEquals("2.0", response.path("jsonrpc").asString(""), text);
        boolean result = response.has("result");
        boolean error = response.has("error");
        assertTrue(result != error, "exactly one of result and error: " + text);
        if (error) {
            JsonNode e = response.get("error");
            assertTrue(e.path("code").isIntegralNumber() && e.path("message").isString(), text);
            assertNotEquals(McpSchema.ErrorCodes.INTERNAL_ERROR, e.get("code").intValue(), "internal error: " + text);
        } else {
            assertTrue(response.get("result").isObject(), text);
        }
    }

    /** An empty answer is right only for a JSON-RPC notification: a request object without an id. */
    private static void assertNotification(byte[] message) {
        JsonNode m;
        try {
            m = JSON.readTree(message);
        } catch (JacksonException e) {
            fail("no response to a message that is not JSON: " + new String(message, StandardCharsets.UTF_8));
            return;
        }
        assertTrue(m != null && m.isObject() && !m.has("id") && "2.0".equals(m.path("jsonrpc").asString(""))
                && m.path("method").isString(), "no response to a message that is not a notification: " + m);
    }
}
