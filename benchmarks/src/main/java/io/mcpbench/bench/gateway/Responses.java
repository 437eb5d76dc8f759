package io.mcpbench.bench.gateway;

import io.mcpbench.core.gateway.McpGateway;
import java.nio.charset.StandardCharsets;

/**
 * What a benchmark needs to know of a JSON-RPC response without parsing it: whether the call
 * failed (a JSON-RPC error or a tool result with {@code isError: true}), whether the gateway shed it
 * under overload, and the cursor of the next {@code tools/list} page. Byte scans, cheap next to the work that produced the response; they
 * assume compact JSON, which both the gateway and the SDK write.
 */
public final class Responses {

    private static final byte[] IS_ERROR_TRUE = ascii("\"isError\":true");
    private static final byte[] ERROR_MEMBER = ascii("\"error\":{");
    private static final byte[] NEXT_CURSOR = ascii("\"nextCursor\":\"");
    private static final byte[] OVERLOADED_TEXT = ascii("\"text\":\"" + McpGateway.OVERLOADED);

    private Responses() {
    }

    /** True when {@code response} is a JSON-RPC error or a tool error; false for an empty response. */
    public static boolean isFailure(byte[] response) {
        return lastIndexOf(response, IS_ERROR_TRUE, response.length) >= 0 || lastIndexOf(response, ERROR_MEMBER, response.length) >= 0;
    }

    /**
     * True when {@code response} is the gateway's answer to a call it shed: a tool error whose text
     * starts with {@link McpGateway#OVERLOADED}. Such a response is also a {@link #isFailure failure}.
     */
    public static boolean isOverloaded(byte[] response) {
        return indexOf(response, OVERLOADED_TEXT, 0) >= 0;
    }

    /**
     * The {@code nextCursor} of a {@code tools/list} response, or null on the last page. The
     * member is written after the tools array, so only the tail after its last {@code ]} is
     * searched (a base64url cursor holds no bracket): a client's cost, not a scan of the page.
     */
    public static String nextCursor(byte[] response) {
        int tail = response.length - 1;
        while (tail >= 0 && response[tail] != ']') {
            tail--;
        }
        int at = indexOf(response, NEXT_CURSOR, Math.max(0, tail));
        if (at < 0) {
            return null;
        }
        int from = at + NEXT_CURSOR.length;
        int end = from;
        while (end < response.length && response[end] != '"') {
            if (response[end] == '\\') {
                throw new IllegalArgumentException("an escaped cursor is not expected: "
                        + new String(response, from, Math.min(64, response.length - from), StandardCharsets.UTF_8));
            }
            end++;
        }
        if (end == response.length) {
            throw new IllegalArgumentException("unterminated nextCursor in a tools/list response");
        }
        return new String(response, from, end - from, StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        for (int i = from; i + needle.length <= haystack.length; i++) {
            int j = 0;
            while (j < needle.length && haystack[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle, int before) {
        for (int i = before - needle.length; i >= 0; i--) {
            int j = 0;
            while (j < needle.length && haystack[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
