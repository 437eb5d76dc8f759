package io.mcpbench.bench.scenario;

import io.mcpbench.core.gateway.Downstream;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.JsonNode;

/**
 * A downstream that counts, per instance, the calls it receives and when it received its first,
 * then lets another downstream answer: what each server instance would see, so a scenario can tell
 * how the gateway spreads calls without looking inside it. The instances are fixed up front;
 * calls to any other instance are answered but not counted.
 */
final class CountingDownstream implements Downstream {

    private final Downstream answer;
    private final Map<String, Integer> index = new HashMap<>();
    private final LongAdder[] calls;
    private final AtomicLongArray firstCall;

    CountingDownstream(List<String> instanceIds, Downstream answer) {
        this.answer = answer;
        this.calls = new LongAdder[instanceIds.size()];
        this.firstCall = new AtomicLongArray(instanceIds.size());
        for (int i = 0; i < calls.length; i++) {
            index.put(instanceIds.get(i), i);
            calls[i] = new LongAdder();
        }
    }

    @Override
    public McpSchema.CallToolResult call(String instanceId, String toolName, JsonNode arguments) {
        Integer i = index.get(instanceId);
        if (i != null) {
            calls[i].increment();
            if (firstCall.get(i) == 0) {
                firstCall.compareAndSet(i, 0, System.nanoTime());
            }
        }
        return answer.call(instanceId, toolName, arguments);
    }

    /** The calls each instance has received so far, in the order the instances were given. */
    long[] counts() {
        long[] out = new long[calls.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = calls[i].sum();
        }
        return out;
    }

    /** The {@link System#nanoTime()} of instance {@code i}'s first call since {@link #forgetFirstCalls()}, or 0 if none. */
    long firstCallNanos(int i) {
        return firstCall.get(i);
    }

    /** Starts watching for first calls anew. */
    void forgetFirstCalls() {
        for (int i = 0; i < calls.length; i++) {
            firstCall.set(i, 0);
        }
    }
}
