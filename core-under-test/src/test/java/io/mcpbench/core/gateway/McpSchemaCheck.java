package io.mcpbench.core.gateway;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates JSON against a definition of the MCP 2025-11-25 schema (a draft 2020-12 document whose
 * definitions live under {@code $defs}). A definition is checked through a copy of the whole
 * document with {@code "$ref": "#/$defs/Name"} at its root, so every reference inside resolves.
 */
public final class McpSchemaCheck {

    private static final String RESOURCE = "/mcp-schema/2025-11-25/schema.json";
    private static final JsonNode DOCUMENT = load();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private McpSchemaCheck() {
    }

    private static JsonNode load() {
        try (InputStream in = McpSchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            return JsonMapper.shared().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dialect the document declares. */
    static String dialect() {
        return DOCUMENT.get("$schema").asString();
    }

    /** The violations of {@code definition} by {@code instance}; empty when it conforms. */
    static List<Error> errors(String definition, JsonNode instance) {
        return SCHEMAS.computeIfAbsent(definition, McpSchemaCheck::compile).validate(instance);
    }

    private static Schema compile(String definition) {
        if (!DOCUMENT.get("$defs").has(definition)) {
            throw new IllegalArgumentException("no definition " + definition + " in " + RESOURCE);
        }
        ObjectNode root = ((ObjectNode) DOCUMENT).deepCopy();
        root.put("$ref", "#/$defs/" + definition);
        return REGISTRY.getSchema(root);
    }

    /** Fails unless {@code json} conforms to {@code definition}. */
    static JsonNode assertConforms(String definition, JsonNode json) {
        List<Error> errors = errors(definition, json);
        if (!errors.isEmpty()) {
            throw new AssertionError(json + " does not conform to " + definition + ": " + errors);
        }
        return json;
    }

    /**
     * Fails unless the bytes are a JSON-RPC response conforming to the schema: a result response
     * whose result conforms to {@code resultDefinition}, or an error response.
     */
    public static JsonNode assertResponse(byte[] bytes, String resultDefinition) {
        JsonNode response = JsonMapper.shared().readTree(bytes);
        if (response.has("error")) {
            return assertConforms("JSONRPCErrorResponse", response);
        }
        assertConforms("JSONRPCResultResponse", response);
        assertConforms(resultDefinition, response.get("result"));
        return response;
    }
}
