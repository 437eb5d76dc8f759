package io.mcpbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the official JSON Schema Test Suite (the required keyword files of draft 2020-12 and
 * draft-07, not {@code optional/}) through {@link SchemaCompiler} and {@link CompiledSchema}, the
 * path production calls take, once as production runs it and once with the fast path off. The suite's remote references ({@code http://localhost:1234/...})
 * are served from the bundled {@code remotes/} copy through the compiler's local-schema hook, so
 * nothing is fetched. Cases listed in {@code json-schema-test-suite-exclusions.txt} are skipped and
 * counted; the run fails if fewer cases ran or passed than the suite is known to hold.
 */
class JsonSchemaTestSuiteTest {

    private static final String ROOT = "json-schema-test-suite/";
    private static final String REMOTE_PREFIX = "http://localhost:1234/";
    private static final JsonMapper MAPPER = JsonMapper.shared();

    /** Required cases in the bundled snapshot (see SOURCE.md); the run must not shrink below these. */
    private static final Map<String, Integer> EXPECTED_CASES = Map.of(
            "draft2020-12", 1299, "draft7", 927, "draft2020-12/library-only", 1299, "draft7/library-only", 927);

    private static final ValidationLimits GENEROUS = new ValidationLimits(1_000, 1_000_000, 1_000, 1L << 30, 1_000_000);

    private static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();
    private static final Map<String, String> EXCLUSIONS = loadExclusions();

    @TestFactory
    Stream<DynamicNode> draft2020_12() throws IOException {
        return suite("draft2020-12", SchemaDraft.DRAFT_2020_12, true);
    }

    @TestFactory
    Stream<DynamicNode> draft7() throws IOException {
        return suite("draft7", SchemaDraft.DRAFT_7, true);
    }

    /** The same cases with the fast path off, so both ways of reaching a verdict are held to the suite. */
    @TestFactory
    Stream<DynamicNode> draft2020_12LibraryOnly() throws IOException {
        return suite("draft2020-12", SchemaDraft.DRAFT_2020_12, false);
    }

    @TestFactory
    Stream<DynamicNode> draft7LibraryOnly() throws IOException {
        return suite("draft7", SchemaDraft.DRAFT_7, false);
    }

    @AfterAll
    static void reportAndCheckCounts() {
        StringBuilder summary = new StringBuilder("JSON Schema Test Suite:");
        for (String draft : EXPECTED_CASES.keySet().stream().sorted().toList()) {
            Tally t = TALLIES.get(draft);
            if (t != null) {
                summary.append(String.format(
                        "%n  %-26s files %3d, cases %5d, ran %5d, passed %5d, excluded %d; schemas with a fast path %d of %d",
                        draft, t.files.get(), t.cases.get(), t.ran.get(), t.passed.get(), t.excluded.get(),
                        t.fastPathGroups.get(), t.groups.get()));
            }
        }
        System.out.println(summary);
        for (Map.Entry<String, Integer> expected : EXPECTED_CASES.entrySet()) {
            Tally t = TALLIES.get(expected.getKey());
            assertTrue(t != null, "suite " + expected.getKey() + " did not run");
            int minimum = expected.getValue();
            assertTrue(t.cases.get() >= minimum,
                    expected.getKey() + ": only " + t.cases.get() + " cases found, expected at least " + minimum);
            assertEquals(t.cases.get() - t.excluded.get(), t.ran.get(), expected.getKey() + ": cases that did not run");
            assertEquals(t.ran.get(), t.passed.get(), expected.getKey() + ": cases ran but did not pass");
        }
    }

    private Stream<DynamicNode> suite(String draft, SchemaDraft defaultDraft, boolean fastPaths) throws IOException {
        SchemaCompiler compiler = new SchemaCompiler(GENEROUS, defaultDraft, JsonSchemaTestSuiteTest::remote, fastPaths);
        String run = fastPaths ? draft : draft + "/library-only";
        Tally tally = TALLIES.computeIfAbsent(run, d -> new Tally());
        Path dir = resourceDir(ROOT + "tests/" + draft);
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        tally.files.set(files.size());
        List<DynamicNode> containers = new ArrayList<>();
        for (Path file : files) {
            containers.add(fileContainer(draft, run, file, compiler, tally));
        }
        return containers.stream();
    }

