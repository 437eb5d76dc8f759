#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the JMH regression gate action (action.yml) here, step by step as a runner would
# (scripts/test/run-action.py: GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, ... as files), on a real
# third-party JMH result of the comparator's test corpus and on copies of it made slower, and
# checks the action's outputs, job summary and exit code. Prints one line per case.
set -euo pipefail
SCRIPT_NAME=action-selftest.sh
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
# shellcheck source=scripts/test/cases.sh
source "$(dirname "${BASH_SOURCE[0]}")/cases.sh"

usage() {
  cat <<'USAGE'
Usage: scripts/test/action-selftest.sh [--install]

Runs action.yml's steps locally on comparator/src/test/resources/jmh-real/kamilkloch__fs2-benchmark__jmh-result.json
(JMH 1.37, 9 throughput rows, 5 forks) and checks, case by case:
  pass            the result against itself: exit 0, verdict pass, counts adding up to 9 rows,
                  the report paths, the Markdown report in the job summary
  regression      against a copy with every score twice as slow: the step fails (exit 1),
                  verdict regression, 9 regressed, REGRESSED in the summary
  report-only     the same with fail-on-regression false: exit 0, verdict still regression
  history         the baseline a history folder (comparator history add): its newest run is used
  baseline-folder the baseline a folder written by 'comparator baseline save'
  bad-input       a candidate that does not exist: exit 3, verdict error, the reason in the summary
  download        no comparator-jar: the -all jar taken from a Maven repository (a local copy)
                  and checked against its SHA-256, then kept in the tool cache
  download-tampered  the same with a wrong SHA-256: exit 3, the jar not used
  summary-cap     5,000 rows: the job summary stays within GitHub's 1 MiB and says rows were cut

Needs python3 with PyYAML (Debian package python3-yaml) and a JDK.
  --install   first apt-get install python3-yaml when it is missing (as root; retried 3 times)
Output: results/action-selftest/. Exit: 0 every case held, 1 a case failed, 2 usage, 3 something
needed is missing.
USAGE
}

install_option "$@"
command -v python3 >/dev/null || die "python3 is not installed"
if ! python3 -c 'import yaml' 2>/dev/null; then
  [[ "$INSTALL" == true ]] || die "PyYAML is missing: apt-get install python3-yaml, or run with --install"
  apt_prepare python3-yaml
  apt_install python3-yaml
fi
ensure_comparator_jar
started=$SECONDS
root="$MCPBENCH_ROOT"
out="$root/results/action-selftest"
rm -rf "$out"
mkdir -p "$out"
corpus="$root/comparator/src/test/resources/jmh-real/kamilkloch__fs2-benchmark__jmh-result.json"
rows=9

# slower IN OUT FACTOR: a copy of a JMH result with every primary score FACTOR times worse
# (throughput divided, time multiplied), its raw data, error, interval and percentiles alike.
slower() {
  python3 - "$@" <<'PY'
import json, sys
src, dst, factor = sys.argv[1], sys.argv[2], float(sys.argv[3])
data = json.load(open(src, encoding="utf-8"))
def scale(v, f):
    if isinstance(v, list):
        return [scale(x, f) for x in v]
    if isinstance(v, dict):
        return {k: scale(x, f) for k, x in v.items()}
    return v * f if isinstance(v, (int, float)) else v
for e in data:
    f = 1 / factor if e["mode"] == "thrpt" else factor
    m = e["primaryMetric"]
    for key in ("score", "scoreError", "scoreConfidence", "rawData"):
        if key in m:
            m[key] = scale(m[key], f)
    if "scorePercentiles" in m:
        m["scorePercentiles"] = {p: scale(v, f) for p, v in m["scorePercentiles"].items()}
json.dump(data, open(dst, "w", encoding="utf-8"), indent=2)
PY
}

# act CASE NAME=VALUE...: runs the action in a fresh workspace $out/CASE; its outputs land in the
# associative array OUT (exit= included), the steps' log in $out/CASE/stderr.txt, the job summary
# in $out/CASE/.runner/summary.md.
declare -A OUT
act() {
  local case_dir="$out/$1" line
  shift
  mkdir -p "$case_dir"
  OUT=()
  while IFS= read -r line; do
    OUT["${line%%=*}"]="${line#*=}"
  done < <(cd "$case_dir" && python3 "$root/scripts/test/run-action.py" "$root/action.yml" . "$@" 2>"$case_dir/stderr.txt" \
    | tee "$case_dir/outputs.txt")
  [[ -n "${OUT[exit]:-}" ]] || { echo "FAIL: the runner did not run the action: $(tail -n 3 "$case_dir/stderr.txt")"; exit 1; }
}

# outcome CASE: the case's line, with the action's exit code and outputs.
outcome() {
  case_done "$1" "exit ${OUT[exit]}, verdict ${OUT[verdict]:-}, regressed ${OUT[regressed]:-}, equivalent ${OUT[equivalent]:-}, inconclusive ${OUT[inconclusive]:-} ($out/$1/)"
}
summary_of() { cat "$out/$1/.runner/summary.md"; }
counted() { echo $((OUT[regressed] + OUT[improved] + OUT[equivalent] + OUT[inconclusive] + OUT[changed] + OUT[missing] + OUT[new])); }

jar="$COMPARATOR_JAR"
slower "$corpus" "$out/slower.json" 2

