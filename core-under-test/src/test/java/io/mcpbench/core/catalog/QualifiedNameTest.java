package io.mcpbench.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QualifiedNameTest {

    @Test
    void joinsAndSplitsOnTheFirstSeparator() {
        assertEquals("github__create_issue", QualifiedName.of("github", "create_issue"));
        QualifiedName q = QualifiedName.parse("my_server__tool__with__underscores");
        assertEquals("my_server", q.serverId());
        assertEquals("tool__with__underscores", q.toolName());
        assertEquals("my_server__tool__with__underscores", q.toString());
    }

    @Test
    void aToolNameMayStartWithAnUnderscore() {
        QualifiedName q = QualifiedName.parse("a___b");
        assertEquals("a", q.serverId());
        assertEquals("_b", q.toolName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nounderscore", "__tool", "server__"})
    void refusesNamesWithoutBothHalves(String bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QualifiedName.parse(bad));
        assertEquals(false, e.getMessage().contains("\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a__b", "trailing_", "_leading", "sp ace", "slash/x"})
    void refusesServerIdsThatWouldMakeNamesAmbiguous(String bad) {
        assertThrows(IllegalArgumentException.class, () -> QualifiedName.requireServerId(bad));
    }

    @Test
    void acceptsTypicalServerIds() {
        for (String ok : new String[] {"github", "fs-local", "k8s.prod", "my_server", "a1"}) {
            assertEquals(ok, QualifiedName.requireServerId(ok));
        }
    }
}
