package io.mcpbench.compare.policy;

import io.mcpbench.compare.input.InputFiles;
import io.mcpbench.compare.input.StrictJson;
import io.mcpbench.compare.jmh.MetricNames;
import io.mcpbench.compare.model.OneLine;
import io.mcpbench.compare.schema.DocumentSchema;
import io.mcpbench.compare.settings.BenchmarkOverride;
import io.mcpbench.compare.settings.Rule;
import io.mcpbench.compare.settings.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a policy file (JSON, format in {@code comparator/README.md}, schema
 * {@link DocumentSchema#POLICY}; a file without {@code schema} is version 1). Strict: an unknown or
 * duplicate key, a wrong type, a bad regex or threshold, a metric name that could match nothing
 * ({@code Primary}, {@code p99}), a reason of invisible characters only, is an error naming the
 * file and the place, so a typo never silently weakens a gate. Fractions ({@code q},
 * {@code noiseFloor}) are plain numbers ({@code 0.03}) or percent strings ({@code "3%"}).
 */
public final class PolicyLoader {

    private static final Set<String> TOP = Set.of(DocumentSchema.KEY, "defaults", "profiles", "overrides", "allowedRegressions",
            "allowedMissing", "limits");
    private static final Set<String> DEFAULTS = Set.of("q", "noiseFloor", "allocationFloor", "gatedMetrics",
            "inconclusive", "tooFewForks");
    private static final Set<String> PROFILE = Set.of("inconclusive", "tooFewForks");
    private static final Set<String> OVERRIDE = Set.of("benchmark", "noiseFloor", "allocationFloor", "gatedMetrics");
    private static final Set<String> ALLOWANCE = Set.of("benchmark", "metric", "reason");
    private static final Set<String> LIMIT = Set.of("benchmark", "params", "threshold", "thresholds", "plan", "target");

    private final String source;

    private PolicyLoader(String source) {
        this.source = source;
    }

    /** Loads the policy at {@code file}; throws {@link PolicyException} naming the file on any problem. */
    public static Policy load(Path file) {
        return parse(file.toString(), InputFiles.read(file, InputFiles.MAX_SMALL_BYTES, PolicyException::new));
    }

    /** Parses policy JSON read from {@code source} (a name for messages). */
    public static Policy parse(String source, byte[] json) {
        JsonNode root;
        try {
            root = StrictJson.read(json);
        } catch (JacksonException e) {
            throw new PolicyException(source + ": not valid JSON: " + OneLine.of(StrictJson.describe(e)));
        }
        if (root.isMissingNode()) throw new PolicyException(source + ": empty file");
        return new PolicyLoader(source).policy(root);
    }

    private Policy policy(JsonNode root) {
        String version = DocumentSchema.POLICY.problem(root);
        if (version != null) throw fail(version);
        object(root, "policy", TOP);
        JsonNode d = root.path("defaults");
        double q = Settings.DEFAULT_Q;
        double nf = Settings.DEFAULT_NOISE_FLOOR;
        double af = Settings.DEFAULT_ALLOCATION_FLOOR;
        List<String> gated = Settings.DEFAULT_GATED;
        Rule inconclusive = Settings.DEFAULTS.inconclusive();
        Rule tooFewForks = Settings.DEFAULTS.tooFewForks();
        if (!d.isMissingNode()) {
            object(d, "defaults", DEFAULTS);
            if (d.has("q")) q = fraction(d.get("q"), "defaults.q", false);
            if (q >= 0.5) throw fail("defaults.q: " + q + " is not below 0.5");
            if (d.has("noiseFloor")) nf = fraction(d.get("noiseFloor"), "defaults.noiseFloor", true);
            if (d.has("allocationFloor")) af = bytes(d.get("allocationFloor"), "defaults.allocationFloor");
            if (d.has("gatedMetrics")) gated = gatedMetrics(d.get("gatedMetrics"), "defaults.gatedMetrics");
            if (d.has("inconclusive")) inconclusive = rule(d, "inconclusive", "defaults");
            if (d.has("tooFewForks")) tooFewForks = rule(d, "tooFewForks", "defaults");
        }
        Map<String, Policy.ProfileRules> profiles = new java.util.TreeMap<>();
        JsonNode ps = root.path("profiles");
        if (!ps.isMissingNode() && !ps.isNull()) {
            if (!ps.isObject()) throw fail("profiles: expected an object of profile names");
            for (Map.Entry<String, JsonNode> e : ps.properties()) {
                String where = "profiles." + e.getKey();
                if (!e.getKey().matches("[A-Za-z0-9._-]+")) throw fail(where + ": bad profile name (letters, digits, . _ -)");
                object(e.getValue(), where, PROFILE);
                profiles.put(e.getKey(), new Policy.ProfileRules(rule(e.getValue(), "inconclusive", where),
                        rule(e.getValue(), "tooFewForks", where)));
            }
        }
        List<BenchmarkOverride> overrides = new ArrayList<>();
        List<JsonNode> list = array(root.path("overrides"), "overrides");
        for (int i = 0; i < list.size(); i++) {
            String where = "overrides[" + i + "]";
            JsonNode o = list.get(i);
            object(o, where, OVERRIDE);
            overrides.add(new BenchmarkOverride(regex(o, where),
                    o.has("noiseFloor") ? fraction(o.get("noiseFloor"), where + ".noiseFloor", true) : null,
                    o.has("allocationFloor") ? bytes(o.get("allocationFloor"), where + ".allocationFloor") : null,
                    o.has("gatedMetrics") ? gatedMetrics(o.get("gatedMetrics"), where + ".gatedMetrics") : null));
        }
        return new Policy(new Settings(q, nf, af, gated, inconclusive, tooFewForks, overrides), profiles,
                allowances(root.path("allowedRegressions"), "allowedRegressions"),
                allowances(root.path("allowedMissing"), "allowedMissing"),
                limits(root.path("limits")));
    }

    private List<Allowance> allowances(JsonNode node, String name) {
        List<Allowance> out = new ArrayList<>();
        List<JsonNode> list = array(node, name);
        for (int i = 0; i < list.size(); i++) {
            String where = name + "[" + i + "]";
            JsonNode a = list.get(i);
            object(a, where, ALLOWANCE);
            String reason = text(a.get("reason"), where + ".reason");
            if (!hasVisibleCharacter(reason)) throw fail(where + ".reason: must not be empty (or only invisible characters)");
            String metric = a.has("metric") ? metric(a.get("metric"), where + ".metric") : null;
            out.add(new Allowance(regex(a, where), metric, reason));
        }
        return out;
    }

    private List<Limit> limits(JsonNode node) {
        List<Limit> out = new ArrayList<>();
        List<JsonNode> list = array(node, "limits");
        for (int i = 0; i < list.size(); i++) {
            String where = "limits[" + i + "]";
            JsonNode l = list.get(i);
            object(l, where, LIMIT);
            Pattern p = regex(l, where);
            Map<String, String> params = l.has("params") ? params(l.get("params"), where + ".params") : Map.of();
            Limit.PlanCriterion plan = planCriterion(l, where);
            List<String> expressions = new ArrayList<>();
            if (l.has("threshold")) expressions.add(text(l.get("threshold"), where + ".threshold"));
            if (l.has("thresholds")) expressions.addAll(strings(l.get("thresholds"), where + ".thresholds"));
            if (expressions.isEmpty()) throw fail(where + ": needs \"threshold\" or \"thresholds\"");
            for (String e : expressions) {
                try {
                    out.add(new Limit(p, params, ThresholdParser.parse(e), source + " " + where, plan));
                } catch (ThresholdSyntaxException ex) {
                    throw fail(where + ": " + ex.getMessage());
                }
            }
        }
        return out;
    }

    /** JMH params a limit's rows must have: names to values, both strings as JMH writes them. */
    private Map<String, String> params(JsonNode node, String where) {
        if (!node.isObject()) throw fail(where + ": expected an object of param names to values");
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getValue().isString()) {
                throw fail(where + "." + e.getKey() + ": expected a string (JMH writes every param value as one)");
            }
            out.put(e.getKey(), e.getValue().stringValue());
        }
        if (out.isEmpty()) throw fail(where + ": empty (leave it out to match every row)");
        return out;
    }

    /** The plan criterion a limit checks: {@code plan} and {@code target} together, or neither. */
    private Limit.PlanCriterion planCriterion(JsonNode l, String where) {
        if (!l.has("plan") && !l.has("target")) return null;
        if (!l.has("plan")) throw fail(where + ": \"target\" without \"plan\" (the criterion it belongs to)");
        if (!l.has("target")) throw fail(where + ": \"plan\" needs \"target\", the plan's own wording of it");
        String plan = text(l.get("plan"), where + ".plan");
        String target = text(l.get("target"), where + ".target");
        if (!hasVisibleCharacter(plan)) throw fail(where + ".plan: must not be empty");
        if (!hasVisibleCharacter(target)) throw fail(where + ".target: must not be empty");
        return new Limit.PlanCriterion(plan.strip(), target.strip());
    }

    private Pattern regex(JsonNode node, String where) {
        String text = text(node.get("benchmark"), where + ".benchmark");
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw fail(where + ".benchmark: bad regex \"" + text + "\": " + e.getDescription()
                    + " at index " + e.getIndex());
        }
    }

    private void object(JsonNode node, String where, Set<String> keys) {
        if (!node.isObject()) throw fail(where + ": expected an object");
        if (node.has("band")) {
            throw fail(where + ": \"band\" is gone: EQUIVALENT now means shown within the noise floor, so set "
                    + "\"noiseFloor\" alone (see comparator/README.md, Verdicts)");
        }
        String unknown = StrictJson.unknownKey(node, keys);
        if (unknown != null) {
            throw fail(where + ": unknown key \"" + unknown + "\" (expected one of " + StrictJson.names(keys) + ")");
        }
    }

    private List<JsonNode> array(JsonNode node, String where) {
        if (node.isMissingNode() || node.isNull()) return List.of();
        if (!node.isArray()) throw fail(where + ": expected an array");
        return new ArrayList<>(node.values());
    }

    private List<String> strings(JsonNode node, String where) {
        if (!node.isArray()) throw fail(where + ": expected an array of strings");
        List<String> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : node.values()) {
            out.add(text(n, where + "[" + i++ + "]"));
        }
        return out;
    }

    /**
     * Gated metric names, each checked by {@link MetricNames#problem} so a typo never gates nothing;
     * rates that follow throughput are refused: they have no better side.
     */
    private List<String> gatedMetrics(JsonNode node, String where) {
        List<String> names = metrics(node, where);
        for (int i = 0; i < names.size(); i++) {
            if (io.mcpbench.compare.normalize.Directions.followsThroughput(names.get(i))) {
                throw fail(where + "[" + i + "]: \"" + names.get(i) + "\" moves with throughput (a faster build "
                        + "allocates and collects more per second) and cannot be gated; gate gc.alloc.rate.norm instead");
            }
        }
        return names;
    }

    private Rule rule(JsonNode node, String key, String where) {
        if (!node.has(key)) return null;
        String text = text(node.get(key), where + "." + key);
        Rule r;
        try {
            r = Rule.parse(text);
        } catch (IllegalArgumentException e) {
            throw fail(where + "." + key + ": " + e.getMessage());
        }
        if (r == Rule.WARN && key.equals("tooFewForks")) {
            throw fail(where + "." + key + ": fail or pass: a run that cannot gate has nothing to warn about");
        }
        return r;
    }

    private double bytes(JsonNode node, String where) {
        if (!node.isNumber()) throw fail(where + ": expected a number of bytes per operation");
        double v = node.doubleValue();
        if (!(v >= 0) || Double.isInfinite(v)) throw fail(where + ": " + v + " is not a number of bytes >= 0");
        return v;
    }

    /** A list of metric names, each checked by {@link MetricNames#problem}, so a typo never gates nothing. */
    private List<String> metrics(JsonNode node, String where) {
        List<String> names = strings(node, where);
        for (int i = 0; i < names.size(); i++) checkMetric(names.get(i), where + "[" + i + "]");
        return names;
    }

    private String metric(JsonNode node, String where) {
        return checkMetric(text(node, where), where);
    }

    private String checkMetric(String name, String where) {
        String problem = MetricNames.problem(name);
        if (problem != null) throw fail(where + ": " + problem);
        return name;
    }

    /**
     * True when {@code s} has a character that shows: not a space, a control or format character
     * (zero-width space, joiners, direction marks, BOM), nor a blank filler such as U+3164.
     */
    static boolean hasVisibleCharacter(String s) {
        return s.codePoints().anyMatch(cp -> {
            int type = Character.getType(cp);
            return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && type != Character.CONTROL
                    && type != Character.FORMAT && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
                    && type != Character.SURROGATE && !Character.isIdentifierIgnorable(cp)
                    && cp != 0x115F && cp != 0x1160 && cp != 0x3164 && cp != 0xFFA0 && cp != 0x2800;
        });
    }

    private String text(JsonNode node, String where) {
        if (node == null || node.isMissingNode()) throw fail(where + ": missing");
        if (!node.isString()) throw fail(where + ": expected a string");
        return node.stringValue();
    }

    private double fraction(JsonNode node, String where, boolean zeroAllowed) {
        double v;
        if (node.isNumber()) {
            v = node.doubleValue();
        } else if (node.isString()) {
            try {
                v = Fractions.parse(node.stringValue());
            } catch (IllegalArgumentException e) {
                throw fail(where + ": " + e.getMessage());
            }
        } else {
            throw fail(where + ": expected a number or a percent string");
        }
        if (!(v >= 0 && v < 1) || (!zeroAllowed && v == 0)) {
            throw fail(where + ": " + v + " is not a fraction in " + (zeroAllowed ? "[0, 1)" : "(0, 1)"));
        }
        return v;
    }

    private PolicyException fail(String what) {
        return new PolicyException(source + ": " + OneLine.of(what));
    }
}
