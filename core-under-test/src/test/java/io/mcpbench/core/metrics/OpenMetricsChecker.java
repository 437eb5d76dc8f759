package io.mcpbench.core.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the OpenMetrics text subset the writer produces: every line must match the
 * grammar, families are declared once and not interleaved, sample names carry the suffixes their
 * type allows, histogram buckets are cumulative with ascending {@code le} and end in {@code +Inf}
 * equal to {@code _count}, and the text ends with {@code # EOF}. Throws AssertionError naming the
 * offending line.
 */
final class OpenMetricsChecker {

    private static final String METRIC_NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final String LABEL_NAME = "[a-zA-Z_][a-zA-Z0-9_]*";
    private static final String ESCAPED = "(?:[^\"\\\\\\n]|\\\\\\\\|\\\\\"|\\\\n)*";
    private static final String NUMBER =
            "(?:[+-]?Inf|NaN|[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)";
    private static final Pattern LABEL = Pattern.compile("(" + LABEL_NAME + ")=\"(" + ESCAPED + ")\"");
    private static final Pattern SAMPLE = Pattern.compile("(" + METRIC_NAME + ")(?:\\{((?:" + LABEL_NAME + "=\""
            + ESCAPED + "\"(?:," + LABEL_NAME + "=\"" + ESCAPED + "\")*)?)\\})? (" + NUMBER + ")(?: (" + NUMBER + "))?");
    private static final Pattern TYPE = Pattern.compile(
            "# TYPE (" + METRIC_NAME + ") (counter|gauge|histogram|gaugehistogram|stateset|info|summary|unknown)");
    private static final Pattern UNIT = Pattern.compile("# UNIT (" + METRIC_NAME + ") ([a-zA-Z0-9_]*)");
    private static final Pattern HELP = Pattern.compile("# HELP (" + METRIC_NAME + ") (" + ESCAPED + ")");

    /** One sample line, labels unescaped. */
    static final class Sample {
        final String name;
        final Map<String, String> labels;
        final double value;
        final String rawValue;

        Sample(String name, Map<String, String> labels, String rawValue) {
            this.name = name;
            this.labels = labels;
            this.rawValue = rawValue;
            this.value = parse(rawValue);
        }
    }

    /** One family: its metadata and samples in order. */
    static final class Family {
        final String name;
        final String type;
        String unit;
        String help;
        final List<Sample> samples = new ArrayList<>();

        Family(String name, String type) {
            this.name = name;
            this.type = type;
        }
    }

    private OpenMetricsChecker() {
    }

    static Map<String, Family> check(String text) {
        if (!text.endsWith("# EOF\n")) {
            throw new AssertionError("exposition must end with '# EOF\\n'");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        Map<String, Family> families = new LinkedHashMap<>();
        Family current = null;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String where = "line " + (n + 1) + " '" + line + "': ";
            if (line.equals("# EOF")) {
                if (n != lines.length - 1) {
                    throw new AssertionError(where + "# EOF before the end");
                }
                break;
            }
            Matcher m;
            if ((m = TYPE.matcher(line)).matches()) {
                if (families.containsKey(m.group(1))) {
                    throw new AssertionError(where + "family declared twice");
                }
                current = new Family(m.group(1), m.group(2));
                families.put(current.name, current);
            } else if ((m = UNIT.matcher(line)).matches()) {
                requireMetadataOf(current, m.group(1), where);
                if (!current.name.endsWith("_" + m.group(2))) {
                    throw new AssertionError(where + "a family with a unit must end in _" + m.group(2));
                }
                current.unit = m.group(2);
            } else if ((m = HELP.matcher(line)).matches()) {
                requireMetadataOf(current, m.group(1), where);
                current.help = unescape(m.group(2));
            } else if ((m = SAMPLE.matcher(line)).matches()) {
                if (current == null) {
                    throw new AssertionError(where + "sample before any # TYPE");
                }
                String suffix = suffixWithin(current, m.group(1), where);
                Map<String, String> labels = labels(m.group(2), where);
                if (suffix.equals("_bucket") != labels.containsKey("le")) {
                    throw new AssertionError(where + "le belongs on buckets and only there");
                }
                current.samples.add(new Sample(m.group(1), labels, m.group(3)));
            } else {
                throw new AssertionError(where + "matches no OpenMetrics line grammar");
            }
        }
        for (Family family : families.values()) {
            if (family.type.equals("histogram")) {
                checkHistogram(family);
            }
        }
        return families;
    }

    private static void requireMetadataOf(Family current, String name, String where) {
        if (current == null || !current.name.equals(name) || !current.samples.isEmpty()) {
            throw new AssertionError(where + "metadata must follow its # TYPE and precede the samples");
        }
    }

    private static String suffixWithin(Family family, String sampleName, String where) {
        List<String> allowed;
        switch (family.type) {
            case "counter":
                allowed = List.of("_total", "_created");
                break;
            case "histogram":
                allowed = List.of("_bucket", "_count", "_sum", "_created");
                break;
            default:
                allowed = List.of("");
                break;
        }
        for (String suffix : allowed) {
            if (sampleName.equals(family.name + suffix)) {
                return suffix;
            }
        }
        throw new AssertionError(where + "sample name not in family " + family.name + " (" + family.type + ")");
    }

    private static Map<String, String> labels(String group, String where) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (group == null || group.isEmpty()) {
            return labels;
        }
        // The sample pattern has already checked the label list's shape.
        Matcher m = LABEL.matcher(group);
        while (m.find()) {
            if (labels.put(m.group(1), unescape(m.group(2))) != null) {
                throw new AssertionError(where + "label " + m.group(1) + " repeated");
            }
        }
        return labels;
    }

    private static void checkHistogram(Family family) {
        Map<Map<String, String>, List<Sample>> bySeries = new LinkedHashMap<>();
        for (Sample s : family.samples) {
            Map<String, String> key = new LinkedHashMap<>(s.labels);
            key.remove("le");
            bySeries.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        for (Map.Entry<Map<String, String>, List<Sample>> e : bySeries.entrySet()) {
            String series = family.name + e.getKey();
            double lastLe = Double.NEGATIVE_INFINITY;
            double lastCount = 0;
            Double infCount = null;
            Double count = null;
            boolean sum = false;
            for (Sample s : e.getValue()) {
                if (s.name.endsWith("_bucket")) {
                    if (infCount != null) {
                        throw new AssertionError(series + ": bucket after +Inf");
                    }
                    double le = parse(s.labels.get("le"));
                    if (!(le > lastLe)) {
                        throw new AssertionError(series + ": le not ascending at " + s.labels.get("le"));
                    }
                    if (s.value < lastCount || s.value != Math.rint(s.value)) {
                        throw new AssertionError(series + ": bucket counts not cumulative integers at le="
                                + s.labels.get("le"));
                    }
                    lastLe = le;
                    lastCount = s.value;
                    if (le == Double.POSITIVE_INFINITY) {
                        infCount = s.value;
                    }
                } else if (s.name.endsWith("_count")) {
                    if (infCount == null) {
                        throw new AssertionError(series + ": _count before the +Inf bucket");
                    }
                    count = s.value;
                } else if (s.name.endsWith("_sum")) {
                    sum = true;
                }
            }
            if (infCount == null || count == null || !sum) {
                throw new AssertionError(series + ": needs a +Inf bucket, _count and _sum");
            }
            if (!infCount.equals(count)) {
                throw new AssertionError(series + ": +Inf bucket " + infCount + " differs from _count " + count);
            }
        }
    }

    static double parse(String number) {
        switch (number) {
            case "+Inf":
            case "Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(number);
        }
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                char next = s.charAt(++i);
                sb.append(next == 'n' ? '\n' : next);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
