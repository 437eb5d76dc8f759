package io.mcpbench.bench.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.workload.catalog.CatalogGenerator;
import io.mcpbench.workload.downstream.SeededDownstream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The request streams are what they claim on both implementations: valid calls succeed, broken
 * arguments and unknown tools fail, on our gateway and on the SDK server alike.
 */
class CallRequestsTest {

    private static final long SEED = 11;
    private static CatalogSnapshot snapshot;
    private static Endpoint ours;
    private static Endpoint sdk;

    @BeforeAll
    static void start() {
        snapshot = new CatalogGenerator(SEED).snapshot(120);
        ours = Endpoint.of(Endpoint.MCPBENCH, snapshot, SeededDownstream.instant(SEED));
        sdk = Endpoint.of(Endpoint.SDK, snapshot, SeededDownstream.instant(SEED));
    }

    @AfterAll
    static void stop() {
        ours.close();
        sdk.close();
    }

    @ParameterizedTest
    @EnumSource(CallKind.class)
    void everyRequestIsAnsweredAsItsKindByBothServers(CallKind kind) {
        byte[][] requests = CallRequests.toolCalls(snapshot, kind, 100, SEED);
        assertEquals(128, requests.length);
        for (byte[] request : requests) {
            for (Endpoint e : new Endpoint[] {ours, sdk}) {
                byte[] response = e.handle(request);
                assertEquals(kind != CallKind.VALID, Responses.isFailure(response),
                        () -> kind + ": " + new String(request, StandardCharsets.UTF_8) + " -> " + new String(response, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void streamsSpreadOverTheCatalogAndRepeatForTheSameSeed() {
        byte[][] a = CallRequests.toolCalls(snapshot, CallKind.VALID, 512, SEED);
        byte[][] b = CallRequests.toolCalls(snapshot, CallKind.VALID, 512, SEED);
        Set<String> tools = new HashSet<>();
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i]);
            String text = new String(a[i], StandardCharsets.UTF_8);
            tools.add(text.substring(text.indexOf("\"name\":\""), text.indexOf("\",\"arguments\"")));
        }
        assertTrue(tools.size() > 100, "distinct tools: " + tools.size());
    }

    @Test
    void anEmptyCatalogIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CallRequests.toolCalls(CatalogSnapshot.of(Map.of()), CallKind.VALID, 4, SEED));
        assertTrue(e.getMessage().contains("no tools"), e.getMessage());
    }

    @Test
    void aToolsListRequestCarriesItsCursor() {
        assertFalse(new String(CallRequests.toolsList(1, null), StandardCharsets.UTF_8).contains("cursor"));
        assertTrue(new String(CallRequests.toolsList(1, "abc"), StandardCharsets.UTF_8).contains("\"params\":{\"cursor\":\"abc\"}"));
    }
}
