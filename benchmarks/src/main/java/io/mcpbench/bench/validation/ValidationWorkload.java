package io.mcpbench.bench.validation;

import io.mcpbench.workload.arguments.ArgumentGenerator;
import io.mcpbench.workload.arguments.ArgumentSize;
import io.mcpbench.workload.catalog.CatalogGenerator;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calls validation benchmarks replay: several generated tools whose schema size falls in a
 * {@link SchemaSize} band (see {@link #tools}), each with several argument payloads, all
 * valid or all invalid (breaking the schema in one known way each). A fixed seed makes every run
 * validate the same bytes.
 */
public final class ValidationWorkload {

    /** The seed of the catalog and the arguments. */
    public static final long SEED = 20_261_120L;

    /** Tools per workload. */
    public static final int TOOLS = 8;

    /** Argument payloads per tool. */
    public static final int PAYLOADS_PER_TOOL = 4;

    private static final int CATALOG_TOOLS = 2_000;
    private static final JsonMapper JSON = JsonMapper.shared();

    private ValidationWorkload() {
    }

    /** {@link #TOOLS} x {@link #PAYLOADS_PER_TOOL} calls, tool by tool. */
    public static List<ValidationCase> cases(SchemaSize size, boolean valid) {
        List<McpSchema.Tool> tools = tools(size);
        ArgumentGenerator arguments = new ArgumentGenerator(SEED);
        List<ValidationCase> cases = new ArrayList<>(TOOLS * PAYLOADS_PER_TOOL);
        for (McpSchema.Tool tool : tools) {
            for (int p = 0; p < PAYLOADS_PER_TOOL; p++) {
                String json = valid ? arguments.valid(tool, ArgumentSize.SMALL) : arguments.invalid(tool);
                cases.add(new ValidationCase(tool, json, valid));
            }
        }
        return cases;
    }

    /**
     * {@link #TOOLS} generated tools of the band that have an invalid form: for {@link
     * SchemaSize#MEDIAN} those nearest its target size, for {@link SchemaSize#LARGE} evenly spread
     * over the band from its smallest to its largest.
     */
    public static List<McpSchema.Tool> tools(SchemaSize size) {
        List<Sized> band = new ArrayList<>();
        ArgumentGenerator probe = new ArgumentGenerator(SEED);
        for (List<McpSchema.Tool> server : new CatalogGenerator(SEED).servers(CATALOG_TOOLS).values()) {
            for (McpSchema.Tool tool : server) {
                int bytes = schemaBytes(tool.inputSchema());
                if (size.contains(bytes) && !probe.possibleViolations(tool).isEmpty()) {
                    band.add(new Sized(tool, bytes));
                }
            }
        }
        if (band.size() < TOOLS) {
            throw new IllegalStateException("only " + band.size() + " generated tools in the " + size + " band");
        }
        List<McpSchema.Tool> tools = new ArrayList<>(TOOLS);
        if (size == SchemaSize.MEDIAN) {
            band.sort(Comparator.comparingInt((Sized s) -> Math.abs(s.bytes - size.target())));
            for (int i = 0; i < TOOLS; i++) {
                tools.add(band.get(i).tool);
            }
        } else {
            band.sort(Comparator.comparingInt((Sized s) -> s.bytes));
            for (int i = 0; i < TOOLS; i++) {
                tools.add(band.get(i * (band.size() - 1) / (TOOLS - 1)).tool);
            }
        }
        return tools;
    }

    /** The minified size of a schema, as a client would see it in {@code tools/list}. */
    public static int schemaBytes(Map<String, Object> schema) {
        return JSON.writeValueAsBytes(schema).length;
    }

    private record Sized(McpSchema.Tool tool, int bytes) {
    }
}
