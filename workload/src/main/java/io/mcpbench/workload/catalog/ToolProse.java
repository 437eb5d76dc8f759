package io.mcpbench.workload.catalog;

import io.mcpbench.workload.text.Names;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a tool's title and description from its verb, noun and domain. Lengths follow the
 * measured spread (median about 70 characters, p90 about 220, rare multi-kilobyte manuals), and
 * every description names a few domain terms, so tools stay distinguishable by text search while
 * sharing the common words ("list", "get", "file") that make ranking non-trivial.
 */
final class ToolProse {

    private ToolProse() {
    }

    static String title(String verb, String noun, String qualifier) {
        String n = verb.equals("list") || verb.equals("search") ? Names.plural(noun) : noun;
        return Names.titleCase(verb) + " " + Names.titleCase(n) + (qualifier == null ? "" : " by "
                + Names.titleCase(qualifier));
    }

    static String description(SplittableRandom rng, Domain domain, String verb, String noun, String qualifier,
            List<String> properties) {
        int target = targetLength(rng);
        List<String> terms = domain.terms();
        String t1 = terms.get(rng.nextInt(terms.size()));
        String t2 = terms.get(rng.nextInt(terms.size()));
        while (t2.equals(t1) && terms.size() > 1) {
            t2 = terms.get(rng.nextInt(terms.size()));
        }
        String t3 = terms.get(rng.nextInt(terms.size()));
        StringBuilder sb = new StringBuilder(Math.min(target, 9000) + 120);
        sb.append(core(rng, domain, verb, noun));
        if (qualifier != null) {
            sb.append(" by ").append(Names.words(qualifier));
        }
        switch (rng.nextInt(4)) {
            case 0:
                sb.append(" with ").append(words(t1));
                break;
            case 1:
                sb.append(" using ").append(words(t1)).append(" and ").append(words(t2));
                break;
            case 2:
                sb.append(", including ").append(words(t1)).append(" and ").append(words(t2));
                break;
            default:
                sb.append(" (").append(words(t1)).append(", ").append(words(t2)).append(')');
                break;
        }
        sb.append('.');
        String ns = Names.words(Names.plural(noun));
        int guard = 0;
        StringBuilder next = new StringBuilder(160);
        while (sb.length() < target && guard++ < 400) {
            String prop = properties.isEmpty() ? "id" : properties.get(rng.nextInt(properties.size()));
            String t = words(terms.get(rng.nextInt(terms.size())));
            next.setLength(0);
            sentence(rng, next, domain, verb, noun, ns, prop, t, t2, t3);
            if (sb.length() + next.length() > target * 1.25 && sb.length() >= target * 0.7) {
                break;
            }
            sb.append(' ').append(next);
            if (target > 1500 && guard % 6 == 0) {
                sb.append("\n\nUsage notes:\n");
                for (String p : properties) {
                    sb.append("- ").append(p).append(": ").append(PropertyText.describe(rng, domain, noun, p, 1))
                            .append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static void sentence(SplittableRandom rng, StringBuilder sb, Domain domain, String verb, String noun,
            String ns, String prop, String t, String t2, String t3) {
        switch (rng.nextInt(9)) {
            case 0:
                sb.append("Returns the ").append(Names.words(noun)).append(" with its ").append(words(t2))
                        .append(", ").append(words(t3)).append(" and ").append(prop).append(" fields.");
                break;
            case 1:
                sb.append("Use this to ").append(verb).append(' ').append(ns).append(" when you know the ")
                        .append(prop).append('.');
                break;
            case 2:
                sb.append("Results are paginated; pass the cursor from the previous response to fetch the next"
                        + " page.");
                break;
            case 3:
                sb.append("Requires ").append(verb.equals("get") || verb.equals("list") ? "read" : "write")
                        .append(" access to ").append(domain.scope()).append('.');
                break;
            case 4:
                sb.append("The ").append(prop).append(" parameter controls the ").append(t).append('.');
                break;
            case 5:
                sb.append("Only ").append(ns).append(" visible to the authenticated user are included.");
                break;
            case 6:
                sb.append("Note: ").append(Names.capitalize(t)).append(" is only available when ")
                        .append(domain.display()).append(" has it enabled.");
                break;
            case 7:
                sb.append("If ").append(prop).append(" is omitted, the default ").append(t).append(" is used.");
                break;
            default:
                sb.append("Supports filtering ").append(ns).append(" by ").append(t).append(" and ").append(prop)
                        .append('.');
                break;
        }
    }

    private static String core(SplittableRandom rng, Domain domain, String verb, String noun) {
        String n = Names.words(noun);
        String ns = Names.words(Names.plural(noun));
        String a = article(n);
        boolean scoped = rng.nextDouble() < 0.35;
        String in = scoped ? " in " + domain.scope() : "";
        switch (verb) {
            case "create":
                return "Create a new " + n + in;
            case "get":
                return rng.nextBoolean() ? "Get details of " + a + " " + n : "Get " + a + " " + n + " by ID";
            case "retrieve":
                return "Retrieve " + a + " " + n + " by its ID";
            case "list":
                return "List " + ns + in;
            case "update":
                return "Update an existing " + n;
            case "delete":
                return scoped ? "Permanently delete " + a + " " + n + " from " + domain.scope() : "Delete " + a + " " + n;
            case "search":
                return "Search " + ns + in;
            case "wait":
                return "Wait for " + a + " " + n;
            case "respond":
                return "Respond to " + a + " " + n;
            case "navigate":
                return "Navigate to " + a + " " + n;
            case "hover":
                return "Hover over " + a + " " + n;
            case "type":
                return "Type text into " + a + " " + n;
            case "assign":
                return "Assign " + a + " " + n + " to a user";
            case "associate":
                return "Associate " + a + " " + n + " with another record";
            case "link":
                return "Link " + a + " " + n + " to another item";
            case "transition":
                return "Move " + a + " " + n + " through its workflow";
            default:
                return Names.capitalize(verb) + " " + a + " " + n + in;
        }
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 && !word.startsWith("u") ? "an" : "a";
    }

    private static String words(String snake) {
        return Names.words(snake);
    }

    private static int targetLength(SplittableRandom rng) {
        if (rng.nextDouble() < 0.004) {
            return 2000 + rng.nextInt(6000);
        }
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        double g = StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
        return (int) Math.min(1200, StrictMath.exp(StrictMath.log(52) + 1.05 * g));
    }
}
