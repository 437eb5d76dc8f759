package io.mcpbench.core.gateway;

import io.mcpbench.core.catalog.ToolCatalog;
import io.modelcontextprotocol.spec.McpSchema;
import tools.jackson.databind.JsonNode;

/**
 * {@code tools/list}: one page of the current catalog's tools under their qualified names, in
 * catalog order, with the cursor of the next page while there is one. A cursor names the last tool
 * listed ({@link ListCursor}), so paging stays right while the catalog changes; one this gateway
 * did not write is invalid params (-32602).
 */
final class ToolsList implements GatewayMethod {

    private final ToolCatalog catalog;
    private final ToolListing listing;
    private final int pageSize;
    private final ResponseWriter writer;
    private final CallRecorder recorder;

    ToolsList(ToolCatalog catalog, ToolListing listing, int pageSize, ResponseWriter writer, CallRecorder recorder) {
        this.catalog = catalog;
        this.listing = listing;
        this.pageSize = pageSize;
        this.writer = writer;
        this.recorder = recorder;
    }

    @Override
    public byte[] answer(JsonNode id, JsonNode params, String sessionKey, SessionBindings session, long start) {
        ToolListing.Listing tools = listing.of(catalog.snapshot());
        int from = 0;
        JsonNode cursor = params == null ? null : params.get("cursor");
        if (cursor != null && !cursor.isNull()) {
            String last = cursor.isString() ? ListCursor.lastName(cursor.stringValue()) : null;
            if (last == null) {
                byte[] response = writer.error(id, McpSchema.ErrorCodes.INVALID_PARAMS, "Invalid params: invalid cursor");
                recorder.record(McpSchema.METHOD_TOOLS_LIST, null, ToolCall.INVALID_PARAMS, System.nanoTime() - start);
                return response;
            }
            from = tools.indexAfter(last);
        }
        int to = from + Math.min(pageSize, tools.size() - from);
        String next = to < tools.size() ? ListCursor.after(tools.names[to - 1]) : null;
        byte[] response = writer.toolPage(id, tools.json, from, to, next);
        recorder.record(McpSchema.METHOD_TOOLS_LIST, null, null, System.nanoTime() - start);
        return response;
    }
}
