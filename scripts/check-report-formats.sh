#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Checks every report format of the comparator with a program that reads that format for real:
# the JUnit XML with xmllint against the schema Jenkins' xUnit plugin uses, the Markdown with
# markdown-it (a CommonMark/GFM renderer), the OpenMetrics text with promtool, the CSV and JSON
# with strict readers (scripts/check-report-formats.py), and every JSON document of the comparator
# against its published schema (schema/) with ajv, a validator of its own. The inputs carry hostile parameter
# values (backslashes, backticks, pipes, HTML, NUL and other control characters, U+FFFE, U+FFFF,
# unpaired surrogates). Prints one line per check.
set -euo pipefail
SCRIPT_NAME=check-report-formats.sh
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'USAGE'
Usage: scripts/check-report-formats.sh [--install]

Runs the comparator (gate, summary, compare, export) on a JMH result with hostile parameter
values and on the real results under comparator/src/test/resources/jmh-real, then checks each
report with what reads that format:
  junit        xmllint --schema junit-10.xsd (the schema of Jenkins' xUnit plugin)
  markdown     markdown-it renders the gate's and summary's Markdown; every name shows as it is
  markdown-cap a report over GitHub's step-summary size is cut under 1,000,000 bytes and says so
  openmetrics  promtool check metrics: exit 0 and not one warning
  csv          RFC 4180's grammar and Python's csv module (strict)
  json         Python's json module: strict UTF-8, no duplicate names, no NaN
  schemas      ajv (JSON Schema 2020-12) validates each JSON document the comparator wrote here
               (gate report, plan-check, history report and run sidecars, fingerprint) and the
               policies it read (these and baselines/policy.json) against its schema in schema/
One line per check; the HTML report has its own check (scripts/check-html-report.sh).

Needs xmllint (Debian package libxml2-utils), promtool (Debian package prometheus), Node.js with
npm, python3 and a JDK.
  --install   first install what is missing with apt-get (as root; retried 3 times): xmllint,
              node, npm, python3 as packages; promtool is taken out of the prometheus package
              (apt-get download) into the cache below, so no Prometheus server is installed or started

markdown-it and ajv-cli (pinned in this script) are installed once into
~/.cache/mcpbench/check-formats (npm install, retried 3 times). Output: results/format-check/.
Exit: 0 every check held, 1 a check failed, 2 usage, 3 something needed is missing or could not
be installed.
USAGE
}

MARKDOWN_IT_VERSION=15.0.3
AJV_CLI_VERSION=5.0.0
root="$MCPBENCH_ROOT"
install_option "$@"
started=$SECONDS
cache="${XDG_CACHE_HOME:-$HOME/.cache}/mcpbench/check-formats"

# missing_packages: the Debian packages of the tools not found on PATH (promtool aside).
missing_packages() {
  local -a pkgs=()
  command -v xmllint >/dev/null || pkgs+=(libxml2-utils)
  command -v node >/dev/null || pkgs+=(nodejs)
  command -v npm >/dev/null || pkgs+=(npm)
  command -v python3 >/dev/null || pkgs+=(python3)
  echo "${pkgs[*]}"
}

missing="$(missing_packages)"
need_promtool=false
find_promtool "$cache/prometheus/usr/bin" >/dev/null || need_promtool=true
if [[ -n "$missing" ]] || $need_promtool; then
  what="$missing"
  if $need_promtool; then what="$what${what:+ }promtool (from prometheus)"; fi
  if ! $INSTALL; then
    die "missing: $what. Install them (as root: apt-get update && apt-get install -y ${missing:-prometheus}) or run with --install"
  fi
  apt_prepare "$what"
  # shellcheck disable=SC2086
  [[ -z "$missing" ]] || apt_install $missing
  if $need_promtool; then
    # only the promtool binary out of the package: installing prometheus would start a server
    mkdir -p "$cache/deb"
    (cd "$cache/deb" && rm -f prometheus_*.deb && retry 3 10 apt-get -o APT::Sandbox::User=root download -qq prometheus) \
      || die "apt-get download prometheus failed 3 times (see the messages above)"
    dpkg-deb -x "$(ls "$cache"/deb/prometheus_*.deb)" "$cache/prometheus" || die "cannot unpack the prometheus package"
    rm -rf "$cache/deb" "$cache/prometheus/usr/bin/prometheus"
  fi
  missing="$(missing_packages)"
  [[ -z "$missing" ]] || die "still missing after apt-get install: $missing"
  find_promtool "$cache/prometheus/usr/bin" >/dev/null || die "promtool still missing after unpacking the prometheus package"
  echo "$SCRIPT_NAME: installed in $((SECONDS - started)) s"
