package io.mcpbench.bench.binding;

import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;

/**
 * The MCP SDK server's way of finding the tool a {@code tools/call} names, as the peer of {@code
 * ToolBindingService.bind}: {@code McpAsyncServer} keeps its tools in a {@code
 * CopyOnWriteArrayList} of {@link McpServerFeatures.AsyncToolSpecification} and scans it with
 * {@code tools.stream().filter(t -> request.name().equals(t.tool().name())).findAny()}. A gateway
 * built that way registers every catalog tool under its qualified name, in catalog order.
 */
public final class SdkToolList {

    private final CopyOnWriteArrayList<McpServerFeatures.AsyncToolSpecification> tools;

    /** The specifications of every tool in {@code snapshot}, each named by its qualified name. */
    public SdkToolList(CatalogSnapshot snapshot) {
        List<McpServerFeatures.AsyncToolSpecification> specs = new ArrayList<>(snapshot.size());
        for (CatalogEntry entry : snapshot.entries()) {
            McpSchema.Tool tool = entry.tool();
            McpSchema.Tool named = McpSchema.Tool.builder()
                    .name(entry.qualifiedName())
                    .title(tool.title())
                    .description(tool.description())
                    .inputSchema(tool.inputSchema())
                    .outputSchema(tool.outputSchema())
                    .annotations(tool.annotations())
                    .meta(tool.meta())
                    .build();
            specs.add(McpServerFeatures.AsyncToolSpecification.builder()
                    .tool(named)
                    .callHandler((exchange, request) -> Mono.empty())
                    .build());
        }
        this.tools = new CopyOnWriteArrayList<>(specs);
    }

    /** The specification named {@code name}, found as the SDK finds it, or {@code null}. */
    public McpServerFeatures.AsyncToolSpecification find(String name) {
        return tools.stream().filter(t -> name.equals(t.tool().name())).findAny().orElse(null);
    }

    /** The number of tools in the list. */
    public int size() {
        return tools.size();
    }
}
