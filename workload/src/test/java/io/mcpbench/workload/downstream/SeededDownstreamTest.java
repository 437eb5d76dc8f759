package io.mcpbench.workload.downstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SeededDownstreamTest {

    private static final JsonNode ARGS = JsonMapper.shared().readTree("{\"query\":\"find me\",\"limit\":3}");

    private static List<Boolean> outcomes(SeededDownstream d, int n) {
        List<Boolean> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Boolean.TRUE.equals(d.call("i-0", "search", ARGS).isError()));
        }
        return out;
    }

    @Test
    void theFailureRateIsHonouredAndTheSameSeedFailsTheSameCalls() {
        SeededDownstream a = new SeededDownstream(11, LatencyModel.zero(), LatencySpend.BUSY_SPIN, 0.3);
        List<Boolean> first = outcomes(a, 10_000);
        double rate = first.stream().filter(b -> b).count() / 10_000.0;
        assertEquals(0.3, rate, 0.02);
        assertEquals(first, outcomes(new SeededDownstream(11, LatencyModel.zero(), LatencySpend.BUSY_SPIN, 0.3), 10_000));
        assertFalse(first.equals(outcomes(new SeededDownstream(12, LatencyModel.zero(), LatencySpend.BUSY_SPIN, 0.3), 10_000)));
    }

    @Test
    void rateZeroNeverFailsAndRateOneAlwaysFails() {
        assertTrue(outcomes(new SeededDownstream(1, LatencyModel.zero(), LatencySpend.PARK, 0.0), 1_000).stream().noneMatch(b -> b));
        assertTrue(outcomes(new SeededDownstream(1, LatencyModel.zero(), LatencySpend.PARK, 1.0), 1_000).stream().allMatch(b -> b));
    }

    @Test
    void theResultEchoesTheToolInstanceAndFirstArgument() {
        McpSchema.CallToolResult r = SeededDownstream.instant(1).call("weather-2", "forecast", ARGS);
        assertEquals(Boolean.FALSE, r.isError());
        assertEquals("forecast on weather-2: query=find me", ((McpSchema.TextContent) r.content().get(0)).text());
        String longValue = "x".repeat(100);
        McpSchema.CallToolResult cut = SeededDownstream.instant(1).call("i", "t",
                JsonMapper.shared().readTree("{\"body\":\"" + longValue + "\"}"));
        assertEquals("t on i: body=" + "x".repeat(SeededDownstream.ECHO_LIMIT), ((McpSchema.TextContent) cut.content().get(0)).text());
        assertEquals("t on i: no arguments", ((McpSchema.TextContent) SeededDownstream.instant(1)
                .call("i", "t", JsonMapper.shared().createObjectNode()).content().get(0)).text());
        assertEquals("t on i: filter=object", ((McpSchema.TextContent) SeededDownstream.instant(1)
                .call("i", "t", JsonMapper.shared().readTree("{\"filter\":{\"a\":1}}")).content().get(0)).text());
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SeededDownstream(1, LatencyModel.zero(), LatencySpend.PARK, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new SeededDownstream(1, LatencyModel.zero(), LatencySpend.PARK, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> LatencyModel.logNormal(0, 10));
        assertThrows(IllegalArgumentException.class, () -> LatencyModel.logNormal(10, 5));
        assertThrows(IllegalArgumentException.class, () -> LatencyModel.fixed(-1));
    }

    @Test
    void theLogNormalModelHasTheRequestedMedianAndP99() {
        LatencyModel model = LatencyModel.logNormal(1_000_000, 20_000_000);
        SplittableRandom random = new SplittableRandom(5);
        long[] samples = new long[200_000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = model.sampleNanos(random);
            assertTrue(samples[i] >= 0);
        }
        Arrays.sort(samples);
        assertEquals(1_000_000, samples[samples.length / 2], 30_000);
        assertEquals(20_000_000, samples[(int) (samples.length * 0.99)], 1_500_000);
    }

    @Test
    void spendingWaitsAtLeastTheLatency() {
        for (LatencySpend spend : LatencySpend.values()) {
            long start = System.nanoTime();
            spend.spend(2_000_000);
            assertTrue(System.nanoTime() - start >= 2_000_000, spend.name());
        }
    }

    @Test
    void latencyIsSpentOnTheCallingThread() {
        SeededDownstream d = new SeededDownstream(1, LatencyModel.fixed(3_000_000), LatencySpend.PARK, 0.0);
        long start = System.nanoTime();
        d.call("i", "t", ARGS);
        assertTrue(System.nanoTime() - start >= 3_000_000);
    }
}
