package io.mcpbench.core.catalog;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An immutable view of every tool of every server at one moment. Readers hold a snapshot for the
 * whole of a request, so a server joining or leaving mid-request never shows them half a change.
 * Entries are ordered by qualified name (ordinal string order), which makes {@code tools/list}
 * pages and search tie-breaks deterministic.
 */
public final class CatalogSnapshot {

    private static final CatalogSnapshot EMPTY = new CatalogSnapshot(0L, Map.of());

    private final long version;
    private final Map<String, List<McpSchema.Tool>> toolsByServer;
    private final List<CatalogEntry> entries;
    private final Map<String, CatalogEntry> byQualifiedName;
    private final Map<String, Integer> indexByQualifiedName;

    private CatalogSnapshot(long version, Map<String, List<McpSchema.Tool>> toolsByServer) {
        this.version = version;
        this.toolsByServer = toolsByServer;
        List<CatalogEntry> all = new ArrayList<>();
        toolsByServer.forEach((server, tools) -> tools.forEach(t -> all.add(CatalogEntry.of(server, t))));
        CatalogEntry[] sorted = all.toArray(CatalogEntry[]::new);
        Arrays.sort(sorted, Comparator.comparing(CatalogEntry::qualifiedName));
        Map<String, CatalogEntry> byName = new HashMap<>(sorted.length * 2);
        Map<String, Integer> index = new HashMap<>(sorted.length * 2);
        for (int i = 0; i < sorted.length; i++) {
            CatalogEntry e = sorted[i];
            if (byName.putIfAbsent(e.qualifiedName(), e) != null) {
                throw new IllegalArgumentException("duplicate tool " + e.qualifiedName());
            }
            index.put(e.qualifiedName(), i);
        }
        this.entries = List.of(sorted);
        this.byQualifiedName = byName;
        this.indexByQualifiedName = index;
    }

    /** The snapshot with no servers. */
    public static CatalogSnapshot empty() {
        return EMPTY;
    }

    /** A snapshot of the given servers' tools; tool names must be unique within a server. */
    public static CatalogSnapshot of(Map<String, List<McpSchema.Tool>> toolsByServer) {
        return EMPTY.withServers(toolsByServer);
    }

    /** This snapshot with the given servers added or replaced, as a new version. */
    public CatalogSnapshot withServers(Map<String, List<McpSchema.Tool>> servers) {
        TreeMap<String, List<McpSchema.Tool>> next = new TreeMap<>(toolsByServer);
        servers.forEach((server, tools) -> next.put(QualifiedName.requireServerId(server), List.copyOf(tools)));
        return new CatalogSnapshot(version + 1, Collections.unmodifiableMap(next));
    }

    /** This snapshot with one server added or replaced, as a new version. */
    public CatalogSnapshot withServer(String serverId, List<McpSchema.Tool> tools) {
        return withServers(Map.of(serverId, tools));
    }

    /** This snapshot without the given server, as a new version (the same version if it was absent). */
    public CatalogSnapshot withoutServer(String serverId) {
        if (!toolsByServer.containsKey(serverId)) {
            return this;
        }
        TreeMap<String, List<McpSchema.Tool>> next = new TreeMap<>(toolsByServer);
        next.remove(serverId);
        return new CatalogSnapshot(version + 1, Collections.unmodifiableMap(next));
    }

    /** Increases by one with every change; two snapshots of one catalog with equal versions are the same. */
    public long version() {
        return version;
    }

    /** Every entry, ordered by qualified name. */
    public List<CatalogEntry> entries() {
        return entries;
    }

    /** The number of tools. */
    public int size() {
        return entries.size();
    }

    /** The entry with this qualified name, or {@code null}. A hash lookup. */
    public CatalogEntry find(String qualifiedName) {
        return byQualifiedName.get(qualifiedName);
    }

    /** The position of this qualified name in {@link #entries()}, or -1. */
    public int indexOf(String qualifiedName) {
        Integer i = indexByQualifiedName.get(qualifiedName);
        return i == null ? -1 : i;
    }

    /** Server ids, in order. */
    public List<String> serverIds() {
        return List.copyOf(toolsByServer.keySet());
    }

    /** The tools one server declared, in its own order, or an empty list. */
    public List<McpSchema.Tool> toolsOf(String serverId) {
        return toolsByServer.getOrDefault(serverId, List.of());
    }

    /** Servers and their tools, in server order. */
    public Map<String, List<McpSchema.Tool>> toolsByServer() {
        return toolsByServer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogSnapshot s && s.version == version && s.toolsByServer.equals(toolsByServer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, toolsByServer);
    }

    @Override
    public String toString() {
        return "CatalogSnapshot[version=" + version + ", servers=" + toolsByServer.size() + ", tools=" + size() + "]";
    }
}
