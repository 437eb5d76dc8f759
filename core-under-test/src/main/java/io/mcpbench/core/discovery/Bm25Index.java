package io.mcpbench.core.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable BM25F index over the documents of one catalog snapshot, held in primitive arrays.
 *
 * <p>Scoring is the simple BM25F of Robertson and Zaragoza, the model of Lucene's
 * {@code CombinedFieldQuery}: the weighted fields are read as one field in which a word of field
 * {@code f} counts {@code w_f} times. For a query term {@code t} and document {@code d},
 * <pre>
 *   tf~(t,d)  = sum over fields f of w_f * tf_f(t,d)
 *   len~(d)   = sum over fields f of w_f * len_f(d)
 *   idf(t)    = ln(1 + (N - n_t + 0.5) / (n_t + 0.5))
 *   score(d)  = sum over query terms t of  idf(t) * tf~(t,d) / (tf~(t,d) + k1 * (1 - b + b * len~(d) / avglen~))
 * </pre>
 * where {@code len_f} counts the terms of field {@code f}, {@code avglen~} is the mean of
 * {@code len~} over all {@code N} documents, and {@code n_t} counts documents holding {@code t} in
 * any indexed field. Fields are weighted before saturation, so a word repeated across name and
 * description does not score twice at full strength, as a weighted sum of per-field BM25 scores
 * would; and one length for the whole document means a long argument list makes every field's
 * match count a little less, as it does in Lucene. Like Lucene 9, the numerator has no
 * {@code (k1 + 1)} factor. A query term repeated counts each time. Lengths are exact, not
 * Lucene's one-byte approximations.
 *
 * <p>Since {@code k1}, {@code b} and the weights are fixed per index, each posting stores its
 * saturated weight computed at build time; a search then costs one multiply-add per posting of
 * each query term. Postings are laid out by term in one array of document numbers and one of
 * weights ({@code termStart[t]} to {@code termStart[t+1]}), document numbers ascending. Document
 * numbers are positions in the snapshot's entries, so catalog order breaks score ties.
 */
final class Bm25Index {

    private final int docCount;
    private final Map<String, Integer> termIds;
    private final int[] termStart;
    private final int[] postingDocs;
    private final float[] postingWeights;
    private final float[] idf;

    private Bm25Index(int docCount, Map<String, Integer> termIds, int[] termStart, int[] postingDocs,
                      float[] postingWeights, float[] idf) {
        this.docCount = docCount;
        this.termIds = termIds;
        this.termStart = termStart;
        this.postingDocs = postingDocs;
        this.postingWeights = postingWeights;
        this.idf = idf;
    }

    /** Indexes the documents, numbered by their position in the list. */
    static Bm25Index build(List<ToolText> docs, ToolDiscoveryConfig config) {
        SearchField[] fields = SearchField.all();
        int fieldCount = fields.length;
        int n = docs.size();
        double[] weight = new double[fieldCount];
        for (int f = 0; f < fieldCount; f++) {
            weight[f] = config.weight(fields[f]);
        }

        // Pass 1: every (term, field) occurrence of every document, as term * fieldCount + field,
        // and each document's weighted length.
        HashMap<String, Integer> dictionary = new HashMap<>();
        double[] length = new double[n];
        double lengthSum = 0;
        int[] occurrences = new int[Math.max(16, n * 32)];
        int occurrenceCount = 0;
        int[] docStart = new int[n + 1];
        List<String> terms = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            docStart[d] = occurrenceCount;
            ToolText doc = docs.get(d);
            for (int f = 0; f < fieldCount; f++) {
                if (weight[f] == 0) {
                    continue;
                }
                terms.clear();
                Tokenizer.tokenize(doc.field(fields[f]), terms);
                length[d] += weight[f] * terms.size();
                if (occurrenceCount + terms.size() > occurrences.length) {
                    occurrences = Arrays.copyOf(occurrences, Math.max(occurrences.length * 2, occurrenceCount + terms.size()));
                }
                for (int i = 0, size = terms.size(); i < size; i++) {
                    Integer id = dictionary.get(terms.get(i));
                    if (id == null) {
                        id = dictionary.size();
                        dictionary.put(terms.get(i), id);
                    }
                    occurrences[occurrenceCount++] = id * fieldCount + f;
                }
            }
            lengthSum += length[d];
        }
        docStart[n] = occurrenceCount;
        int termCount = dictionary.size();

