package io.mcpbench.compare.peers;

import static io.mcpbench.compare.ReferenceFixture.close;
import static io.mcpbench.compare.ReferenceFixture.doubles;
import static io.mcpbench.compare.ReferenceFixture.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.jmh.JmhResultReader;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Ours against each peer, checked against SciPy ({@code reference/make_reference.py}, section {@code peerRatio}). */
class PeerRatiosTest {

    private static final PeerRatios.Ours OWN = new PeerRatios.Ours("impl", "OWN");

    private static Path corpusFile(String name) throws URISyntaxException {
        return Path.of(PeerRatiosTest.class.getResource("/jmh-real/" + name).toURI());
    }

    @Test
    void everyPeerOfARealResultMatchesScipy() throws Exception {
        List<JsonNode> cases = new ArrayList<>();
        for (JsonNode c : section("peerRatio")) {
            if (c.has("file")) cases.add(c);
        }
        ResultFile file = JmhResultReader.read(corpusFile(cases.get(0).get("file").asString()));
        PeerRatios.Peers peers = PeerRatios.of(file, OWN, 0.95);
        assertEquals(cases.size(), peers.ratios().size(), "one ratio per peer of every row of ours");
        assertTrue(peers.withoutOurs().isEmpty(), peers.withoutOurs().toString());
        for (JsonNode c : cases) {
            Map<String, String> params = new TreeMap<>();
            c.get("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asString()));
            params.put("impl", "OWN");
            RowKey ours = RowKey.of(c.get("benchmark").asString(), c.get("mode").asString(), params,
                    c.get("threads").intValue(), RowKey.PRIMARY);
            String peer = c.get("peer").asString();
            PeerRatio r = peers.ratios().stream().filter(x -> x.ours().equals(ours) && x.peer().equals(peer)).findFirst()
                    .orElseThrow(() -> new AssertionError("no ratio for " + ours.displayName() + " against " + peer));
            check(c, r, ours.displayName() + " vs " + peer);
        }
    }

    @Test
    void syntheticPeersMatchScipy() {
        for (JsonNode c : section("peerRatio")) {
            if (!c.has("oursForks")) continue;
            String mode = c.get("mode").asString();
            String unit = "thrpt".equals(mode) ? "ops/s" : "ns/op";
            ResultFile file = new ResultFile("synthetic", null, List.of(
                    row("B.m", mode, "mcpbench", unit, forks(c.get("oursForks"))),
                    row("B.m", mode, "sdk", unit, forks(c.get("peerForks")))));
            PeerRatios.Peers peers = PeerRatios.of(file, PeerRatios.Ours.DEFAULT, 0.95);
            assertEquals(1, peers.ratios().size(), c.get("name").asString());
            check(c, peers.ratios().get(0), c.get("name").asString());
        }
    }

    private static void check(JsonNode c, PeerRatio r, String what) {
        assertEquals(c.get("oursCentres").size(), r.oursForks(), what + " forks of ours");
        assertEquals(c.get("peerCentres").size(), r.peerForks(), what + " forks of the peer");
        assertTrue(r.hasInterval(), what);
        close(c.get("ratio").doubleValue(), r.ratio(), 1e-10, what + " ratio");
        close(c.get("low").doubleValue(), r.low(), 1e-8, what + " low");
        close(c.get("high").doubleValue(), r.high(), 1e-8, what + " high");
        assertTrue(r.low() <= r.ratio() && r.ratio() <= r.high(), what + ": the ratio lies in its interval");
    }

    @Test
    void oneForkASideGivesTheRatioOfTheCentresAndNoInterval() {
        ResultFile file = new ResultFile("one fork", null, List.of(
                row("B.m", "avgt", "mcpbench", "ns/op", new double[][] {{10.0, 12.0, 11.0}}),
                row("B.m", "avgt", "sdk-scan", "us/op", new double[][] {{0.033, 0.031, 0.030}}),
                row("B.m", "avgt", "sdk", "ns/op", new double[][] {{20.0, 21.0, 22.0}, {19.0, 20.0, 21.0}})));
        PeerRatios.Peers peers = PeerRatios.of(file, PeerRatios.Ours.DEFAULT, 0.95);
        assertEquals(List.of("sdk-scan", "sdk"), peers.ratios().stream().map(PeerRatio::peer).toList(), "peers in file order");
        PeerRatio scan = peers.ratios().get(0);
        assertFalse(scan.hasInterval());
        close(31.0 / 11.0, scan.ratio(), 1e-12, "the peer's time over ours, in one unit (medians of three iterations)");
        assertEquals("ns/op", scan.unit());
        PeerRatio sdk = peers.ratios().get(1);
        assertFalse(sdk.hasInterval(), "one fork of ours is too few, however many the peer has");
        assertEquals(1, sdk.oursForks());
        assertEquals(2, sdk.peerForks());
        close(Math.sqrt(21.0 * 20.0) / 11.0, sdk.ratio(), 1e-12, "geometric mean of the peer's fork centres over ours");
        assertTrue(PeerTable.render(peers).contains("cannot be computed: 1 fork a side"), PeerTable.render(peers));
        assertTrue(PeerTable.render(peers).contains("cannot be computed: 1 and 2 forks"), PeerTable.render(peers));
    }

    @Test
    void onlyRowsThatDifferInTheOneParameterArePeers() {
        ResultFile file = new ResultFile("groups", null, List.of(
                row("B.m", "avgt", Map.of("impl", "mcpbench", "size", "10"), new double[][] {{1.0}}),
                row("B.m", "avgt", Map.of("impl", "sdk", "size", "10"), new double[][] {{2.0}}),
                row("B.m", "avgt", Map.of("impl", "sdk", "size", "20"), new double[][] {{4.0}}),
                row("B.m", "thrpt", Map.of("impl", "sdk", "size", "10"), new double[][] {{4.0}}),
                row("B.other", "avgt", Map.of("impl", "gateway"), new double[][] {{1.0}}),
                row("B.other", "avgt", Map.of("impl", "sdk"), new double[][] {{1.0}}),
                row("B.alone", "avgt", Map.of("impl", "mcpbench"), new double[][] {{1.0}})));
        PeerRatios.Peers peers = PeerRatios.of(file, PeerRatios.Ours.DEFAULT, 0.95);
        assertEquals(1, peers.ratios().size(), "size=20 has no row of ours; thrpt is another row; B.alone has no peer");
        close(2.0, peers.ratios().get(0).ratio(), 1e-12, "size=10");
        assertEquals(List.of("B.other (impl=gateway, sdk)"), peers.withoutOurs());
        PeerRatios.Peers gateway = PeerRatios.of(file, PeerRatios.Ours.parse("impl=gateway"), 0.95);
        assertEquals(List.of("sdk"), gateway.ratios().stream().map(PeerRatio::peer).toList(), "ours is configurable");
    }

    @Test
    void throughputAboveThePeersIsFaster() {
        ResultFile file = new ResultFile("thrpt", null, List.of(
                row("B.m", "thrpt", "mcpbench", "ops/s", new double[][] {{300.0}, {300.0}}),
                row("B.m", "thrpt", "sdk", "ops/ms", new double[][] {{0.1}, {0.1}})));
        PeerRatio r = PeerRatios.of(file, PeerRatios.Ours.DEFAULT, 0.95).ratios().get(0);
        close(3.0, r.ratio(), 1e-12, "300 ops/s against 100 ops/s");
        close(3.0, r.low(), 1e-12, "no spread: the interval is the point");
        assertEquals("3.00x faster", PeerTable.ratio(r.ratio()));
    }

    @Test
    void aNonPositiveCentreHasNoRatio() {
        ResultFile file = new ResultFile("zero", null, List.of(
                row("B.m", "avgt", "mcpbench", "ns/op", new double[][] {{0.0}, {0.0}}),
                row("B.m", "avgt", "sdk", "ns/op", new double[][] {{1.0}, {1.1}})));
        PeerRatio r = PeerRatios.of(file, PeerRatios.Ours.DEFAULT, 0.95).ratios().get(0);
        assertTrue(Double.isNaN(r.ratio()));
        assertFalse(r.hasInterval());
        assertTrue(r.note().contains("not a positive finite number"), r.note());
    }

    @Test
    void oursIsNameEqualsValue() {
        assertEquals(new PeerRatios.Ours("impl", "a=b"), PeerRatios.Ours.parse("impl=a=b"));
        for (String bad : new String[] {"impl", "=x", "impl=", ""}) {
            assertThrows(IllegalArgumentException.class, () -> PeerRatios.Ours.parse(bad), bad);
        }
    }

    private static double[][] forks(JsonNode forks) {
        double[][] out = new double[forks.size()][];
        for (int i = 0; i < out.length; i++) out[i] = doubles(forks.get(i));
        return out;
    }

    private static Row row(String benchmark, String mode, String impl, String unit, double[][] forks) {
        return new Row(RowKey.of(benchmark, mode, Map.of("impl", impl), 1, RowKey.PRIMARY), unit, forks, null);
    }

    private static Row row(String benchmark, String mode, Map<String, String> params, double[][] forks) {
        return new Row(RowKey.of(benchmark, mode, params, 1, RowKey.PRIMARY), "ns/op", forks, null);
    }
}
