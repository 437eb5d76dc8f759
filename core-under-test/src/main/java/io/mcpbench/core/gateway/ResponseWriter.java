package io.mcpbench.core.gateway;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes JSON-RPC responses straight to UTF-8 bytes with a streaming generator: no intermediate
 * tree or string. A call's answer is written into a buffer borrowed from Jackson's recycler pool
 * and given back, as {@code ObjectMapper.writeValueAsBytes} does, so only the response's own bytes
 * are new; a {@code tools/list} page, whose size is known, into a buffer of that size. Ids are
 * echoed as the request wrote them (string or integer). An error whose request id could not be
 * read carries no {@code id}: MCP 2025-11-25's {@code JSONRPCErrorResponse} makes it optional and
 * forbids {@code null}.
 */
final class ResponseWriter {

    private static final SerializedString JSONRPC = new SerializedString("jsonrpc");
    private static final SerializedString VERSION = new SerializedString(McpSchema.JSONRPC_VERSION);
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString RESULT = new SerializedString("result");
    private static final SerializedString ERROR = new SerializedString("error");
    private static final SerializedString CODE = new SerializedString("code");
    private static final SerializedString MESSAGE = new SerializedString("message");
    private static final SerializedString CONTENT = new SerializedString("content");
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString TEXT_TYPE = new SerializedString("text");
    private static final SerializedString TEXT = new SerializedString("text");
    private static final SerializedString IS_ERROR = new SerializedString("isError");
    private static final SerializedString STRUCTURED = new SerializedString("structuredContent");
    private static final SerializedString META = new SerializedString("_meta");
    private static final SerializedString TOOLS = new SerializedString("tools");
    private static final SerializedString NEXT_CURSOR = new SerializedString("nextCursor");

    private final JsonMapper mapper;

    ResponseWriter(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** A JSON-RPC error response; {@code id} may be null when the request's id is unknown. */
    byte[] error(JsonNode id, int code, String message) {
        return write(id, code, message, false, null);
    }

    /** A tools/call result with one text content item. */
    byte[] toolText(JsonNode id, String text, boolean isError) {
        return write(id, 0, text, isError, null);
    }

    /** A tools/call result as a downstream server returned it. */
    byte[] toolResult(JsonNode id, McpSchema.CallToolResult result) {
        return write(id, 0, null, false, result);
    }

    /**
     * One answer to a call, in a buffer of the recycler pool's: an error when {@code code} is not 0,
     * else the downstream's {@code result} when there is one, else one text item.
     */
    private byte[] write(JsonNode id, int code, String text, boolean isError, McpSchema.CallToolResult result) {
        ByteArrayBuilder out = new ByteArrayBuilder(mapper.tokenStreamFactory()._getBufferRecycler());
        try {
            try (JsonGenerator g = mapper.createGenerator(out)) {
                start(g, id);
                if (code != 0) {
                    error(g, code, text);
                } else if (result != null) {
                    result(g, result);
                } else {
                    text(g, text, isError);
                }
                g.writeEndObject();
            }
            return out.getClearAndRelease();
        } finally {
            out.bufferRecycler().releaseToPool();
        }
    }

    private static void error(JsonGenerator g, int code, String message) {
        g.writeName(ERROR);
        g.writeStartObject();
        g.writeName(CODE);
        g.writeNumber(code);
        g.writeName(MESSAGE);
        g.writeString(message);
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String text, boolean isError) {
        g.writeName(RESULT);
        g.writeStartObject();
        g.writeName(CONTENT);
        g.writeStartArray();
        writeText(g, text);
        g.writeEndArray();
        g.writeName(IS_ERROR);
        g.writeBoolean(isError);
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, McpSchema.CallToolResult result) {
        g.writeName(RESULT);
        g.writeStartObject();
        g.writeName(CONTENT);
        g.writeStartArray();
        List<McpSchema.Content> content = result.content();
        if (content != null) {
            for (int i = 0, n = content.size(); i < n; i++) {
                McpSchema.Content c = content.get(i);
                if (c instanceof McpSchema.TextContent t && t.annotations() == null && t.meta() == null) {
                    writeText(g, t.text());
                } else {
                    g.writePOJO(c);
                }
            }
        }
        g.writeEndArray();
        if (result.isError() != null) {
            g.writeName(IS_ERROR);
            g.writeBoolean(result.isError());
        }
        if (result.structuredContent() != null) {
            g.writeName(STRUCTURED);
            g.writePOJO(result.structuredContent());
        }
        Map<String, Object> meta = result.meta();
        if (meta != null) {
            g.writeName(META);
            g.writePOJO(meta);
        }
        g.writeEndObject();
    }

    /** A tools/list page: {@code tools[from, to)} of pre-serialized tools, then the cursor if any. */
    byte[] toolPage(JsonNode id, SerializedString[] tools, int from, int to, String nextCursor) {
        int size = 96;
        for (int i = from; i < to; i++) {
            size += tools[i].asUnquotedUTF8().length + 1;
        }
        ByteArrayBuilder out = new ByteArrayBuilder(size);
        try (JsonGenerator g = mapper.createGenerator(out)) {
            start(g, id);
            g.writeName(RESULT);
            g.writeStartObject();
            g.writeName(TOOLS);
            g.writeStartArray();
            for (int i = from; i < to; i++) {
                g.writeRawValue(tools[i]);
            }
            g.writeEndArray();
            if (nextCursor != null) {
                g.writeName(NEXT_CURSOR);
                g.writeString(nextCursor);
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void start(JsonGenerator g, JsonNode id) {
        g.writeStartObject();
        g.writeName(JSONRPC);
        g.writeString(VERSION);
        if (id != null) {
            g.writeName(ID);
            if (id.isString()) {
                g.writeString(id.stringValue());
            } else if (id.canConvertToLong()) {
                g.writeNumber(id.longValue());
            } else {
                g.writeNumber(id.bigIntegerValue());
            }
        }
    }

    /** The first line of an error's message, so an answer's message stays one line. */
    static String firstLine(String message) {
        if (message == null || message.isEmpty()) {
            return "unreadable input";
        }
        int eol = message.indexOf('\n');
        return eol < 0 ? message : message.substring(0, eol);
    }

    private static void writeText(JsonGenerator g, String text) {
        g.writeStartObject();
        g.writeName(TYPE);
        g.writeString(TEXT_TYPE);
        g.writeName(TEXT);
        g.writeString(text);
        g.writeEndObject();
    }
}
