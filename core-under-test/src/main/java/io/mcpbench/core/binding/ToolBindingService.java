package io.mcpbench.core.binding;

import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.validation.CompiledSchema;
import io.mcpbench.core.validation.SchemaCompiler;
import io.mcpbench.core.validation.SchemaRejectedException;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Resolves qualified tool names to {@link ToolBinding}s. It keeps one binding table per catalog
 * snapshot: when the catalog publishes a new snapshot, the next table is built off to the side and
 * published with one volatile write, so {@link #bind} is a volatile read and one hash lookup and
 * never waits. A tool whose {@code inputSchema} is unchanged since the previous table keeps its
 * compiled schema; only new or changed schemas are compiled, and identical schemas within one
 * change are compiled once.
 *
 * <p>A tool whose schema is rejected ({@link SchemaRejectedException}) is still bound, with a
 * schema that refuses every call and says why: the caller learns the tool exists but is unusable,
 * rather than being told it does not exist.
 */
public final class ToolBindingService implements AutoCloseable {

    private final ToolCatalog catalog;
    private final SchemaCompiler compiler;
    private final Consumer<CatalogSnapshot> listener = this::update;
    private final Object writeLock = new Object();
    private volatile Table current = Table.EMPTY;

    /** Binds the catalog's current snapshot and follows every snapshot it publishes from now on. */
    public ToolBindingService(ToolCatalog catalog, SchemaCompiler compiler) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.compiler = Objects.requireNonNull(compiler, "compiler");
        catalog.addListener(listener);
        update(catalog.snapshot());
    }

    /** The binding for a qualified name; throws {@link UnknownToolException} if the catalog has no such tool. */
    public ToolBinding bind(String qualifiedName) {
        ToolBinding binding = current.bindings.get(qualifiedName);
        if (binding == null) {
            throw new UnknownToolException(qualifiedName);
        }
        return binding;
    }

    /** The binding for a qualified name, or {@code null} if the catalog has no such tool. */
    public ToolBinding find(String qualifiedName) {
        return current.bindings.get(qualifiedName);
    }

    /** The version of the catalog snapshot the current table was built from. */
    public long snapshotVersion() {
        return current.version;
    }

    /** The number of tools bound. */
    public int size() {
        return current.bindings.size();
    }

    /** Stops following the catalog; the bindings of the last snapshot seen stay in force. */
    @Override
    public void close() {
        catalog.removeListener(listener);
    }

    /**
     * Builds and publishes the table for {@code snapshot}, unless a table for the same or a newer
     * version is already published (listeners may be called out of order when writers race).
     */
    void update(CatalogSnapshot snapshot) {
        synchronized (writeLock) {
            Table previous = current;
            if (snapshot.version() <= previous.version) {
                return;
            }
            current = build(snapshot, previous);
        }
    }

    private Table build(CatalogSnapshot snapshot, Table previous) {
        List<CatalogEntry> entries = snapshot.entries();
        Map<String, ToolBinding> bindings = new HashMap<>(capacityFor(entries.size()));
        Map<Map<String, Object>, CompiledSchema> compiledNow = new HashMap<>();
        for (CatalogEntry entry : entries) {
            String name = entry.qualifiedName();
            McpSchema.Tool tool = entry.tool();
            ToolBinding old = previous.bindings.get(name);
            ToolBinding binding;
            if (old != null && old.tool() == tool && old.serverId().equals(entry.serverId())) {
                binding = old;
            } else if (old != null && Objects.equals(old.tool().inputSchema(), tool.inputSchema())) {
                binding = new ToolBinding(name, entry.serverId(), tool, old.schema());
            } else {
                binding = new ToolBinding(name, entry.serverId(), tool, compile(tool.inputSchema(), compiledNow));
            }
            bindings.put(name, binding);
        }
        return new Table(snapshot.version(), bindings);
    }

    private CompiledSchema compile(Map<String, Object> inputSchema, Map<Map<String, Object>, CompiledSchema> compiledNow) {
        if (inputSchema == null) {
            return CompiledSchema.rejected("inputSchema is missing");
        }
        CompiledSchema schema = compiledNow.get(inputSchema);
        if (schema == null) {
            try {
                schema = compiler.compile(inputSchema);
            } catch (SchemaRejectedException e) {
                schema = CompiledSchema.rejected(e.getMessage());
            }
            compiledNow.put(inputSchema, schema);
        }
        return schema;
    }

    private static int capacityFor(int size) {
        return (int) (size / 0.75f) + 1;
    }

    /** One published table: immutable after construction, safely shared through the volatile field. */
    private static final class Table {
        static final Table EMPTY = new Table(-1L, Map.of());

        final long version;
        final Map<String, ToolBinding> bindings;

        Table(long version, Map<String, ToolBinding> bindings) {
            this.version = version;
            this.bindings = bindings;
        }
    }
}
