package io.mcpbench.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The meter sees memory that is held, and stops seeing it once it is released. */
class HeapMeterTest {

    private static final int HELD = 32 * 1024 * 1024;

    @Test
    void heldMemoryShowsUpAndReleasedMemoryGoesAway() {
        long before = HeapMeter.usedAfterGc();
        byte[][] held = new byte[32][];
        for (int i = 0; i < held.length; i++) {
            held[i] = new byte[HELD / held.length];
        }
        long during = HeapMeter.usedAfterGc();
        long grew = during - before;
        assertTrue(grew > HELD * 0.9 && grew < HELD * 1.2, "grew by " + grew + " holding " + HELD);
        held[0][0] = 1;
        held = null;
        long after = HeapMeter.usedAfterGc();
        assertTrue(during - after > HELD * 0.9, "released " + (during - after));
    }
}
