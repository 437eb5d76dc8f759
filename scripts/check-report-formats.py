# SPDX-License-Identifier: Apache-2.0
"""The parts of scripts/check-report-formats.sh written in Python: test inputs, and the strict
readers of the CSV and JSON reports (Python's own csv and json modules, with the checks they
leave out), and the comparison of what markdown-it shows with what the JSON report holds.
Each check prints one line and exits 0 when it holds, 1 (with the reason) when it does not.

Usage: python3 check-report-formats.py COMMAND ARGS...
  candidate BASE OUT          the hostile result with planted changes (regressions, a doubled allocation)
  big OUT N                   a result with N rows with long parameters (for the Markdown size cap)
  json GATE.json              strict JSON: UTF-8, no duplicate names, no NaN or Infinity
  csv ROWS.csv GATE.json      strict RFC 4180, every record's params as the JSON report has them
  markdown-gate SEEN.json GATE.json       markdown-it's view of the gate's Markdown against the JSON report
  markdown-summary SEEN.json RESULT.json  markdown-it's view of 'summary --format markdown' against the result
  markdown-cut SEEN.json MD               a Markdown page over the size cap was cut, and says so
"""
import copy
import csv
import io
import json
import re
import sys

MAX_MARKDOWN_BYTES = 1_000_000  # MarkdownPage.MAX_BYTES: GitHub refuses a step summary over 1 MiB


class Failed(Exception):
    pass


