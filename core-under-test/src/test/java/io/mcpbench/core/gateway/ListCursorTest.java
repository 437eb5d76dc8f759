package io.mcpbench.core.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ListCursorTest {

    @Test
    void aCursorNamesTheToolItContinuesAfter() {
        for (String name : new String[] {"github__search_issues", "a__b", "srv.1-x__t\u00e9l\u00e9"}) {
            assertEquals(name, ListCursor.lastName(ListCursor.after(name)));
        }
    }

    @Test
    void foreignStringsAreNotCursors() {
        assertNull(ListCursor.lastName("%%%"));
        assertNull(ListCursor.lastName(""));
        assertNull(ListCursor.lastName(Base64.getUrlEncoder().encodeToString("github__x".getBytes(StandardCharsets.UTF_8))));
        assertNull(ListCursor.lastName(Base64.getUrlEncoder().encodeToString("t1:".getBytes(StandardCharsets.UTF_8))));
    }
}
