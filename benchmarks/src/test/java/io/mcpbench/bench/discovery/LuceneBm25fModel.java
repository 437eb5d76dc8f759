package io.mcpbench.bench.discovery;

import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.discovery.SearchField;
import io.mcpbench.core.discovery.Tokenizer;
import io.mcpbench.core.discovery.ToolDiscoveryConfig;
import io.mcpbench.core.discovery.ToolText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.SmallFloat;

/**
 * The score of Lucene's {@code CombinedFieldQuery} under {@code BM25Similarity}, written out over
 * plain maps, with its two approximations as switches: field lengths kept in one byte
 * ({@link SmallFloat#intToByte4}, and the weighted sum of the decoded lengths rounded and coded
 * the same way), and a term's document frequency taken as the most found in any one field. With
 * both on it is Lucene's ranking; with both off it is ours. Arithmetic is in {@code float} where
 * Lucene's is, so equal scores come out equal. For tests only: it scores every matching tool.
 */
final class LuceneBm25fModel {

    private final int docs;
    private final float k1;
    private final float b;
    private final float[] weights;
    private final boolean byteLengths;
    private final boolean fieldDocFrequency;
    /** Per document, per field: term counts. */
    private final List<List<Map<String, Integer>>> termCounts = new ArrayList<>();
    private final int[][] lengths;
    private final Map<String, Set<Integer>> documentsWith = new HashMap<>();
    private final Map<String, int[]> fieldDocFrequencies = new HashMap<>();
    private final float averageLength;

    LuceneBm25fModel(CatalogSnapshot snapshot, ToolDiscoveryConfig config, boolean byteLengths, boolean fieldDocFrequency) {
        SearchField[] fields = SearchField.values();
        this.docs = snapshot.size();
        this.k1 = (float) config.k1();
        this.b = (float) config.b();
        this.byteLengths = byteLengths;
        this.fieldDocFrequency = fieldDocFrequency;
        this.weights = new float[fields.length];
        for (int f = 0; f < fields.length; f++) {
            weights[f] = (float) config.weight(fields[f]);
        }
        this.lengths = new int[docs][fields.length];
        long[] fieldTermTotals = new long[fields.length];
        for (int d = 0; d < docs; d++) {
            ToolText text = ToolText.of(snapshot.entries().get(d));
            List<Map<String, Integer>> counts = new ArrayList<>();
            for (int f = 0; f < fields.length; f++) {
                List<String> terms = weights[f] > 0 ? Tokenizer.tokens(text.field(fields[f])) : List.of();
                Map<String, Integer> count = new HashMap<>();
                for (String term : terms) {
                    count.merge(term, 1, Integer::sum);
                }
                for (String term : count.keySet()) {
                    documentsWith.computeIfAbsent(term, t -> new HashSet<>()).add(d);
                    fieldDocFrequencies.computeIfAbsent(term, t -> new int[fields.length])[f]++;
                }
                counts.add(count);
                lengths[d][f] = terms.size();
                fieldTermTotals[f] += terms.size();
            }
            termCounts.add(counts);
        }
        // Lucene sums each field's total term count times its weight into a long; every tool has
        // a name, so the combined field's document count is the number of tools.
        long weightedLengthSum = 0;
        for (int f = 0; f < fields.length; f++) {
            weightedLengthSum += (double) weights[f] * fieldTermTotals[f];
        }
        this.averageLength = (float) (weightedLengthSum / (double) docs);
    }

    /** Document numbers of the best {@code limit} tools, best first, equal scores in document order. */
    List<Integer> top(String query, int limit) {
        List<String> terms = Tokenizer.tokens(query);
        Set<Integer> candidates = new HashSet<>();
        for (String term : terms) {
            candidates.addAll(documentsWith.getOrDefault(term, Set.of()));
        }
        List<Integer> ranked = new ArrayList<>(candidates);
        Map<Integer, Float> scores = new HashMap<>();
        for (int d : ranked) {
            scores.put(d, score(d, terms));
        }
        ranked.sort((x, y) -> {
            int byScore = Float.compare(scores.get(y), scores.get(x));
            return byScore != 0 ? byScore : Integer.compare(x, y);
        });
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    private float score(int doc, List<String> terms) {
        float score = 0;
        for (String term : terms) {
            Set<Integer> with = documentsWith.get(term);
            if (with == null) {
                continue;
            }
            int df = with.size();
            if (fieldDocFrequency) {
                df = 0;
                for (int n : fieldDocFrequencies.get(term)) {
                    df = Math.max(df, n);
                }
            }
            float idf = (float) Math.log(1 + (docs - df + 0.5D) / (df + 0.5D));
            float freq = 0;
            for (int f = 0; f < weights.length; f++) {
                freq += weights[f] * termCounts.get(doc).get(f).getOrDefault(term, 0);
            }
            if (freq > 0) {
                float normInverse = 1f / (k1 * ((1 - b) + b * length(doc) / averageLength));
                score += idf - idf / (1f + freq * normInverse);
            }
        }
        return score;
    }

    private float length(int doc) {
        float length = 0;
        for (int f = 0; f < weights.length; f++) {
            int fieldLength = lengths[doc][f];
            length += weights[f] * (byteLengths ? SmallFloat.byte4ToInt(SmallFloat.intToByte4(fieldLength)) : fieldLength);
        }
        return byteLengths ? SmallFloat.byte4ToInt(SmallFloat.intToByte4(Math.round(length))) : length;
    }
}
