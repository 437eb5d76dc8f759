package io.mcpbench.workload.arguments;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeded generator of {@code tools/call} arguments for a tool: valid ones that satisfy its
 * {@code inputSchema}, small or carrying a large content field, and invalid ones that break it in
 * exactly one known way. Validation benchmarks need both, in a known mix, reproducibly: the same
 * seed and the same sequence of calls give the same JSON bytes.
 *
 * <p>It understands the JSON Schema keywords tool schemas use ({@code type}, {@code properties},
 * {@code required}, {@code additionalProperties}, {@code items}, {@code enum}, {@code const},
 * {@code anyOf}/{@code oneOf}, numeric bounds, string lengths, array sizes, the formats
 * {@code date-time}, {@code date}, {@code uri}, {@code email}, {@code uuid}, and the patterns
 * {@link io.mcpbench.workload.catalog.CatalogGenerator} writes). A schema with any other {@code pattern} is rejected with an
 * {@link IllegalArgumentException} rather than answered with arguments that might not be valid, and
 * so is one using {@code $ref}, {@code allOf}, {@code not}, {@code if} or other keywords it does not
 * model.
 *
 * <p>Not thread-safe: it advances one random sequence. Use one instance per thread.
 */
public final class ArgumentGenerator {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SplittableRandom rng;
    private final ValidValues values;
    private final Violations violations;

    public ArgumentGenerator(long seed) {
        this.rng = new SplittableRandom(seed);
        this.values = new ValidValues(rng);
        this.violations = new Violations(values, rng);
    }

    /** Valid arguments for {@code tool} as JSON object text. */
    public String valid(McpSchema.Tool tool, ArgumentSize size) {
        return JSON.writeValueAsString(validArguments(tool, size));
    }

    /**
     * Valid arguments for {@code tool}, as the map a {@link McpSchema.CallToolRequest} carries. All
     * required properties and about half of the optional ones are present. {@link ArgumentSize#LARGE}
     * fills one unconstrained top-level string (content-like names first) with 2-64 KB of text, or
     * failing that an unbounded array of strings; a tool with neither gets small arguments.
     */
    public Map<String, Object> validArguments(McpSchema.Tool tool, ArgumentSize size) {
        Map<String, Object> schema = SchemaMaps.schemaOf(tool);
        Objects.requireNonNull(size, "size");
        Map<String, Object> args = values.root(schema, tool.name());
        if (size == ArgumentSize.LARGE) {
            values.enlarge(schema, args);
        }
        return args;
    }

    /** Arguments for {@code tool} that break its schema in one known way, as JSON object text. */
    public String invalid(McpSchema.Tool tool) {
        return invalidArguments(tool).json();
    }

    /**
     * Arguments for {@code tool} that break its schema in exactly one way, chosen among the ways the
     * schema allows (a missing required property, a wrong type, a value outside an enum or a bound,
     * a bad length or pattern, an undeclared property where none is allowed), with which field and why.
     *
     * @throws IllegalArgumentException if the schema accepts every object, so no invalid object exists
     */
    public InvalidArguments invalidArguments(McpSchema.Tool tool) {
        Map<String, Object> schema = SchemaMaps.schemaOf(tool);
        Map<String, Object> props = SchemaMaps.properties(schema);
        List<Violation> kinds = new ArrayList<>();
        List<List<String>> fields = new ArrayList<>();
        for (Violation v : Violation.values()) {
            List<String> applicable = Violations.applicable(v, schema, props);
            if (!applicable.isEmpty()) {
                kinds.add(v);
                fields.add(applicable);
            }
        }
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("tool '" + tool.name()
                    + "' accepts every JSON object: there are no invalid arguments to generate");
        }
        int k = rng.nextInt(kinds.size());
        return violations.breaking(tool, schema, kinds.get(k), fields.get(k).get(rng.nextInt(fields.get(k).size())));
    }

    /**
     * Arguments for {@code tool} that break its schema in the given way, at a field chosen among
     * those where that is possible.
     *
     * @throws IllegalArgumentException if the schema offers no field where {@code violation} can happen
     */
    public InvalidArguments invalidArguments(McpSchema.Tool tool, Violation violation) {
        Map<String, Object> schema = SchemaMaps.schemaOf(tool);
        List<String> applicable = Violations.applicable(Objects.requireNonNull(violation, "violation"), schema,
                SchemaMaps.properties(schema));
        if (applicable.isEmpty()) {
            throw new IllegalArgumentException("tool '" + tool.name() + "' has no field that can be made "
                    + violation);
        }
        return violations.breaking(tool, schema, violation, applicable.get(rng.nextInt(applicable.size())));
    }

    /** Which violations {@code tool}'s schema allows, in declaration order of {@link Violation}. */
    public List<Violation> possibleViolations(McpSchema.Tool tool) {
        Map<String, Object> schema = SchemaMaps.schemaOf(tool);
        Map<String, Object> props = SchemaMaps.properties(schema);
        List<Violation> out = new ArrayList<>();
        for (Violation v : Violation.values()) {
            if (!Violations.applicable(v, schema, props).isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }
}
