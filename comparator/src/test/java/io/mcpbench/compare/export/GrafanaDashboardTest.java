package io.mcpbench.compare.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Grafana dashboard in scripts/grafana charts exactly the families and labels the export writes. */
class GrafanaDashboardTest {

    private static final Path DASHBOARD = Path.of("..", "scripts", "grafana", "mcpbench-dashboard.json");
    private static final Pattern METRIC = Pattern.compile("\\b(jmh_[a-z_]+)\\{([^}]*)}");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*=~?");

    @Test
    void queriesOnlyExportedFamiliesAndLabelsThroughAPrometheusDatasourceVariable() throws IOException {
        JsonNode dash = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
        JsonNode ds = null;
        for (JsonNode v : dash.path("templating").path("list").values()) {
            if ("datasource".equals(v.path("type").asString())) ds = v;
        }
        assertTrue(ds != null && "prometheus".equals(ds.path("query").asString()), "a Prometheus datasource variable");

        List<String> exprs = new ArrayList<>();
        collect(dash, exprs);
        assertTrue(exprs.size() >= 3, "time series and table queries: " + exprs);
        List<String> labels = List.of("benchmark", "mode", "threads", "metric", "unit");
        for (String expr : exprs) {
            assertTrue(expr.contains(OpenMetricsWriter.SCORE), "every query reads an exported family: " + expr);
            Matcher m = METRIC.matcher(expr);
            while (m.find()) {
                assertTrue(m.group(1).equals(OpenMetricsWriter.SCORE) || m.group(1).equals(OpenMetricsWriter.SCORE_ERROR),
                        "exported family: " + m.group(1));
                Matcher l = LABEL.matcher(m.group(2));
                while (l.find()) assertTrue(labels.contains(l.group(1)), "exported label: " + l.group(1) + " in " + expr);
            }
        }
        for (JsonNode p : dash.path("panels").values()) {
            if (!"row".equals(p.path("type").asString())) {
                assertEquals("${datasource}", p.path("datasource").path("uid").asString(), p.path("title").asString());
            }
        }
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isObject()) {
            if (node.path("expr").isString()) out.add(node.path("expr").asString());
            if (node.path("query").isObject() && node.path("query").path("query").isString()) {
                out.add(node.path("query").path("query").asString());
            }
            for (JsonNode child : node.values()) collect(child, out);
        } else if (node.isArray()) {
            for (JsonNode child : node.values()) collect(child, out);
        }
    }
}
