package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --version} prints the version of the POM that built it. */
class BuildVersionTest {

    @Test
    void versionIsThePomVersion() {
        String pom = System.getProperty("comparator.pom.version");
        assertNotNull(pom, "surefire passes comparator.pom.version (comparator/pom.xml)");
        assertEquals(pom, BuildVersion.version());
    }

    @Test
    void versionOptionPrintsIt() {
        CliRun r = CliRun.run(new ThresholdBackend(), Map.of(), "--version");
        assertEquals(0, r.exit());
        assertEquals("comparator " + System.getProperty("comparator.pom.version"), r.out().strip());
    }
}