def visible(s):
    """What the Markdown report shows of s (Markdown.visible): line breaks and tabs as spaces,
    other control characters and unpaired surrogates as U+FFFD."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\n\r\t":
            out.append(" ")
        elif o < 0x20 or 0x7F <= o <= 0x9F or 0xD800 <= o <= 0xDFFF:
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


def csv_text(s):
    """What the CSV report holds of s: control characters but CR and LF as U+FFFD."""
    return "".join("\ufffd" if ((ord(c) < 0x20 and c not in "\r\n") or 0x7F <= ord(c) <= 0x9F
                                or 0xD800 <= ord(c) <= 0xDFFF) else c for c in s)


def load_strict_json(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8", errors="strict")
    except UnicodeDecodeError as e:
        raise Failed(f"{path}: not UTF-8: {e}")

    def no_duplicates(pairs):
        names = [k for k, _ in pairs]
        dup = {k for k in names if names.count(k) > 1}
        if dup:
            raise Failed(f"{path}: duplicate names {sorted(dup)}")
        return dict(pairs)

    def no_constant(name):
        raise Failed(f"{path}: {name} is not JSON")

    try:
        return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constant)
    except json.JSONDecodeError as e:
        raise Failed(f"{path}: invalid JSON: {e}")


def load_result(path):
    return json.loads(open(path, encoding="utf-8", errors="surrogatepass").read())


def cmd_candidate(base, out):
    entries = load_result(base)
    cand = copy.deepcopy(entries)
    for i, e in enumerate(cand):
        factor = 1.3 if i % 3 == 0 else (0.7 if i % 3 == 1 else 1.0)
        e["primaryMetric"]["rawData"] = [[v * factor for v in fork] for fork in e["primaryMetric"]["rawData"]]
    alloc = cand[0]["secondaryMetrics"]["gc.alloc.rate.norm"]
    alloc["rawData"] = [[v * 2 for v in fork] for fork in alloc["rawData"]]
    with open(out, "w", encoding="utf-8", errors="surrogatepass") as f:
        json.dump(cand, f, ensure_ascii=True)
    return f"{len(cand)} rows, every third 30% slower, every third from the second 30% faster"


def cmd_big(out, n):
    n = int(n)
    entries = []
    for i in range(n):
        raw = [[10.0 + i % 7 + 0.01 * k + 0.001 * f for k in range(3)] for f in range(3)]
        entries.append({"benchmark": "io.mcpbench.bench.many.ManyBenchmark.run", "mode": "avgt", "threads": 1, "forks": 3,
                        "params": {"i": "%06d" % i, "padding": "x" * 150},
                        "primaryMetric": {"score": 0, "scoreError": "NaN", "scoreUnit": "us/op", "rawData": raw}})
    with open(out, "w", encoding="utf-8") as f:
        json.dump(entries, f)
    return f"{n} rows"


def cmd_json(path):
    report = load_strict_json(path)
    if report.get("schema") != "mcpbench-comparison/2" or not report.get("rows"):
        raise Failed(f"{path}: not a comparison report with rows")
    return f"strict JSON (UTF-8, no duplicate names, no NaN), {len(report['rows'])} rows"


# RFC 4180's ABNF, TEXTDATA widened from printable ASCII to every non-control character (RFC 7111: UTF-8)
TEXTDATA = r'[^",\r\n\x00-\x1f\x7f-\x9f]'
FIELD = rf'(?:"(?:{TEXTDATA}|[,\r\n]|"")*"|{TEXTDATA}*)'
RFC4180 = re.compile(rf"(?:{FIELD}(?:,{FIELD})*\r\n)+")


def cmd_csv(path, gate):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8", errors="strict")
    except UnicodeDecodeError as e:
        raise Failed(f"{path}: not UTF-8: {e}")
    if not RFC4180.fullmatch(text):
        raise Failed(f"{path}: not RFC 4180 (records ending in CRLF, fields plain or quoted with quotes doubled)")
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as e:
        raise Failed(f"{path}: Python's csv module (strict) refuses it: {e}")
    header = records[0]
    for k, r in enumerate(records):
        if len(r) != len(header):
            raise Failed(f"{path}: record {k} has {len(r)} fields, the header {len(header)}")
    rows = load_strict_json(gate)["rows"]
    if len(records) != len(rows) + 1:
        raise Failed(f"{path}: {len(records) - 1} records for {len(rows)} rows of the JSON report")
    col = header.index("params")
    for r, j in zip(records[1:], rows):
        meant = csv_text(";".join(f"{k}={v}" for k, v in j["params"].items()))
        if r[col] != meant:
            raise Failed(f"{path}: params {r[col]!r}, meant {meant!r}")
    return f"strict RFC 4180 (CRLF, quoting) and Python's csv (strict), {len(rows)} records, every params field as meant"


def seen(path):
    return json.load(open(path, encoding="utf-8"))


def no_markup(view, allowed=("strong", "autolink")):
    bad = list(view["markup"])
    for block in view["blocks"]:
        bad += [m for m in block["markup"] if m not in allowed]
    for table in view["tables"]:
        for row in table:
            for cell in row:
                bad += [m for m in cell["markup"] if m not in allowed]
    if bad:
        raise Failed(f"markdown-it found markup that is not the report's text: {bad[:5]}")


# The columns of the gate's Markdown table (comparator/README.md, "Reports": markdown).
GATE_COLUMNS = ["benchmark", "base", "candidate", "change", "interval", "p", "q", "forks", "could show", "verdict"]


def cmd_markdown_gate(view_path, gate):
    view = seen(view_path)
    report = load_strict_json(gate)
    no_markup(view)
    if len(view["tables"]) != 1:
        raise Failed(f"{len(view['tables'])} tables, expected 1")
    table = view["tables"][0]
    header = [c["text"] for c in table[0]]
    if header != GATE_COLUMNS:
        raise Failed(f"the table's columns are {header}, meant {GATE_COLUMNS}")
    verdict = header.index("verdict")
    for row in table:
        if len(row) != len(header):
            raise Failed(f"a row of {len(row)} cells: {[c['text'] for c in row]}")
    shown = sorted(row[0]["text"] for row in table[1:])
    meant = sorted(visible(r["name"]) for r in report["rows"])
    if shown != meant:
        missing = [m for m in meant if m not in shown][:3]
        extra = [s for s in shown if s not in meant][:3]
        raise Failed(f"benchmark cells differ from the names: not shown {missing!r}, shown instead {extra!r}")
    for r in report["rows"]:
        if r["allowedReason"] is not None:
            want = "ALLOWED: " + visible(r["allowedReason"])
            if not any(row[verdict]["text"] == want for row in table[1:]):
                raise Failed(f"no verdict cell reads {want!r}")
    head = view["blocks"][1]["text"]
    want = f"Baseline {visible(report['baseline'])}, candidate {visible(report['candidate'])}. "
    if not head.startswith(want):
        raise Failed(f"the first paragraph reads {head!r}, meant to start {want!r}")
    for limit in report["limits"]:
        if not limit["passed"] and not any(visible(limit["row"]) in b["text"] for b in view["blocks"]):
            raise Failed(f"the violated limit on {limit['row']!r} is not shown")
    return (f"markdown-it shows all {len(table) - 1} names, the allowance reasons and limits as they are; "
            f"{len(header)} cells a row; no markup")


def cmd_markdown_summary(view_path, result):
    view = seen(view_path)
    no_markup(view)
    table = view["tables"][0]
    header = [c["text"] for c in table[0]]
    col = header.index("params")
    shown = sorted(row[col]["text"] for row in table[1:])
    meant = sorted(visible(",".join(f"{k}={v}" for k, v in sorted(e["params"].items()))) for e in load_result(result))
    if shown != meant:
        raise Failed(f"params cells differ: {[s for s in shown if s not in meant][:3]!r}")
    return f"markdown-it shows the params of all {len(meant)} rows as they are"


def cmd_markdown_cut(view_path, md):
    size = len(open(md, "rb").read())
    if size > MAX_MARKDOWN_BYTES:
        raise Failed(f"{md}: {size} bytes, over the {MAX_MARKDOWN_BYTES} cap")
    view = seen(view_path)
    notice = [b["text"] for b in view["blocks"] if re.match(r"\d+ more rows not shown: this page is cut", b["text"])]
    if not notice:
        raise Failed(f"{md}: no line saying how many rows were cut")
    rows = len(view["tables"][0]) - 1
    return f"{size} bytes (cap {MAX_MARKDOWN_BYTES}), {rows} rows shown, then: {notice[0][:60]}..."


COMMANDS = {"candidate": cmd_candidate, "big": cmd_big, "json": cmd_json, "csv": cmd_csv,
            "markdown-gate": cmd_markdown_gate, "markdown-summary": cmd_markdown_summary, "markdown-cut": cmd_markdown_cut}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    try:
        print(COMMANDS[sys.argv[1]](*sys.argv[2:]))
    except Failed as e:
        print(e)
        sys.exit(1)
