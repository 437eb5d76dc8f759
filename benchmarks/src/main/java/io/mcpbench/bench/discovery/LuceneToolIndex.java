package io.mcpbench.bench.discovery;

import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.discovery.SearchField;
import io.mcpbench.core.discovery.SearchHit;
import io.mcpbench.core.discovery.SearchMode;
import io.mcpbench.core.discovery.Tokenizer;
import io.mcpbench.core.discovery.ToolDiscoveryConfig;
import io.mcpbench.core.discovery.ToolText;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;

/**
 * The Lucene peer of {@code ToolDiscovery}: the same catalog in an in-memory Lucene index, searched
 * the way a Lucene application would, so a benchmark can set our search beside the standard
 * library for it.
 *
 * <p>BM25 mode indexes each {@link SearchField} with a positive weight as its own Lucene field,
 * text from {@link ToolText} split by {@link ToolTermAnalyzer} (our tokenizer, so both engines see
 * identical terms), frequencies and norms but no positions, under
 * {@link BM25Similarity}{@code (k1, b)} from the config. A query is a {@link BooleanQuery} with a
 * SHOULD clause per query term: by default a {@link CombinedFieldQuery} over the weighted fields
 * (Lucene's BM25F, the model ours implements), or, as {@link Scoring#FIELD_SUM}, a boosted
 * {@code TermQuery} per field (Lucene's usual multi-field query, which sums per-field BM25 scores).
 * The two then differ only where Lucene approximates: it keeps each field's length in one byte
 * (exact below 40 terms, rounded down by up to an eighth above) and rounds the weighted sum of
 * lengths the same way, and it counts a term's documents as the most found in any one field, where
 * ours counts those holding it in any field.
 *
 * <p>Regex mode indexes the qualified name, tool name, title and description each as one keyword
 * term of a single multi-valued field, so that one {@link RegexpQuery} (one automaton compiled per
 * query, see {@link RegexTranslation}) searches them all; it is constant-scored, so hits come in
 * catalog order, as ours do.
 *
 * <p>The index lives in a {@link ByteBuffersDirectory} that keeps each file in one buffer: with the
 * default many-buffer layout every per-term clone of an input copies the file's buffer list, which
 * doubles the time and allocation of a search. The reader and searcher are opened once and
 * reused; the query cache is off, since benchmark queries repeat and ours caches nothing. Documents keep catalog order (one writer, no deletes,
 * an order-preserving merge policy), so a document number is the entry's position. Searches are
 * thread-safe.
 */
public final class LuceneToolIndex implements Closeable {

    /** The one keyword field regex mode searches, holding each text a tool is searched by. */
    static final String RAW = "raw";

    private static final FieldType TEXT = textFieldType();

    private final SearchMode mode;
    private final CatalogEntry[] entries;
    private final String[] fieldNames;
    private final float[] fieldWeights;
    private final Scoring scoring;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private LuceneToolIndex(SearchMode mode, Scoring scoring, CatalogEntry[] entries, String[] fieldNames,
                            float[] fieldWeights, DirectoryReader reader, BM25Similarity similarity) {
        this.mode = mode;
        this.scoring = scoring;
        this.entries = entries;
        this.fieldNames = fieldNames;
        this.fieldWeights = fieldWeights;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(similarity);
        this.searcher.setQueryCache(null);
    }

    /** How word queries combine the fields. */
    public enum Scoring {
        /**
         * Lucene's own BM25F, {@link CombinedFieldQuery}: per term, field frequencies and lengths
         * weighted and summed, then one BM25 saturation, which is the model ours implements.
         * Lucene takes weights of 1 or more: smaller ones are scaled up to start at 1, and
         * {@code k1} by the same factor, which leaves every score as it was.
         */
        BM25F,
        /**
         * The usual Lucene multi-field query: per term and field a boosted {@code TermQuery}, each
         * saturated on its own and summed.
         */
        FIELD_SUM
    }

    /** Indexes the snapshot for the config's mode, with its BM25 parameters and field weights, scored as BM25F. */
    public static LuceneToolIndex build(CatalogSnapshot snapshot, ToolDiscoveryConfig config) {
        return build(snapshot, config, Scoring.BM25F);
    }

