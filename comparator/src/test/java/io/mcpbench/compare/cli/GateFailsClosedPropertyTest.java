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
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The gate fails closed: real result files damaged the ways files get damaged (bits flipped,
 * ranges lost or doubled, numbers replaced by strings, NaN or huge values, keys removed, the end
 * cut off) never make it pass unless the damaged file still reads completely, and a candidate
 * that lost rows never passes silently. Each pair below passes when undamaged, so a pass after
 * damage can only come from the damage being harmless to the reader. The baseline is given as a
 * plain result file or as a profile folder, as the gate accepts both.
 *
 * <p>Each property runs on {@link #TRIES} seeded cases (pair, baseline form, one to three
 * {@link Mutation#damage edits}); a failure names the seed, the case and its edits, so it replays
 * as it failed. A longer run passes {@code -Dgate.damage.tries=2000}.
 */
class GateFailsClosedPropertyTest {

    /** Baseline and candidate resources that pass the gate as they are. */
    private static final String[][] PAIRS = {
        {"/jmh-real/LTE1916__CS209Lab__jmh-result.json", "/jmh-real/LTE1916__CS209Lab__jmh-result.json"},
        {"/io/mcpbench/compare/cli/base.json", "/io/mcpbench/compare/cli/cand-same.json"},
        {"/jmh-real/kamilkloch__fs2-benchmark__jmh-result.json", "/jmh-real/kamilkloch__fs2-benchmark__jmh-result.json"},
    };

    /** Cases per property. */
    static final int TRIES = Integer.getInteger("gate.damage.tries", 100);

    private static final long CANDIDATE_SEED = 20261207L;
    private static final long BASELINE_SEED = 20261208L;

    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("gate-fails-closed");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyPairPassesUndamaged() throws IOException {
        for (int i = 0; i < PAIRS.length; i++) {
            CliRun r = GateFuzzTest.gate(write("base.json", bytes(PAIRS[i][0])), write("cand.json", bytes(PAIRS[i][1])), DIR);
            assertEquals(ExitCodes.PASS, r.exit(), PAIRS[i][0] + ": " + r.out() + r.err());
        }
    }

    @Test
    void aDamagedCandidatePassesOnlyIfItReadsWhole() throws IOException {
        for (Case c : cases(CANDIDATE_SEED)) {
            byte[] good = bytes(PAIRS[c.pair()][1]);
            Path base = baseline(c.profileDir(), bytes(PAIRS[c.pair()][0]));
            Path cand = write("cand.json", Mutation.applyAll(c.damage(), good));
            CliRun r = GateFuzzTest.gate(base, cand, DIR);
            GateFuzzTest.assertCleanOutcome(r);
            ResultFile read = readOrNull(cand);
            if (read == null) {
                assertEquals(ExitCodes.BAD_INPUT, r.exit(), c + ": a candidate the reader refuses: " + r.err());
                continue;
            }
            Set<RowKey> lost = keys(JmhResultReader.parse("good", good));
            lost.removeAll(keys(read));
            if (!lost.isEmpty()) {
                assertNotEquals(ExitCodes.PASS, r.exit(), c + ": the gate passed a candidate that lost " + lost + ": " + r.out());
            }
        }
    }

    @Test
    void aDamagedBaselinePassesOnlyIfItReadsWhole() throws IOException {
        for (Case c : cases(BASELINE_SEED)) {
            Path base = baseline(c.profileDir(), Mutation.applyAll(c.damage(), bytes(PAIRS[c.pair()][0])));
            Path cand = write("cand.json", bytes(PAIRS[c.pair()][1]));
            CliRun r = GateFuzzTest.gate(base, cand, DIR);
            GateFuzzTest.assertCleanOutcome(r);
            if (readOrNull(c.profileDir() ? base.resolve(BaselineStore.RESULT) : base) == null) {
                assertEquals(ExitCodes.BAD_INPUT, r.exit(), c + ": a baseline the reader refuses: " + r.err());
            }
        }
    }

    /** One case: which pair, the baseline as a file or a profile folder, the edits; named by its seed and index. */
    private record Case(long seed, int index, int pair, boolean profileDir, List<Mutation> damage) {
        @Override
        public String toString() {
            return "seed " + seed + ", case " + index + ", pair " + pair + (profileDir ? " (profile folder)" : "") + ", " + damage;
        }
    }

    private static List<Case> cases(long seed) {
        Random random = new Random(seed);
        List<Case> cases = new java.util.ArrayList<>(TRIES);
        for (int i = 0; i < TRIES; i++) {
            cases.add(new Case(seed, i, random.nextInt(PAIRS.length), random.nextBoolean(), Mutation.damage(random)));
        }
        return cases;
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
