package io.mcpbench.bench.validation;

import java.util.List;

/**
 * One argument validator as a benchmark drives it: built over a list of calls, with everything
 * its best setup allows done up front (schemas compiled or registered, arguments parsed into the
 * input form it takes), so that {@link #validate(int)} does only what a gateway does per call.
 */
public abstract class ValidatorUnderTest {

    /** Ours: {@code CompiledSchema.validate} over the Jackson 3 tree of the request. */
    public static final String MCPBENCH = "mcpbench";
    /** The MCP SDK server's input check: {@code ToolInputValidator} with the SDK's default validator. */
    public static final String SDK = "sdk";
    /** networknt json-schema-validator, compiling the schema on every call as a naive gateway does. */
    public static final String NETWORKNT_PER_CALL = "networknt-per-call";
    /** dev.harrel json-schema over Jackson 2 trees, each schema registered once. */
    public static final String HARREL = "harrel";

    /** Every implementation name, in the order benchmarks list them. */
    public static final List<String> ALL = List.of(MCPBENCH, SDK, NETWORKNT_PER_CALL, HARREL);

    /** The validator named {@code impl}, set up for {@code cases}. */
    public static ValidatorUnderTest create(String impl, List<ValidationCase> cases) {
        return switch (impl) {
            case MCPBENCH -> new McpbenchValidator(cases);
            case SDK -> new SdkValidator(cases);
            case NETWORKNT_PER_CALL -> new NetworkntPerCallValidator(cases);
            case HARREL -> new HarrelValidator(cases);
            default -> throw new IllegalArgumentException("unknown validator: " + impl + ", expected one of " + ALL);
        };
    }

    /** Validates call {@code index} and returns the validator's own result object. */
    public abstract Object validate(int index);

    /** Whether a result {@link #validate(int)} returned says the arguments are valid. */
    public abstract boolean accepts(Object result);
}
