package io.mcpbench.core.validation;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.ExecutionContextCustomizer;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One tool's {@code inputSchema}, compiled once and validated against many times, from any number
 * of threads. A call's arguments are checked as the Jackson tree the request was parsed into: first
 * against the argument limits, then by a fail-fast pass that only answers yes or no. Only a call
 * that fails is validated a second time, in full, to name every failing field; valid calls, the
 * common case, pay for neither error collection nor annotation collection.
 *
 * <p>A schema that was rejected at compile time can still be bound: its {@link #rejected(String)}
 * form refuses every call with the rejection reason.
 */
public final class CompiledSchema {

    /** Most errors kept in one invalid result; the count of the rest is in its message. */
    static final int MAX_ERRORS = 100;

    private static final JsonNode NO_ARGUMENTS = JsonNodeFactory.instance.objectNode();

    /** Yes/no pass: stops at the first failure, collects no annotations, asserts no formats. */
    private static final ExecutionConfig FAST = ExecutionConfig.builder()
            .locale(Locale.ROOT)
            .failFast(true)
            .annotationCollectionEnabled(false)
            .formatAssertionsEnabled(false)
            .build();

    /** Full pass for invalid calls: every error, still no annotations or format assertions. */
    private static final ExecutionConfig FULL = ExecutionConfig.builder()
            .locale(Locale.ROOT)
            .failFast(false)
            .annotationCollectionEnabled(false)
            .formatAssertionsEnabled(false)
            .build();

    /** Answers whether the pass found no error, without building an output structure. */
    private static final OutputFormat<java.lang.Boolean> PASSED = new OutputFormat<>() {
        @Override
        public void customize(ExecutionContext context, SchemaContext schemaContext) {
            // the context was created with FAST already
        }

        @Override
        public java.lang.Boolean format(Schema schema, ExecutionContext context, SchemaContext schemaContext) {
            return context.getErrors().isEmpty();
        }
    };

    private static final ExecutionContextCustomizer NO_CUSTOMIZER = null;

    private final Schema schema;
    private final ArgumentGuard guard;
    private final ValidationResult rejection;

    CompiledSchema(Schema schema, ValidationLimits limits) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.guard = new ArgumentGuard(limits);
        this.rejection = null;
    }

    private CompiledSchema(String reason) {
        this.schema = null;
        this.guard = null;
        this.rejection = ValidationResult.invalid("", "tool inputSchema is unusable: " + reason);
    }

    /** A schema that refuses every call, saying why the tool's schema was rejected. */
    public static CompiledSchema rejected(String reason) {
        return new CompiledSchema(Objects.requireNonNull(reason, "reason"));
    }

    /** Whether this schema stands for a rejected one and refuses every call. */
    public boolean isRejected() {
        return rejection != null;
    }

    /**
     * Validates one call's arguments. {@code null} (arguments omitted, as MCP allows) is validated
     * as an empty object. Never throws for bad arguments: limits broken, schema mismatches and
     * evaluation failures all come back as an invalid result.
     */
    public ValidationResult validate(JsonNode arguments) {
        if (rejection != null) {
            return rejection;
        }
        JsonNode args = arguments == null ? NO_ARGUMENTS : arguments;
        ValidationResult overLimit = guard.check(args);
        if (overLimit != null) {
            return overLimit;
        }
        try {
            if (schema.validate(new ExecutionContext(FAST), args, PASSED, NO_CUSTOMIZER)) {
                return ValidationResult.valid();
            }
            return describe(schema.validate(new ExecutionContext(FULL), args, OutputFormat.DEFAULT, NO_CUSTOMIZER));
        } catch (RuntimeException e) {
            return ValidationResult.invalid("", "schema could not be evaluated: " + SchemaCompiler.oneLine(e));
        }
    }

    private static ValidationResult describe(List<Error> found) {
        if (found.isEmpty()) {
            return ValidationResult.invalid("", "does not match the schema");
        }
        int n = Math.min(found.size(), MAX_ERRORS);
        List<ValidationError> errors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            errors.add(toError(found.get(i)));
        }
        return ValidationResult.invalid(errors);
    }

    private static ValidationError toError(Error error) {
        String path = error.getInstanceLocation().toString();
        String property = error.getProperty();
        if (property != null && isMissingPropertyKeyword(error.getKeyword())) {
            path = path + '/' + property.replace("~", "~0").replace("/", "~1");
        }
        return new ValidationError(path, error.getMessage());
    }

    private static boolean isMissingPropertyKeyword(String keyword) {
        return "required".equals(keyword) || "dependentRequired".equals(keyword) || "dependencies".equals(keyword);
    }

    @Override
    public String toString() {
        return rejection != null ? "CompiledSchema[rejected]" : "CompiledSchema[" + schema.getSchemaLocation() + "]";
    }
}
