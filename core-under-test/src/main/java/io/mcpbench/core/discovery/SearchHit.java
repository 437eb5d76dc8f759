package io.mcpbench.core.discovery;

import io.mcpbench.core.catalog.CatalogEntry;
import java.util.Objects;

/**
 * One tool found by a search and how well it matched. In BM25 mode {@code score} is the BM25F
 * score (higher is better, comparable only within one index); in regex mode every hit scores 1.
 */
public record SearchHit(CatalogEntry entry, double score) {

    public SearchHit {
        Objects.requireNonNull(entry, "entry");
    }

    /** The qualified name of the tool found. */
    public String qualifiedName() {
        return entry.qualifiedName();
    }
}
