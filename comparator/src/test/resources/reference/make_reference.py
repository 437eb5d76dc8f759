#!/usr/bin/python3
"""Independent reference values for the comparator's statistics tests.

Run with Debian's SciPy (python3-scipy 1.10.1, statsmodels 0.13.5 from python3-statsmodels):
    /usr/bin/python3 make_reference.py > reference.json

SciPy 1.10.1 has no scipy.stats.false_discovery_control (added in 1.11), so the
Benjamini-Hochberg values come from statsmodels.stats.multitest.multipletests(method='fdr_bh').
Welch degrees of freedom are not exposed by ttest_ind in 1.10, so they are computed from the
Welch-Satterthwaite formula here and the interval uses scipy.stats.t.ppf.
"""
import json
import math
import sys

import numpy as np
import scipy
import scipy.stats as st
import statsmodels
from statsmodels.stats.multitest import multipletests

# (name, candidate, baseline): candidate first, as the comparator computes candidate - baseline.
PAIRS = [
    ("small_shift", [1.02, 0.98, 1.05, 1.01], [0.95, 0.97, 0.93, 0.99, 0.96]),
    ("log_means", [math.log(v) for v in (101.0, 99.5, 103.2, 100.7, 102.1)],
                  [math.log(v) for v in (100.2, 98.9, 101.5, 99.1, 100.0, 100.4)]),
    ("unequal_var", [10.0, 12.5, 9.1, 14.2, 11.0, 8.7, 13.3], [10.1, 10.3, 9.9, 10.0]),
    ("three_each", [2.0, 2.2, 2.1], [1.9, 2.05, 1.95]),
    ("large_n", list(np.linspace(0.0, 1.0, 30) ** 2), list(np.linspace(0.1, 1.1, 25) ** 1.5)),
    ("identical_means", [1.0, 2.0, 3.0], [0.0, 2.0, 4.0]),
]

# Mann-Whitney cases, some with ties within and across samples.
MW = [
    ("no_ties_3_3", [1.1, 2.2, 3.3], [4.4, 5.5, 6.6]),
    ("no_ties_5_4", [3.1, 1.2, 5.3, 4.4, 2.5], [6.1, 2.9, 7.2, 8.4]),
    ("no_ties_10_10", [float(v) for v in (12, 15, 11, 19, 13, 21, 14, 17, 10, 18)],
                      [float(v) for v in (16, 22, 25, 20, 23, 24, 9, 26, 27, 28)]),
    ("ties_across", [1.0, 2.0, 2.0, 3.0], [2.0, 4.0, 5.0]),
    ("ties_within", [1.0, 1.0, 3.0, 4.0, 4.0], [2.0, 5.0, 5.0, 6.0]),
    ("ties_many_8_7", [1.0, 2.0, 2.0, 3.0, 3.0, 3.0, 4.0, 5.0], [3.0, 4.0, 4.0, 5.0, 6.0, 6.0, 7.0]),
    ("large_30_25_ties", [float(v % 9) for v in range(30)], [float((v * 7) % 11) for v in range(25)]),
]

PVALUES = [
    ("mixed", [0.01, 0.04, 0.03, 0.005, 0.5, 0.2, 0.049, 0.8]),
    ("all_null", [0.31, 0.62, 0.95, 0.11, 0.47]),
    ("with_ties", [0.001, 0.001, 0.02, 0.02, 0.04, 0.9]),
    ("single", [0.03]),
]

# TOST on log values against a symmetric band [-delta, +delta].
TOST = [
    ("inside", [math.log(v) for v in (100.1, 99.8, 100.4, 100.0, 99.9)],
               [math.log(v) for v in (100.2, 100.0, 99.7, 100.3, 100.1)], math.log(1.05)),
    ("near_edge", [math.log(v) for v in (104.0, 103.0, 105.5, 104.2)],
                  [math.log(v) for v in (100.2, 99.0, 101.5, 100.1)], math.log(1.05)),
    ("wide", [0.1, -0.2, 0.3, 0.05, -0.1], [0.0, 0.2, -0.25, 0.15, -0.05], 0.05),
]

CONFIDENCES = [0.95, 0.90]


def welch(x, y, conf):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    res = st.ttest_ind(x, y, equal_var=False)
    vx = x.var(ddof=1) / len(x)
    vy = y.var(ddof=1) / len(y)
    df = (vx + vy) ** 2 / (vx ** 2 / (len(x) - 1) + vy ** 2 / (len(y) - 1))
    diff = x.mean() - y.mean()
    half = st.t.ppf(0.5 + conf / 2.0, df) * math.sqrt(vx + vy)
    return {"t": float(res.statistic), "df": float(df), "p": float(res.pvalue),
            "diff": float(diff), "ciLow": float(diff - half), "ciHigh": float(diff + half)}


def main():
    out = {"scipy": scipy.__version__, "statsmodels": statsmodels.__version__,
           "welch": [], "mannWhitney": [], "bh": [], "tost": []}
    for name, x, y in PAIRS:
        for conf in CONFIDENCES:
            r = welch(x, y, conf)
            r.update({"name": name, "confidence": conf, "cand": list(map(float, x)), "base": list(map(float, y))})
            out["welch"].append(r)
    for name, x, y in MW:
        exact = st.mannwhitneyu(x, y, alternative="two-sided", method="exact")
        asym = st.mannwhitneyu(x, y, alternative="two-sided", method="asymptotic", use_continuity=True)
        out["mannWhitney"].append({"name": name, "x": x, "y": y, "u": float(exact.statistic),
                                   "pExact": float(exact.pvalue), "pAsymptotic": float(asym.pvalue),
                                   "ties": len(set(x + y)) < len(x + y)})
    for name, p in PVALUES:
        q = multipletests(p, method="fdr_bh")[1]
        out["bh"].append({"name": name, "p": p, "q": [float(v) for v in q]})
    for name, x, y, delta in TOST:
        lower = st.ttest_ind(np.asarray(x) + delta, y, equal_var=False, alternative="greater")
        upper = st.ttest_ind(np.asarray(x) - delta, y, equal_var=False, alternative="less")
        out["tost"].append({"name": name, "cand": x, "base": y, "delta": delta,
                            "pLower": float(lower.pvalue), "pUpper": float(upper.pvalue),
                            "p": float(max(lower.pvalue, upper.pvalue))})
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
