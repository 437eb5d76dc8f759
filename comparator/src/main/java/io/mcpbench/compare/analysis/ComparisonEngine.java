package io.mcpbench.compare.analysis;

import io.mcpbench.compare.model.Direction;
import io.mcpbench.compare.model.ResultFile;
import io.mcpbench.compare.model.Row;
import io.mcpbench.compare.model.RowComparison;
import io.mcpbench.compare.model.RowKey;
import io.mcpbench.compare.model.Verdict;
import io.mcpbench.compare.normalize.Directions;
import io.mcpbench.compare.normalize.MetricDirection;
import io.mcpbench.compare.normalize.Units;
import io.mcpbench.compare.stats.BenjaminiHochberg;
import io.mcpbench.compare.stats.MannWhitney;
import io.mcpbench.compare.stats.SampleSize;
import io.mcpbench.compare.stats.Samples;
import io.mcpbench.compare.stats.TwoLevelBootstrap;
import io.mcpbench.compare.stats.VarianceComponents;
import io.mcpbench.compare.stats.Welch;
import io.mcpbench.compare.stats.WelchResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Compares a candidate result file with a baseline, row by row.
 *
 * <p>Per row (same benchmark, mode, params, threads and metric on both sides), after converting
 * both sides to one unit:
 * <ul>
 * <li>Deterministic metrics ({@code gc.alloc.rate.norm}) pass when within
 *     {@code max(relativeTolerance * base, absoluteTolerance)}; no test.</li>
 * <li>With three or more forks a side, each fork is summarised by the log of its mean and
 *     Welch's t-test gives the p-value and an interval for the log ratio of geometric means. The
 *     two-level bootstrap interval is always computed too; it replaces Welch's when both sides
 *     have at least five forks and either side's log fork means look non-normal (adjusted
 *     skewness beyond 1, or a fork beyond 3.5 MAD from the median). With fewer forks the
 *     bootstrap cannot see the tails, so Welch's interval is kept.</li>
 * <li>With fewer than three forks on a side, Welch runs on the log iterations pooled, each
 *     side's iteration count shrunk by Kish's design effect {@code 1 + (m - 1) * icc} with the
 *     intraclass correlation of the forks at hand (iterations of one fork are not independent),
 *     and its degrees of freedom capped at what the forks give. With a single fork a side nothing
 *     shows the fork-to-fork variation, so the test is optimistic: only changes of at least
 *     {@link #UNSEEN_FORK_VARIANCE_FLOOR} are flagged. Such rows are marked low-confidence and are
 *     never EQUIVALENT.</li>
 * <li>Rows with zero or negative values (GC counts, some counters) are compared on fork means
 *     without logs.</li>
 * </ul>
 * Raw p-values of all tested rows are adjusted together by Benjamini-Hochberg. A row is
 * REGRESSED or IMPROVED when its q-value is below {@code fdrQ}, its chosen interval excludes a
 * ratio of 1, and the change is at least the noise floor; else EQUIVALENT when the two one-sided
 * tests put it inside the band at level {@code 1 - confidence}; else INCONCLUSIVE, with the forks
 * per side that the observed fork-to-fork variance says would settle it (80% power).
 *
 * <p>Rows are analysed in parallel on the common pool; each row's bootstrap is seeded from the
 * settings' seed and the row key, so results do not depend on scheduling. Instances are stateless.
 */
public final class ComparisonEngine {

    private static final double SETTLE_POWER = 0.8;
    private static final int MAX_FORKS_TO_SETTLE = 10_000;
    /**
     * Smallest change flagged when no side has two forks: nothing then shows how far two JVMs of
     * the same code differ (often several percent), so a smaller change is noise as far as the
     * data can tell. On A/A data with 2% fork-to-fork noise, one fork a side flagged about half
     * the rows at the ordinary floor.
     */
    public static final double UNSEEN_FORK_VARIANCE_FLOOR = 0.10;
    /** Smallest fork count per side for the fork-level method. */
    public static final int MIN_FORKS = 3;
    /** Smallest fork count per side before the bootstrap interval may replace Welch's. */
    public static final int MIN_FORKS_FOR_BOOTSTRAP = 5;

    /** Compares {@code cand} against {@code base} with {@link ComparisonSettings#defaults()}. */
    public ComparisonResult compare(ResultFile base, ResultFile cand) {
        return compare(base, cand, ComparisonSettings.defaults());
    }

    /**
     * Compares {@code cand} against {@code base}.
     *
     * @throws io.mcpbench.compare.normalize.IncompatibleUnitsException when a row's sides have
     *         units no conversion relates
     */
    public ComparisonResult compare(ResultFile base, ResultFile cand, ComparisonSettings settings) {
        Map<RowKey, Row> baseRows = index(base);
        Map<RowKey, Row> candRows = index(cand);
        TreeSet<RowKey> keys = new TreeSet<>(baseRows.keySet());
        keys.addAll(candRows.keySet());
        RowKey[] ordered = keys.toArray(new RowKey[0]);
        Analysis[] work = new Analysis[ordered.length];
        IntStream.range(0, ordered.length).parallel().forEach(i ->
                work[i] = analyse(ordered[i], baseRows.get(ordered[i]), candRows.get(ordered[i]), settings));

        double[] p = new double[work.length];
        for (int i = 0; i < work.length; i++) {
            p[i] = work[i].pValue;
        }
        double[] q = BenjaminiHochberg.adjust(p);

        List<RowComparison> rows = new ArrayList<>(work.length);
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        Map<RowKey, RowEvidence> evidence = new HashMap<>();
        for (int i = 0; i < work.length; i++) {
            RowComparison rc = work[i].decide(q[i], settings);
            rows.add(rc);
            counts.merge(rc.verdict(), 1, Integer::sum);
            evidence.put(rc.key(), work[i].evidence());
        }
        return new ComparisonResult(rows, geometricMean(rows, settings), counts, evidence);
    }

    private static Map<RowKey, Row> index(ResultFile file) {
        Map<RowKey, Row> map = new TreeMap<>();
        for (Row r : file.rows()) {
            map.put(r.key(), r);
        }
        return map;
    }

    private static Analysis analyse(RowKey key, Row base, Row cand, ComparisonSettings s) {
        RowSettings rs = s.rowSettings(key);
        if (base == null || cand == null) {
            Row present = base == null ? cand : base;
            Analysis a = new Analysis(key, present.unit(), Directions.of(key, present.unit()), rs);
            a.method = RowEvidence.Method.ONE_SIDED;
            double[][] forks = nonEmpty(present.forks());
            double score = centre(forks, Samples.allPositive(forks));
            if (base == null) {
                a.verdict = Verdict.NEW;
                a.candScore = score;
                a.candForks = forks.length;
                a.candMeans = Samples.forkMeans(forks);
            } else {
                a.verdict = Verdict.MISSING;
                a.baseScore = score;
                a.baseForks = forks.length;
                a.baseMeans = Samples.forkMeans(forks);
            }
            return a;
        }
        String unit = Units.commonUnit(key, base.unit(), cand.unit());
        double[][] bf = nonEmpty(Units.convert(base, unit).forks());
        double[][] cf = nonEmpty(Units.convert(cand, unit).forks());
        Analysis a = new Analysis(key, unit, Directions.of(key, unit), rs);
        a.baseForks = bf.length;
        a.candForks = cf.length;
        a.baseMeans = Samples.forkMeans(bf);
        a.candMeans = Samples.forkMeans(cf);
        if (Directions.isDeterministic(key)) {
            a.tolerance(bf, cf);
            return a;
        }
        boolean log = Samples.allPositive(bf) && Samples.allPositive(cf);
        a.log = log;
        a.baseScore = centre(bf, log);
        a.candScore = centre(cf, log);
        a.ratio = ratio(a.candScore, a.baseScore);
        a.lowConfidence = bf.length < MIN_FORKS || cf.length < MIN_FORKS;
        double[] x;
        double[] y;
        if (a.lowConfidence) {
            a.method = RowEvidence.Method.ITERATION_FALLBACK;
            x = Samples.pooled(cf, log);
            y = Samples.pooled(bf, log);
        } else {
            a.method = log ? RowEvidence.Method.FORK_LOG_MEANS : RowEvidence.Method.FORK_MEANS;
            x = log ? Samples.logForkMeans(cf) : a.candMeans;
            y = log ? Samples.logForkMeans(bf) : a.baseMeans;
        }
        a.pMannWhitney = MannWhitney.twoSidedP(a.candMeans, a.baseMeans);
        a.unitVariance = unitVariance(a, bf, cf, log);
        if (x.length < 2 || y.length < 2) {
            return a; // nothing to estimate a variance from: INCONCLUSIVE
        }
        WelchResult w;
        if (a.lowConfidence) {
            // iterations of one fork share its level: count them as fewer independent values
            // (Kish's design effect 1 + (m - 1) * icc, the icc from the forks at hand)
            VarianceComponents vc = VarianceComponents.pooled(bf, cf, log);
            a.forkVarianceUnseen = !vc.betweenKnown();
            double icc = vc.intraclassCorrelation();
            // degrees of freedom no more than the forks give about the fork-to-fork variation
            double maxDf = vc.betweenKnown() ? Math.max(1, bf.length + cf.length - 2) : Double.POSITIVE_INFINITY;
            double nx = x.length / (1 + ((double) x.length / cf.length - 1) * icc);
            double ny = y.length / (1 + ((double) y.length / bf.length - 1) * icc);
            if (!(nx > 1) || !(ny > 1)) {
                return a;
            }
            w = Welch.fromSummary(Samples.mean(x), Samples.variance(x), nx, Samples.mean(y), Samples.variance(y), ny,
                    s.confidence(), maxDf);
        } else {
            w = Welch.test(x, y, s.confidence());
        }
        a.welch = w;
        a.pValue = w.p();
        a.welchLow = toRatio(w.ciLow(), a);
        a.welchHigh = toRatio(w.ciHigh(), a);
        a.ciLow = a.welchLow;
        a.ciHigh = a.welchHigh;
        double delta = log ? Math.log1p(rs.equivalenceBand()) : rs.equivalenceBand() * Math.abs(a.baseScore);
        a.tostP = Welch.tost(w, delta)[2];
        if (log && !a.lowConfidence && s.bootstrapResamples() > 0) {
            double[] ci = TwoLevelBootstrap.logRatioInterval(bf, cf, s.bootstrapResamples(), rowSeed(s.seed(), key),
                    s.confidence());
            a.bootLow = Math.exp(ci[0]);
            a.bootHigh = Math.exp(ci[1]);
            if (bf.length >= MIN_FORKS_FOR_BOOTSTRAP && cf.length >= MIN_FORKS_FOR_BOOTSTRAP
                    && (Samples.looksNonNormal(x) || Samples.looksNonNormal(y))) {
                a.bootstrapUsed = true;
                a.ciLow = a.bootLow;
                a.ciHigh = a.bootHigh;
            }
        }
        return a;
    }

    /** Variance of one fork's summary, for the forks-to-settle estimate (fork level when it can be seen). */
    private static double unitVariance(Analysis a, double[][] bf, double[][] cf, boolean log) {
        double[] x = log ? Samples.logForkMeans(cf) : a.candMeans;
        double[] y = log ? Samples.logForkMeans(bf) : a.baseMeans;
        double v = pooledVariance(x, y);
        if (!Double.isNaN(v)) {
            return v;
        }
        return pooledVariance(Samples.pooled(cf, log), Samples.pooled(bf, log));
    }

    private static double pooledVariance(double[] x, double[] y) {
        int dx = x.length - 1;
        int dy = y.length - 1;
        double ss = 0;
        int df = 0;
        if (dx > 0) {
            ss += Samples.variance(x) * dx;
            df += dx;
        }
        if (dy > 0) {
            ss += Samples.variance(y) * dy;
            df += dy;
        }
        return df > 0 ? ss / df : Double.NaN;
    }

    private static double[][] nonEmpty(double[][] forks) {
        int n = 0;
        for (double[] f : forks) {
            if (f.length > 0) n++;
        }
        if (n == forks.length) {
            return forks;
        }
        double[][] out = new double[n][];
        int k = 0;
        for (double[] f : forks) {
            if (f.length > 0) out[k++] = f;
        }
        return out;
    }

    /** Geometric mean of fork means when logs exist, else their arithmetic mean. */
    private static double centre(double[][] forks, boolean log) {
        if (forks.length == 0) {
            return Double.NaN;
        }
        return log ? Math.exp(Samples.mean(Samples.logForkMeans(forks))) : Samples.mean(Samples.forkMeans(forks));
    }

    private static double ratio(double cand, double base) {
        if (base == 0) {
            return cand == 0 ? 1.0 : Double.POSITIVE_INFINITY;
        }
        return cand / base;
    }

    private static double toRatio(double diffBound, Analysis a) {
        if (a.log) {
            return Math.exp(diffBound);
        }
        return a.baseScore == 0 ? Double.NaN : 1.0 + diffBound / a.baseScore;
    }

    private static long rowSeed(long seed, RowKey key) {
        long z = seed + 0x9E3779B97F4A7C15L * (key.hashCode() + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Relative change, positive when worse. */
    private static double change(double ratio, Direction direction) {
        return direction == Direction.LOWER_IS_BETTER ? ratio - 1.0 : 1.0 - ratio;
    }

    private static RowComparison geometricMean(List<RowComparison> rows, ComparisonSettings s) {
        double[] logs = new double[rows.size()];
        int n = 0;
        for (RowComparison r : rows) {
            if (r.key().isPrimary() && r.ratio() > 0 && Double.isFinite(r.ratio())
                    && r.verdict() != Verdict.NEW && r.verdict() != Verdict.MISSING) {
                double l = Math.log(r.ratio());
                logs[n++] = r.direction() == Direction.LOWER_IS_BETTER ? l : -l;
            }
        }
        RowKey key = new RowKey("geomean", "all", null, 0, RowKey.PRIMARY);
        if (n == 0) {
            return new RowComparison(key, "ratio", Direction.LOWER_IS_BETTER, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, true, 0,
                    Verdict.INCONCLUSIVE, "no primary row compared on both sides");
        }
        double[] l = java.util.Arrays.copyOf(logs, n);
        double mean = Samples.mean(l);
        double geo = Math.exp(mean);
        double lo = Double.NaN;
        double hi = Double.NaN;
        double p = Double.NaN;
        Verdict verdict = Verdict.INCONCLUSIVE;
        double band = Math.log1p(s.equivalenceBand());
        if (n >= 2) {
            double se = Math.sqrt(Samples.variance(l) / n);
            if (se > 0) {
                TDistribution t = TDistribution.of(n - 1.0);
                double h = t.inverseSurvivalProbability((1 - s.confidence()) / 2) * se;
                lo = mean - h;
                hi = mean + h;
                p = Math.min(1.0, 2 * t.survivalProbability(Math.abs(mean) / se));
            } else {
                lo = mean;
                hi = mean;
                p = mean == 0 ? 1.0 : 0.0;
            }
            boolean beyondFloor = Math.abs(geo - 1.0) >= s.noiseFloor();
            if (lo > 0 && beyondFloor) {
                verdict = Verdict.REGRESSED;
            } else if (hi < 0 && beyondFloor) {
                verdict = Verdict.IMPROVED;
            } else if (lo > -band && hi < band) {
                verdict = Verdict.EQUIVALENT;
            }
        }
        return new RowComparison(key, "ratio", Direction.LOWER_IS_BETTER, 1.0, geo, geo, Math.exp(lo), Math.exp(hi),
                geo - 1.0, p, Double.NaN, p, n, n, n < 2, 0, verdict,
                "geometric mean over " + n + " primary rows, ratios oriented so that above 1 is worse");
    }

    /** The working state of one row between analysis and decision. */
    private static final class Analysis {
        final RowKey key;
        final String unit;
        final MetricDirection direction;
        final RowSettings rs;
        RowEvidence.Method method;
        Verdict verdict;
        boolean log;
        boolean lowConfidence;
        boolean forkVarianceUnseen;
        boolean bootstrapUsed;
        int baseForks;
        int candForks;
        double[] baseMeans = new double[0];
        double[] candMeans = new double[0];
        double baseScore = Double.NaN;
        double candScore = Double.NaN;
        double ratio = Double.NaN;
        double ciLow = Double.NaN;
        double ciHigh = Double.NaN;
        double welchLow = Double.NaN;
        double welchHigh = Double.NaN;
        double bootLow = Double.NaN;
        double bootHigh = Double.NaN;
        double pValue = Double.NaN;
        double pMannWhitney = Double.NaN;
        double tostP = Double.NaN;
        double unitVariance = Double.NaN;
        WelchResult welch;
        String note = "";

        Analysis(RowKey key, String unit, MetricDirection direction, RowSettings rs) {
            this.key = key;
            this.unit = unit;
            this.direction = direction;
            this.rs = rs;
        }

        void tolerance(double[][] bf, double[][] cf) {
            method = RowEvidence.Method.TOLERANCE;
            baseScore = Samples.mean(Samples.pooled(bf, false));
            candScore = Samples.mean(Samples.pooled(cf, false));
            ratio = ratio(candScore, baseScore);
            double allowed = Math.max(rs.relativeTolerance() * Math.abs(baseScore), rs.absoluteTolerance());
            double diff = candScore - baseScore;
            if (Math.abs(diff) <= allowed) {
                verdict = Verdict.EQUIVALENT;
            } else {
                boolean worse = direction.direction() == Direction.LOWER_IS_BETTER ? diff > 0 : diff < 0;
                verdict = worse ? Verdict.REGRESSED : Verdict.IMPROVED;
            }
            note = String.format(java.util.Locale.ROOT, "deterministic: |%.4g| vs tolerance %.4g %s", diff, allowed, unit);
        }

        RowComparison decide(double q, ComparisonSettings s) {
            int settle = 0;
            StringBuilder why = new StringBuilder(note);
            double chg = Double.isNaN(ratio) ? Double.NaN : change(ratio, direction.direction());
            if (verdict == null) {
                boolean excludesOne = ciLow > 1.0 || ciHigh < 1.0;
                double floor = forkVarianceUnseen ? Math.max(rs.noiseFloor(), UNSEEN_FORK_VARIANCE_FLOOR) : rs.noiseFloor();
                if (q < s.fdrQ() && excludesOne && Math.abs(chg) >= floor) {
                    verdict = chg > 0 ? Verdict.REGRESSED : Verdict.IMPROVED;
                } else if (!lowConfidence && tostP < 1.0 - s.confidence()) {
                    verdict = Verdict.EQUIVALENT;
                } else {
                    verdict = Verdict.INCONCLUSIVE;
                    settle = forksToSettle(s);
                }
                why.append(method == RowEvidence.Method.ITERATION_FALLBACK
                        ? "fewer than " + MIN_FORKS + " forks a side: Welch on iterations"
                        : method == RowEvidence.Method.FORK_MEANS ? "Welch on fork means (non-positive values)"
                        : "Welch on log fork means");
                if (bootstrapUsed) {
                    why.append(", bootstrap interval (non-normal forks)");
                }
                if (welch == null) {
                    why.append(", too few values for a variance");
                }
                if (forkVarianceUnseen) {
                    why.append(", one fork a side: changes under ")
                            .append(Math.round(UNSEEN_FORK_VARIANCE_FLOOR * 100)).append("% are not flagged");
                }
            }
            if (direction.assumed()) {
                why.append(why.length() > 0 ? "; " : "").append("direction assumed lower-is-better");
            }
            return new RowComparison(key, unit, direction.direction(), baseScore, candScore, ratio, ciLow, ciHigh, chg,
                    pValue, pMannWhitney, q, baseForks, candForks, lowConfidence, settle, verdict, why.toString());
        }

        /**
         * Forks per side at which an interval at the observed fork-to-fork variance would
         * clear the band's edge from the observed difference, with 80% power.
         */
        private int forksToSettle(ComparisonSettings s) {
            if (!(unitVariance > 0)) {
                return Math.max(MIN_FORKS, Math.max(baseForks, candForks) + 1);
            }
            double band = log ? Math.log1p(rs.equivalenceBand()) : rs.equivalenceBand() * Math.abs(baseScore);
            double floor = log ? Math.log1p(rs.noiseFloor()) : rs.noiseFloor() * Math.abs(baseScore);
            double d = welch == null ? 0.0 : Math.abs(welch.diff());
            double gap = Math.max(Math.max(band - d, d - floor), band / 4);
            int n = SampleSize.perSide(unitVariance, gap, 1.0 - s.confidence(), SETTLE_POWER, MIN_FORKS,
                    MAX_FORKS_TO_SETTLE);
            return Math.max(n, Math.min(MAX_FORKS_TO_SETTLE, Math.max(baseForks, candForks) + 1));
        }

        RowEvidence evidence() {
            return new RowEvidence(key, unit, baseMeans, candMeans, method, welchLow, welchHigh, bootLow, bootHigh,
                    bootstrapUsed, tostP, direction.assumed());
        }
    }
}
