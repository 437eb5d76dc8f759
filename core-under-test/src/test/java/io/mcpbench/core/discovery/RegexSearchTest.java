package io.mcpbench.core.discovery;

import static io.mcpbench.core.discovery.TestTools.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.core.catalog.CatalogSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegexSearchTest {

    private final CatalogSnapshot snapshot = CatalogSnapshot.of(Map.of(
            "github", List.of(
                    tool("create_issue", "Create issue", "Open a new issue"),
                    tool("list_issues", "List issues", "List issues of a repository"),
                    tool("get_file", "Get file", "Read one file")),
            "jira", List.of(
                    tool("create_ticket", "Create ticket", "Open a Jira issue"),
                    tool("search", null, null))));

    private final ToolDiscovery discovery = ToolDiscovery.of(snapshot,
            ToolDiscoveryConfig.defaults().withMode(SearchMode.REGEX).withRegexMaxLength(20).withMaxResults(3));

    private static List<String> names(List<SearchHit> hits) {
        List<String> names = new ArrayList<>();
        for (SearchHit h : hits) {
            names.add(h.qualifiedName());
            assertEquals(1.0, h.score());
        }
        return names;
    }

    @Test
    void matchesNameTitleOrDescriptionInCatalogOrder() {
        assertEquals(List.of("github__create_issue", "github__list_issues", "jira__create_ticket"),
                names(discovery.search("issue")));
        assertEquals(List.of("github__create_issue", "jira__create_ticket"), names(discovery.search("^\\w+__create_")));
        assertEquals(List.of("github__get_file"), names(discovery.search("Read one")));
        assertEquals(List.of("jira__search"), names(discovery.search("search$")));
        assertEquals(List.of("github__create_issue", "jira__create_ticket"), names(discovery.search("^create_")),
                "anchors apply to the tool name as well as the qualified name");
        assertEquals(List.of("jira__create_ticket", "jira__search"), names(discovery.search("^jira__")));
    }

    @Test
    void isCaseSensitiveUnlessThePatternSaysOtherwise() {
        assertEquals(List.of("jira__create_ticket"), names(discovery.search("Jira")));
        assertEquals(List.of("jira__create_ticket", "jira__search"), names(discovery.search("(?i)jira")));
    }

    @Test
    void limitStopsAtTheFirstMatches() {
        assertEquals(List.of("github__create_issue", "github__list_issues"), names(discovery.search("issue", 2)));
        assertEquals(3, discovery.search(".").size(), "maxResults applies without a limit");
        assertEquals(5, discovery.search(".", 50).size());
    }

    @Test
    void noMatchGivesEmptyList() {
        assertTrue(discovery.search("kubernetes").isEmpty());
        assertFalse(discovery.search("").isEmpty(), "the empty pattern matches everything");
    }

    @Test
    void tooLongRegexIsRejected() {
        String pattern = "a".repeat(21);
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> discovery.search(pattern));
        assertEquals("regex is 21 characters long, more than the limit of 20", e.getMessage());
        assertEquals(0, discovery.search("a".repeat(20)).size());
    }

    @Test
    void catastrophicBacktrackingStopsAtTheWorkLimit() {
        CatalogSnapshot trap = CatalogSnapshot.of(Map.of("s", List.of(
                tool("t", null, "a".repeat(30) + "c"))));
        ToolDiscovery bounded = ToolDiscovery.of(trap,
                ToolDiscoveryConfig.defaults().withMode(SearchMode.REGEX).withRegexWorkLimit(1_000_000));
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> bounded.search("(.*a){12}x"));
        assertEquals("regex needs more than 1000000 character reads over the catalog; simplify it: (.*a){12}x",
                e.getMessage());
        assertEquals(1, bounded.search("a+c").size(), "a linear pattern on the same text is fine");
    }

    @Test
    void workLimitCountsTheWholeSearch() {
        // Each tool costs a few reads; a limit below the catalog's total stops the scan.
        ToolDiscovery tight = ToolDiscovery.of(snapshot,
                ToolDiscoveryConfig.defaults().withMode(SearchMode.REGEX).withRegexWorkLimit(10));
        assertThrows(InvalidQueryException.class, () -> tight.search("zzz"));
    }

    @Test
    void leadingWildcardIsDroppedWithoutChangingMatches() {
        assertEquals(".*+x", RegexQuery.withoutLeadingWildcard(".*+x"));
        assertEquals("issue.*", RegexQuery.withoutLeadingWildcard(".*issue.*"));
        assertEquals("issue", RegexQuery.withoutLeadingWildcard(".*?issue"));
        assertEquals("(?i)issue", RegexQuery.withoutLeadingWildcard("(?i).*issue"));
        assertEquals("(?i)(?-s)a|b", RegexQuery.withoutLeadingWildcard("(?i)(?-s).*a|b"));
        assertEquals("(?:.*a)", RegexQuery.withoutLeadingWildcard("(?:.*a)"));
        assertEquals("^.*a", RegexQuery.withoutLeadingWildcard("^.*a"));
        assertEquals("", RegexQuery.withoutLeadingWildcard(".*"));

        assertEquals(names(discovery.search("issue", 50)), names(discovery.search(".*issue.*", 50)));
        assertEquals(names(discovery.search("(?i)JIRA", 50)), names(discovery.search("(?i).*JIRA", 50)));
        assertTrue(discovery.search(".*+issue").isEmpty(), "possessive wildcard still eats everything");
    }

    @Test
    void leadingWildcardDoesNotCostQuadraticWork() {
        CatalogSnapshot longText = CatalogSnapshot.of(Map.of("s", List.of(
                tool("t", null, "word ".repeat(400)))));
        // 2,000 characters: a leading .* would read about 2,000^2 / 2 = 2,000,000 characters.
        ToolDiscovery bounded = ToolDiscovery.of(longText,
                ToolDiscoveryConfig.defaults().withMode(SearchMode.REGEX).withRegexWorkLimit(50_000));
        assertTrue(bounded.search(".*issue").isEmpty());
        assertThrows(InvalidQueryException.class, () -> bounded.search("(?:.*issue)"));
    }

    @Test
    void invalidRegexIsRejectedOnOneLine() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> discovery.search("(create"));
        assertTrue(e.getMessage().startsWith("invalid regex: Unclosed group"), e.getMessage());
        assertTrue(e.getMessage().endsWith("in (create"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(e instanceof IllegalArgumentException);
    }
}
