package io.mcpbench.workload.text;

import java.util.Locale;

/**
 * Spelling of identifiers the way real MCP servers spell them. Words are kept in snake_case in the
 * vocabulary and rendered per server in its own naming style.
 */
public final class Names {

    private Names() {
    }

    /** How one server spells its tool and property names. */
    public enum Style {
        SNAKE, CAMEL, DOTTED, KEBAB
    }

    public static String plural(String word) {
        int us = word.lastIndexOf('_');
        String head = us < 0 ? "" : word.substring(0, us + 1);
        String last = us < 0 ? word : word.substring(us + 1);
        return head + pluralWord(last);
    }

    private static String pluralWord(String w) {
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh")) {
            return w.endsWith("ss") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh") ? w + "es" : w;
        }
        if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        if (w.equals("data") || w.equals("info") || w.equals("content") || w.equals("busy")) {
            return w;
        }
        return w + "s";
    }

    /** {@code pull_request} to {@code pullRequest}. */
    public static String camel(String snake) {
        StringBuilder sb = new StringBuilder(snake.length());
        boolean up = false;
        for (int i = 0; i < snake.length(); i++) {
            char c = snake.charAt(i);
            if (c == '_' || c == '-' || c == ' ') {
                up = sb.length() > 0;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }

    /** {@code pull_request} to {@code pull request}. */
    public static String words(String snake) {
        return snake.replace('_', ' ');
    }

    /** {@code pull_request} to {@code Pull Request}. */
    public static String titleCase(String snake) {
        StringBuilder sb = new StringBuilder(snake.length());
        boolean up = true;
        for (int i = 0; i < snake.length(); i++) {
            char c = snake.charAt(i);
            if (c == '_' || c == ' ') {
                sb.append(' ');
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }

    public static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A property name in snake_case rendered in the given style (dotted and kebab servers use snake properties). */
    public static String property(String snake, Style style) {
        return style == Style.CAMEL ? camel(snake) : snake;
    }

    /** A tool name from its verb, noun and optional qualifier, all snake_case. */
    public static String tool(String verb, String noun, String qualifier, Style style) {
        String snake = verb + "_" + noun + (qualifier == null ? "" : "_by_" + qualifier);
        switch (style) {
            case CAMEL:
                return camel(snake);
            case KEBAB:
                return snake.replace('_', '-');
            case DOTTED:
                return camel(noun) + "." + camel(verb + (qualifier == null ? "" : "_by_" + qualifier));
            default:
                return snake;
        }
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Whether a property named {@code lower} (lower case) holds free text: a body, a message, a query. */
    public static boolean isContent(String lower) {
        return lower.contains("body") || lower.contains("content") || lower.contains("text")
                || lower.contains("message") || lower.contains("description") || lower.contains("sql")
                || lower.contains("script") || lower.contains("query") || lower.equals("jql")
                || lower.contains("manifest") || lower.contains("dockerfile") || lower.equals("value")
                || lower.contains("summary") || lower.contains("observation") || lower.equals("note");
    }
}
