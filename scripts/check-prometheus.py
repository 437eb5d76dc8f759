#!/usr/bin/env python3
"""Checks for scripts/check-prometheus.sh, against a running Prometheus's HTTP API.

  scrape URL                 the mcpbench target is up and node_exporter read its textfiles cleanly
  series URL PROM...         every jmh_score / jmh_score_error sample of the exported files comes
                             back with the same labels and value, and nothing else does
  dashboard URL DASHBOARD... every query of the Grafana dashboards returns data

Prints one line and exits 0 when the check holds; prints the first problem and exits 1 otherwise.
"""
import json
import math
import re
import sys
import time
import urllib.parse
import urllib.request

WAIT_SECONDS = 30
SCRAPE_LABELS = {"job", "instance"}
SAMPLE = re.compile(r'^(jmh_score(?:_error)?)\{(.*)\} (\S+)$')
LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(?:,|$)')


def api(base, path, **params):
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    with urllib.request.urlopen(url, timeout=10) as r:
        body = json.load(r)
    if body.get("status") != "success":
        raise RuntimeError(f"{path}: {body.get('error', body)}")
    return body["data"]


def query(base, expr):
    return api(base, "/api/v1/query", query=expr)["result"]


def unescape(value):
    return re.sub(r'\\(.)', lambda m: "\n" if m.group(1) == "n" else m.group(1), value)


def exported(paths):
    """The samples of OpenMetrics files: {(name, labels): value}."""
    samples = {}
    for path in paths:
        # no newline translation: a label value may hold a carriage return, escaped only as itself
        with open(path, encoding="utf-8", newline="") as f:
            for line in f.read().split("\n"):
                m = SAMPLE.match(line)
                if not m:
                    continue
                labels = frozenset((k, unescape(v)) for k, v in LABEL.findall(m.group(2)))
                samples[(m.group(1), labels)] = float(m.group(3))
    return samples


def same(a, b):
    return (math.isnan(a) and math.isnan(b)) or a == b


def until(check):
    """Runs check() until it returns None (held) or WAIT_SECONDS pass; returns the last problem."""
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        problem = check()
        if problem is None or time.monotonic() > deadline:
            return problem
        time.sleep(0.5)


def scrape(base):
    def up():
        targets = api(base, "/api/v1/targets")["activeTargets"]
        if len(targets) != 1:
            return f"{len(targets)} targets, expected node_exporter's alone"
        if targets[0]["health"] != "up":
            return f"target {targets[0]['scrapeUrl']} is {targets[0]['health']}: {targets[0].get('lastError', '')}"
        errors = query(base, "node_textfile_scrape_error")
        if not errors or errors[0]["value"][1] != "0":
            return f"node_exporter could not read a textfile: node_textfile_scrape_error={errors}"
        return None
    problem = until(up)
    if problem:
        return problem
    print("node_exporter's target is up, node_textfile_scrape_error is 0")


def series(base, *paths):
    expected = exported(paths)
    if not expected:
        return "the exports hold no jmh_score sample"

    def compare():
        got = {}
        for s in query(base, '{__name__=~"jmh_score|jmh_score_error"}'):
            metric = dict(s["metric"])
            name = metric.pop("__name__")
            labels = frozenset((k, v) for k, v in metric.items() if k not in SCRAPE_LABELS)
            got[(name, labels)] = float(s["value"][1])
        missing = [k for k in expected if k not in got]
        if missing:
            return f"{len(missing)} of {len(expected)} exported samples missing, e.g. {render(missing[0])}"
        extra = [k for k in got if k not in expected]
        if extra:
            return f"{len(extra)} samples Prometheus has but no export does, e.g. {render(extra[0])}"
        wrong = [k for k in expected if not same(expected[k], got[k])]
        if wrong:
            return f"{len(wrong)} values differ, e.g. {render(wrong[0])}: exported {expected[wrong[0]]}, Prometheus {got[wrong[0]]}"
        return None
    problem = until(compare)
    if problem:
        return problem
    sources = sorted({v for (_, labels) in expected for k, v in labels if k == "source"})
    print(f"{len(expected)} samples ({', '.join(sources)}) came back with the same labels and values")


def render(key):
    name, labels = key
    return name + "{" + ",".join(f'{k}={v!r}' for k, v in sorted(labels)) + "}"


def expressions(dashboard):
    """Every PromQL expression of a dashboard: panel targets (rows included) and query variables."""
    exprs = []

    def panels(items):
        for p in items:
            for t in p.get("targets", []):
                if t.get("expr"):
                    exprs.append((p.get("title", "?"), t["expr"]))
            panels(p.get("panels", []))
    panels(dashboard.get("panels", []))
    for v in dashboard.get("templating", {}).get("list", []):
        if v.get("type") == "query":
            q = v["query"]["query"] if isinstance(v.get("query"), dict) else v.get("query", "")
            m = re.fullmatch(r'\s*label_values\((.*),\s*(\w+)\)\s*', q)
            exprs.append((f"variable {v['name']}", m.group(1) if m else q))
    return exprs


def instantiate(expr):
    """Grafana's variables set to match everything; its interval macros to a minute."""
    expr = re.sub(r'\$\{?__\w+\}?', "1m", expr)
    return re.sub(r'\$\{?(\w+)\}?', ".*", expr)


def dashboard(base, *paths):
    count = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            board = json.load(f)
        for title, expr in expressions(board):
            promql = instantiate(expr)
            try:
                result = query(base, promql)
            except Exception as e:  # a refused query is a failed check, with Prometheus's reason
                return f"{path}: {title}: {promql}: {e}"
            if not result:
                return f"{path}: {title}: {promql}: no data"
            count += 1
    if count == 0:
        return "no query found in the dashboards"
    print(f"{count} dashboard queries all returned data")


def main(argv):
    checks = {"scrape": scrape, "series": series, "dashboard": dashboard}
    if len(argv) < 3 or argv[1] not in checks:
        print(__doc__, file=sys.stderr)
        return 2
    problem = checks[argv[1]](*argv[2:])
    if problem:
        print(problem)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
