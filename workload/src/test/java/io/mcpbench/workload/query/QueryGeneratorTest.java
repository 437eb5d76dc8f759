package io.mcpbench.workload.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.catalog.CatalogEntry;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.workload.catalog.CatalogGenerator;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryGeneratorTest {

    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");
    private static CatalogSnapshot snapshot;
    /** Per entry: name, title, description and property names, camelCase split, lower-cased. */
    private static List<String> texts;
    /** The same, as sets of words split at anything but letters and digits. */
    private static List<Set<String>> wordSets;

    @BeforeAll
    static void catalog() {
        snapshot = new CatalogGenerator(21).snapshot(3000);
        texts = new ArrayList<>();
        for (CatalogEntry e : snapshot.entries()) {
            McpSchema.Tool t = e.tool();
            StringBuilder sb = new StringBuilder();
            sb.append(t.name()).append(' ').append(t.title()).append(' ').append(t.description()).append(' ');
            appendPropertyNames(t.inputSchema(), sb);
            texts.add(sb.toString().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
        }
        wordSets = texts.stream().map(t -> java.util.Arrays.stream(SPLIT.split(t))
                .filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet())).toList();
    }

    @SuppressWarnings("unchecked")
    private static void appendPropertyNames(Map<String, Object> schema, StringBuilder sb) {
        if (schema.get("properties") instanceof Map<?, ?> props) {
            props.forEach((k, v) -> {
                sb.append(k).append(' ');
                appendPropertyNames((Map<String, Object>) v, sb);
            });
        }
        if (schema.get("items") instanceof Map<?, ?> items) {
            appendPropertyNames((Map<String, Object>) items, sb);
        }
    }

    private static int entriesWithAll(List<String> words) {
        int n = 0;
        for (Set<String> set : wordSets) {
            if (set.containsAll(words)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void termQueriesUseCatalogWordsAndCountTheirMatches() {
        QueryGenerator queries = new QueryGenerator(1);
        for (QueryKind kind : List.of(QueryKind.ONE_TERM, QueryKind.MULTI_TERM)) {
            for (Query q : queries.queries(snapshot, kind, 100)) {
                assertEquals(kind, q.kind());
                assertNull(q.expected());
                List<String> words = List.of(q.text().split(" "));
                int expectedWords = kind == QueryKind.ONE_TERM ? 1 : 2;
                assertTrue(words.size() >= expectedWords && words.size() <= 4, q.text());
                assertEquals(words.size(), words.stream().distinct().count(), q.text());
                assertTrue(q.matchingEntries() >= 1, q.text());
                assertEquals(entriesWithAll(words), q.matchingEntries(), q.text());
            }
        }
    }

    @Test
    void commonWordsComeUpAsOftenAsInTheCatalog() {
        List<Query> one = new QueryGenerator(2).queries(snapshot, QueryKind.ONE_TERM, 300);
        long broad = one.stream().filter(q -> q.matchingEntries() > 100).count();
        long narrow = one.stream().filter(q -> q.matchingEntries() <= 10).count();
        assertTrue(broad > 30 && broad < 280 && narrow >= 3, "broad=" + broad + " narrow=" + narrow);
    }

    @Test
    void noHitWordsAppearNowhere() {
        for (Query q : new QueryGenerator(3).queries(snapshot, QueryKind.NO_HIT, 100)) {
            assertEquals(0, q.matchingEntries());
            for (String w : q.text().split(" ")) {
                assertTrue(w.length() >= 5, w);
                for (String text : texts) {
                    assertFalse(text.contains(w), () -> w + " occurs in the catalog");
                }
            }
        }
    }

    @Test
    void regexQueriesCompileAndFindToolNames() {
        for (Query q : new QueryGenerator(4).queries(snapshot, QueryKind.REGEX, 100)) {
            Pattern p = Pattern.compile(q.text());
            assertTrue(q.text().startsWith("(?i)"), q.text());
            long found = snapshot.entries().stream().filter(e -> p.matcher(e.toolName()).find()).count();
            assertTrue(found >= 1, q.text());
            assertEquals(found, q.matchingEntries(), q.text());
        }
    }

    @Test
    void distinctiveQueriesSingleOutTheirEntry() {
        List<Query> queries = new QueryGenerator(5).distinctiveQueries(snapshot, 200);
        assertEquals(200, queries.size());
        for (Query q : queries) {
            assertEquals(QueryKind.DISTINCTIVE, q.kind());
            assertEquals(1, q.matchingEntries(), q.text());
            List<String> words = List.of(q.text().split(" "));
            assertTrue(words.size() <= 4, q.text());
            int at = snapshot.indexOf(q.expected().qualifiedName());
            for (String w : words) {
                assertTrue(wordSets.get(at).contains(w), w + " not in " + q.expected().qualifiedName());
            }
            assertEquals(1, entriesWithAll(words), q.text());
        }
        assertEquals(200, queries.stream().map(q -> q.expected().qualifiedName()).distinct().count());
    }

    @Test
    void mostToolsAreDistinguishableByTheirOwnWords() {
        QueryGenerator queries = new QueryGenerator(6);
        int unique = 0;
        for (CatalogEntry e : snapshot.entries()) {
            Query q = queries.distinctiveQuery(snapshot, e);
            assertSame(e, q.expected());
            assertTrue(q.matchingEntries() >= 1, q.text());
            unique += q.matchingEntries() == 1 ? 1 : 0;
        }
        assertTrue(unique >= snapshot.size() * 0.85, unique + " of " + snapshot.size() + " distinguishable");
    }

    @Test
    void sameSeedSameQueries() {
        QueryGenerator a = new QueryGenerator(7);
        QueryGenerator b = new QueryGenerator(7);
        QueryGenerator c = new QueryGenerator(8);
        for (QueryKind kind : QueryKind.values()) {
            List<Query> fromA = a.queries(snapshot, kind, 50);
            assertEquals(fromA, b.queries(snapshot, kind, 50), kind.name());
            assertNotEquals(fromA, c.queries(snapshot, kind, 50), kind.name());
        }
    }

    @Test
    void badInputIsRejected() {
        QueryGenerator queries = new QueryGenerator(9);
        assertThrows(IllegalArgumentException.class, () -> queries.query(CatalogSnapshot.empty(), QueryKind.ONE_TERM));
        CatalogEntry foreign = new CatalogGenerator(99).snapshot(5).entries().get(0);
        CatalogSnapshot small = new CatalogGenerator(98).snapshot(5);
        if (small.find(foreign.qualifiedName()) == null) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> queries.distinctiveQuery(small, foreign));
            assertTrue(e.getMessage().contains(foreign.qualifiedName()), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> queries.queries(snapshot, QueryKind.REGEX, -1));
    }
}
