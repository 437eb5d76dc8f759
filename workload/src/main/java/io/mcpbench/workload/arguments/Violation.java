package io.mcpbench.workload.arguments;

/**
 * The one way in which a generated argument object breaks its tool's {@code inputSchema}. Each
 * names the JSON Schema keyword a validator should report, so tests and benchmarks can check not
 * only that a validator rejects the arguments but that it rejects them for the right reason.
 */
public enum Violation {
    /** A property listed in {@code required} is absent. */
    MISSING_REQUIRED("required"),
    /** A property has a value of a type its schema does not allow. */
    WRONG_TYPE("type"),
    /** A string property has a value outside its {@code enum}. */
    NOT_IN_ENUM("enum"),
    /** A number is below its {@code minimum}. */
    BELOW_MINIMUM("minimum"),
    /** A number is above its {@code maximum}. */
    ABOVE_MAXIMUM("maximum"),
    /** A string is shorter than its {@code minLength}. */
    TOO_SHORT("minLength"),
    /** A string is longer than its {@code maxLength}. */
    TOO_LONG("maxLength"),
    /** A string does not match its {@code pattern}. */
    PATTERN_MISMATCH("pattern"),
    /** An array has fewer items than its {@code minItems}. */
    TOO_FEW_ITEMS("minItems"),
    /** An array has more items than its {@code maxItems}. */
    TOO_MANY_ITEMS("maxItems"),
    /** A property the schema does not declare, where {@code additionalProperties} is {@code false}. */
    ADDITIONAL_PROPERTY("additionalProperties");

    private final String keyword;

    Violation(String keyword) {
        this.keyword = keyword;
    }

    /** The JSON Schema keyword this violation breaks. */
    public String keyword() {
        return keyword;
    }
}
