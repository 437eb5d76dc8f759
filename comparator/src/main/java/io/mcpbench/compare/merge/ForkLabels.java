package io.mcpbench.compare.merge;

import io.mcpbench.compare.jmh.MetricSummary;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code forkLabels} array of a merged entry: one label per fork of the primary metric, so
 * that forks measured together (both sides of an A/B round) can be paired by name.
 */
final class ForkLabels {

    static final String FIELD = "forkLabels";

    private ForkLabels() {
    }

    /**
     * A copy of {@code entry} whose forks carry {@code label} ({@code label} alone for one fork,
     * {@code label.1}, {@code label.2}, ... for several); labels already present are kept, and a
     * null label leaves the entry as it is.
     */
    static ObjectNode labelled(ObjectNode entry, String label) {
        ObjectNode copy = entry.deepCopy();
        if (label == null || copy.path(FIELD).isArray()) {
            return copy;
        }
        int forks = MetricSummary.forks(copy.path("primaryMetric"));
        ArrayNode labels = copy.putArray(FIELD);
        for (int f = 0; f < forks; f++) {
            labels.add(forks == 1 ? label : label + "." + (f + 1));
        }
        return copy;
    }

    /**
     * Appends {@code src}'s labels to {@code target}'s. When either side has none, the merged
     * entry has none: a partly labelled entry would pair some forks and not others.
     */
    static void append(ObjectNode target, ObjectNode src, String source) {
        JsonNode t = target.path(FIELD);
        JsonNode s = src.path(FIELD);
        if (!t.isArray() || !s.isArray()) {
            target.remove(FIELD);
            return;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode l : t.values()) seen.add(l.asString());
        for (JsonNode l : s.values()) {
            if (!seen.add(l.asString())) {
                throw new MergeException(source + ": " + src.path("benchmark").asString() + ": fork label \""
                        + l.asString() + "\" already names a fork of an earlier file");
            }
            ((ArrayNode) t).add(l.asString());
        }
    }

}
