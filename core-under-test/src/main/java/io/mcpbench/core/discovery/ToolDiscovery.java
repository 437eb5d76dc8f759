package io.mcpbench.core.discovery;

import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.catalog.ToolCatalog;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Tool search for a gateway: finds tools by words (BM25F over name, title, description and
 * arguments) or by a regex, per {@link ToolDiscoveryConfig#mode()}.
 *
 * <p>Built over a live {@link ToolCatalog}, it follows the catalog's snapshots: each new snapshot
 * is indexed off the read path (on the writer's thread, or on a given {@link Executor}) and then
 * published with one atomic swap. A search reads the current index once and uses it to the end, so
 * it always answers from exactly one snapshot, never waits for a rebuild and takes no lock. An
 * older snapshot arriving after a newer one is ignored. With an executor, snapshots that arrive
 * while a build runs are coalesced into one build of the newest.
 *
 * <p>Safe for any number of concurrent searches and catalog writers.
 */
public final class ToolDiscovery implements AutoCloseable {

    private final ToolDiscoveryConfig config;
    private final AtomicReference<DiscoveryIndex> current;
    private final ToolCatalog catalog;
    private final Consumer<CatalogSnapshot> listener;
    private final Executor executor;
    private final AtomicReference<CatalogSnapshot> newestSeen;
    private final AtomicBoolean buildScheduled = new AtomicBoolean();

    private ToolDiscovery(ToolDiscoveryConfig config, ToolCatalog catalog, Executor executor, CatalogSnapshot initial) {
        this.config = Objects.requireNonNull(config, "config");
        this.catalog = catalog;
        this.executor = executor;
        this.current = new AtomicReference<>(DiscoveryIndex.build(initial, config));
        this.newestSeen = new AtomicReference<>(initial);
        this.listener = catalog == null ? null : (executor == null ? this::rebuildNow : this::rebuildLater);
    }

    /** Search over one fixed snapshot. */
    public static ToolDiscovery of(CatalogSnapshot snapshot, ToolDiscoveryConfig config) {
        return new ToolDiscovery(config, null, null, Objects.requireNonNull(snapshot, "snapshot"));
    }

    /**
     * Search that follows a live catalog, re-indexing each new snapshot on the thread that
     * published it: when a catalog write returns, searches see that snapshot or a newer one.
     */
    public static ToolDiscovery over(ToolCatalog catalog, ToolDiscoveryConfig config) {
        return follow(catalog, config, null);
    }

    /**
     * Search that follows a live catalog, re-indexing on {@code executor}: catalog writes return at
     * once and searches answer from the previous snapshot until the new index is published. If the
     * executor rejects a build, the writer's thread builds instead.
     */
    public static ToolDiscovery over(ToolCatalog catalog, ToolDiscoveryConfig config, Executor executor) {
        return follow(catalog, config, Objects.requireNonNull(executor, "executor"));
    }

    private static ToolDiscovery follow(ToolCatalog catalog, ToolDiscoveryConfig config, Executor executor) {
        Objects.requireNonNull(catalog, "catalog");
        ToolDiscovery discovery = new ToolDiscovery(config, catalog, executor, catalog.snapshot());
        catalog.addListener(discovery.listener);
        // A snapshot published between the first read and the listener joining would be missed.
        discovery.listener.accept(catalog.snapshot());
        return discovery;
    }

    /** The best {@link ToolDiscoveryConfig#maxResults()} tools for the query; see {@link #search(String, int)}. */
    public List<SearchHit> search(String query) {
        return search(query, config.maxResults());
    }

    /**
     * The best {@code limit} tools for the query, best first, ties in catalog (qualified name) order;
     * in regex mode the first {@code limit} matches in catalog order. A query with no searchable
     * words, or matching nothing, gives an empty list.
     *
     * @throws InvalidQueryException if {@code limit < 1}, or in regex mode if the pattern is too
     *                               long or malformed
     */
    public List<SearchHit> search(String query, int limit) {
        Objects.requireNonNull(query, "query");
        if (limit < 1) {
            throw new InvalidQueryException("limit must be >= 1: " + limit);
        }
        return current.get().search(query, limit);
    }

    /** The snapshot searches answer from now. */
    public CatalogSnapshot snapshot() {
        return current.get().snapshot();
    }

    /** The configuration this search was built with. */
    public ToolDiscoveryConfig config() {
        return config;
    }

    /** Stops following the catalog; searches keep answering from the last index built. */
    @Override
    public void close() {
        if (catalog != null) {
            catalog.removeListener(listener);
        }
    }

    private void rebuildNow(CatalogSnapshot snapshot) {
        if (snapshot.version() > current.get().snapshot().version()) {
            publish(DiscoveryIndex.build(snapshot, config));
        }
    }

    private void rebuildLater(CatalogSnapshot snapshot) {
        newestSeen.accumulateAndGet(snapshot, ToolDiscovery::newer);
        if (buildScheduled.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                // A saturated or shut-down executor must not leave the index stale: build here.
                drain();
            }
        }
    }

    /** Builds the newest snapshot seen until the published index has caught up. */
    private void drain() {
        try {
            while (true) {
                CatalogSnapshot target = newestSeen.get();
                if (target.version() > current.get().snapshot().version()) {
                    publish(DiscoveryIndex.build(target, config));
                }
                buildScheduled.set(false);
                // A snapshot seen after the check above but before the flag cleared found the flag
                // set and scheduled nothing, so look again before leaving.
                if (newestSeen.get().version() <= current.get().snapshot().version()
                        || !buildScheduled.compareAndSet(false, true)) {
                    return;
                }
            }
        } catch (RuntimeException | Error e) {
            buildScheduled.set(false);
            throw e;
        }
    }

    private void publish(DiscoveryIndex index) {
        current.accumulateAndGet(index,
                (cur, next) -> next.snapshot().version() > cur.snapshot().version() ? next : cur);
    }

    private static CatalogSnapshot newer(CatalogSnapshot a, CatalogSnapshot b) {
        return b.version() > a.version() ? b : a;
    }
}
