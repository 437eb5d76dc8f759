package io.mcpbench.compare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mcpbench.compare.policy.GatedRow;
import io.mcpbench.compare.schema.DocumentSchema;
import io.mcpbench.compare.schema.SchemaAssert;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

class JsonReportTest {

    @Test
    void theStrictParserRefusesDuplicateNames() {
        assertThrows(JacksonException.class, () -> StrictReaders.JSON.readTree("{\"limits\": [1], \"limits\": []}"));
        assertThrows(JacksonException.class, () -> StrictReaders.JSON.readTree("{\"a\": NaN}"));
        assertThrows(JacksonException.class, () -> StrictReaders.JSON.readTree("{} {}"));
    }

    @Test
    void hostileValuesGiveStrictJsonWithEveryValueExact() throws Exception {
        Report report = HostileReport.report();
        StringBuilder sb = new StringBuilder();
        new JsonReport().write(report, sb);
        JsonNode root = SchemaAssert.valid(DocumentSchema.COMPARISON, StrictReaders.JSON.readTree(sb.toString()));
        int i = 0;
        for (GatedRow r : Rows.displayOrder(report.gate().rows())) {
            JsonNode row = root.path("rows").get(i++);
            assertEquals(r.comparison().key().displayName(), row.path("name").asString());
            for (Map.Entry<String, String> p : r.comparison().key().params().entrySet()) {
                assertEquals(p.getValue(), row.path("params").path(p.getKey()).asString());
            }
        }
        assertEquals(report.gate().rows().size(), root.path("rows").size());
    }
}
