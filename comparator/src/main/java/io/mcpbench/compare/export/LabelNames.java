package io.mcpbench.compare.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JMH parameter names as OpenMetrics label names that Prometheus' own linter accepts
 * ({@code promtool check metrics} refuses camelCase): {@code param_} and the name in snake_case.
 * A lower-case letter or digit followed by a capital, and a run of capitals followed by a
 * lower-case letter, are split with {@code _} ({@code collectionSize} is
 * {@code param_collection_size}, {@code HTTPServer} is {@code param_http_server}); any character
 * other than an ASCII letter or digit becomes {@code _}; the result is lower case. The mapping
 * depends on the name alone, so a series keeps its labels from run to run. When two parameters of
 * one benchmark would share a label ({@code collectionSize} and {@code collection_size}), each of
 * them gets {@code _} and the first 8 hex digits of the SHA-256 of its own name appended, so no
 * two parameters ever become one label.
 */
final class LabelNames {

    /** The prefix of every parameter label. */
    static final String PARAM = "param_";

    private LabelNames() {
    }

    /** {@code name} in snake_case, as described above (without the prefix). */
    static String snakeCase(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetterOrDigit(c)) {
                sb.append('_');
                continue;
            }
            if (isUpper(c) && i > 0) {
                char prev = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && isLower(name.charAt(i + 1));
                if (isLower(prev) || isDigit(prev) || (isUpper(prev) && nextLower)) sb.append('_');
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** The label of each parameter name, in the order given; never two names on one label. */
    static Map<String, String> forParams(Collection<String> names) {
        Map<String, List<String>> byLabel = new HashMap<>();
        for (String n : names) byLabel.computeIfAbsent(PARAM + snakeCase(n), k -> new ArrayList<>()).add(n);
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String n : names) {
            String label = PARAM + snakeCase(n);
            if (byLabel.get(label).size() > 1) label = label + "_" + shortHash(n);
            if (!used.add(label)) throw new ExportException("parameters map to the same label " + label);
            out.put(n, label);
        }
        return out;
    }

    private static String shortHash(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isLower(c) || isUpper(c) || isDigit(c);
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
