package io.mcpbench.core.catalog;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The live catalog: one {@link CatalogSnapshot} at a time, swapped atomically when a server joins
 * or leaves. Reads are a volatile load; writers build the next snapshot off to the side and
 * publish it with a compare-and-set, so a reader never sees a mix of two versions. Listeners
 * (the search index, the binding table) are told of each new snapshot after it is published.
 */
public final class ToolCatalog {

    private final AtomicReference<CatalogSnapshot> current;
    private final List<Consumer<CatalogSnapshot>> listeners = new CopyOnWriteArrayList<>();

    /** An empty catalog. */
    public ToolCatalog() {
        this(CatalogSnapshot.empty());
    }

    /** A catalog that starts from the given snapshot. */
    public ToolCatalog(CatalogSnapshot initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /** The snapshot in force now. */
    public CatalogSnapshot snapshot() {
        return current.get();
    }

    /** Adds or replaces a server's tools; returns the snapshot that resulted. */
    public CatalogSnapshot putServer(String serverId, List<McpSchema.Tool> tools) {
        return update(s -> s.withServer(serverId, tools));
    }

    /** Adds or replaces several servers in one swap. */
    public CatalogSnapshot putServers(Map<String, List<McpSchema.Tool>> servers) {
        return update(s -> s.withServers(servers));
    }

    /** Removes a server and its tools; returns the snapshot that resulted. */
    public CatalogSnapshot removeServer(String serverId) {
        return update(s -> s.withoutServer(serverId));
    }

    /**
     * Calls the listener with every snapshot published from now on, on the writer's thread.
     * Two writers racing may deliver out of order: a listener keeps the highest
     * {@link CatalogSnapshot#version()} it has seen.
     */
    public void addListener(Consumer<CatalogSnapshot> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Stops calling the listener. */
    public void removeListener(Consumer<CatalogSnapshot> listener) {
        listeners.remove(listener);
    }

    private CatalogSnapshot update(UnaryOperator<CatalogSnapshot> change) {
        CatalogSnapshot prev;
        CatalogSnapshot next;
        do {
            prev = current.get();
            next = change.apply(prev);
            if (next == prev) {
                return prev;
            }
        } while (!current.compareAndSet(prev, next));
        for (Consumer<CatalogSnapshot> l : listeners) {
            l.accept(next);
        }
        return next;
    }
}