fi
promtool="$(find_promtool "$cache/prometheus/usr/bin")"
command -v java >/dev/null || die "java not found on PATH (a JDK 17 or newer is needed)"

npm_pinned "$cache" markdown-it "$MARKDOWN_IT_VERSION"
# a folder of its own (an npm install drops the packages installed into its folder before), with a
# package.json, without which npm would install into the nearest folder above that has node_modules
mkdir -p "$cache/ajv"
[[ -f "$cache/ajv/package.json" ]] || echo '{"private": true}' >"$cache/ajv/package.json"
npm_pinned "$cache/ajv" ajv-cli "$AJV_CLI_VERSION"
ensure_comparator_jar
jar="$COMPARATOR_JAR"

out="$root/results/format-check"
rm -rf "$out"
mkdir -p "$out"
resources="$root/comparator/src/test/resources"
hostile="$resources/io/mcpbench/compare/report/hostile-params.json"
py=(python3 "$root/scripts/check-report-formats.py")
# markdown_check COMMAND MD MEANT: renders MD with markdown-it, then compares what it shows with MEANT
# (check-report-formats.py COMMAND).
markdown_check() {
  NODE_PATH="$cache/node_modules" node "$root/scripts/check-report-markdown.cjs" "$2" >"$2.seen.json" || return 1
  "${py[@]}" "$1" "$2.seen.json" "$3"
}

# gate: a regression must exit 1; the candidate comes from standard input.
"${py[@]}" candidate "$hostile" "$out/candidate.json" >/dev/null
cat >"$out/policy.json" <<'JSON'
{
  "allowedRegressions": [{"benchmark": ".*Hostile.*", "metric": "gc.alloc.rate.norm",
                          "reason": "C:\\tmp\\x | `code` <b>&amp;</b> \\d+ *not* _really_"}],
  "limits": [{"benchmark": ".*Hostile.*", "threshold": "avg<30us"}]
}
JSON
gate_exit=0
java -jar "$jar" gate --baseline "$hostile" --candidate - --baselines-dir "$out" --policy "$out/policy.json" \
    --report "md=$out/gate.md" --report "junit=$out/TEST-benchmarks.xml" --report "csv=$out/rows.csv" \
    --report "json=$out/gate.json" <"$out/candidate.json" >"$out/gate.txt" 2>&1 || gate_exit=$?
if ((gate_exit != 1)); then
  echo "$SCRIPT_NAME: gate: FAIL: exit $gate_exit on planted regressions, expected 1 (see $out/gate.txt)"
  exit 1
fi
java -jar "$jar" summary "$hostile" --format markdown --out "$out/summary.md" \
  || { echo "$SCRIPT_NAME: summary: FAIL: exit $? on $hostile"; exit 1; }

# junit_check XML: xmllint against the xUnit plugin's schema, then how many testcases it holds.
junit_check() {
  xmllint --noout --schema "$resources/junit-xsd/junit-10.xsd" "$1" || return 1
  echo "valid against junit-10.xsd (Jenkins xUnit plugin), $(grep -c '<testcase ' "$1") testcases"
}
check junit junit_check "$out/TEST-benchmarks.xml"
check "markdown (gate)" markdown_check markdown-gate "$out/gate.md" "$out/gate.json"
check "markdown (summary)" markdown_check markdown-summary "$out/summary.md" "$hostile"

"${py[@]}" big "$out/big.json" 5000 >/dev/null
java -jar "$jar" compare "$out/big.json" "$out/big.json" --format markdown --out "$out/big.md" \
  || { echo "$SCRIPT_NAME: compare: FAIL: exit $? on $out/big.json"; exit 1; }
