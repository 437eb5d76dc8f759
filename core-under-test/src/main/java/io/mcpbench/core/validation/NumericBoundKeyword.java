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

    /** Longs up to 2^53 in magnitude convert to double exactly. */
    private static final long EXACT_IN_DOUBLE = 1L << 53;

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
        if (schemaNode.isIntegralNumber() && schemaNode.canConvertToLong()) {
            return new Bound(library, mode(), true, schemaNode.longValue(), 0.0);
        }
        if ((schemaNode.isDouble() || schemaNode.isFloat()) && Double.isFinite(schemaNode.doubleValue())) {
            return new Bound(library, mode(), false, 0L, schemaNode.doubleValue());
        }
        return library;
    }

    private int mode() {
        return switch (delegate) {
            case MINIMUM -> Bound.AT_LEAST;
            case EXCLUSIVE_MINIMUM -> Bound.ABOVE;
            case MAXIMUM -> Bound.AT_MOST;
            default -> Bound.BELOW;
        };
    }

    /** Passes what it can prove passes; hands everything else to the library's validator. */
    private static final class Bound implements KeywordValidator {
        static final int AT_LEAST = 0;
        static final int ABOVE = 1;
        static final int AT_MOST = 2;
        static final int BELOW = 3;

        private final KeywordValidator library;
        private final int mode;
        private final boolean integral;
        private final long longBound;
        private final double doubleBound;

        Bound(KeywordValidator library, int mode, boolean integral, long longBound, double doubleBound) {
            this.library = library;
            this.mode = mode;
            this.integral = integral;
            this.longBound = longBound;
            this.doubleBound = doubleBound;
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath location) {
            if (!passes(node)) {
                library.validate(context, node, root, location);
            }
        }

        private boolean passes(JsonNode node) {
            if (node.isInt() || node.isLong()) {
                long value = node.longValue();
                if (integral) {
                    return holds(Long.compare(value, longBound));
                }
                return Math.abs(value) < EXACT_IN_DOUBLE && holds(compare(value, doubleBound));
            }
            if (node.isDouble()) {
                double value = node.doubleValue();
                if (Double.isNaN(value)) {
                    return false;
                }
                if (integral) {
                    return Math.abs(longBound) < EXACT_IN_DOUBLE && holds(compare(value, longBound));
                }
                return holds(compare(value, doubleBound));
            }
            return false;
        }

        private static int compare(double a, double b) {
            return a < b ? -1 : (a > b ? 1 : 0);
        }

        private boolean holds(int comparison) {
            return switch (mode) {
                case AT_LEAST -> comparison >= 0;
                case ABOVE -> comparison > 0;
                case AT_MOST -> comparison <= 0;
                default -> comparison < 0;
            };
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