        // Pass 2: document frequencies, counting each term once per document.
        int[] docFrequency = new int[termCount];
        for (int d = 0; d < n; d++) {
            Arrays.sort(occurrences, docStart[d], docStart[d + 1]);
            int lastTerm = -1;
            for (int i = docStart[d]; i < docStart[d + 1]; i++) {
                int term = occurrences[i] / fieldCount;
                if (term != lastTerm) {
                    docFrequency[term]++;
                    lastTerm = term;
                }
            }
        }
        int[] termStart = new int[termCount + 1];
        for (int t = 0; t < termCount; t++) {
            termStart[t + 1] = termStart[t] + docFrequency[t];
        }
        float[] idf = new float[termCount];
        for (int t = 0; t < termCount; t++) {
            idf[t] = (float) Math.log(1 + (n - docFrequency[t] + 0.5) / (docFrequency[t] + 0.5));
        }

        // Pass 3: postings in document order, each with its saturated BM25F term weight.
        double averageLength = n == 0 ? 0 : lengthSum / n;
        double k1 = config.k1();
        double b = config.b();
        int[] postingDocs = new int[termStart[termCount]];
        float[] postingWeights = new float[termStart[termCount]];
        int[] cursor = Arrays.copyOf(termStart, termCount);
        for (int d = 0; d < n; d++) {
            // A document with no terms has no postings; averageLength is 0 only if none has any.
            double lengthNorm = averageLength == 0 ? 1 : 1 - b + b * length[d] / averageLength;
            double saturation = k1 * lengthNorm;
            int i = docStart[d];
            int end = docStart[d + 1];
            while (i < end) {
                int term = occurrences[i] / fieldCount;
                double tf = 0;
                while (i < end && occurrences[i] / fieldCount == term) {
                    tf += weight[occurrences[i] % fieldCount];
                    i++;
                }
                int p = cursor[term]++;
                postingDocs[p] = d;
                postingWeights[p] = (float) (tf / (tf + saturation));
            }
        }
        return new Bm25Index(n, dictionary, termStart, postingDocs, postingWeights, idf);
    }

    /** Distinct terms indexed. */
    int termCount() {
        return idf.length;
    }

    /**
     * Scores the documents matching any of the query terms and keeps the best {@code limit} of
     * those scoring at least {@code minimumScore}, best first, ties in document order. Leaves them
     * in {@code scratch.outDocs}/{@code scratch.outScores} and returns how many it kept.
     */
    int search(List<String> queryTerms, int limit, double minimumScore, Scratch scratch) {
        scratch.ensureDocs(docCount);
        float[] scores = scratch.scores;
        int[] touched = scratch.touched;
        int touchedCount = 0;
        for (int q = 0, size = queryTerms.size(); q < size; q++) {
            Integer id = termIds.get(queryTerms.get(q));
            if (id == null) {
                continue;
            }
            int term = id;
            float termIdf = idf[term];
            for (int p = termStart[term], end = termStart[term + 1]; p < end; p++) {
                int d = postingDocs[p];
                float before = scores[d];
                // Every contribution is positive, so a zero score means a first touch; recording
                // it without a branch keeps the loop free of unpredictable jumps.
                touched[touchedCount] = d;
                touchedCount += before == 0f ? 1 : 0;
                scores[d] = before + termIdf * postingWeights[p];
            }
        }
        if (touchedCount == 0) {
            return 0;
        }
        TopK top = scratch.topK(Math.min(limit, touchedCount));
        for (int i = 0; i < touchedCount; i++) {
            int d = touched[i];
            float score = scores[d];
            scores[d] = 0f;
            if (score >= minimumScore) {
                top.offer(d, score);
            }
        }
        return top.drainBestFirst(scratch.outDocs, scratch.outScores);
    }

    /** The IDF of a term, or NaN if it is not indexed; for tests. */
    double idf(String term) {
        Integer id = termIds.get(term);
        return id == null ? Double.NaN : idf[id];
    }

    /**
     * Per-thread working memory for searches, reused so that a search allocates no arrays sized
     * to the catalog. {@code scores} is all zeros between searches.
     */
    static final class Scratch {
        float[] scores = new float[0];
        int[] touched = new int[0];
        int[] outDocs = new int[0];
        float[] outScores = new float[0];
        private final TopK topK = new TopK();

        void ensureDocs(int docCount) {
            if (scores.length < docCount) {
                scores = new float[docCount];
                // One spare slot: the branch-free recording writes one past the last first touch.
                touched = new int[docCount + 1];
            }
        }

        TopK topK(int k) {
            if (outDocs.length < k) {
                outDocs = new int[k];
                outScores = new float[k];
            }
            topK.reset(k);
            return topK;
        }
    }
}
