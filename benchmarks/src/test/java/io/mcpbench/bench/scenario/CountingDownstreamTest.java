package io.mcpbench.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.workload.downstream.SeededDownstream;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CountingDownstreamTest {

    @Test
    void countsEachInstancesCallsAndNotesItsFirst() {
        CountingDownstream d = new CountingDownstream(List.of("a", "b", "c"), SeededDownstream.instant(1));
        var args = JsonMapper.shared().createObjectNode();
        long before = System.nanoTime();
        d.call("a", "t", args);
        d.call("a", "t", args);
        d.call("c", "t", args);
        assertFalse(d.call("other", "t", args).isError(), "an instance not counted is still answered");
        assertArrayEquals(new long[] {2, 0, 1}, d.counts());
        assertTrue(d.firstCallNanos(0) >= before);
        assertEquals(0, d.firstCallNanos(1));
        d.forgetFirstCalls();
        assertEquals(0, d.firstCallNanos(0));
        d.call("b", "t", args);
        assertTrue(d.firstCallNanos(1) > 0);
        assertArrayEquals(new long[] {2, 1, 1}, d.counts(), "forgetting first calls keeps the counts");
    }
}
