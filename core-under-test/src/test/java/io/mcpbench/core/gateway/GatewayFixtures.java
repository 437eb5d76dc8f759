package io.mcpbench.core.gateway;

import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.registry.ServiceInstance;
import io.mcpbench.core.registry.ServiceRegistry;
import io.mcpbench.core.registry.ServiceType;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Catalogs, requests and recorders the gateway tests share (and, through the test-jar, the workload's tests). */
public final class GatewayFixtures {

    private GatewayFixtures() {
    }

    /** A tool whose schema has a required string, an enum and a bounded integer. */
    static McpSchema.Tool tool(String name) {
        Map<String, Object> schema = Map.of(
                "type", "object",
                "properties", Map.of(
                        "query", Map.of("type", "string", "minLength", 1),
                        "mode", Map.of("type", "string", "enum", List.of("fast", "full")),
                        "limit", Map.of("type", "integer", "minimum", 1, "maximum", 100)),
                "required", List.of("query"));
        return McpSchema.Tool.builder(name, schema).description("Does " + name.replace('_', ' ')).build();
    }

    /** Two servers, three tools. */
    public static ToolCatalog smallCatalog() {
        ToolCatalog catalog = new ToolCatalog();
        catalog.putServers(Map.of(
                "github", List.of(tool("search_issues"), tool("create_issue")),
                "weather", List.of(tool("forecast"))));
        return catalog;
    }

    /** {@code servers} servers of {@code toolsEach} tools each. */
    public static ToolCatalog catalog(int servers, int toolsEach) {
        Map<String, List<McpSchema.Tool>> all = new LinkedHashMap<>();
        for (int s = 0; s < servers; s++) {
            List<McpSchema.Tool> tools = new ArrayList<>();
            for (int t = 0; t < toolsEach; t++) {
                tools.add(tool("tool_" + t));
            }
            all.put("server-" + s, tools);
        }
        ToolCatalog catalog = new ToolCatalog();
        catalog.putServers(all);
        return catalog;
    }

    /** A registry holding {@code instancesPerServer} instances ({@code <server>-0 ..}) of every server of {@code catalog}. */
    static ServiceRegistry registry(ToolCatalog catalog, int instancesPerServer) {
        ServiceRegistry registry = new ServiceRegistry(Duration.ofDays(1));
        for (String server : catalog.snapshot().serverIds()) {
            for (int i = 0; i < instancesPerServer; i++) {
                registry.register(ServiceInstance.of(server + "-" + i, server, ServiceType.MCP_SERVER, "mcp://" + server + "/" + i));
            }
        }
        return registry;
    }

    static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] call(Object id, String tool, String arguments) {
        String idJson = id instanceof String s ? "\"" + s + "\"" : String.valueOf(id);
        return bytes("{\"jsonrpc\":\"2.0\",\"id\":" + idJson + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + "}}");
    }

    static byte[] list(int id, String cursor) {
        String params = cursor == null ? "{}" : "{\"cursor\":\"" + cursor + "\"}";
        return bytes("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/list\",\"params\":" + params + "}");
    }

    public static JsonNode tree(byte[] json) {
        return JsonMapper.shared().readTree(json);
    }

    /** What one of several threads runs; {@code thread} is its index. */
    @FunctionalInterface
    interface ThreadTask<T> {
        T run(int thread) throws Exception;
    }

    /** Runs {@code task} on {@code threads} threads at once and returns their results in thread order. */
    static <T> List<T> onThreads(int threads, ThreadTask<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> task.run(thread)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One recorded operation. */
    record Recorded(String method, String toolName, String errorType, long durationNanos) {
    }

    /** A recorder that keeps every operation. */
    static final class ListRecorder implements CallRecorder {
        final Queue<Recorded> recorded = new ConcurrentLinkedQueue<>();

        @Override
        public void record(String method, String toolName, String errorType, long durationNanos) {
            recorded.add(new Recorded(method, toolName, errorType, durationNanos));
        }
    }
}
