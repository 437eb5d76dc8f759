#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Independent reference values for the comparator's statistics tests.

Run with SciPy 1.11 or newer (written with SciPy 1.17.1, NumPy 2.4.6):
    python3 make_reference.py > reference.json

Every value comes from SciPy or NumPy, not from the comparator:
- two-sample t tests: scipy.stats.ttest_ind(cand, base, equal_var=...): Student's when both sides
  have as many values, Welch's otherwise, with intervals from the result's df and scipy.stats.t;
- the paired t test: scipy.stats.ttest_1samp on the differences (and ttest_rel on the two sides);
- the Wilcoxon signed-rank test: scipy.stats.wilcoxon (exact without ties or zeros);
- the Mann-Kendall trend test: scipy.stats.kendalltau(range(n), x);
- Benjamini-Hochberg: scipy.stats.false_discovery_control;
- the MSER truncation: written out below from White (1997), eq. (1), with NumPy, and MSER-5 on
  batch means of five from 50 values on, searched in the first half;
- the robust centre of a fork: scipy.stats.trim_mean with g = max(1, floor(0.2 n)) values cut
  from each end for n >= 3;
- O'Brien-Fleming-type alpha spending (Lan and DeMets 1983): 2 - 2 Phi(z(1 - alpha/2) / sqrt(t))
  with scipy.stats.norm;
