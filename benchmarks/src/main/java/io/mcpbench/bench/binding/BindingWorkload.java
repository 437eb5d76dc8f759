package io.mcpbench.bench.binding;

import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.workload.catalog.CatalogGenerator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The names binding benchmarks look up: a generated catalog of a given size and a stream of
 * qualified names drawn uniformly from it, a given share of them replaced by names no server has
 * (a stale tool list, a typo: same server prefix, a tool name one character off). A fixed seed
 * makes every run look up the same names.
 */
public final class BindingWorkload {

    /** The seed of the catalog and of the name stream. */
    public static final long SEED = 20_261_120L;

    private BindingWorkload() {
    }

    /** The generated catalog of {@code toolCount} tools. */
    public static CatalogSnapshot catalog(int toolCount) {
        return new CatalogGenerator(SEED).snapshot(toolCount);
    }

    /**
     * {@code length} qualified names from {@code catalog}, about {@code missPercent} percent of
     * them (exactly, rounded down) unknown to it, in a seeded shuffled order.
     */
    public static String[] names(CatalogSnapshot catalog, int length, int missPercent) {
        if (missPercent < 0 || missPercent > 100) {
            throw new IllegalArgumentException("missPercent must be 0..100: " + missPercent);
        }
        if (catalog.size() == 0) {
            throw new IllegalArgumentException("the catalog has no tools to name");
        }
        List<CatalogEntry> entries = catalog.entries();
        SplittableRandom random = new SplittableRandom(SEED);
        int misses = length * missPercent / 100;
        String[] names = new String[length];
        for (int i = 0; i < length; i++) {
            String known = entries.get(random.nextInt(entries.size())).qualifiedName();
            names[i] = i < misses ? unknownLike(catalog, known) : known;
        }
        for (int i = length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = names[i];
            names[i] = names[j];
            names[j] = swap;
        }
        return names;
    }

    /** {@code known} with its last character changed until the catalog has no such tool. */
    private static String unknownLike(CatalogSnapshot catalog, String known) {
        String stem = known.substring(0, known.length() - 1);
        for (char c = 'a'; ; c++) {
            String candidate = stem + c;
            if (catalog.find(candidate) == null) {
                return candidate;
            }
        }
    }
}
