package io.mcpbench.bench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CounterPeerTest {

    @ParameterizedTest
    @ValueSource(strings = {Peer.MCPBENCH, Peer.MICROMETER, Peer.PROMETHEUS, Peer.OTEL, Peer.LONGADDER})
    void everyPeerCounts(String impl) {
        CounterPeer counter = CounterPeer.create(impl);
        assertEquals(0, counter.total(), impl);
        for (int i = 0; i < 7; i++) {
            counter.increment();
        }
        assertEquals(7, counter.total(), impl);
    }

    @Test
    void aPeerWithoutACounterIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CounterPeer.create(Peer.HDRHISTOGRAM));
        assertTrue(e.getMessage().contains("hdrhistogram") && e.getMessage().contains("micrometer"), e.getMessage());
    }
}
