package io.mcpbench.compare.peers;

import io.mcpbench.compare.method.IndependentForks;
import io.mcpbench.compare.method.RowSample;
import io.mcpbench.compare.method.Scale;
import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.normalize.Directions;
import io.mcpbench.compare.normalize.IncompatibleUnitsException;
import io.mcpbench.compare.normalize.MetricDirection;
import io.mcpbench.compare.normalize.Units;
import io.mcpbench.compare.pairing.RowPair;
import io.mcpbench.compare.stats.Samples;
import io.mcpbench.compare.stats.TInterval;
import io.mcpbench.compare.steady.SideSummary;
import io.mcpbench.compare.steady.SteadyState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds, in one result, the rows that differ only in the parameter naming the implementation, and
 * measures ours against each peer: the first question about a benchmark that runs beside the
 * libraries a team would otherwise pick. Each side's forks are summarised as a comparison does
 * (warm-up dropped, unsettled forks left out, a robust centre per fork); the ratio is the ratio of
 * the geometric means of the centres, and its interval is Student's t interval (Welch's when the
 * fork counts differ) on the log centres, exponentiated: the forks of two implementations run one
 * after the other, so they are independent samples, never pairs. One fork cannot show how far two
 * JVMs of the same code differ, so with fewer than two forks a side the ratio has no interval.
 * Each interval holds at its own level; no correction is made for the number of peers.
 */
public final class PeerRatios {

    /** The default level of the intervals. */
    public static final double CONFIDENCE = 0.95;

    /**
     * Which rows are ours: those whose parameter {@code param} is {@code value}.
     *
     * @param param the parameter that names the implementations
     * @param value its value for ours
     */
    public record Ours(String param, String value) {

        /** {@code impl=mcpbench}. */
        public static final Ours DEFAULT = new Ours("impl", "mcpbench");

        /** {@code NAME=VALUE}; an IllegalArgumentException with a one-line message otherwise. */
        public static Ours parse(String text) {
            int eq = text == null ? -1 : text.indexOf('=');
            if (eq < 1 || eq == text.length() - 1) {
                throw new IllegalArgumentException("\"" + text + "\" is not NAME=VALUE (for example impl=mcpbench)");
            }
            return new Ours(text.substring(0, eq), text.substring(eq + 1));
        }

        @Override
        public String toString() {
            return param + "=" + value;
        }
    }

    /**
     * What a result says about ours and its peers.
     *
     * @param ours        which rows are ours
     * @param confidence  the intervals' level
     * @param ratios      one per peer and row of ours, in key order, peers in file order
     * @param withoutOurs benchmarks whose rows differ in the parameter but none of which is ours,
     *                    each with the values it has ({@code Class.method (impl=a, b)})
     */
    public record Peers(Ours ours, double confidence, List<PeerRatio> ratios, List<String> withoutOurs) {

        public Peers {
            ratios = List.copyOf(ratios);
            withoutOurs = List.copyOf(withoutOurs);
        }
    }

    private PeerRatios() {
    }

    /** Ours against every peer in {@code file}, primary scores only, with intervals at {@code confidence}. */
    public static Peers of(ResultFile file, Ours ours, double confidence) {
        Map<RowKey, Map<String, Row>> groups = new TreeMap<>();
        for (Row r : file.rows()) {
            String value = r.key().params().get(ours.param());
            if (r.key().isPrimary() && value != null) {
                groups.computeIfAbsent(withoutParam(r.key(), ours.param()), k -> new LinkedHashMap<>()).putIfAbsent(value, r);
            }
        }
        List<PeerRatio> ratios = new ArrayList<>();
        Map<String, List<String>> withoutOurs = new LinkedHashMap<>();
        for (Map<String, Row> group : groups.values()) {
            if (group.size() < 2) continue;
            Row mine = group.get(ours.value());
            if (mine == null) {
                String name = shortName(group.values().iterator().next().key().benchmark());
                List<String> values = withoutOurs.computeIfAbsent(name, k -> new ArrayList<>());
                for (String v : group.keySet()) {
                    if (!values.contains(v)) values.add(v);
                }
                continue;
            }
            for (Map.Entry<String, Row> peer : group.entrySet()) {
                if (!peer.getKey().equals(ours.value())) {
                    ratios.add(ratio(mine, peer.getValue(), ours.param(), peer.getKey(), confidence));
                }
            }
        }
        List<String> missing = new ArrayList<>();
        withoutOurs.forEach((name, values) -> missing.add(name + " (" + ours.param() + "=" + String.join(", ", values) + ")"));
        return new Peers(ours, confidence, ratios, missing);
    }

