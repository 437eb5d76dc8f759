package io.mcpbench.workload.downstream;

import io.mcpbench.core.gateway.Downstream;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;

/**
 * A simulated {@link Downstream} whose latencies and failures come from a seed, so two runs put the
 * same load on the gateway. Each calling thread draws from its own stream, split from the seed in
 * the order threads first call; one thread's sequence of latencies and failures is therefore the
 * same on every run. The result text echoes the tool and the first argument, so the answer depends
 * on the request, as a real server's does, without costing more than a few small strings.
 */
public final class SeededDownstream implements Downstream {

    /** The longest argument value echoed back, in characters. */
    static final int ECHO_LIMIT = 32;

    private final LatencyModel latency;
    private final LatencySpend spend;
    private final double failureRate;
    private final SplittableRandom root;
    private final ThreadLocal<SplittableRandom> random;

    /**
     * A downstream drawing from {@code seed}.
     *
     * @param seed        the seed of every random choice
     * @param latency     the latency distribution; {@link LatencyModel#zero()} for microbenchmarks
     * @param spend       how latency is spent on the calling thread
     * @param failureRate the probability, in [0, 1], that a call fails
     */
    public SeededDownstream(long seed, LatencyModel latency, LatencySpend spend, double failureRate) {
        this.latency = Objects.requireNonNull(latency, "latency");
        this.spend = Objects.requireNonNull(spend, "spend");
        if (!(failureRate >= 0.0 && failureRate <= 1.0)) {
            throw new IllegalArgumentException("failure rate must be in [0, 1]: " + failureRate);
        }
        this.failureRate = failureRate;
        this.root = new SplittableRandom(seed);
        this.random = ThreadLocal.withInitial(this::splitRoot);
    }

    /** A downstream that answers at once and never fails. */
    public static SeededDownstream instant(long seed) {
        return new SeededDownstream(seed, LatencyModel.zero(), LatencySpend.BUSY_SPIN, 0.0);
    }

    private synchronized SplittableRandom splitRoot() {
        return root.split();
    }

    /** The probability that a call fails. */
    public double failureRate() {
        return failureRate;
    }

    /** The latency distribution. */
    public LatencyModel latency() {
        return latency;
    }

    @Override
    public McpSchema.CallToolResult call(String instanceId, String toolName, JsonNode arguments) {
        SplittableRandom r = random.get();
        spend.spend(latency.sampleNanos(r));
        if (failureRate > 0.0 && r.nextDouble() < failureRate) {
            return result(toolName + " on " + instanceId + " failed: simulated downstream error", true);
        }
        return result(toolName + " on " + instanceId + ": " + echo(arguments), false);
    }

    private static McpSchema.CallToolResult result(String text, boolean isError) {
        return new McpSchema.CallToolResult(List.of(McpSchema.TextContent.builder(text).build()), isError, null, (Map<String, Object>) null);
    }

    /** The first argument as {@code name=value}, the value cut to {@link #ECHO_LIMIT} characters. */
    static String echo(JsonNode arguments) {
        if (arguments == null || arguments.isEmpty()) {
            return "no arguments";
        }
        for (Map.Entry<String, JsonNode> first : arguments.properties()) {
            JsonNode value = first.getValue();
            String text = value.isValueNode() ? value.asString() : value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
            if (text.length() > ECHO_LIMIT) {
                text = text.substring(0, ECHO_LIMIT);
            }
            return first.getKey() + "=" + text;
        }
        return "no arguments";
    }
}
