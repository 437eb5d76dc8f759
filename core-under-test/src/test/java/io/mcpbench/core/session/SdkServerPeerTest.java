package io.mcpbench.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.gateway.EchoDownstream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SdkServerPeerTest {

    private static byte[] call(int id, String tool, String arguments) {
        return ("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + "}}").getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode tree(byte[] bytes) {
        return JsonMapper.shared().readTree(bytes);
    }

    @Test
    void answersAToolCallWithTheRequestId() {
        try (SdkServerPeer peer = new SdkServerPeer(SessionFixtures.catalog(), EchoDownstream.instant())) {
            JsonNode response = tree(peer.handle(call(7, "github__search_issues", "{\"query\":\"bug\"}")));
            assertEquals(7, response.get("id").asInt());
            assertFalse(response.get("result").path("isError").asBoolean(false), response.toString());
            assertEquals("search_issues on in-process: query=bug",
                    response.get("result").get("content").get(0).get("text").asString());
        }
    }

    @Test
    void invalidArgumentsAreAToolErrorAndUnknownToolsAnError() {
        try (SdkServerPeer peer = new SdkServerPeer(SessionFixtures.catalog(), EchoDownstream.instant())) {
            JsonNode invalid = tree(peer.handle(call(1, "github__search_issues", "{\"limit\":0}")));
            assertTrue(invalid.get("result").get("isError").asBoolean(), invalid.toString());
            JsonNode unknown = tree(peer.handle(call(2, "github__nope", "{}")));
            assertEquals(-32602, unknown.get("error").get("code").asInt(), unknown.toString());
            JsonNode garbage = tree(peer.handle("{not json".getBytes(StandardCharsets.UTF_8)));
            assertEquals(-32700, garbage.get("error").get("code").asInt());
        }
    }

    @Test
    void eachThreadGetsItsOwnSessionAndAllCallsAreAnswered() throws Exception {
        int threads = 4;
        int calls = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (SdkServerPeer peer = new SdkServerPeer(SessionFixtures.catalog(), EchoDownstream.instant())) {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int base = t * calls;
                done.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < calls; i++) {
                        JsonNode r = tree(peer.handle(call(base + i, "weather__forecast", "{\"query\":\"q" + (base + i) + "\"}")));
                        if (r.get("id").asInt() == base + i
                                && r.get("result").get("content").get(0).get("text").asString().endsWith("q" + (base + i))) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            int ok = 0;
            for (Future<Integer> f : done) {
                ok += f.get();
            }
            assertEquals(threads * calls, ok);
            assertEquals(threads, peer.openSessions());
        } finally {
            pool.shutdownNow();
        }
    }
}