check markdown-cap markdown_check markdown-cut "$out/big.md" "$out/big.md"

# openmetrics: the hostile result and every real result that parses; promtool must say nothing
prom_check() {
  local f n=0 said
  for f in "$hostile" "$resources"/jmh-real/*.json; do
    # a JVM for each file: C1 alone starts it sooner
    java -XX:TieredStopAtLevel=1 -jar "$jar" export --openmetrics "$f" >"$out/export.prom" 2>/dev/null || continue
    n=$((n + 1))
    said="$(promtool_clean "$promtool" "$out/export.prom")" || { echo "$f: $said"; return 1; }
  done
  echo "$n results exported, promtool check metrics: no warning"
}
check openmetrics prom_check

check csv "${py[@]}" csv "$out/rows.csv" "$out/gate.json"
check json "${py[@]}" json "$out/gate.json"

# schemas: the other JSON documents, written by the jar, then each document against its schema
cat >"$out/plan-policy.json" <<'JSON'
{"schema": "mcpbench-policy/1",
 "limits": [{"plan": "latency", "target": "under 30 us", "benchmark": ".*Hostile.*", "threshold": "avg<30us"}]}
JSON
plan_exit=0
java -jar "$jar" plan-check "$hostile" --policy "$out/plan-policy.json" --format json --out "$out/plan-check.json" \
  || plan_exit=$?
((plan_exit <= 1)) || { echo "$SCRIPT_NAME: plan-check: FAIL: exit $plan_exit on $hostile"; exit 1; }
java -jar "$jar" fingerprint "$hostile" --out "$out/fingerprint.json" \
  || { echo "$SCRIPT_NAME: fingerprint: FAIL: exit $? on $hostile"; exit 1; }
day=1
for run in "$hostile" "$out/candidate.json"; do
  java -jar "$jar" history add --history-dir "$out/history" --result "$run" --time "2026-11-0${day}T00:00:00Z" \
      --git-commit "c0ffee$day" >/dev/null || { echo "$SCRIPT_NAME: history add: FAIL: exit $? on $run"; exit 1; }
  day=$((day + 1))
done
java -jar "$jar" history show --history-dir "$out/history" --all-metrics --format json --out "$out/history.json" \
  || { echo "$SCRIPT_NAME: history show: FAIL: exit $? on $out/history"; exit 1; }

# schema_check SCHEMA DOCUMENT...: ajv validates each DOCUMENT against schema/SCHEMA, the other schemas
# given for the references between them. Strict, but for ajv's strictRequired lint (off by default
# in ajv): "at least one of these keys" is an anyOf of "required" alternatives, which it flags.
schema_check() {
  local main="$root/schema/$1" f said
  shift
  local -a args=(validate --spec=draft2020 --strict=true --strict-required=false --allow-union-types --errors=line -s "$main")
  for f in "$root"/schema/*.json; do [[ "$f" == "$main" ]] || args+=(-r "$f"); done
  for f in "$@"; do args+=(-d "$f"); done
  said="$("$cache/ajv/node_modules/.bin/ajv" "${args[@]}" 2>&1)" \
    || { grep -v ' valid$' <<<"$said" | tr '\n' ' '; return 1; }
  echo "$# valid against schema/${main##*/}"
}
check "schema comparison-2" schema_check comparison-2.json "$out/gate.json"
check "schema plan-check-1" schema_check plan-check-1.json "$out/plan-check.json"
check "schema history-2" schema_check history-2.json "$out/history.json"
check "schema history-run-1" schema_check history-run-1.json "$out"/history/*.meta.json
check "schema fingerprint-1" schema_check fingerprint-1.json "$out/fingerprint.json"
check "schema policy-1" schema_check policy-1.json "$out/policy.json" "$out/plan-policy.json" "$root/baselines/policy.json"

if ((CHECKS_FAILED > 0)); then
  echo "$SCRIPT_NAME: FAIL: $CHECKS_FAILED check(s) failed; the reports are in $out" >&2
  exit 1
fi
echo "$SCRIPT_NAME: OK in $((SECONDS - started)) s; the reports are in $out"
