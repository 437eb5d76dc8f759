package io.mcpbench.bench.discovery;

import io.mcpbench.core.discovery.Tokenizer;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A Lucene analyzer that splits text with mcpbench's own {@link Tokenizer} (identifier splitting,
 * lower-casing, the same stop words), so the Lucene peer indexes exactly the terms our index does
 * and a comparison measures the engines, not two different analyses. Used for indexing; queries
 * are tokenized with {@link Tokenizer} directly and built as term queries.
 */
final class ToolTermAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new ToolTermTokenizer());
    }

    /** Reads the whole field, tokenizes it once on {@link #reset()}, then hands out its terms. */
    private static final class ToolTermTokenizer extends org.apache.lucene.analysis.Tokenizer {

        private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
        private final StringBuilder text = new StringBuilder();
        private final char[] buffer = new char[1024];
        private final List<String> terms = new ArrayList<>();
        private int next;

        @Override
        public void reset() throws IOException {
            super.reset();
            text.setLength(0);
            Reader in = input;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
            }
            terms.clear();
            Tokenizer.tokenize(text.toString(), terms);
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next >= terms.size()) {
                return false;
            }
            clearAttributes();
            termAttribute.setEmpty().append(terms.get(next++));
            return true;
        }
    }
}
