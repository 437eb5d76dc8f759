package io.mcpbench.compare.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcpbench.compare.model.RowKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeerTableTest {

    private static PeerRatio ratio(double r, double low, double high) {
        return new PeerRatio(RowKey.of("B.m", "avgt", Map.of("impl", "mcpbench"), 1, RowKey.PRIMARY), "impl", "sdk",
                "ns/op", 5, 5, r, low, high, 0.95, "");
    }

    @Test
    void aRatioReadsInTheWordsOfItsSide() {
        assertEquals("3.20x faster", PeerTable.ratio(3.2));
        assertEquals("2.00x slower", PeerTable.ratio(0.5));
        assertEquals("-", PeerTable.ratio(Double.NaN));
    }

    @Test
    void anIntervalReadsInTheWordsOfItsRatioOrNamesBothSides() {
        assertEquals("[3.01x, 3.40x]", PeerTable.interval(ratio(3.2, 3.01, 3.4)));
        assertEquals("[1.89x, 2.13x]", PeerTable.interval(ratio(0.5, 1 / 2.13, 1 / 1.89)), "slower by 1.89 to 2.13 times");
        assertEquals("[1.03x slower, 1.07x faster]", PeerTable.interval(ratio(1.02, 1 / 1.03, 1.07)));
        assertEquals("cannot be computed: 1 fork a side", PeerTable.interval(new PeerRatio(ratio(2, 0, 0).ours(), "impl",
                "sdk", "ns/op", 1, 1, 2.0, Double.NaN, Double.NaN, 0.95, "")));
    }
}
