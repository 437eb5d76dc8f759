package io.mcpbench.core.gateway;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * A downstream server that hangs: while its gate is shut every call waits on it, so a test can fill
 * the gateway's in-flight slots with calls that do not return until it opens the gate. Calls made
 * after {@link #open()} answer at once. It counts calls and the most that ever ran at once.
 */
final class GatedDownstream implements Downstream {

    /** Longer than any test waits: a call still parked then is a bug, reported as a tool error, not a hang. */
    private static final long GIVE_UP_SECONDS = 120;

    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger mostRunning = new AtomicInteger();

    @Override
    public McpSchema.CallToolResult call(String instanceId, String toolName, JsonNode arguments) {
        calls.incrementAndGet();
        mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            if (gate.getCount() > 0) {
                waiting.incrementAndGet();
                try {
                    if (!gate.await(GIVE_UP_SECONDS, TimeUnit.SECONDS)) {
                        return result(toolName + " on " + instanceId + ": the gate never opened", true);
                    }
                } finally {
                    waiting.decrementAndGet();
                }
            }
            return result(toolName + " on " + instanceId + ": ok", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return result(toolName + " on " + instanceId + ": interrupted", true);
        } finally {
            running.decrementAndGet();
        }
    }

    private static McpSchema.CallToolResult result(String text, boolean isError) {
        return new McpSchema.CallToolResult(List.of(McpSchema.TextContent.builder(text).build()), isError, null, (Map<String, Object>) null);
    }

    /** Lets every waiting call, and every later one, through. */
    void open() {
        gate.countDown();
    }

    /** Calls that reached the downstream so far. */
    int calls() {
        return calls.get();
    }

    /** The most calls that were inside the downstream at one moment. */
    int mostRunning() {
        return mostRunning.get();
    }

    /** Waits until {@code n} calls are parked at the gate; the test's own timeout bounds the wait. */
    void awaitWaiting(int n) throws InterruptedException {
        while (waiting.get() < n) {
            Thread.sleep(1);
        }
    }
}
