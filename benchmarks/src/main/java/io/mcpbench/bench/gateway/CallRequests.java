package io.mcpbench.bench.gateway;

import io.mcpbench.bench.support.InputCycle;
import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.workload.arguments.ArgumentGenerator;
import io.mcpbench.workload.arguments.ArgumentSize;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Precomputed JSON-RPC request streams over a catalog: the bytes a client would send, built once
 * in setup from seeded generators so every run and every implementation sees the same requests.
 * Streams have a power-of-two length, for {@code requests[i++ & mask]}.
 */
public final class CallRequests {

    /** The suffix that makes a qualified tool name unknown while keeping its shape. */
    static final String UNKNOWN_SUFFIX = "_retired";

    private CallRequests() {
    }

    /**
     * {@code count} (rounded up to a power of two) {@code tools/call} requests of {@code kind}, for
     * tools drawn uniformly from {@code snapshot} with {@code seed}, with small generated arguments.
     * Tools whose schema accepts every object are skipped for {@link CallKind#INVALID_ARGUMENTS}.
     *
     * @throws IllegalArgumentException if the catalog is empty, or no tool of it can get invalid arguments
     */
    public static byte[][] toolCalls(CatalogSnapshot snapshot, CallKind kind, int count, long seed) {
        Objects.requireNonNull(kind, "kind");
        List<CatalogEntry> entries = snapshot.entries();
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("the catalog has no tools to call");
        }
        SplittableRandom random = new SplittableRandom(seed);
        ArgumentGenerator arguments = new ArgumentGenerator(seed);
        byte[][] out = new byte[InputCycle.powerOfTwoAtLeast(count)][];
        int misses = 0;
        for (int i = 0; i < out.length; ) {
            CatalogEntry e = entries.get(random.nextInt(entries.size()));
            String name = e.qualifiedName();
            String args;
            switch (kind) {
                case VALID -> args = arguments.valid(e.tool(), ArgumentSize.SMALL);
                case UNKNOWN_TOOL -> {
                    name = name + UNKNOWN_SUFFIX;
                    args = arguments.valid(e.tool(), ArgumentSize.SMALL);
                }
                case INVALID_ARGUMENTS -> {
                    try {
                        args = arguments.invalid(e.tool());
                    } catch (IllegalArgumentException acceptsEverything) {
                        if (++misses > 64 * out.length) {
                            throw new IllegalArgumentException("no tool of the catalog can be given invalid arguments");
                        }
                        continue;
                    }
                }
                default -> throw new AssertionError(kind);
            }
            out[i] = toolCall(i + 1, name, args);
            i++;
        }
        return out;
    }

    /** One {@code tools/call} request with a numeric id; {@code argumentsJson} is a JSON object's text. */
    public static byte[] toolCall(long id, String qualifiedName, String argumentsJson) {
        return ("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\""
                + qualifiedName + "\",\"arguments\":" + argumentsJson + "}}").getBytes(StandardCharsets.UTF_8);
    }

    /** A {@code tools/list} request, after {@code cursor} when it is not null. */
    public static byte[] toolsList(long id, String cursor) {
        String params = cursor == null ? "" : ",\"params\":{\"cursor\":\"" + cursor + "\"}";
        return ("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/list\"" + params + "}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
