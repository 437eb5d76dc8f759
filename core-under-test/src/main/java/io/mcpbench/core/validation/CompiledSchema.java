package io.mcpbench.core.validation;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.ExecutionContextCustomizer;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.ValidationLimitExceededException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One tool's {@code inputSchema}, compiled once and validated against many times, from any number
 * of threads. A call's arguments are checked as the Jackson tree the request was parsed into (no
 * conversion to maps and back): first against the argument limits, in one cheap walk, then by the
 * JSON Schema library with annotation collection and format assertions off. Schemas of the common
 * MCP shape also get a {@link FastPath} that proves typical calls valid without the library. A
 * valid call, the common case, returns the shared {@link ValidationResult#valid()}; an invalid one
 * names every failing field.
 *
 * <p>A schema that was rejected at compile time can still be bound: its {@link #rejected(String)}
 * form refuses every call with the rejection reason.
 */
public final class CompiledSchema {

    /** Most errors kept in one invalid result: enough to fix a call, bounded for hostile ones. */
    static final int MAX_ERRORS = 100;

    /**
     * Longest error message kept: every realistic one fits, and a hundred of them stay small even
     * when a message would quote a multi-megabyte value or property name.
     */
    static final int MAX_MESSAGE_CHARS = 1_000;

    /** Enum values the library's message may list; a longer enumeration is counted, not listed. */
    static final int MAX_LISTED_ENUM_VALUES = 50;

    private static final JsonNode NO_ARGUMENTS = JsonNodeFactory.instance.objectNode();

    /** Hands back the context's error list as it is, without building any output structure. */
    private static final OutputFormat<List<Error>> ERRORS = new OutputFormat<>() {
        @Override
        public void customize(ExecutionContext context, SchemaContext schemaContext) {
            // the context was created with this schema's execution config already
        }

        @Override // java.util.List spelled out: OutputFormat.List shadows it here
        public java.util.List<Error> format(Schema schema, ExecutionContext context, SchemaContext schemaContext) {
            return context.getErrors();
        }
    };

    private static final ExecutionContextCustomizer NO_CUSTOMIZER = null;

    private final Schema schema;
    private final FastPath fastPath;
    private final ArgumentGuard guard;
    private final ExecutionConfig config;
    private final ValidationLimits limits;
    private final ValidationResult rejection;

    CompiledSchema(Schema schema, FastPath fastPath, ValidationLimits limits) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.fastPath = fastPath;
        this.guard = new ArgumentGuard(limits);
        this.config = executionConfig(limits);
        this.limits = limits;
        this.rejection = null;
    }

    private CompiledSchema(String reason) {
        this.schema = null;
        this.fastPath = null;
        this.guard = null;
        this.config = null;
        this.limits = null;
        this.rejection = ValidationResult.invalid("", "tool inputSchema is unusable: " + reason);
    }

    /**
     * One pass collects every error. Fail-fast would not make the valid path cheaper (it only
     * stops at the first error, and {@code anyOf}/{@code oneOf} branches turn it off anyway), and
     * an invalid call would then need a second pass to name every field. The library counts
     * subschemas entered and keywords evaluated against the evaluation limits, and gives up with a
     * {@link ValidationLimitExceededException} past either.
     */
    private static ExecutionConfig executionConfig(ValidationLimits limits) {
        return ExecutionConfig.builder()
                .locale(Locale.ROOT)
                .failFast(false)
                .annotationCollectionEnabled(false)
                .formatAssertionsEnabled(false)
                .maxEvaluationDepth(limits.maxEvaluationDepth())
                .maxEvaluationSteps(limits.maxEvaluationSteps())
                .build();
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
     * evaluation failures all come back as an invalid result. Every pattern match of the call,
     * on the fast path and in the library, draws on one {@link PatternBudget}.
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
        PatternBudget patterns = PatternBudget.current();
        boolean opened = patterns.openIfClosed(limits.maxPatternSteps(), limits.maxPatternNanos());
        try {
            ValidationResult result = evaluate(args);
            PatternLimitExceeded refused = patterns.refusal();
            return refused == null ? result : ValidationResult.invalid("", refused.getMessage());
        } finally {
            if (opened) {
                patterns.close();
            }
        }
    }

    /** The fast path's proof, else the library's verdict; every pattern match charges the call's budget. */
    private ValidationResult evaluate(JsonNode args) {
        if (fastPath != null && fastPath.provablyValid(args)) {
            return ValidationResult.valid();
        }
        try {
            List<Error> errors = schema.validate(new ExecutionContext(config), args, ERRORS, NO_CUSTOMIZER);
            return errors.isEmpty() ? ValidationResult.valid() : describe(errors);
        } catch (ValidationLimitExceededException e) {
            return overLimit(e);
        } catch (PatternLimitExceeded e) {
            return ValidationResult.invalid("", e.getMessage());
        } catch (RuntimeException e) {
            return ValidationResult.invalid("", "schema could not be evaluated: " + SchemaCompiler.oneLine(e));
        } catch (StackOverflowError e) {
            // Only on a thread whose stack is too small for maxEvaluationDepth; nothing shared is half-built.
            return ValidationResult.invalid("", "schema evaluation overflowed the thread's stack before the limit of "
                    + limits.maxEvaluationDepth() + " nested subschemas (maxEvaluationDepth)");
        }
    }

    private ValidationResult overLimit(ValidationLimitExceededException e) {
        String path = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
        if (e.getLimitKind() == ValidationLimitExceededException.LimitKind.EVALUATION_DEPTH) {
            return ValidationResult.invalid(path, "schema evaluation nests deeper than the limit of "
                    + limits.maxEvaluationDepth() + " subschemas (maxEvaluationDepth)");
        }
        return ValidationResult.invalid(path, "schema evaluation takes more than the limit of "
                + limits.maxEvaluationSteps() + " steps (maxEvaluationSteps)");
    }

    private static ValidationResult describe(List<Error> found) {
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
        return new ValidationError(path, message(error));
    }

    /**
     * The library's message, shortened to {@link #MAX_MESSAGE_CHARS}. A missed {@code enum} of
     * many values is described without asking the library, whose message lists every value and
     * would cost a copy of the whole enumeration per error.
     */
    private static String message(Error error) {
        JsonNode values = error.getSchemaNode();
        if ("enum".equals(error.getKeyword()) && values != null && values.isArray()
                && values.size() > MAX_LISTED_ENUM_VALUES) {
            return "does not have a value in the enumeration of " + values.size() + " values";
        }
        String message = error.getMessage();
        if (message.length() <= MAX_MESSAGE_CHARS) {
            return message;
        }
        int end = Character.isHighSurrogate(message.charAt(MAX_MESSAGE_CHARS - 1)) ? MAX_MESSAGE_CHARS - 1 : MAX_MESSAGE_CHARS;
        return message.substring(0, end) + "... (" + message.length() + " characters)";
    }

    private static boolean isMissingPropertyKeyword(String keyword) {
        return "required".equals(keyword) || "dependentRequired".equals(keyword) || "dependencies".equals(keyword);
    }

    /** Whether calls that are plainly valid skip the library (see {@link FastPath}). */
    boolean hasFastPath() {
        return fastPath != null;
    }

    @Override
    public String toString() {
        return rejection != null ? "CompiledSchema[rejected]" : "CompiledSchema[" + schema.getSchemaLocation() + "]";
    }
}
