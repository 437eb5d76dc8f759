package io.mcpbench.bench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HistogramPeerTest {

    @ParameterizedTest
    @ValueSource(strings = {Peer.MCPBENCH, Peer.MICROMETER, Peer.PROMETHEUS, Peer.OTEL, Peer.HDRHISTOGRAM,
        Peer.LONGADDER_BUCKETS, Peer.LONGADDER})
    void everyPeerRecords(String impl) {
        HistogramPeer recorder = HistogramPeer.create(impl);
        assertEquals(0, recorder.count(), impl);
        for (long nanos : LatencySamples.lognormalNanos(3)) {
            recorder.record(nanos);
        }
        assertTrue(recorder.count() > 0, impl);
    }

    @Test
    void adderBucketsCountEveryValueOnceWhateverItsSize() {
        HistogramPeer recorder = HistogramPeer.create(Peer.LONGADDER_BUCKETS);
        long[] values = {0, 1, 5_000_000, 10_000_000_000L, Long.MAX_VALUE / 2};
        for (long v : values) {
            recorder.record(v);
        }
        assertEquals(values.length, recorder.count());
    }

    @Test
    void unknownPeerIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> HistogramPeer.create("nope"));
    }
}
