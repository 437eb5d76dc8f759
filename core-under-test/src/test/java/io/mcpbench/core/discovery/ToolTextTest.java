package io.mcpbench.core.discovery;

import static io.mcpbench.core.discovery.TestTools.objectSchema;
import static io.mcpbench.core.discovery.TestTools.string;
import static io.mcpbench.core.discovery.TestTools.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcpbench.core.catalog.CatalogEntry;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolTextTest {

    @Test
    void collectsNestedArgumentNamesAndDescriptions() {
        Map<String, Object> items = objectSchema("label_name", string("Label to add"));
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("type", "array");
        labels.put("description", "Labels of the issue");
        labels.put("items", items);
        Map<String, Object> variant = objectSchema("milestoneId", string("Milestone number"));
        Map<String, Object> schema = objectSchema("owner", string("Repository owner"), "labels", labels);
        schema.put("anyOf", List.of(variant));
        McpSchema.Tool t = tool("create_issue", "Create issue", "Opens an issue.", schema);

        ToolText text = ToolText.of(CatalogEntry.of("github", t));

        assertEquals("github__create_issue", text.name());
        assertEquals("Create issue", text.title());
        assertEquals("Opens an issue.", text.description());
        assertEquals("owner labels label_name milestoneId", text.argNames());
        assertEquals("Repository owner Labels of the issue Label to add Milestone number", text.argDescriptions());
    }

    @Test
    void missingPartsAreEmptyAndTitleFallsBackToAnnotations() {
        McpSchema.ToolAnnotations annotations = new McpSchema.ToolAnnotations("Annotated title", null, null, null, null, null);
        McpSchema.Tool t = new McpSchema.Tool("ping", null, null, Map.of("type", "object"), null, annotations, null);

        ToolText text = ToolText.of(CatalogEntry.of("net", t));

        assertEquals("Annotated title", text.title());
        assertEquals("", text.description());
        assertEquals("", text.argNames());
        assertEquals("", text.argDescriptions());
    }

    @Test
    void stopsAtMaximumSchemaDepth() {
        Map<String, Object> schema = objectSchema("leaf", string("deepest"));
        for (int i = 0; i < ToolText.MAX_SCHEMA_DEPTH + 5; i++) {
            schema = objectSchema("level" + i, schema);
        }
        ToolText text = ToolText.of(CatalogEntry.of("deep", tool("t", null, null, schema)));

        String[] names = text.argNames().split(" ");
        assertEquals(ToolText.MAX_SCHEMA_DEPTH + 1, names.length);
        assertEquals("", text.argDescriptions());
    }

    @Test
    void fieldReturnsEachPart() {
        ToolText text = new ToolText("n", "t", "d", "an", "ad");
        assertEquals("n", text.field(SearchField.NAME));
        assertEquals("t", text.field(SearchField.TITLE));
        assertEquals("d", text.field(SearchField.DESCRIPTION));
        assertEquals("an", text.field(SearchField.ARG_NAMES));
        assertEquals("ad", text.field(SearchField.ARG_DESCRIPTIONS));
    }
}
