package io.mcpbench.compare.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpbench.compare.jmh.JmhResultReader;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.settings.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole pipeline on real JMH files: read, normalise, compare. */
class RealCorpusComparisonTest {

    private final ComparisonEngine engine = new ComparisonEngine();

    private static ResultFile read(String name) throws Exception {
        Path dir = Path.of(RealCorpusComparisonTest.class.getResource("/jmh-real/MANIFEST.md").toURI()).getParent();
        return JmhResultReader.read(dir.resolve(name));
    }

    /** A copy of {@code file} with every value multiplied by {@code factor} and written in {@code unit}. */
    private static ResultFile scaled(ResultFile file, double factor, String fromUnit, String unit) {
        List<Row> rows = new ArrayList<>();
        for (Row r : file.rows()) {
            double[][] forks = new double[r.forks().length][];
            for (int f = 0; f < forks.length; f++) {
                forks[f] = r.forks()[f].clone();
                for (int i = 0; i < forks[f].length; i++) {
                    forks[f][i] *= factor;
                }
            }
            rows.add(new Row(r.key(), r.unit().equals(fromUnit) ? unit : r.unit(), forks, null));
        }
        return new ResultFile(file.source() + "*", file.runInfo(), rows);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Netflix__hollow__jmh-result.json", "guyko__weighted-lottery__jmh-result.json",
        "nMoncho__helenus__bench_jmh-result.json", "juddgaddie__jna-jni-time__build_reports_jmh_results.json",
        "ozkanpakdil__java-benchmarks__results_Eclipse_OpenJ9_VM-Eclipse_OpenJ9-17.0.6.json",
        "DennisRippinger__jmh-dmn__results_jmh-result.json", "chrisgleissner__java-benchmarks__jmh-result-all__d0b708a.json"})
    void aFileComparedWithItselfNeverChanges(String name) throws Exception {
        ResultFile f = read(name);
        ComparisonResult r = engine.compare(f, f, Settings.DEFAULTS);
        assertEquals(f.rows().size(), r.rows().size());
        assertEquals(0, r.count(Verdict.REGRESSED) + r.count(Verdict.IMPROVED), r.counts().toString());
        assertEquals(0, r.count(Verdict.MISSING) + r.count(Verdict.NEW));
        for (RowComparison rc : r.rows()) {
            if (!Double.isNaN(rc.ratio())) {
                assertEquals(1.0, rc.ratio(), 1e-12, rc.key().displayName());
            }
            if (rc.verdict() == Verdict.EQUIVALENT) {
                assertTrue(!rc.tooFewForks() && !rc.method().isEmpty(), rc.key().displayName());
            }
        }
    }

    @Test
    void realThroughputDropIsRegressedAndUnitChangeIsNot() throws Exception {
        ResultFile base = read("kamilkloch__fs2-benchmark__jmh-result.json");
        String unit = base.rows().get(0).unit();
        assertEquals("ops/s", unit);
        ComparisonResult drop = engine.compare(base, scaled(base, 0.7, unit, unit), Settings.DEFAULTS);
        assertEquals(base.rows().size(), drop.count(Verdict.REGRESSED), drop.counts().toString());
        ComparisonResult perMs = engine.compare(base, scaled(base, 1e-3, unit, "ops/ms"), Settings.DEFAULTS);
        assertEquals(0, perMs.count(Verdict.REGRESSED) + perMs.count(Verdict.IMPROVED), perMs.counts().toString());
        for (RowComparison rc : perMs.rows()) {
            assertEquals(1.0, rc.ratio(), 1e-9);
        }
    }

    @Test
    void aMissingBenchmarkIsReported() throws Exception {
        ResultFile base = read("LTE1916__CS209Lab__jmh-result.json");
        ResultFile cand = new ResultFile("c", base.runInfo(), base.rows().subList(1, base.rows().size()));
        ComparisonResult r = engine.compare(base, cand, Settings.DEFAULTS);
        assertEquals(1, r.count(Verdict.MISSING));
        ComparisonResult back = engine.compare(cand, base, Settings.DEFAULTS);
        assertEquals(1, back.count(Verdict.NEW));
    }
}