    /** Ours ({@code mine}) against one peer's row. */
    static PeerRatio ratio(Row mine, Row peer, String param, String peerValue, double confidence) {
        RowKey key = mine.key();
        StringBuilder note = new StringBuilder();
        String unit = mine.unit();
        if (!peer.unit().equals(unit)) {
            try {
                unit = Units.commonUnit(key, peer.unit(), mine.unit());
                mine = Units.convert(mine, unit);
                peer = Units.convert(peer, unit);
            } catch (IncompatibleUnitsException e) {
                append(note, "units " + mine.unit() + " and " + peer.unit() + " cannot be compared");
                return new PeerRatio(key, param, peerValue, unit, 0, 0, Double.NaN, Double.NaN, Double.NaN, confidence,
                        note.toString());
            }
        }
        MetricDirection direction = Directions.of(key, unit);
        SideSummary o = SteadyState.summarise(mine);
        SideSummary p = SteadyState.summarise(peer);
        append(note, o.unsteadyNote("ours"));
        append(note, p.unsteadyNote(peerValue));
        if (mine.nonFinite() + peer.nonFinite() > 0) {
            append(note, (mine.nonFinite() + peer.nonFinite()) + " value(s) not finite (NaN or infinite) left out");
        }
        if (direction.assumed()) {
            append(note, "direction assumed lower-is-better");
        }
        double[] oc = o.centres();
        double[] pc = p.centres();
        if (!positive(oc) || !positive(pc)) {
            append(note, oc.length == 0 || pc.length == 0 ? "no measurements on a side"
                    : "a fork's centre is not a positive finite number: no ratio");
            return new PeerRatio(key, param, peerValue, unit, oc.length, pc.length, Double.NaN, Double.NaN, Double.NaN,
                    confidence, note.toString());
        }
        // d: mean log of ours minus mean log of the peer; a positive d is a larger value for ours
        double d;
        double dLow = Double.NaN;
        double dHigh = Double.NaN;
        if (oc.length >= 2 && pc.length >= 2) {
            RowSample sample = new RowSample(new RowPair(key, unit, direction, peer, mine), p, o, Scale.LOG);
            TInterval t = new IndependentForks().estimate(sample).test();
            d = t.diff();
            dLow = t.low(confidence);
            dHigh = t.high(confidence);
        } else {
            d = Samples.mean(logs(oc)) - Samples.mean(logs(pc));
        }
        boolean higherIsFaster = direction.direction() == Direction.HIGHER_IS_BETTER;
        double ratio = Math.exp(higherIsFaster ? d : -d);
        double low = Math.exp(higherIsFaster ? dLow : -dHigh);
        double high = Math.exp(higherIsFaster ? dHigh : -dLow);
        return new PeerRatio(key, param, peerValue, unit, oc.length, pc.length, ratio, low, high, confidence,
                note.toString());
    }

    /** {@code key} without the parameter {@code param}: what a row shares with its peers. */
    private static RowKey withoutParam(RowKey key, String param) {
        TreeMap<String, String> rest = new TreeMap<>(key.params());
        rest.remove(param);
        return new RowKey(key.benchmark(), key.mode(), rest, key.threads(), key.metric());
    }

    /** {@code Class.method} of a benchmark's full name. */
    static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int cls = method <= 0 ? -1 : benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(cls + 1);
    }

    private static double[] logs(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = Math.log(x[i]);
        return out;
    }

    private static boolean positive(double[] x) {
        if (x.length == 0) return false;
        for (double v : x) {
            if (!(v > 0) || !Double.isFinite(v)) return false;
        }
        return true;
    }

    private static void append(StringBuilder sb, String s) {
        if (s.isEmpty()) return;
        if (sb.length() > 0) sb.append("; ");
        sb.append(s);
    }
}
