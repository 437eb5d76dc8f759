package io.mcpbench.core.validation;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds that keep a hostile tool schema or call from costing more than it is worth. Schema limits
 * are checked once when a schema is compiled; argument limits are checked on every call, in one
 * cheap walk of the argument tree, before the JSON Schema validator sees it, so a ten-thousand
 * level nesting or a multi-megabyte string never reaches a recursive evaluator. The evaluation
 * limits bound what no walk of the arguments can foresee: the work a schema's {@code $ref}s make
 * of them. A schema that would break an evaluation limit on every call (a {@code $ref} loop that
 * never steps into the arguments, a chain or fan-out of references past the limit) is refused when
 * it is compiled; whatever else breaks one during a call makes that call invalid, saying which.
 *
 * <p>The pattern limits bound the {@code pattern} and {@code patternProperties} matches of one call
 * together, whatever the length of the strings and the number of patterns: a step budget per
 * character would let a multi-megabyte argument hold a thread for as long as its size allows, and
 * validation runs before a call takes an in-flight permit, so load shedding would not bound it.
 * A pattern that breaks one makes the call invalid, naming the limit and the pattern. Within them
 * a match gets its true answer at any length: strings too long for the JDK's recursive matcher go
 * to a linear-time one (see {@code BudgetedRegexFactory}).
 *
 * <p>A large {@code enum} needs no limit of its own: its values count towards {@code
 * maxSchemaNodes} and {@code maxSchemaSize}, and it is looked up by hash on every path.
 *
 * @param maxSchemaDepth       deepest nesting of objects and arrays in the schema document
 * @param maxSchemaNodes       most JSON values (objects, arrays, scalars) in the schema document;
 *                             an {@code enum} of more values than this is refused
 * @param maxArgumentDepth     deepest nesting of objects and arrays in the arguments
 * @param maxArgumentSize      most size units in the arguments: the characters of every string
 *                             value and property name, plus one for every value (close to the
 *                             size of the arguments written as compact JSON, without quotes)
 * @param maxObjectProperties  most properties in any one object of the arguments
 * @param maxSchemaSize        most size units in the schema document, counted as for the
 *                             arguments: bounds the memory a schema takes however its bytes are
 *                             spread (a few huge {@code enum} values, a long {@code pattern})
 * @param maxEvaluationDepth   deepest nesting of subschemas the validator may enter for one call:
 *                             every {@code $ref}, {@code allOf}/{@code anyOf}/{@code oneOf}
 *                             branch, property and item schema is one level. The evaluator
 *                             recurses, so this bounds its stack: a {@code $ref} loop ends here
 *                             instead of in a {@code StackOverflowError}
 * @param maxEvaluationSteps   most subschemas and keywords the validator may evaluate for one
 *                             call: bounds its time when references fan out (a definition that
 *                             refers to the next one twice, forty deep, is 2^40 evaluations)
 * @param maxPatternSteps      most characters all pattern matches of one call may read together:
 *                             bounds backtracking, and a match by the linear matcher reads each
 *                             character about three times. Counted, so the same arguments always
 *                             get the same answer
 * @param maxPatternTime       most wall-clock time all pattern matches of one call may take
 *                             together, looked at every thousand or so reads: the backstop for
 *                             what reads do not measure (a very large pattern does more work
 *                             per character read)
 */
