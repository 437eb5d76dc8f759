package io.mcpbench.workload.query;

import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.catalog.CatalogSnapshot;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Seeded generator of tool-search queries over a catalog snapshot, for search benchmarks and the
 * search-quality test. Words are drawn from the tools themselves, so common words ("list", "file")
 * come up as often as they do in the catalog, and every query says how many entries contain all
 * its words. {@link #distinctiveQuery} builds a query from one tool's rarest words, the case a
 * relevance-ranked search must get right.
 *
 * <p>The same seed and the same sequence of calls on the same catalog give the same queries. Not
 * thread-safe; the word index of the last snapshot used is kept between calls.
 */
public final class QueryGenerator {

    private static final int MAX_DISTINCTIVE_WORDS = 4;
    private static final String[] SYLLABLES = {"zor", "quix", "vel", "drab", "plon", "trix", "yum", "skel", "fjo",
        "brax", "wub", "glim", "thorn", "qua", "mib", "zeph", "krull", "vox"};

    private final SplittableRandom rng;
    private TermIndex index;

    public QueryGenerator(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    /** {@code count} queries of one kind. */
    public List<Query> queries(CatalogSnapshot snapshot, QueryKind kind, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        List<Query> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(query(snapshot, kind));
        }
        return out;
    }

    /**
     * One query of the given kind.
     *
     * @throws IllegalArgumentException if the snapshot is empty
     */
    public Query query(CatalogSnapshot snapshot, QueryKind kind) {
        TermIndex idx = index(snapshot);
        switch (Objects.requireNonNull(kind, "kind")) {
            case ONE_TERM: {
                String w = randomWord(idx, rng.nextInt(idx.size()));
                return new Query(kind, w, null, idx.documentFrequency(w));
            }
            case MULTI_TERM: {
                int entry = rng.nextInt(idx.size());
                int n = 2 + rng.nextInt(3);
                LinkedHashSet<String> picked = new LinkedHashSet<>();
                for (int attempt = 0; picked.size() < n && attempt < 20; attempt++) {
                    picked.add(randomWord(idx, entry));
                }
                List<String> words = List.copyOf(picked);
                return new Query(kind, String.join(" ", words), null, idx.matchingAll(words).cardinality());
            }
            case NO_HIT:
                return noHit(idx);
            case REGEX:
                return regex(idx);
            case DISTINCTIVE: {
                return distinctive(idx, rng.nextInt(idx.size()));
            }
            default:
                throw new IllegalStateException("unhandled " + kind);
        }
    }

    /**
     * A query of {@code entry}'s own rarest prose words (from its title and description), adding
     * words until no other entry contains them all or four words are used. {@link Query#matchingEntries()}
     * is 1 when the words single the entry out.
     *
     * @throws IllegalArgumentException if the entry is not in the snapshot
     */
    public Query distinctiveQuery(CatalogSnapshot snapshot, CatalogEntry entry) {
        TermIndex idx = index(snapshot);
        int i = snapshot.indexOf(Objects.requireNonNull(entry, "entry").qualifiedName());
        if (i < 0) {
            throw new IllegalArgumentException("entry not in snapshot: " + entry.qualifiedName());
        }
        return distinctive(idx, i);
    }

    /**
     * {@code count} distinctive queries for distinct random entries whose words single them out
     * (matching exactly one entry); fewer if the catalog has fewer such entries.
     */
    public List<Query> distinctiveQueries(CatalogSnapshot snapshot, int count) {
        TermIndex idx = index(snapshot);
        int n = idx.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        List<Query> out = new ArrayList<>(count);
        for (int k = 0; k < n && out.size() < count; k++) {
            Query q = distinctive(idx, order[k]);
            if (q.matchingEntries() == 1) {
                out.add(q);
            }
        }
        return out;
    }

    private TermIndex index(CatalogSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        if (snapshot.size() == 0) {
            throw new IllegalArgumentException("cannot generate queries for an empty catalog");
        }
        if (index == null || index.snapshot != snapshot) {
            index = new TermIndex(snapshot);
        }
        return index;
    }

    private String randomWord(TermIndex idx, int entry) {
        List<String> words = idx.words.get(entry);
        for (int attempt = 0; attempt < 20; attempt++) {
            String w = words.get(rng.nextInt(words.size()));
            if (TermIndex.usable(w)) {
                return w;
            }
        }
        return words.get(0);
    }

    private Query distinctive(TermIndex idx, int entry) {
        List<String> candidates = new ArrayList<>(idx.proseWords.get(entry));
        if (candidates.isEmpty()) {
            candidates.addAll(idx.words.get(entry));
        }
        // Rarest first; ties keep text order (the sort is stable).
        candidates.sort((a, b) -> Integer.compare(idx.documentFrequency(a), idx.documentFrequency(b)));
        List<String> chosen = new ArrayList<>(MAX_DISTINCTIVE_WORDS);
        BitSet matching = null;
        while (chosen.size() < MAX_DISTINCTIVE_WORDS && chosen.size() < candidates.size()
                && (matching == null || matching.cardinality() > 1)) {
            String best = null;
            int bestCount = Integer.MAX_VALUE;
            for (String c : candidates) {
                if (chosen.contains(c)) {
                    continue;
                }
                BitSet b = (BitSet) idx.postings(c).clone();
                if (matching != null) {
                    b.and(matching);
                }
                int count = b.cardinality();
                if (count < bestCount) {
                    best = c;
                    bestCount = count;
                }
            }
            chosen.add(best);
            matching = idx.matchingAll(chosen);
        }
        return new Query(QueryKind.DISTINCTIVE, String.join(" ", chosen), idx.entries.get(entry),
                matching == null ? 0 : matching.cardinality());
    }

    private Query noHit(TermIndex idx) {
        int n = 1 + rng.nextInt(3);
        List<String> words = new ArrayList<>(n);
        while (words.size() < n) {
            String w = SYLLABLES[rng.nextInt(SYLLABLES.length)] + SYLLABLES[rng.nextInt(SYLLABLES.length)]
                    + (rng.nextBoolean() ? SYLLABLES[rng.nextInt(SYLLABLES.length)] : "");
            if (!idx.contains(w) && !words.contains(w)) {
                words.add(w);
            }
        }
        return new Query(QueryKind.NO_HIT, String.join(" ", words), null, 0);
    }

    private Query regex(TermIndex idx) {
        CatalogEntry e = idx.entries.get(rng.nextInt(idx.size()));
        LinkedHashSet<String> parts = new LinkedHashSet<>();
        TermIndex.tokenize(e.toolName(), parts);
        List<String> tokens = List.copyOf(parts);
        String first = tokens.get(0);
        String last = tokens.get(tokens.size() - 1);
        String pattern;
        int variant = tokens.size() > 1 ? rng.nextInt(3) : 1;
        if (variant == 0) {
            pattern = "(?i)" + first + ".*" + last;
        } else if (variant == 1) {
            pattern = "(?i)^" + first;
        } else {
            pattern = "(?i)" + last + "$";
        }
        Pattern compiled = Pattern.compile(pattern);
        int matches = 0;
        for (CatalogEntry other : idx.entries) {
            if (compiled.matcher(other.toolName()).find()) {
                matches++;
            }
        }
        return new Query(QueryKind.REGEX, pattern, null, matches);
    }
}
