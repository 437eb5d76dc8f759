package io.mcpbench.core.gateway;

import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.catalog.CatalogSnapshot;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code tools/list} view of one catalog snapshot: every tool under its qualified name, in
 * catalog order, with its JSON serialized once. Serving a page then costs a binary search and a
 * copy of pre-encoded UTF-8, however large the schemas are. Rebuilt once when the snapshot
 * changes, by the first reader that sees the new one; reading takes no lock.
 */
final class ToolListing {

    private final JsonMapper mapper;
    private volatile Listing current;

    ToolListing(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** The listing of {@code snapshot}, built on first use. */
    Listing of(CatalogSnapshot snapshot) {
        Listing l = current;
        return l != null && l.snapshot == snapshot ? l : build(snapshot);
    }

    /** Builds under a lock, so the threads that meet a new snapshot together serialize it once. */
    private synchronized Listing build(CatalogSnapshot snapshot) {
        Listing l = current;
        if (l == null || l.snapshot != snapshot) {
            l = new Listing(snapshot, mapper);
            current = l;
        }
        return l;
    }

    /** One snapshot's tools, serialized. */
    static final class Listing {

        final CatalogSnapshot snapshot;
        final String[] names;
        final SerializedString[] json;

        Listing(CatalogSnapshot snapshot, JsonMapper mapper) {
            this.snapshot = snapshot;
            List<CatalogEntry> entries = snapshot.entries();
            int n = entries.size();
            this.names = new String[n];
            this.json = new SerializedString[n];
            for (int i = 0; i < n; i++) {
                CatalogEntry e = entries.get(i);
                names[i] = e.qualifiedName();
                SerializedString s = new SerializedString(mapper.writeValueAsString(ExposedTools.exposed(e)));
                s.asUnquotedUTF8();
                json[i] = s;
            }
        }

        /** The index of the first tool after {@code lastName} in catalog order. */
        int indexAfter(String lastName) {
            int at = Arrays.binarySearch(names, lastName);
            return at >= 0 ? at + 1 : -at - 1;
        }

        int size() {
            return names.length;
        }
    }
}