public record ValidationLimits(
        int maxSchemaDepth,
        int maxSchemaNodes,
        int maxArgumentDepth,
        long maxArgumentSize,
        int maxObjectProperties,
        long maxSchemaSize,
        int maxEvaluationDepth,
        long maxEvaluationSteps,
        long maxPatternSteps,
        Duration maxPatternTime) {

    private static final long DEFAULT_SCHEMA_SIZE = 4L << 20;
    private static final int DEFAULT_EVALUATION_DEPTH = 256;
    private static final long DEFAULT_EVALUATION_STEPS = 1_000_000L;
    private static final long DEFAULT_PATTERN_STEPS = 32_000_000L;
    private static final Duration DEFAULT_PATTERN_TIME = Duration.ofSeconds(1);

    private static final ValidationLimits DEFAULTS = new ValidationLimits(64, 20_000, 64, 4L << 20, 1_000);

    public ValidationLimits {
        requirePositive("maxSchemaDepth", maxSchemaDepth);
        requirePositive("maxSchemaNodes", maxSchemaNodes);
        requirePositive("maxArgumentDepth", maxArgumentDepth);
        requirePositive("maxArgumentSize", maxArgumentSize);
        requirePositive("maxObjectProperties", maxObjectProperties);
        requirePositive("maxSchemaSize", maxSchemaSize);
        requirePositive("maxEvaluationDepth", maxEvaluationDepth);
        requirePositive("maxEvaluationSteps", maxEvaluationSteps);
        requirePositive("maxPatternSteps", maxPatternSteps);
        Objects.requireNonNull(maxPatternTime, "maxPatternTime");
        if (maxPatternTime.isNegative() || maxPatternTime.isZero()) {
            throw new IllegalArgumentException("maxPatternTime must be positive: " + maxPatternTime);
        }
    }

    /** The given schema, argument and evaluation limits, with the default pattern limits. */
    public ValidationLimits(int maxSchemaDepth, int maxSchemaNodes, int maxArgumentDepth, long maxArgumentSize,
            int maxObjectProperties, long maxSchemaSize, int maxEvaluationDepth, long maxEvaluationSteps) {
        this(maxSchemaDepth, maxSchemaNodes, maxArgumentDepth, maxArgumentSize, maxObjectProperties, maxSchemaSize,
                maxEvaluationDepth, maxEvaluationSteps, DEFAULT_PATTERN_STEPS, DEFAULT_PATTERN_TIME);
    }

    /** The given schema and argument limits, with the default schema size, evaluation and pattern limits. */
    public ValidationLimits(int maxSchemaDepth, int maxSchemaNodes, int maxArgumentDepth, long maxArgumentSize,
            int maxObjectProperties) {
        this(maxSchemaDepth, maxSchemaNodes, maxArgumentDepth, maxArgumentSize, maxObjectProperties,
                DEFAULT_SCHEMA_SIZE, DEFAULT_EVALUATION_DEPTH, DEFAULT_EVALUATION_STEPS);
    }

    /**
     * Limits fitted to real MCP tools with a wide margin: schemas up to depth 64, 20,000 nodes and
     * 4 Mi size units (the largest seen are about 7 KB; an {@code enum} of 10,000 short names fits),
     * arguments up to depth 64, 4 Mi size units and 1,000 properties per object, and evaluation up
     * to 256 subschemas deep (arguments at the depth limit, each level behind a reference or two;
     * a few hundred KB of stack, within the default 1 MB of a thread) and 1,000,000 steps (about a
     * tenth of a second of one core; a call of the common shape takes a few dozen), and pattern
     * matching up to 32,000,000 character reads and 1 s per call: room for a string at the
     * argument size limit matched by two linear-time patterns (about 12,600,000 reads and 0.15 s
     * each), or a quarter to half a second of backtracking; a call of the common shape reads a
     * few dozen.
     */
    public static ValidationLimits defaults() {
        return DEFAULTS;
    }

    /** These limits with another evaluation depth and step budget. */
    public ValidationLimits withEvaluation(int maxEvaluationDepth, long maxEvaluationSteps) {
        return new ValidationLimits(maxSchemaDepth, maxSchemaNodes, maxArgumentDepth, maxArgumentSize,
                maxObjectProperties, maxSchemaSize, maxEvaluationDepth, maxEvaluationSteps, maxPatternSteps,
                maxPatternTime);
    }

    /** These limits with another pattern step and time budget per call. */
    public ValidationLimits withPatternBudget(long maxPatternSteps, Duration maxPatternTime) {
        return new ValidationLimits(maxSchemaDepth, maxSchemaNodes, maxArgumentDepth, maxArgumentSize,
                maxObjectProperties, maxSchemaSize, maxEvaluationDepth, maxEvaluationSteps, maxPatternSteps,
                maxPatternTime);
    }

    /** {@link #maxPatternTime()} in nanoseconds, {@code Long.MAX_VALUE} for any longer than that holds. */
    long maxPatternNanos() {
        try {
            return maxPatternTime.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
