package io.mcpbench.core.validation;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.dialect.DefaultDialectRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.DialectRegistry;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.vocabulary.Vocabularies;
import com.networknt.schema.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code minimum}, {@code maximum}, {@code exclusiveMinimum} and {@code exclusiveMaximum} with a
 * primitive fast path. The library compares an integer argument with the bound of a {@code
 * "type": "number"} property by building two {@code BigDecimal}s from strings on every call; MCP
 * schemas type most numeric arguments as {@code number} and half of them carry a bound. Here an
 * argument that is an int or long (or a double) is compared as a primitive when that comparison
 * is exact, and passes without further work; anything else, and every failure, goes to the
 * library's own validator, so semantics and error messages are the library's.
 */
final class NumericBoundKeyword implements Keyword {

    private final KeywordType delegate;

    private NumericBoundKeyword(KeywordType delegate) {
        this.delegate = delegate;
    }

    /**
     * The standard dialects with fast bounds (draft-07, 2019-09, 2020-12); any other dialect,
     * such as one a custom meta-schema defines with its own vocabularies, is the library's.
     */
    static DialectRegistry dialects() {
        Map<String, Dialect> fast = new HashMap<>();
        for (Dialect standard : List.of(Dialects.getDraft7(), Dialects.getDraft201909(), Dialects.getDraft202012())) {
            fast.put(withoutFragment(standard.getId()), install(standard));
        }
        DialectRegistry library = DefaultDialectRegistry.getInstance();
        return (id, registry) -> {
            Dialect dialect = fast.get(withoutFragment(id));
            return dialect != null ? dialect : library.getDialect(id, registry);
        };
    }

    private static String withoutFragment(String id) {
        return id.endsWith("#") ? id.substring(0, id.length() - 1) : id;
    }

    /**
     * The dialect with the four bound keywords replaced by their fast-path versions. From 2019-09 on
     * keywords come from vocabularies, so the replacement goes into the validation vocabulary: a
     * custom meta-schema that turns that vocabulary off then turns the fast keywords off too.
     */
    static Dialect install(Dialect dialect) {
        List<Keyword> fast = List.of(new NumericBoundKeyword(KeywordType.MINIMUM),
                new NumericBoundKeyword(KeywordType.MAXIMUM),
                new NumericBoundKeyword(KeywordType.EXCLUSIVE_MINIMUM),
                new NumericBoundKeyword(KeywordType.EXCLUSIVE_MAXIMUM));
        if (dialect.getSpecificationVersion().getOrder() < SpecificationVersion.DRAFT_2019_09.getOrder()) {
            return Dialect.builder(dialect).keywords(fast).build();
        }
        return Dialect.builder(dialect).vocabularyRegistry(id -> withFastBounds(Vocabularies.getVocabulary(id), fast)).build();
    }

    private static Vocabulary withFastBounds(Vocabulary vocabulary, List<Keyword> fast) {
        if (vocabulary == null || (!vocabulary.equals(Vocabulary.DRAFT_2020_12_VALIDATION)
                && !vocabulary.equals(Vocabulary.DRAFT_2019_09_VALIDATION))) {
            return vocabulary;
        }
        List<Keyword> keywords = new ArrayList<>();
        for (Keyword keyword : vocabulary.getKeywords()) {
            Keyword replacement = keyword;
            for (Keyword f : fast) {
                if (f.getValue().equals(keyword.getValue())) {
                    replacement = f;
                }
            }
            keywords.add(replacement);
        }
        return new Vocabulary(vocabulary.getId(), keywords.toArray(Keyword[]::new));
    }

    @Override
    public String getValue() {
        return delegate.getValue();
    }

    @Override
    public KeywordValidator newValidator(SchemaLocation location, JsonNode schemaNode, Schema parent,
            SchemaContext context) {
        KeywordValidator library = delegate.newValidator(location, schemaNode, parent, context);
        NumericBound bound = NumericBound.of(delegate.getValue(), schemaNode);
        return bound == null ? library : new Bound(library, bound);
    }

    /** Passes what it can prove passes; hands everything else to the library's validator. */
    private static final class Bound implements KeywordValidator {
        private final KeywordValidator library;
        private final NumericBound bound;

        Bound(KeywordValidator library, NumericBound bound) {
            this.library = library;
            this.bound = bound;
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath location) {
            if (!bound.provablyHolds(node)) {
                library.validate(context, node, root, location);
            }
        }

        @Override
        public String getKeyword() {
            return library.getKeyword();
        }

        @Override
        public SchemaLocation getSchemaLocation() {
            return library.getSchemaLocation();
        }

        @Override
        public void preloadSchema() {
            library.preloadSchema();
        }
    }
}
