package io.mcpbench.compare.peers;

import io.mcpbench.compare.report.HumanUnits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ours against each peer as an aligned table for a terminal, in words a newcomer reads at once:
 * {@code 3.20x faster [3.01x, 3.40x]}, {@code 2.00x slower [1.89x, 2.13x]}, or, when the interval
 * reaches both sides of 1, {@code 1.02x faster [1.03x slower, 1.07x faster]}. A ratio without an
 * interval says so; it never shows one it could not compute.
 */
public final class PeerTable {

    private PeerTable() {
    }

    /** The table of {@code peers}, with the lines that say what it shows; lines end with {@code \n}. */
    public static String render(PeerRatios.Peers peers) {
        StringBuilder out = new StringBuilder();
        String ours = peers.ours().toString();
        String level = percent(peers.confidence());
        if (peers.ratios().isEmpty()) {
            out.append("peers: no rows that differ only in ").append(peers.ours().param()).append(" with one of them ")
                    .append(ours).append(": nothing to compare\n");
            withoutOurs(out, peers);
            return out.toString();
        }
        out.append("ours (").append(ours).append(") against each peer: rows that differ only in ")
                .append(peers.ours().param()).append("; how many times faster ours is (the peer's time over ours, or our ")
                .append("throughput over the peer's), with its ").append(level).append(" interval\n\n");
        List<String[]> rows = new ArrayList<>();
        String[] header = {"benchmark", "params", "peer", "forks", "ours vs peer", level + " interval", "note"};
        rows.add(header);
        boolean anyNote = false;
        int withoutInterval = 0;
        for (PeerRatio r : peers.ratios()) {
            if (!Double.isNaN(r.ratio()) && !r.hasInterval()) withoutInterval++;
            anyNote |= !r.note().isEmpty();
            rows.add(new String[] {PeerRatios.shortName(r.ours().benchmark()), params(r), r.peer(),
                r.oursForks() + "/" + r.peerForks(), ratio(r.ratio()), interval(r), r.note()});
        }
        int columns = anyNote ? header.length : header.length - 1;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) width[i] = Math.max(width[i], row[i].length());
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                if (i > 0) line.append("  ");
                line.append(row[i]);
                for (int k = row[i].length(); k < width[i] && i < columns - 1; k++) line.append(' ');
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append('\n');
        int n = peers.ratios().size();
        out.append(n).append(n == 1 ? " ratio" : " ratios").append(" of ours against a peer; forks: ours/the peer's, ")
                .append("settled; interval: Student's t on the log fork centres (Welch's when the fork counts differ), ")
                .append("each at ").append(level).append(" on its own\n");
        if (withoutInterval > 0) {
            out.append(withoutInterval).append(withoutInterval == 1 ? " ratio has" : " ratios have")
                    .append(" no interval: it cannot be computed from fewer than 2 forks a side (run JMH with -f 2 or more)\n");
        }
        withoutOurs(out, peers);
        return out.toString();
    }

    private static void withoutOurs(StringBuilder out, PeerRatios.Peers peers) {
        if (!peers.withoutOurs().isEmpty()) {
            out.append("no ").append(peers.ours()).append(" row: ").append(String.join("; ", peers.withoutOurs()))
                    .append('\n');
        }
    }

    /** The row's other params, {@code k=v,k=v}, with {@code t=N} when more than one thread ran. */
    private static String params(PeerRatio r) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : r.ours().params().entrySet()) {
            if (e.getKey().equals(r.param())) continue;
            if (sb.length() > 0) sb.append(',');
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        if (r.ours().threads() > 1) {
            if (sb.length() > 0) sb.append(',');
            sb.append("t=").append(r.ours().threads());
        }
        return sb.toString();
    }

    /** {@code 3.20x faster} or {@code 2.00x slower}; {@code -} when there is no ratio. */
    static String ratio(double r) {
        if (Double.isNaN(r)) return "-";
        return r >= 1 ? times(r) + " faster" : times(1 / r) + " slower";
    }

    /** The interval in the words of its ratio, or why there is none. */
    static String interval(PeerRatio r) {
        if (Double.isNaN(r.ratio())) return "-";
        if (!r.hasInterval()) {
            return r.oursForks() == 1 && r.peerForks() == 1 ? "cannot be computed: 1 fork a side"
                    : "cannot be computed: " + r.oursForks() + " and " + r.peerForks() + " forks";
        }
        if (r.low() >= 1) return "[" + times(r.low()) + ", " + times(r.high()) + "]";
        if (r.high() <= 1) return "[" + times(1 / r.high()) + ", " + times(1 / r.low()) + "]";
        return "[" + times(1 / r.low()) + " slower, " + times(r.high()) + " faster]";
    }

    private static String times(double v) {
        return HumanUnits.sig3(v) + "x";
    }

    private static String percent(double confidence) {
        double p = confidence * 100;
        return (p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f", p) : HumanUnits.sig3(p)) + "%";
    }
}
