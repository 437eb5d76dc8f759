package io.mcpbench.core.session;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Carries a message across an in-process transport in the chosen {@link TransportMode}. */
final class MessageCodec {

    private final McpJsonMapper mapper;
    private final TransportMode mode;

    MessageCodec(McpJsonMapper mapper, TransportMode mode) {
        this.mapper = mapper;
        this.mode = mode;
    }

    McpJsonMapper mapper() {
        return mapper;
    }

    /** The message as the receiving side gets it. */
    McpSchema.JSONRPCMessage carry(McpSchema.JSONRPCMessage message) {
        if (mode == TransportMode.OBJECTS) {
            return message;
        }
        return decode(encode(message));
    }

    byte[] encode(McpSchema.JSONRPCMessage message) {
        try {
            return mapper.writeValueAsBytes(message);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + message.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    McpSchema.JSONRPCMessage decode(byte[] json) {
        try {
            return McpSchema.deserializeJsonRpcMessage(mapper, new String(json, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON-RPC message: " + e.getMessage(), e);
        }
    }
}
