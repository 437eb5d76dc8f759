package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.jmh.JmhJson;
import io.mcpbench.compare.markdown.MarkdownPage;
import io.mcpbench.compare.report.HostileReport;
import io.mcpbench.compare.report.Rfc4180;
import io.mcpbench.compare.report.StrictReaders;
import io.mcpbench.compare.schema.DocumentSchema;
import io.mcpbench.compare.schema.SchemaAssert;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report files of a gate over results with hostile parameter values, each read by a strict
 * reader of its format: well-formed UTF-8, JSON without duplicate names, RFC 4180 CSV, JUnit XML
 * valid against the xUnit plugin's schema, Markdown without control characters and under the size
 * GitHub accepts.
 */
class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void everyReportFileOfAHostileGatePassesItsStrictReader() throws Exception {
        byte[] original;
        try (InputStream in = HostileReport.class.getResourceAsStream("hostile-params.json")) {
            original = in.readAllBytes();
        }
        Path base = Files.write(dir.resolve("base.json"), original);
        ArrayNode entries = JmhJson.parse("base", original);
        for (int i = 0; i < entries.size(); i += 3) {
            ObjectNode pm = (ObjectNode) entries.get(i).get("primaryMetric");
            JsonNode measured = pm.get("rawData");
            ArrayNode slower = pm.putArray("rawData");
            for (JsonNode fork : measured.values()) {
                ArrayNode f = slower.addArray();
                for (JsonNode v : fork.values()) f.add(v.asDouble() * 1.3);
            }
        }
        Path cand = Files.write(dir.resolve("cand.json"), JmhJson.write(entries));
        Path md = dir.resolve("summary.md");
        Path junit = dir.resolve("TEST-bench.xml");
        Path csv = dir.resolve("rows.csv");
        Path json = dir.resolve("gate.json");
        CliRun r = CliRun.run(new EngineBackend(), Map.of(), "gate", "--baseline", base.toString(), "--candidate", cand.toString(),
                "--baselines-dir", dir.toString(), "--report", "md=" + md, "--report", "junit=" + junit,
                "--report", "csv=" + csv, "--report", "json=" + json);
        assertEquals(ExitCodes.REGRESSION, r.exit(), r.out() + r.err());

        JsonNode report = SchemaAssert.valid(DocumentSchema.COMPARISON, StrictReaders.JSON.readTree(StrictReaders.utf8(Files.readAllBytes(json))));
        int rows = report.path("rows").size();
        assertTrue(rows >= entries.size(), "every row: " + rows);
        assertTrue(report.path("rows").values().stream().anyMatch(n -> n.path("params").path("text").asString().equals("nul\u0000x")),
                "a NUL reads back exactly from the json report");

        List<List<String>> records = Rfc4180.parse(StrictReaders.utf8(Files.readAllBytes(csv)));
        assertEquals(rows + 1, records.size());

        String xml = StrictReaders.utf8(Files.readAllBytes(junit));
        StrictReaders.junit(xml);

        String markdown = StrictReaders.utf8(Files.readAllBytes(md));
        assertTrue(markdown.chars().noneMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f)), markdown);
        assertTrue(markdown.length() <= MarkdownPage.MAX_BYTES);
        assertTrue(markdown.contains("text=C:\\tmp\\x]`"), markdown);
    }
}