act pass candidate="$corpus" baseline="$corpus" comparator-jar="$jar"
expect '[[ ${OUT[exit]} == 0 && ${OUT[exit-code]} == 0 ]]' "exit ${OUT[exit]}, not 0"
expect '[[ ${OUT[verdict]} == pass ]]' "verdict ${OUT[verdict]}, not pass"
expect '[[ ${OUT[regressed]} == 0 && $(counted) == "$rows" ]]' "counts add up to $(counted), not $rows rows with none regressed"
expect '[[ -s ${OUT[markdown-report]} && -s ${OUT[json-report]} && -s ${OUT[csv-report]} ]]' "a report path is empty or missing"
expect 'grep -q "<testsuite" "${OUT[junit-report]}"' "the JUnit report is not a test suite"
expect 'summary_of pass | grep -q "^## JMH regression gate: PASS"' "no PASS heading in the summary"
expect 'summary_of pass | grep -qF "$(head -n 1 "${OUT[markdown-report]}")"' "the Markdown report is not in the summary"
outcome pass

act regression candidate="$out/slower.json" baseline="$corpus" comparator-jar="$jar"
expect '[[ ${OUT[exit]} == 1 && ${OUT[exit-code]} == 1 ]]' "exit ${OUT[exit]}, not 1"
expect '[[ ${OUT[verdict]} == regression ]]' "verdict ${OUT[verdict]}, not regression"
expect '[[ ${OUT[regressed]} == "$rows" ]]' "${OUT[regressed]} regressed, not $rows"
expect 'summary_of regression | grep -q "^## JMH regression gate: REGRESSION"' "no REGRESSION heading in the summary"
expect 'summary_of regression | grep -q "REGRESSED"' "no REGRESSED row in the summary"
outcome regression

act report-only candidate="$out/slower.json" baseline="$corpus" comparator-jar="$jar" fail-on-regression=false
expect '[[ ${OUT[exit]} == 0 && ${OUT[exit-code]} == 1 ]]' "exit ${OUT[exit]} (comparator ${OUT[exit-code]}), not 0 (comparator 1)"
expect '[[ ${OUT[verdict]} == regression && ${OUT[regressed]} == "$rows" ]]' "verdict ${OUT[verdict]} with ${OUT[regressed]} regressed"
outcome report-only

history="$out/history-runs"
java -jar "$jar" history add --result "$out/slower.json" --history-dir "$history" --git-commit 1111111 --time 2026-11-01T00:00:00Z >/dev/null
java -jar "$jar" history add --result "$corpus" --history-dir "$history" --git-commit 2222222 --time 2026-11-02T00:00:00Z >/dev/null
act history candidate="$out/slower.json" baseline="$history" comparator-jar="$jar"
expect '[[ ${OUT[exit]} == 1 && ${OUT[verdict]} == regression ]]' "exit ${OUT[exit]}, verdict ${OUT[verdict]}: the newest run (the fast one) was not the baseline"
expect 'grep -q -- "--history $history" "$out/history/stderr.txt"' "the history was not passed for its run-to-run spread"
outcome history

java -jar "$jar" baseline save --profile fs2 --result "$corpus" --baselines-dir "$out/baselines" --git-commit 3333333 >/dev/null
act baseline-folder candidate="$corpus" baseline="$out/baselines/fs2" comparator-jar="$jar"
expect '[[ ${OUT[exit]} == 0 && ${OUT[verdict]} == pass && $(counted) == "$rows" ]]' "exit ${OUT[exit]}, verdict ${OUT[verdict]}, $(counted) rows"
outcome baseline-folder

act bad-input candidate="$out/no-such-result.json" baseline="$corpus" comparator-jar="$jar"
expect '[[ ${OUT[exit]} == 3 && ${OUT[verdict]} == error ]]' "exit ${OUT[exit]}, verdict ${OUT[verdict]}, not 3 and error"
expect 'summary_of bad-input | grep -q "could not gate"' "the summary does not say why"
expect 'summary_of bad-input | grep -q "no-such-result.json"' "the summary does not name the missing file"
outcome bad-input

repo="$out/maven-repo"
dir="$repo/io/mcpbench/comparator/9.9.9"
mkdir -p "$dir"
cp "$jar" "$dir/comparator-9.9.9-all.jar"
sha256sum "$jar" | awk '{ print $1 }' >"$dir/comparator-9.9.9-all.jar.sha256"
act download candidate="$corpus" baseline="$corpus" version=9.9.9 maven-repository="file://$repo"
expect '[[ ${OUT[exit]} == 0 && ${OUT[verdict]} == pass ]]' "exit ${OUT[exit]}, verdict ${OUT[verdict]}"
expect '[[ -f $out/download/.runner/tool-cache/mcpbench-comparator/9.9.9/comparator-9.9.9-all.jar ]]' "the jar is not in the tool cache"
outcome download
echo 0000 >"$dir/comparator-9.9.9-all.jar.sha256"
act download-tampered candidate="$corpus" baseline="$corpus" version=9.9.9 maven-repository="file://$repo"
expect '[[ ${OUT[exit]} == 3 ]]' "a jar with the wrong SHA-256 was used (exit ${OUT[exit]})"
expect 'grep -q "SHA-256" "$out/download-tampered/stderr.txt"' "no SHA-256 message"
outcome download-tampered

python3 "$root/scripts/check-report-formats.py" big "$out/big.json" 5000 >/dev/null
act summary-cap candidate="$out/big.json" baseline="$out/big.json" comparator-jar="$jar"
size="$(wc -c <"$out/summary-cap/.runner/summary.md")"
expect '[[ ${OUT[exit]} == 0 && $(counted) == 5000 ]]' "exit ${OUT[exit]}, $(counted) rows"
expect '((size <= 1048576))' "the summary is $size bytes"
expect 'summary_of summary-cap | grep -q "more rows not shown"' "the summary does not say rows were cut"
outcome summary-cap

echo "== action self-test: $( ((CASES_FAILED == 0)) && echo passed || echo FAILED ) in $((SECONDS - started)) s"
exit "$CASES_FAILED"
