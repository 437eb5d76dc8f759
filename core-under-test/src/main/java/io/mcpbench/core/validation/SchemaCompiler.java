package io.mcpbench.core.validation;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.ResourceLoader;
import com.networknt.schema.resource.SchemaLoader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compiles tool input schemas into {@link CompiledSchema}s, once per schema. A schema is read as
 * JSON Schema 2020-12 unless its {@code $schema} names another draft (draft-07 is common among MCP
 * servers). A gateway compiles schemas that strangers wrote, so compilation is closed to the
 * outside: a {@code $ref} to anything but the JSON Schema meta-schemas bundled with the library,
 * or the local schemas this compiler was given, is refused, and nothing is ever fetched over the
 * network or read from a file. Schemas over the {@link ValidationLimits} are refused too, and so
 * are schemas whose {@code $ref}s would break an evaluation limit on every call (see {@link
 * RefGuard}).
 *
 * <p>Every {@code pattern} match draws on its call's step and time budget and gets its true answer
 * at any length the limits allow (see {@link BudgetedRegexFactory}).
 *
 * <p>Format assertions are off (the 2020-12 default; draft-07 allows it), which keeps {@code
 * format} from costing a parse of every date or URI on the hot path.
 */
public final class SchemaCompiler {

    private static final String META_SCHEMA_HOST = "json-schema.org/";

    private final ValidationLimits limits;
    private final boolean fastPaths;
    private final SchemaGuard guard;
    private final RefGuard refGuard;
    private final Function<String, String> localSchemas;
    private final SchemaRegistry registry;
    private final SpecificationVersion defaultVersion;
    private final Map<SpecificationVersion, Schema> metaSchemas = new ConcurrentHashMap<>();

    /** A compiler with the given limits, 2020-12 by default, that knows no schemas but the meta-schemas. */
    public SchemaCompiler(ValidationLimits limits) {
        this(limits, SchemaDraft.DRAFT_2020_12, iri -> null);
    }

    /**
     * A compiler that reads schemas without {@code $schema} as {@code defaultDraft} and resolves
     * references to the absolute IRIs {@code localSchemas} knows (it returns the schema's JSON text,
     * or {@code null} for an unknown IRI) without any I/O of its own.
     */
    public SchemaCompiler(ValidationLimits limits, SchemaDraft defaultDraft, Function<String, String> localSchemas) {
        this(limits, defaultDraft, localSchemas, true);
    }

    /** As above; {@code fastPaths} false sends every call to the library (to test both ways agree). */
    SchemaCompiler(ValidationLimits limits, SchemaDraft defaultDraft, Function<String, String> localSchemas,
            boolean fastPaths) {
        this.fastPaths = fastPaths;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.guard = new SchemaGuard(limits);
        this.refGuard = new RefGuard(limits);
        this.localSchemas = Objects.requireNonNull(localSchemas, "localSchemas");
        SchemaLoader loader = new SchemaLoader(List.of(), List.of(new LocalResourceLoader()), this::allowed, null);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .locale(Locale.ROOT)
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(false)
                .preloadSchema(true)
                .regularExpressionFactory(new BudgetedRegexFactory(limits))
                .build();
        this.defaultVersion = Objects.requireNonNull(defaultDraft, "defaultDraft").version();
        this.registry = SchemaRegistry.withDefaultDialect(defaultVersion,
                b -> b.schemaLoader(loader).schemaRegistryConfig(config).schemaCacheEnabled(false)
                        .dialectRegistry(NumericBoundKeyword.dialects()));
    }

    /** The limits every compiled schema enforces. */
    public ValidationLimits limits() {
        return limits;
    }

    /** Compiles a schema given as {@link io.modelcontextprotocol.spec.McpSchema.Tool#inputSchema()} holds it. */
    public CompiledSchema compile(Map<String, Object> inputSchema) {
        if (inputSchema == null) {
            throw new SchemaRejectedException("inputSchema is missing");
        }
        guard.checkDepth(inputSchema);
        JsonNode tree;
        try {
            tree = JsonMapper.shared().valueToTree(inputSchema);
        } catch (RuntimeException e) {
            throw new SchemaRejectedException("inputSchema is not JSON: " + oneLine(e), e);
        }
        return compile(tree);
    }

