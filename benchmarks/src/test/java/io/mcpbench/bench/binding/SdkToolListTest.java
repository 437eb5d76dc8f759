package io.mcpbench.bench.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mcpbench.core.binding.ToolBinding;
import io.mcpbench.core.binding.ToolBindingService;
import io.mcpbench.core.binding.UnknownToolException;
import io.mcpbench.core.catalog.CatalogSnapshot;
import io.mcpbench.core.catalog.ToolCatalog;
import io.mcpbench.core.validation.SchemaCompiler;
import io.mcpbench.core.validation.ValidationLimits;
import io.modelcontextprotocol.server.McpServerFeatures;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SdkToolListTest {

    private static final int TOOLS = 300;

    @Test
    void sdkScanAndBindingAgreeOnEveryNameOfTheStream() {
        CatalogSnapshot snapshot = BindingWorkload.catalog(TOOLS);
        SdkToolList sdk = new SdkToolList(snapshot);
        assertEquals(TOOLS, sdk.size());
        try (ToolBindingService service = new ToolBindingService(new ToolCatalog(snapshot),
                new SchemaCompiler(ValidationLimits.defaults()))) {
            String[] names = BindingWorkload.names(snapshot, 1024, 10);
            int misses = 0;
            for (String name : names) {
                McpServerFeatures.AsyncToolSpecification spec = sdk.find(name);
                ToolBinding binding = service.find(name);
                if (binding == null) {
                    misses++;
                    assertNull(spec, name);
                    assertThrows(UnknownToolException.class, () -> service.bind(name));
                } else {
                    assertNotNull(spec, name);
                    assertEquals(binding.qualifiedName(), spec.tool().name());
                    assertSame(binding.tool().inputSchema(), spec.tool().inputSchema());
                }
            }
            assertEquals(names.length * 10 / 100, misses);
        }
    }

    @Test
    void namesAreSeededAndCoverTheCatalog() {
        CatalogSnapshot snapshot = BindingWorkload.catalog(50);
        String[] first = BindingWorkload.names(snapshot, 4096, 0);
        String[] again = BindingWorkload.names(snapshot, 4096, 0);
        assertEquals(java.util.List.of(first), java.util.List.of(again));
        Set<String> seen = new HashSet<>();
        for (String name : first) {
            assertNotNull(snapshot.find(name), name);
            seen.add(name);
        }
        assertEquals(50, seen.size());
    }

    @Test
    void missShareOutOfRangeIsRefused() {
        CatalogSnapshot snapshot = BindingWorkload.catalog(5);
        assertThrows(IllegalArgumentException.class, () -> BindingWorkload.names(snapshot, 16, 101));
    }
}