    /** Indexes the snapshot for the config's mode, word queries scored as given. */
    public static LuceneToolIndex build(CatalogSnapshot snapshot, ToolDiscoveryConfig config, Scoring scoring) {
        return build(snapshot, config, scoring, new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER));
    }

    /** Indexes the snapshot into the given empty directory. */
    static LuceneToolIndex build(CatalogSnapshot snapshot, ToolDiscoveryConfig config, Scoring scoring,
                                 Directory directory) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(config, "config");
        CatalogEntry[] entries = snapshot.entries().toArray(new CatalogEntry[0]);
        List<SearchField> fields = new ArrayList<>();
        for (SearchField field : SearchField.values()) {
            if (config.weight(field) > 0) {
                fields.add(field);
            }
        }
        String[] names = new String[fields.size()];
        float[] weights = new float[fields.size()];
        double minWeight = Double.MAX_VALUE;
        for (SearchField field : fields) {
            minWeight = Math.min(minWeight, config.weight(field));
        }
        // BM25F scales term frequencies and lengths alike by the weights, so multiplying every
        // weight and k1 by one factor changes no score: the factor that lifts the weights to
        // CombinedFieldQuery's minimum of 1.
        double scale = scoring == Scoring.BM25F && minWeight < 1 ? 1 / minWeight : 1;
        for (int f = 0; f < names.length; f++) {
            names[f] = fieldName(fields.get(f));
            weights[f] = (float) (config.weight(fields.get(f)) * scale);
        }
        BM25Similarity similarity = new BM25Similarity((float) (config.k1() * scale), (float) config.b());
        IndexWriterConfig writerConfig = new IndexWriterConfig(new ToolTermAnalyzer())
                .setSimilarity(similarity)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(256)
                .setUseCompoundFile(false)
                .setMergePolicy(new LogByteSizeMergePolicy());
        try (IndexWriter writer = new IndexWriter(directory, writerConfig)) {
            for (CatalogEntry entry : entries) {
                writer.addDocument(config.mode() == SearchMode.REGEX ? regexDocument(entry) : textDocument(entry, fields, names));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("indexing into memory failed", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            if (reader.maxDoc() != entries.length) {
                throw new IllegalStateException("indexed " + reader.maxDoc() + " documents for " + entries.length + " tools");
            }
            return new LuceneToolIndex(config.mode(), scoring, entries, names, weights, reader, similarity);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the in-memory index failed", e);
        }
    }

    /** The Lucene field a search field is indexed in. */
    static String fieldName(SearchField field) {
        return field.name();
    }

    /**
     * The best {@code limit} tools for the query, best first (ties in catalog order); in regex
     * mode the first {@code limit} matches in catalog order.
     *
     * @throws IllegalArgumentException if {@code limit < 1}, or in regex mode if the pattern is
     *                                  outside what {@link RegexTranslation} understands
     */
    public List<SearchHit> search(String query, int limit) {
        Objects.requireNonNull(query, "query");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1: " + limit);
        }
        Query q = mode == SearchMode.REGEX ? regexQuery(query) : textQuery(query);
        return q == null ? Collections.emptyList() : top(q, limit);
    }

    /** The best {@code limit} tools for a Lucene query over this index's fields. */
    List<SearchHit> top(Query q, int limit) {
        TopDocs top;
        try {
            top = searcher.search(q, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
        ScoreDoc[] docs = top.scoreDocs;
        if (docs.length == 0) {
            return Collections.emptyList();
        }
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (ScoreDoc doc : docs) {
            hits.add(new SearchHit(entries[doc.doc], doc.score));
        }
        return hits;
    }

    /** The Lucene query for free text, or null if the text has no searchable terms. */
    Query textQuery(String text) {
        List<String> terms = Tokenizer.tokens(text);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (int t = 0, n = terms.size(); t < n; t++) {
            String term = terms.get(t);
            if (scoring == Scoring.BM25F) {
                CombinedFieldQuery.Builder combined = new CombinedFieldQuery.Builder();
                for (int f = 0; f < fieldNames.length; f++) {
                    combined.addField(fieldNames[f], fieldWeights[f]);
                }
                builder.add(combined.addTerm(new BytesRef(term)).build(), BooleanClause.Occur.SHOULD);
                continue;
            }
            for (int f = 0; f < fieldNames.length; f++) {
                builder.add(new BoostQuery(new TermQuery(new Term(fieldNames[f], term)), fieldWeights[f]),
                        BooleanClause.Occur.SHOULD);
            }
        }
        return builder.build();
    }

    private static Query regexQuery(String pattern) {
        RegexTranslation translation = RegexTranslation.of(pattern);
        return new ConstantScoreQuery(new RegexpQuery(new Term(RAW, translation.regexp()), RegExp.ALL,
                translation.matchFlags(), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
    }

    private static Document textDocument(CatalogEntry entry, List<SearchField> fields, String[] names) {
        ToolText text = ToolText.of(entry);
        Document doc = new Document();
        for (int f = 0; f < names.length; f++) {
            doc.add(new Field(names[f], text.field(fields.get(f)), TEXT));
        }
        return doc;
    }

    private static Document regexDocument(CatalogEntry entry) {
        Document doc = new Document();
        doc.add(new StringField(RAW, entry.qualifiedName(), Field.Store.NO));
        doc.add(new StringField(RAW, entry.toolName(), Field.Store.NO));
        if (entry.tool().title() != null) {
            doc.add(new StringField(RAW, entry.tool().title(), Field.Store.NO));
        }
        if (entry.tool().description() != null) {
            doc.add(new StringField(RAW, entry.tool().description(), Field.Store.NO));
        }
        return doc;
    }

    private static FieldType textFieldType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.setStored(false);
        type.setOmitNorms(false);
        type.freeze();
        return type;
    }

    /** Tools indexed. */
    public int size() {
        return entries.length;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
