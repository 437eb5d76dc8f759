package io.mcpbench.core.validation;

import com.networknt.schema.SpecificationVersion;

/**
 * The JSON Schema drafts a schema without {@code $schema} can be read as. MCP says 2020-12; older
 * servers publish draft-07, which a schema's own {@code $schema} selects whatever the default.
 */
public enum SchemaDraft {
    DRAFT_7(SpecificationVersion.DRAFT_7),
    DRAFT_2019_09(SpecificationVersion.DRAFT_2019_09),
    DRAFT_2020_12(SpecificationVersion.DRAFT_2020_12);

    private final SpecificationVersion version;

    SchemaDraft(SpecificationVersion version) {
        this.version = version;
    }

    SpecificationVersion version() {
        return version;
    }
}
