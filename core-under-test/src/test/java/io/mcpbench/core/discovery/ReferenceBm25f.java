package io.mcpbench.core.discovery;

import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.catalog.CatalogSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deliberately plain BM25F scorer over maps and lists, written straight from the formula (the
 * weighted fields read as one field: weighted term counts, one weighted document length), to
 * check the array-based index against (here and, through the test-jar, on generated catalogs).
 */
public final class ReferenceBm25f {

    private final List<CatalogEntry> entries;
    private final ToolDiscoveryConfig config;
    private final List<Map<SearchField, List<String>>> docs = new ArrayList<>();
    private final List<Double> length = new ArrayList<>();
    private double averageLength;
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    public ReferenceBm25f(CatalogSnapshot snapshot, ToolDiscoveryConfig config) {
        this.entries = snapshot.entries();
        this.config = config;
        for (CatalogEntry entry : entries) {
            ToolText text = ToolText.of(entry);
            Map<SearchField, List<String>> fields = new HashMap<>();
            Set<String> distinct = new HashSet<>();
            double weightedLength = 0;
            for (SearchField f : SearchField.values()) {
                List<String> terms = config.weight(f) > 0 ? Tokenizer.tokens(text.field(f)) : List.of();
                fields.put(f, terms);
                distinct.addAll(terms);
                weightedLength += config.weight(f) * terms.size();
            }
            length.add(weightedLength);
            averageLength += weightedLength;
            for (String t : distinct) {
                documentFrequency.merge(t, 1, Integer::sum);
            }
            docs.add(fields);
        }
        averageLength /= entries.size();
    }

    double score(int doc, String query) {
        double score = 0;
        int n = entries.size();
        for (String term : Tokenizer.tokens(query)) {
            Integer df = documentFrequency.get(term);
            if (df == null) {
                continue;
            }
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            double tf = 0;
            for (SearchField f : SearchField.values()) {
                tf += config.weight(f) * Collections.frequency(docs.get(doc).get(f), term);
            }
            if (tf > 0) {
                double norm = 1 - config.b() + config.b() * length.get(doc) / averageLength;
                score += idf * tf / (tf + config.k1() * norm);
            }
        }
        return score;
    }

    /** Every document with a positive score, best first, ties in catalog order. */
    public List<SearchHit> rank(String query) {
        List<SearchHit> hits = new ArrayList<>();
        for (int d = 0; d < entries.size(); d++) {
            double s = score(d, query);
            if (s > 0) {
                hits.add(new SearchHit(entries.get(d), s));
            }
        }
        hits.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
                : a.qualifiedName().compareTo(b.qualifiedName()));
        return hits;
    }
}
