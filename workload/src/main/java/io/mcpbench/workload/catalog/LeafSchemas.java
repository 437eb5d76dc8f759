package io.mcpbench.workload.catalog;

import io.mcpbench.workload.text.Lexicon;
import io.mcpbench.workload.text.Names;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes the schema of one leaf property as real servers write it: a string with the pattern or
 * format its name suggests, a number with the bounds its name suggests, an array of strings, a
 * boolean, an enum or a small union, each described as often as the server documents its
 * parameters.
 */
final class LeafSchemas {

    private final SplittableRandom rng;
    private final Domain domain;
    private final String noun;
    private final int verbosity;

    LeafSchemas(SplittableRandom rng, Domain domain, String noun, int verbosity) {
        this.rng = rng;
        this.domain = domain;
        this.noun = noun;
        this.verbosity = verbosity;
    }

    Map<String, Object> string(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "string");
        String lower = Names.lower(name);
        describe(p, name);
        if (lower.endsWith("sha")) {
            p.put("pattern", Lexicon.PATTERN_SHA);
        } else if (lower.equals("issue_key") || lower.equals("issuekey")) {
            p.put("pattern", Lexicon.PATTERN_ISSUE_KEY);
        } else if (lower.equals("project_key") || lower.equals("projectkey")) {
            p.put("pattern", Lexicon.PATTERN_PROJECT_KEY);
        } else if (lower.endsWith("slug")) {
            p.put("pattern", Lexicon.PATTERN_SLUG);
        } else if (lower.contains("timezone") || lower.contains("time_zone")) {
            if (rng.nextDouble() < 0.6) {
                p.put("pattern", Lexicon.PATTERN_TIMEZONE);
            }
        } else if (lower.equals("channel_id") || lower.equals("channelid")) {
            p.put("pattern", Lexicon.PATTERN_CHANNEL);
        } else if (lower.equals("phone_number") || lower.equals("phonenumber")) {
            p.put("pattern", Lexicon.PATTERN_E164);
        } else if (lower.endsWith("url") || lower.endsWith("uri")) {
            p.put("format", "uri");
        } else if (lower.endsWith("email")) {
            p.put("format", "email");
        } else if (lower.endsWith("_at") || lower.endsWith("time") || lower.startsWith("since")
                || lower.contains("after") || lower.contains("before") || lower.equals("oldest")
                || lower.equals("latest")) {
            if (rng.nextDouble() < 0.5) {
                p.put("format", "date-time");
            } else if (rng.nextDouble() < 0.4) {
                p.put("pattern", Lexicon.PATTERN_DATE);
            }
        } else if (lower.endsWith("id") || lower.endsWith("key") || lower.endsWith("ref")) {
            double u = rng.nextDouble();
            if (u < 0.3) {
                p.put("pattern", Lexicon.PATTERN_ID);
            } else if (u < 0.4) {
                p.put("format", "uuid");
            } else if (u < 0.55) {
                p.put("minLength", 1);
            }
        } else if (Names.isContent(lower)) {
            if (rng.nextDouble() < 0.2) {
                p.put("minLength", 1);
            }
        } else {
            double u = rng.nextDouble();
            if (u < 0.2) {
                p.put("minLength", 1);
                p.put("maxLength", List.of(64, 100, 128, 255, 256, 1000).get(rng.nextInt(6)));
            } else if (u < 0.3) {
                p.put("maxLength", List.of(100, 255, 500).get(rng.nextInt(3)));
            }
        }
        return p;
    }

    Map<String, Object> number(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        String lower = Names.lower(name);
        boolean real = lower.contains("latitude") || lower.contains("longitude") || lower.contains("amount")
                || lower.contains("price") || lower.contains("scale") || lower.contains("cpus") || lower.equals("x")
                || lower.equals("y");
        p.put("type", real ? "number" : "integer");
        describe(p, name);
        if (lower.contains("latitude")) {
            p.put("minimum", -90);
            p.put("maximum", 90);
        } else if (lower.contains("longitude")) {
            p.put("minimum", -180);
            p.put("maximum", 180);
        } else if (lower.contains("page") && !lower.contains("size") && !lower.contains("per")) {
            p.put("minimum", 1);
            if (rng.nextDouble() < 0.5) {
                p.put("default", 1);
            }
        } else if (lower.contains("limit") || lower.contains("max") || lower.contains("per_page")
                || lower.contains("perpage") || lower.contains("size") || lower.equals("count")
                || lower.equals("first")) {
            int max = List.of(50, 100, 100, 200, 500, 1000).get(rng.nextInt(6));
            if (rng.nextDouble() < 0.8) {
                p.put("minimum", 1);
                p.put("maximum", max);
            }
            if (rng.nextDouble() < 0.4) {
                p.put("default", Math.min(max, List.of(10, 20, 25, 30, 50).get(rng.nextInt(5))));
            }
        } else if (rng.nextDouble() < 0.42) {
            Object min = real ? (Object) 0.0 : (Object) (rng.nextDouble() < 0.5 ? 0 : 1);
            p.put("minimum", min);
            if (rng.nextDouble() < 0.4) {
                Object max = real ? (Object) 1_000_000.0 : (Object) List.of(60, 100, 3600, 10000, 86400).get(rng.nextInt(5));
                p.put("maximum", max);
            }
        }
        return p;
    }

    Map<String, Object> array(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "array");
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("type", "string");
        if (rng.nextDouble() < 0.15) {
            items.put("minLength", 1);
        }
        p.put("items", items);
        describe(p, name);
        double u = rng.nextDouble();
        if (u < 0.15) {
            p.put("minItems", 1);
        } else if (u < 0.25) {
            p.put("maxItems", List.of(10, 20, 50, 100).get(rng.nextInt(4)));
        } else if (u < 0.3) {
            p.put("uniqueItems", true);
        }
        return p;
    }

    Map<String, Object> bool(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "boolean");
        describe(p, name);
        if (rng.nextDouble() < 0.35) {
            p.put("default", false);
        }
        return p;
    }

    Map<String, Object> enumProperty(Domain.EnumSpec spec) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "string");
        p.put("enum", List.copyOf(spec.values()));
        if (rng.nextDouble() < 0.8) {
            p.put("description", enumDescription(spec));
        }
        if (rng.nextDouble() < 0.3) {
            p.put("default", spec.values().get(0));
        }
        return p;
    }

    Map<String, Object> union(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("type", "string");
        text.put("minLength", 1);
        Map<String, Object> numeric = new LinkedHashMap<>();
        numeric.put("type", "integer");
        numeric.put("minimum", 1);
        p.put(rng.nextBoolean() ? "anyOf" : "oneOf", List.of(text, numeric));
        describe(p, name);
        return p;
    }

    void describe(Map<String, Object> p, String name) {
        if (rng.nextDouble() < (verbosity == 0 ? 0.35 : verbosity == 1 ? 0.6 : 0.97)) {
            p.put("description", PropertyText.describe(rng, domain, noun, name, verbosity));
        }
    }

    private String enumDescription(Domain.EnumSpec spec) {
        String words = Names.words(spec.name());
        switch (rng.nextInt(3)) {
            case 0:
                return "Filter by " + words;
            case 1:
                return Names.capitalize(words) + " of the " + Names.words(noun) + ": one of "
                        + String.join(", ", spec.values());
            default:
                return "The " + words + " to use";
        }
    }
}
