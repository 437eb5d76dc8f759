package io.mcpbench.core.discovery;

/**
 * The best {@code k} of a stream of (document, score) pairs, kept in a bounded binary min-heap on
 * primitive arrays whose root is the worst kept pair. A higher score is better; on equal scores
 * the lower document number is better, so results do not depend on the order pairs arrive in.
 * Reused across searches by one thread.
 */
final class TopK {

    private int[] docs = new int[16];
    private float[] scores = new float[16];
    private int capacity;
    private int size;

    /** Empties the heap and sets how many pairs it keeps. */
    void reset(int k) {
        if (docs.length < k) {
            docs = new int[k];
            scores = new float[k];
        }
        capacity = k;
        size = 0;
    }

    /** Keeps the pair if it is among the best {@code k} seen since the last reset. */
    void offer(int doc, float score) {
        if (size < capacity) {
            siftUp(size++, doc, score);
        } else if (capacity > 0 && isWorse(docs[0], scores[0], doc, score)) {
            siftDown(0, doc, score);
        }
    }

    /** Writes the kept pairs best first into the arrays (each at least {@code k} long), empties the heap, returns the count. */
    int drainBestFirst(int[] outDocs, float[] outScores) {
        int count = size;
        while (size > 0) {
            int last = --size;
            outDocs[last] = docs[0];
            outScores[last] = scores[0];
            if (last > 0) {
                siftDown(0, docs[last], scores[last]);
            }
        }
        return count;
    }

    /** Whether pair a ranks below pair b. */
    private static boolean isWorse(int docA, float scoreA, int docB, float scoreB) {
        return scoreA < scoreB || (scoreA == scoreB && docA > docB);
    }

    private void siftUp(int i, int doc, float score) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!isWorse(doc, score, docs[parent], scores[parent])) {
                break;
            }
            docs[i] = docs[parent];
            scores[i] = scores[parent];
            i = parent;
        }
        docs[i] = doc;
        scores[i] = score;
    }

    private void siftDown(int i, int doc, float score) {
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && isWorse(docs[right], scores[right], docs[child], scores[child])) {
                child = right;
            }
            if (!isWorse(docs[child], scores[child], doc, score)) {
                break;
            }
            docs[i] = docs[child];
            scores[i] = scores[child];
            i = child;
        }
        docs[i] = doc;
        scores[i] = score;
    }
}
