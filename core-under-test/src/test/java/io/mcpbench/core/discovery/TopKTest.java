package io.mcpbench.core.discovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopKTest {

    @Test
    void keepsBestKBestFirstWithTiesInDocumentOrder() {
        TopK top = new TopK();
        top.reset(3);
        top.offer(7, 1f);
        top.offer(2, 5f);
        top.offer(9, 3f);
        top.offer(4, 3f);
        top.offer(1, 0.5f);
        top.offer(3, 3f);
        int[] docs = new int[3];
        float[] scores = new float[3];

        assertEquals(3, top.drainBestFirst(docs, scores));
        assertArrayEquals(new int[] {2, 3, 4}, docs);
        assertArrayEquals(new float[] {5f, 3f, 3f}, scores);
    }

    @Test
    void matchesSortingOnRandomInputWhateverTheArrivalOrder() {
        Random random = new Random(42);
        TopK top = new TopK();
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(200);
            int k = 1 + random.nextInt(25);
            List<float[]> pairs = new ArrayList<>();
            for (int d = 0; d < n; d++) {
                // Few distinct scores, so ties are common.
                pairs.add(new float[] {d, random.nextInt(6)});
            }
            java.util.Collections.shuffle(pairs, random);
            top.reset(k);
            for (float[] p : pairs) {
                top.offer((int) p[0], p[1]);
            }
            int[] docs = new int[k];
            float[] scores = new float[k];
            int count = top.drainBestFirst(docs, scores);

            pairs.sort(Comparator.<float[]>comparingDouble(p -> -p[1]).thenComparingDouble(p -> p[0]));
            assertEquals(Math.min(k, n), count);
            for (int i = 0; i < count; i++) {
                assertEquals((int) pairs.get(i)[0], docs[i], "round " + round + " rank " + i);
                assertEquals(pairs.get(i)[1], scores[i]);
            }
        }
    }
}