    private DynamicContainer fileContainer(String draft, String run, Path file, SchemaCompiler compiler, Tally tally)
            throws IOException {
        String fileName = file.getFileName().toString();
        JsonNode groups = MAPPER.readTree(Files.readString(file));
        List<DynamicNode> groupNodes = new ArrayList<>();
        for (JsonNode group : groups) {
            String groupDescription = group.get("description").stringValue();
            JsonNode schemaNode = group.get("schema");
            Map<String, Object> compiled = new HashMap<>(1);
            List<DynamicTest> tests = new ArrayList<>();
            for (JsonNode test : group.get("tests")) {
                String testDescription = test.get("description").stringValue();
                JsonNode data = test.get("data");
                boolean expected = test.get("valid").booleanValue();
                String key = draft + " | " + fileName + " | " + groupDescription + " | " + testDescription;
                tally.cases.incrementAndGet();
                tests.add(DynamicTest.dynamicTest(testDescription, () -> {
                    String reason = EXCLUSIONS.get(key);
                    if (reason != null) {
                        tally.excluded.incrementAndGet();
                        Assumptions.abort("excluded: " + reason);
                    }
                    tally.ran.incrementAndGet();
                    Object schema = compiled.computeIfAbsent("schema", k -> {
                        Object result = compileOrError(compiler, schemaNode);
                        tally.groups.incrementAndGet();
                        if (result instanceof CompiledSchema c && c.hasFastPath()) {
                            tally.fastPathGroups.incrementAndGet();
                        }
                        return result;
                    });
                    if (schema instanceof RuntimeException e) {
                        fail("schema did not compile: " + e.getMessage(), e);
                    }
                    ValidationResult result = ((CompiledSchema) schema).validate(data);
                    assertEquals(expected, result.isValid(), () -> key + ": " + result.message());
                    tally.passed.incrementAndGet();
                }));
            }
            groupNodes.add(DynamicContainer.dynamicContainer(groupDescription, tests));
        }
        return DynamicContainer.dynamicContainer(run + "/" + fileName, groupNodes);
    }

    private static Object compileOrError(SchemaCompiler compiler, JsonNode schema) {
        try {
            return compiler.compile(schema);
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Serves {@code http://localhost:1234/<p>} from the bundled {@code remotes/<p>}, as the suite's README describes. */
    private static String remote(String iri) {
        if (!iri.startsWith(REMOTE_PREFIX)) {
            return null;
        }
        String resource = ROOT + "remotes/" + iri.substring(REMOTE_PREFIX.length());
        try (InputStream in = JsonSchemaTestSuiteTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resourceDir(String name) {
        URL url = JsonSchemaTestSuiteTest.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("test resource missing: " + name);
        }
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code draft | file | group | test | reason} per line; {@code #} starts a comment. */
    private static Map<String, String> loadExclusions() {
        Map<String, String> exclusions = new HashMap<>();
        try (InputStream in = JsonSchemaTestSuiteTest.class.getClassLoader()
                .getResourceAsStream("json-schema-test-suite-exclusions.txt")) {
            if (in == null) {
                throw new IllegalStateException("json-schema-test-suite-exclusions.txt is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split(" \\| ");
                if (parts.length != 5) {
                    throw new IllegalStateException("bad exclusion line (want draft | file | group | test | reason): " + line);
                }
                exclusions.put(parts[0] + " | " + parts[1] + " | " + parts[2] + " | " + parts[3], parts[4]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return exclusions;
    }

    private static final class Tally {
        final AtomicInteger files = new AtomicInteger();
        final AtomicInteger cases = new AtomicInteger();
        final AtomicInteger ran = new AtomicInteger();
        final AtomicInteger passed = new AtomicInteger();
        final AtomicInteger excluded = new AtomicInteger();
        final AtomicInteger groups = new AtomicInteger();
        final AtomicInteger fastPathGroups = new AtomicInteger();
    }
}