    /** Compiles a schema document; throws {@link SchemaRejectedException} saying why it cannot be used. */
    public CompiledSchema compile(JsonNode inputSchema) {
        if (inputSchema == null || inputSchema.isMissingNode() || inputSchema.isNull()) {
            throw new SchemaRejectedException("inputSchema is missing");
        }
        if (!inputSchema.isObject() && !inputSchema.isBoolean()) {
            throw new SchemaRejectedException("inputSchema must be an object or a boolean, not "
                    + inputSchema.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        guard.check(inputSchema);
        SpecificationVersion version = checkAgainstMetaSchema(inputSchema);
        try {
            if (version != null) {
                refGuard.check(inputSchema, version.getOrder() < SpecificationVersion.DRAFT_2019_09.getOrder());
            }
            JsonNode stripped = AnnotationStripper.strip(inputSchema);
            Schema schema = registry.getSchema(stripped);
            schema.initializeValidators();
            return new CompiledSchema(schema, fastPaths ? FastPath.of(stripped) : null, limits);
        } catch (SchemaRejectedException e) {
            throw e;
        } catch (RuntimeException e) {
            SchemaRejectedException refused = findRefusal(e);
            if (refused != null) {
                throw new SchemaRejectedException(refused.getMessage(), e);
            }
            throw new SchemaRejectedException("inputSchema is invalid: " + oneLine(e), e);
        } catch (StackOverflowError e) {
            throw new SchemaRejectedException(
                    "inputSchema is too deeply self-referential to compile: its $refs overflowed the thread's stack");
        }
    }

    /**
     * Refuses a document that its draft's meta-schema refuses ({@code "type": 5}, {@code "required":
     * "x"}), which the library would otherwise compile into a schema that silently accepts or
     * rejects everything. Documents on a custom meta-schema are left to the library.
     *
     * @return the document's draft, or {@code null} if it names a custom meta-schema
     */
    private SpecificationVersion checkAgainstMetaSchema(JsonNode document) {
        SpecificationVersion version = defaultVersion;
        JsonNode declared = document.get("$schema");
        if (declared != null) {
            if (!declared.isString()) {
                throw new SchemaRejectedException("inputSchema $schema must be a string");
            }
            version = SpecificationVersion.fromDialectId(declared.stringValue()).orElse(null);
            if (version == null) {
                return null;
            }
        }
        Schema meta = metaSchemas.computeIfAbsent(version,
                v -> registry.getSchema(SchemaLocation.of(v.getDialectId())));
        List<com.networknt.schema.Error> errors = meta.validate(document,
                context -> context.executionConfig(c -> c.formatAssertionsEnabled(false)));
        if (!errors.isEmpty()) {
            com.networknt.schema.Error first = errors.get(0);
            String path = first.getInstanceLocation().toString();
            throw new SchemaRejectedException("inputSchema is not a valid " + version.name() + " schema: "
                    + (path.isEmpty() ? "(root)" : path) + ": " + first.getMessage());
        }
        return version;
    }

    private boolean allowed(AbsoluteIri iri) {
        String id = withoutFragment(iri.toString());
        if (isMetaSchema(id) || localSchemas.apply(id) != null) {
            return true;
        }
        throw new SchemaRejectedException("inputSchema refers to " + id
                + ", which is not a local schema (remote and file references are never fetched)");
    }

    private static boolean isMetaSchema(String id) {
        return id.startsWith("https://" + META_SCHEMA_HOST) || id.startsWith("http://" + META_SCHEMA_HOST);
    }

    private static String withoutFragment(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(0, hash);
    }

    private static SchemaRejectedException findRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SchemaRejectedException refused) {
                return refused;
            }
        }
        return null;
    }

    /** The first line of an exception's message, or its type when it has none. */
    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int eol = message.indexOf('\n');
        return eol < 0 ? message : message.substring(0, eol);
    }

    /** Serves only what {@code localSchemas} knows; never opens a connection or a file. */
    private final class LocalResourceLoader implements ResourceLoader {
        @Override
        public InputStreamSource getResource(AbsoluteIri iri) {
            String text = localSchemas.apply(withoutFragment(iri.toString()));
            if (text == null) {
                return null;
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return () -> new ByteArrayInputStream(bytes);
        }
    }
}
