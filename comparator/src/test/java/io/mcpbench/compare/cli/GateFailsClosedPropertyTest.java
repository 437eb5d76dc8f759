package io.mcpbench.compare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.mcpbench.compare.baseline.BaselineStore;
import io.mcpbench.compare.fuzz.Mutation;
import io.mcpbench.compare.jmh.JmhResultReader;
import io.mcpbench.compare.model.BadInputException;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The gate fails closed: real result files damaged the ways files get damaged (bits flipped,
 * ranges lost or doubled, numbers replaced by strings, NaN or huge values, keys removed, the end
 * cut off) never make it pass unless the damaged file still reads completely, and a candidate
 * that lost rows never passes silently. Each pair below passes when undamaged, so a pass after
 * damage can only come from the damage being harmless to the reader. The baseline is given as a
 * plain result file or as a profile folder, as the gate accepts both.
 */
class GateFailsClosedPropertyTest {

    /** Baseline and candidate resources that pass the gate as they are. */
    private static final String[][] PAIRS = {
        {"/jmh-real/LTE1916__CS209Lab__jmh-result.json", "/jmh-real/LTE1916__CS209Lab__jmh-result.json"},
        {"/io/mcpbench/compare/cli/base.json", "/io/mcpbench/compare/cli/cand-same.json"},
        {"/jmh-real/kamilkloch__fs2-benchmark__jmh-result.json", "/jmh-real/kamilkloch__fs2-benchmark__jmh-result.json"},
    };

    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("gate-fails-closed");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Example
    void everyPairPassesUndamaged() throws IOException {
        for (int i = 0; i < PAIRS.length; i++) {
            CliRun r = GateFuzzTest.gate(write("base.json", bytes(PAIRS[i][0])), write("cand.json", bytes(PAIRS[i][1])), DIR);
            assertEquals(ExitCodes.PASS, r.exit(), PAIRS[i][0] + ": " + r.out() + r.err());
        }
    }

    @Property
    void aDamagedCandidatePassesOnlyIfItReadsWhole(@ForAll @IntRange(min = 0, max = 2) int pair, @ForAll boolean profileDir,
                                                   @ForAll("damage") List<Mutation> damage) throws IOException {
        byte[] good = bytes(PAIRS[pair][1]);
        Path base = baseline(profileDir, bytes(PAIRS[pair][0]));
        Path cand = write("cand.json", Mutation.applyAll(damage, good));
        CliRun r = GateFuzzTest.gate(base, cand, DIR);
        GateFuzzTest.assertCleanOutcome(r);
        ResultFile read = readOrNull(cand);
        if (read == null) {
            assertEquals(ExitCodes.BAD_INPUT, r.exit(), "a candidate the reader refuses: " + r.err());
            return;
        }
        Set<RowKey> lost = keys(JmhResultReader.parse("good", good));
        lost.removeAll(keys(read));
        if (!lost.isEmpty()) {
            assertNotEquals(ExitCodes.PASS, r.exit(), "the gate passed a candidate that lost " + lost + ": " + r.out());
        }
    }

    @Property
    void aDamagedBaselinePassesOnlyIfItReadsWhole(@ForAll @IntRange(min = 0, max = 2) int pair, @ForAll boolean profileDir,
                                                  @ForAll("damage") List<Mutation> damage) throws IOException {
        Path base = baseline(profileDir, Mutation.applyAll(damage, bytes(PAIRS[pair][0])));
        Path cand = write("cand.json", bytes(PAIRS[pair][1]));
        CliRun r = GateFuzzTest.gate(base, cand, DIR);
        GateFuzzTest.assertCleanOutcome(r);
        if (readOrNull(profileDir ? base.resolve(BaselineStore.RESULT) : base) == null) {
            assertEquals(ExitCodes.BAD_INPUT, r.exit(), "a baseline the reader refuses: " + r.err());
        }
    }

    @Provide
    Arbitrary<List<Mutation>> damage() {
        Arbitrary<Mutation> one = Combinators.combine(
                Arbitraries.of(Mutation.Kind.class),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 63)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    private static ResultFile readOrNull(Path file) {
        try {
            return JmhResultReader.read(file);
        } catch (BadInputException e) {
            return null;
        }
    }

    private static Set<RowKey> keys(ResultFile file) {
        Set<RowKey> keys = new HashSet<>();
        for (Row row : file.rows()) keys.add(row.key());
        return keys;
    }

    /** The baseline as a plain result file, or as a profile folder holding it as {@code result.json}. */
    private static Path baseline(boolean profileDir, byte[] content) throws IOException {
        if (!profileDir) return write("base.json", content);
        Path dir = Files.createDirectories(DIR.resolve("profile"));
        dir.toFile().deleteOnExit();
        write("profile/" + BaselineStore.RESULT, content);
        return dir;
    }

    private static Path write(String name, byte[] content) throws IOException {
        Path p = DIR.resolve(name);
        Files.write(p, content);
        p.toFile().deleteOnExit();
        return p;
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = GateFailsClosedPropertyTest.class.getResourceAsStream(resource)) {
            if (in == null) fail("no resource " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
