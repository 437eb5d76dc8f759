package io.mcpbench.workload.catalog;

import io.mcpbench.workload.text.Lexicon;
import io.mcpbench.workload.text.Names;
import java.util.SplittableRandom;

/** Writes parameter descriptions in the terse style of real tool schemas ("Maximum number of results"). */
final class PropertyText {

    private PropertyText() {
    }

    static String describe(SplittableRandom rng, Domain domain, String noun, String property, int verbosity) {
        String words = humanize(property);
        String lower = Names.lower(property);
        String n = Names.words(noun);
        String text;
        if (lower.endsWith("id") || lower.endsWith("key") || lower.endsWith("sha") || lower.endsWith("ref")) {
            text = pick(rng, "The ID of the " + n, "Unique identifier of the " + n,
                    Names.capitalize(words) + " of the " + n + " in " + display(domain), Names.capitalize(words));
        } else if (lower.contains("limit") || lower.contains("max") || lower.contains("per_page")
                || lower.contains("perpage") || lower.contains("size") || lower.equals("count")) {
            text = pick(rng, "Maximum number of results to return", "Number of " + Names.words(Names.plural(noun))
                    + " per page", "Maximum number of items to return in one response");
        } else if (lower.equals("page")) {
            text = pick(rng, "Page number of the results to fetch", "Page number (1-based)");
        } else if (lower.contains("offset") || lower.equals("start_at") || lower.equals("startat")) {
            text = pick(rng, "Number of results to skip", "Zero-based offset of the first result");
        } else if (lower.contains("cursor")) {
            text = "Pagination cursor returned by a previous call";
        } else if (lower.contains("path")) {
            text = pick(rng, "Path to the " + n, "Absolute or relative path of the " + n,
                    "Path of the " + words + " inside " + display(domain));
        } else if (Names.isContent(lower)) {
            text = pick(rng, "The " + words + " of the " + n, Names.capitalize(words) + " content",
                    Names.capitalize(words) + " to send", "Full " + words + " (Markdown supported)");
        } else {
            text = pick(rng, Names.capitalize(words) + " of the " + n, "The " + words + " to use",
                    "Optional " + words + " filter", Names.capitalize(words), "Filter " + Names.words(Names.plural(noun))
                            + " by " + words);
        }
        double u = rng.nextDouble();
        if (verbosity == 2) {
            StringBuilder sb = new StringBuilder(text).append('.');
            int extra = 1 + rng.nextInt(3);
            for (int i = 0; i < extra; i++) {
                String term = domain.terms().isEmpty() ? "setting" : domain.terms().get(rng.nextInt(domain.terms().size()));
                switch (rng.nextInt(4)) {
                    case 0 -> sb.append(" When omitted, the ").append(Names.words(term)).append(" configured for ")
                            .append(display(domain)).append(" applies.");
                    case 1 -> sb.append(" Must refer to a ").append(n).append(" the caller can access; otherwise the"
                            + " request fails with a permission error.");
                    case 2 -> sb.append(" Combine with other filters to narrow results by ").append(Names.words(term))
                            .append('.');
                    default -> sb.append(" Example: '").append(Lexicon.name(rng)).append("'.");
                }
            }
            return sb.toString();
        }
        if (u < 0.12 && !domain.terms().isEmpty()) {
            text = text + ". Affects the " + domain.terms().get(rng.nextInt(domain.terms().size())) + " of the result";
        } else if (u < 0.22) {
            text = text + " (optional)";
        } else if (u < 0.30) {
            text = text + ", for example '" + Lexicon.name(rng) + "'";
        }
        return text;
    }

    private static String display(Domain domain) {
        return domain.scope().isEmpty() ? "the service" : domain.scope();
    }

    private static String pick(SplittableRandom rng, String... options) {
        return options[rng.nextInt(options.length)];
    }

    /** {@code pullNumber} or {@code pull_number} to {@code pull number}. */
    static String humanize(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' || c == '-' || c == '.') {
                sb.append(' ');
            } else if (Character.isUpperCase(c)) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