- the empirical-Bayes variance prior (Smyth 2004; limma's fitFDist without covariates): written
  out below with scipy.special.digamma, scipy.special.polygamma and scipy.optimize.brentq;
- ours against a peer (comparator peers): every pair of rows of a real JMH result that differ only
  in the parameter impl, one of them impl=OWN (../jmh-real/MacsiaProduction__db-algo-lab4__...),
  and synthetic rows: each fork summarised as the steady stage does it, written out below (the
  MSER truncation above on the running median of three, the trend test with
  scipy.stats.kendalltau, the trimmed mean above; forks that never settled left out unless they
  are most of the side or leave fewer than two), then scipy.stats.ttest_ind on the logs of the
  fork centres (equal_var when both sides have as many forks), its 95% interval exponentiated and
  turned into "how many times faster ours is" (the peer's time over ours, our throughput over the
  peer's).
"""
import json
import math
import os
import sys

import numpy as np
import scipy
import scipy.stats as st
from scipy import optimize, special

TWO_SAMPLE = [
    # (name, candidate, baseline): candidate first, as the comparator computes candidate - baseline
    ("small_shift_unequal", [1.02, 0.98, 1.05, 1.01], [0.95, 0.97, 0.93, 0.99, 0.96]),
    ("log_means_5_6", [math.log(v) for v in (101.0, 99.5, 103.2, 100.7, 102.1)],
     [math.log(v) for v in (100.2, 98.9, 101.5, 99.1, 100.0, 100.4)]),
    ("unequal_var_7_4", [10.0, 12.5, 9.1, 14.2, 11.0, 8.7, 13.3], [10.1, 10.3, 9.9, 10.0]),
    ("three_each", [2.0, 2.2, 2.1], [1.9, 2.05, 1.95]),
    ("issue_12_12_16", [math.log(v) for v in (12.0, 12.0, 16.0)], [math.log(v) for v in (10.0, 10.1, 9.9)]),
    ("outlier_fork_5_5", [math.log(v) for v in (20.0, 20.2, 19.8, 20.1, 2000.0)],
     [math.log(v) for v in (10.0, 10.1, 9.9, 10.05, 9.95)]),
    ("ten_each", [0.1, 0.3, -0.2, 0.05, 0.4, 0.15, -0.1, 0.2, 0.0, 0.25],
     [0.0, -0.1, 0.05, -0.3, 0.1, 0.02, -0.05, 0.12, -0.2, 0.07]),
    ("large_30_25", list(np.linspace(0.0, 1.0, 30) ** 2), list(np.linspace(0.1, 1.1, 25) ** 1.5)),
    ("two_each", [5.0, 5.4], [4.8, 5.1]),
]

ONE_SAMPLE = [
    ("pairs_5", [0.031, 0.052, 0.044, -0.004, 0.061]),
    ("pairs_3", [0.02, 0.035, 0.011]),
    ("pairs_4_spread", [0.10, -0.02, 0.05, 0.01]),
    ("pairs_8_outlier", [0.01, 0.012, 0.009, 0.011, 0.35, 0.008, 0.013, 0.010]),
    ("pairs_12", [0.05, 0.04, 0.06, 0.02, 0.07, 0.03, 0.05, 0.045, 0.055, 0.01, 0.08, 0.035]),
    ("pairs_2", [0.03, 0.05]),
]

SIGNED_RANK = [
    ("five_positive", [0.031, 0.052, 0.044, 0.004, 0.061]),
    ("mixed_6", [0.02, -0.01, 0.03, 0.015, -0.005, 0.04]),
    ("ten", [0.1, -0.31, 0.25, 0.05, 0.4, -0.15, 0.2, 0.35, -0.02, 0.3]),
    ("three", [0.2, 0.1, -0.05]),
]

TREND = [
    ("falling_10", [657, 540, 470, 420, 380, 350, 330, 315, 308, 304]),
    ("flat_10", [100.2, 99.8, 100.5, 99.9, 100.1, 100.3, 99.7, 100.0, 100.4, 99.6]),
    ("spike_8", [100.0, 100.2, 99.9, 140.0, 100.1, 99.8, 100.3, 100.0]),
    ("rising_6", [1.0, 1.1, 1.05, 1.2, 1.3, 1.25]),
    ("ties_7", [5.0, 5.0, 5.1, 5.0, 5.2, 5.2, 5.3]),
    ("long_40", list(100 + np.sin(np.arange(40)) + np.arange(40) * 0.05)),
    ("one_pair_out_34", [float(v) for v in range(34)][:10] + [11.0, 10.0] + [float(v) for v in range(12, 34)]),
]

SERIES = [
    ("warmup_then_flat", [4600, 3100, 2200, 1800, 1700, 1690, 1684, 1686, 1683, 1685]),
    ("flat", [100.2, 99.8, 100.5, 99.9, 100.1, 100.3, 99.7, 100.0, 100.4, 99.6]),
    ("still_falling", [657, 600, 560, 520, 480, 450, 420, 390, 360, 330]),
    ("spike_late", [100.0, 100.1, 99.9, 100.2, 99.8, 100.0, 100.1, 160.0, 100.0, 99.9]),
    ("short_5", [3.0, 2.0, 1.1, 1.0, 1.05]),
    ("long_60", list(200.0 * np.exp(-np.arange(60) / 6.0) + 100.0 + 0.5 * np.sin(np.arange(60)))),
    ("constant_6", [7.0] * 6),
]

CENTRES = [
    ("three", [1.0, 100.0, 2.0]),
    ("four", [5.0, 1.0, 3.0, 4.0]),
    ("five_spike", [10.0, 10.1, 9.9, 10.05, 50.0]),
    ("ten", [3.0, 1.0, 4.0, 1.5, 5.0, 9.0, 2.0, 6.0, 5.5, 3.5]),
    ("twelve", list(np.linspace(1.0, 2.0, 12) ** 2)),
]

PVALUES = [
    ("mixed", [0.01, 0.04, 0.03, 0.005, 0.5, 0.2, 0.049, 0.8]),
    ("all_null", [0.31, 0.62, 0.95, 0.11, 0.47]),
    ("with_ties", [0.001, 0.001, 0.02, 0.02, 0.04, 0.9]),
    ("single", [0.03]),
]

LEVELS = [0.95, 0.90, 0.99]

# (name, variances, degrees of freedom of each)
PRIORS = [
    ("homogeneous_10", [0.0004 * v for v in (1.1, 0.8, 1.3, 0.9, 1.0, 1.2, 0.7, 1.05, 0.95, 1.15)], [8] * 10),
    ("spread_8", [1e-4, 4e-4, 9e-5, 2e-3, 3e-4, 6e-4, 1.5e-4, 8e-4], [4] * 8),
    ("mixed_df_6", [2e-4, 5e-4, 3e-4, 1e-3, 2.5e-4, 4e-4], [4, 8, 4, 9, 2, 8]),
    ("wide_5", [1e-6, 1e-3, 5e-5, 2e-2, 3e-4], [4, 4, 4, 4, 4]),
]


def interval(diff, se, df, conf):
    half = st.t.ppf(0.5 + conf / 2.0, df) * se
    return [float(diff - half), float(diff + half)]


def two_sample(name, c, b):
    c = np.asarray(c, dtype=float)
    b = np.asarray(b, dtype=float)
    equal = len(c) == len(b)
    res = st.ttest_ind(c, b, equal_var=equal)
    diff = float(c.mean() - b.mean())
    se = diff / res.statistic
    return {"name": name, "cand": c.tolist(), "base": b.tolist(), "pooled": equal, "diff": diff,
            "t": float(res.statistic), "df": float(res.df), "p": float(res.pvalue), "se": float(se),
            "intervals": {str(conf): interval(diff, se, res.df, conf) for conf in LEVELS},
            "tost": {str(delta): tost(diff, se, res.df, delta) for delta in (0.02, 0.05, 0.2)}}


def tost(diff, se, df, delta):
    lower = st.t.sf((diff + delta) / se, df)
    upper = st.t.cdf((diff - delta) / se, df)
    return float(max(lower, upper))


def one_sample(name, d):
    d = np.asarray(d, dtype=float)
    res = st.ttest_1samp(d, 0.0)
    mean = float(d.mean())
    se = mean / float(res.statistic)
    base = np.linspace(1.0, 2.0, len(d))
    rel = st.ttest_rel(base + d, base)
    return {"name": name, "d": d.tolist(), "diff": mean, "se": se, "df": float(res.df), "t": float(res.statistic),
            "p": float(res.pvalue), "pRel": float(rel.pvalue),
            "intervals": {str(conf): interval(mean, se, res.df, conf) for conf in LEVELS}}


def mser(x):
    x = np.asarray(x, dtype=float)
    n = len(x)
    b = 5 if n >= 50 else 1
    k = n // b
    y = x[:k * b].reshape(k, b).mean(axis=1)
    bound = k // 2
    values = []
    for d in range(bound + 1):
        rest = y[d:]
        values.append(float(np.sum((rest - rest.mean()) ** 2) / len(rest) ** 2))
    best = int(np.argmin(values))
    return {"dropped": best * b, "atBound": bool(best == bound and bound > 0)}


def fit_prior(variances, dfs):
    x = np.asarray(variances, dtype=float)
    d = np.asarray(dfs, dtype=float)
    e = np.log(x) - special.digamma(d / 2) + np.log(d / 2)
    mean = e.mean()
    excess = np.sum((e - mean) ** 2) / (len(x) - 1) - np.mean(special.polygamma(1, d / 2))
    if excess <= 0:
        return math.inf, float(math.exp(mean))
    y = optimize.brentq(lambda v: special.polygamma(1, v) - excess, 1e-8, 1e8, xtol=1e-14, rtol=1e-14)
    d0 = 2 * y
    s02 = math.exp(mean + special.digamma(d0 / 2) - math.log(d0 / 2))
    return float(d0), float(s02)


def centre(x):
    x = np.asarray(x, dtype=float)
    n = len(x)
    g = max(1, int(math.floor(0.2 * n))) if n >= 3 else 0
    return float(st.trim_mean(x, g / n))


PEER_FILE = "MacsiaProduction__db-algo-lab4__results_full_jmh-results.json"

# (name, mode, ours' forks, the peer's forks): iterations per fork, fewer than five (kept whole)
PEER_SYNTHETIC = [
    ("avgt_welch_3_5", "avgt", [[10.0, 10.2, 9.9], [10.4, 10.1, 10.3], [9.8, 10.0, 10.1]],
     [[31.0, 30.2, 30.8], [29.5, 30.1, 30.0], [32.0, 31.1, 31.5], [30.4, 30.6, 30.9], [29.9, 30.3, 30.2]]),
    ("thrpt_slower_4_4", "thrpt", [[500.0, 510.0, 505.0], [495.0, 498.0, 502.0], [520.0, 515.0, 518.0], [505.0, 500.0, 508.0]],
     [[1010.0, 990.0, 1000.0], [980.0, 1005.0, 995.0], [1020.0, 1012.0, 1018.0], [990.0, 985.0, 1001.0]]),
    ("avgt_no_clear_difference_2_2", "avgt", [[100.0, 101.0, 99.0], [104.0, 103.0, 105.0]],
     [[102.0, 101.5, 102.5], [99.0, 100.5, 99.5]]),
]


def running_median(x):
    out = list(x)
    for i in range(1, len(x) - 1):
        out[i] = float(np.median(x[i - 1:i + 2]))
    return out


def batch_means(x, points=200):
    if len(x) <= points:
        return list(x)
    b = len(x) // points
    return [float(np.mean(x[j * b:(j + 1) * b])) for j in range(points)]


def fork_summary(x):
    """(centre, unsteady) of one fork, as the steady stage summarises it."""
    if len(x) < 5:
        return centre(x), False
    m = mser(running_median(x))
    kept = x[m["dropped"]:]
    p = 1.0 if len(kept) < 3 else float(st.kendalltau(np.arange(len(batch_means(kept))), batch_means(kept)).pvalue)
    return centre(kept), bool(p < 0.05 or (m["atBound"] and p < 0.10))


def usable_centres(forks):
    summaries = [fork_summary(f) for f in forks if len(f) > 0]
    unsteady = sum(1 for _, u in summaries if u)
    if unsteady > 0 and (2 * unsteady > len(summaries) or len(summaries) - unsteady < 2):
        return [c for c, _ in summaries]
    return [c for c, u in summaries if not u]


def peer_ratio(name, mode, ours, peer):
    o = usable_centres(ours)
    p = usable_centres(peer)
    lo, lp = np.log(o), np.log(p)
    diff = float(lo.mean() - lp.mean())
    res = st.ttest_ind(lo, lp, equal_var=len(lo) == len(lp))
    low, high = interval(diff, diff / res.statistic, res.df, 0.95)
    sign = 1.0 if mode == "thrpt" else -1.0
    ends = sorted([math.exp(sign * low), math.exp(sign * high)])
    return {"name": name, "mode": mode, "oursCentres": o, "peerCentres": p, "pooled": bool(len(lo) == len(lp)),
            "df": float(res.df), "ratio": math.exp(sign * diff), "low": ends[0], "high": ends[1]}


def iterations(metric):
    """Each fork's iteration values: rawData, or the mean of each iteration's histogram (SampleTime)."""
    if metric.get("rawDataHistogram") is not None:
        return [[sum(v * c for v, c in it) / sum(c for _, c in it) for it in fork] for fork in metric["rawDataHistogram"]]
    return [[float(v) for v in fork] for fork in metric["rawData"]]


def real_peer_ratios():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "jmh-real", PEER_FILE)
    with open(path) as f:
        entries = json.load(f)
    groups = {}
    for e in entries:
        params = dict(e.get("params") or {})
        impl = params.pop("impl", None)
        if impl is not None:
            key = (e["benchmark"], e["mode"], e["threads"], tuple(sorted(params.items())))
            groups.setdefault(key, {})[impl] = e
    out = []
    for (benchmark, mode, threads, params), rows in sorted(groups.items()):
        for peer in sorted(rows):
            if peer == "OWN" or "OWN" not in rows:
                continue
            r = peer_ratio(benchmark, mode, iterations(rows["OWN"]["primaryMetric"]),
                           iterations(rows[peer]["primaryMetric"]))
            r.update({"file": PEER_FILE, "benchmark": benchmark, "threads": threads, "params": dict(params), "peer": peer})
            out.append(r)
    return out


def main():
    out = {"scipy": scipy.__version__, "numpy": np.__version__,
           "twoSample": [two_sample(*c) for c in TWO_SAMPLE],
           "oneSample": [one_sample(*c) for c in ONE_SAMPLE],
           "signedRank": [], "mannKendall": [], "mser": [], "centre": [], "bh": [], "prior": []}
    for name, d in SIGNED_RANK:
        r = st.wilcoxon(d)
        out["signedRank"].append({"name": name, "d": d, "p": float(r.pvalue)})
    for name, x in TREND:
        r = st.kendalltau(np.arange(len(x)), x)
        out["mannKendall"].append({"name": name, "x": [float(v) for v in x], "p": float(r.pvalue)})
    for name, x in SERIES:
        r = mser(x)
        r.update({"name": name, "x": [float(v) for v in x]})
        out["mser"].append(r)
    for name, x in CENTRES:
        out["centre"].append({"name": name, "x": [float(v) for v in x], "centre": centre(x)})
    for name, p in PVALUES:
        q = st.false_discovery_control(p, method="bh")
        out["bh"].append({"name": name, "p": p, "q": [float(v) for v in q]})
    out["spending"] = []
    for alpha in (0.05, 0.01):
        for t in (0.1, 0.25, 0.5, 0.75, 0.9, 1.0):
            z = st.norm.isf(alpha / 2)
            out["spending"].append({"alpha": alpha, "t": t, "spent": float(2 * st.norm.sf(z / math.sqrt(t)))})
    for name, v, d in PRIORS:
        d0, s02 = fit_prior(v, d)
        moderated = [(s02 if math.isinf(d0) else (d0 * s02 + di * vi) / (d0 + di)) for vi, di in zip(v, d)]
        out["prior"].append({"name": name, "variances": v, "dfs": d, "d0": d0 if not math.isinf(d0) else "Infinity",
                             "s02": s02, "moderated": moderated})
    # every case at the 95% level; a real case names its file and row (ours is impl=OWN), a synthetic one its forks
    out["peerRatio"] = real_peer_ratios()
    for name, mode, ours, peer in PEER_SYNTHETIC:
        r = peer_ratio(name, mode, ours, peer)
        r.update({"oursForks": ours, "peerForks": peer})
        out["peerRatio"].append(r)
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
