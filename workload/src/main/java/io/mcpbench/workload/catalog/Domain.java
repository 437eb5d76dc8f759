package io.mcpbench.workload.catalog;

import java.util.Arrays;
import java.util.List;

/**
 * The vocabulary of one kind of MCP server (GitHub, a file system, Slack, ...): what it acts on
 * (nouns), how (verbs), the words its documentation uses (terms), and the parameters its tools
 * take. Tools are built from these, so search over a generated catalog meets the same mix of
 * shared and distinctive words as search over real servers.
 */
record Domain(
        String id,
        String display,
        String scope,
        int weight,
        List<String> nouns,
        List<String> verbs,
        List<String> terms,
        List<String> strings,
        List<String> numbers,
        List<String> booleans,
        List<String> arrays,
        List<EnumSpec> enums) {

    /** A string parameter with a closed set of values. */
    record EnumSpec(String name, List<String> values) {
    }

    /**
     * Builds a domain from space-separated word lists; {@code enums} is {@code name=a,b,c} items
     * separated by spaces.
     */
    static Domain of(String id, String display, String scope, int weight, String nouns, String verbs,
            String terms, String strings, String numbers, String booleans, String arrays, String enums) {
        return new Domain(id, display, scope, weight, split(nouns), split(verbs), split(terms), split(strings),
                split(numbers), split(booleans), split(arrays), enums(enums));
    }

    /** This domain as one deployment describes itself, e.g. "a GitHub repository at Acme". */
    Domain withScope(String newScope) {
        return new Domain(id, display, newScope, weight, nouns, verbs, terms, strings, numbers, booleans, arrays,
                enums);
    }

    static List<String> split(String s) {
        return s.isBlank() ? List.of() : List.of(s.trim().split("\\s+"));
    }

    static List<EnumSpec> enums(String s) {
        return split(s).stream().map(item -> {
            int eq = item.indexOf('=');
            return new EnumSpec(item.substring(0, eq), Arrays.asList(item.substring(eq + 1).split(",")));
        }).toList();
    }
}
