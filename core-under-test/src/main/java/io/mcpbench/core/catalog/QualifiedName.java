package io.mcpbench.core.catalog;

import java.util.regex.Pattern;

/**
 * The gateway-wide name of a tool, {@code server__tool}. A gateway aggregates servers whose tool
 * names collide ({@code search} exists on many), so every tool it exposes carries its server's id.
 * Server ids never contain {@code __} and never end in {@code _}, so the first {@code __} always
 * splits a qualified name back into its two halves.
 */
public record QualifiedName(String serverId, String toolName) {

    /** The separator between server id and tool name. */
    public static final String SEPARATOR = "__";

    private static final Pattern SERVER_ID = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]|_(?!_))*(?<!_)");

    public QualifiedName {
        requireServerId(serverId);
        if (toolName == null || toolName.isEmpty()) {
            throw new IllegalArgumentException("tool name must not be empty");
        }
    }

    /** Parses {@code server__tool}; throws {@link IllegalArgumentException} if it has no server part. */
    public static QualifiedName parse(String qualified) {
        int at = qualified == null ? -1 : qualified.indexOf(SEPARATOR);
        if (at <= 0 || at + SEPARATOR.length() >= qualified.length()) {
            throw new IllegalArgumentException("not a qualified tool name (server__tool): " + qualified);
        }
        return new QualifiedName(qualified.substring(0, at), qualified.substring(at + SEPARATOR.length()));
    }

    /** Joins a server id and a tool name. */
    public static String of(String serverId, String toolName) {
        return new QualifiedName(serverId, toolName).toString();
    }

    /** Checks that a server id can be part of a qualified name. */
    public static String requireServerId(String serverId) {
        if (serverId == null || !SERVER_ID.matcher(serverId).matches()) {
            throw new IllegalArgumentException(
                    "server id must be letters, digits, '.', '-' or single '_' not at the end: " + serverId);
        }
        return serverId;
    }

    @Override
    public String toString() {
        return serverId + SEPARATOR + toolName;
    }
}
