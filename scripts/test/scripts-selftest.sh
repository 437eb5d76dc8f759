#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regression tests of the scripts' guards against stale or unrecorded input, on a throw-away copy
# of scripts/ with stand-ins for java: nothing is built, nothing is measured, the tree is never touched.
set -euo pipefail
SCRIPT_NAME=scripts-selftest.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

usage() {
  cat <<'USAGE'
Usage: scripts/test/scripts-selftest.sh

Checks, in a temporary git repository holding a copy of scripts/:
  update-baseline.sh  an untracked (not ignored) file makes the tree dirty: exit 3, no save;
                      an ignored one (results/) does not
  bench.sh            a run in which JMH writes nothing (-l) exits 3 with one line and leaves an
                      existing --out file as it was; a run that writes replaces it; JMH's output
                      (scripts/test/jmh-output.txt) goes whole to the log beside the result while
                      the screen shows one line per row (not a terminal) and a summary; --verbose
                      streams it; a failed run shows the log's last lines and exits 3 with one line
  jmh-progress.sh     on a terminal: one line per benchmark class and a status line redrawn with \r
A stand-in "java" on PATH plays JMH, RowCount and the comparator. Takes a few seconds.
Exit: 0 pass, 1 a check failed, 2 usage.
USAGE
}
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  "") ;;
  *) usage_error "unknown argument $1" ;;
esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
check() { # check NAME CONDITION...: prints PASS or FAIL for a condition given as a command
  local name="$1"; shift
  if "$@"; then echo "scripts-selftest: PASS $name"; else echo "scripts-selftest: FAIL $name"; failures=$((failures + 1)); fi
}

# A repository with the scripts, jars that exist (MCPBENCH_NO_BUILD=1 then uses them as they are)
# and a stand-in java on PATH, which plays benchmarks.jar whether launched with -jar or with -cp
# and a main class:
repo="$work/repo"
mkdir -p "$repo/scripts" "$repo/benchmarks/target" "$repo/comparator/target" "$repo/results" "$work/bin"
cp "$MCPBENCH_ROOT"/scripts/{lib.sh,bench.sh,jmh-progress.sh,update-baseline.sh} "$repo/scripts/"
: >"$repo/benchmarks/target/benchmarks.jar"
: >"$repo/comparator/target/comparator.jar"
printf 'results/*\n*/target/\n' >"$repo/.gitignore"
# JMH (benchmarks.jar, or QuickRun for the quick profile) prints $JMH_OUTPUT, then fails when
# JMH_FAIL=1 or writes "[{...}]" to the -rff file unless asked for -l; RowCount prints 3 (the rows
# in jmh-output.txt); the comparator does nothing.
cat >"$work/bin/java" <<'JAVA'
#!/usr/bin/env bash
main= rff= list=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    -jar) main="$2"; shift 2 ;;
    -cp) shift 2 ;;
    io.mcpbench.bench.cli.*) main="$1"; shift ;;
    -rff) rff="$2"; shift 2 ;;
    -l) list=1; shift ;;
    *) shift ;;
  esac
done
case "$main" in
  *RowCount) echo 3 ;;
  *benchmarks.jar|*QuickRun)
    [[ "$list" == 0 ]] || exit 0
    cat "$JMH_OUTPUT"
    [[ "${JMH_FAIL:-0}" == 0 ]] || { echo "QuickRun: Benchmark had encountered error" >&2; exit 1; }
    [[ -z "$rff" ]] || echo '[{"benchmark":"fresh"}]' >"$rff" ;;
esac
exit 0
JAVA
chmod +x "$work/bin/java"
git -C "$repo" init -q
git -C "$repo" -c user.name=t -c user.email=t@t add -A
git -C "$repo" -c user.name=t -c user.email=t@t commit -q -m init
export PATH="$work/bin:$PATH" MCPBENCH_NO_BUILD=1 JMH_OUTPUT="$MCPBENCH_ROOT/scripts/test/jmh-output.txt"

# update-baseline.sh: an untracked source file is a dirty tree.
mkdir -p "$repo/core"
echo 'class New {}' >"$repo/core/New.java"
echo '[]' >"$repo/results/ignored.json"
code=0
err="$("$repo/scripts/update-baseline.sh" --result "$repo/results/ignored.json" 2>&1 >/dev/null)" || code=$?
check "update-baseline.sh: untracked file refused (exit $code: $err)" \
  test "$code" = 3 -a "$(printf '%s\n' "$err" | wc -l)" = 1 -a -n "$(printf '%s' "$err" | grep -F 'uncommitted changes (core/New.java')"
rm -rf "$repo/core"
code=0
err="$("$repo/scripts/update-baseline.sh" --result "$repo/results/ignored.json" 2>&1 >/dev/null)" || code=$?
check "update-baseline.sh: an ignored file is not a change (exit $code)" test -z "$(printf '%s' "$err" | grep -F 'uncommitted')"

# bench.sh: JMH writing nothing must not pass off an earlier file as this run's result.
echo 'STALE' >"$repo/results/stale.json"
code=0
err="$("$repo/scripts/bench.sh" --out "$repo/results/stale.json" --no-compare -- -l 2>&1 >/dev/null)" || code=$?
check "bench.sh -l: exit 3 in one line (exit $code: $err)" \
  test "$code" = 3 -a "$(printf '%s\n' "$err" | wc -l)" = 1 -a -n "$(printf '%s' "$err" | grep -F 'JMH wrote no result in this run')"
check "bench.sh -l: the earlier file is left as it was" test "$(cat "$repo/results/stale.json")" = STALE
check "bench.sh -l: no temporary file left" test -z "$(find "$repo/results" -name '*.partial')"
code=0
shown="$("$repo/scripts/bench.sh" --out "$repo/results/stale.json" --no-compare 2>&1)" || code=$?
check "bench.sh: a run that writes replaces the file (exit $code)" \
  test "$code" = 0 -a "$(cat "$repo/results/stale.json")" = '[{"benchmark":"fresh"}]'

# The compact view: JMH's output whole in the log, a line per row on the screen.
check "bench.sh: JMH's output is kept whole in results/stale.log" cmp -s "$JMH_OUTPUT" "$repo/results/stale.log"
rowlines="$(printf '%s\n' "$shown" | grep -c '^\[[0-9]/3\] ' || true)"
check "bench.sh: one line per row, i of the rows RowCount planned (got $rowlines)" test "$rowlines" = 3
check "bench.sh: each row's score as it lands" \
  grep -qF 'ToolBindingBenchmark.bind impl=mcpbench,missPercent=0,tools=1000  56.012 ± 1.234 ns/op' <<<"$shown"
check "bench.sh: a failed row says so" grep -qF 'impl=sdk-scan,missPercent=0,tools=1000  FAILED' <<<"$shown"
check "bench.sh: the run's summary" grep -qF 'JMH: 3 of 3 rows in ' <<<"$shown"
check "bench.sh: no JMH iteration line on the screen" test -z "$(grep -E '^(# )?(Warmup )?Iteration' <<<"$shown")"
check "bench.sh: the screen is short ($(printf '%s\n' "$shown" | wc -l) lines for $(wc -l <"$JMH_OUTPUT") of JMH's)" \
  test "$(printf '%s\n' "$shown" | wc -l)" -le 8
shown="$("$repo/scripts/bench.sh" --out "$repo/results/stale.json" --no-compare --verbose 2>&1)" || true
check "bench.sh --verbose: JMH's output streams as it comes" grep -qF 'Iteration   3: 55.900 ns/op' <<<"$shown"

# A failed run: the log's last lines on the screen, one line on standard error, exit 3.
code=0
err="$(JMH_FAIL=1 "$repo/scripts/bench.sh" --out "$repo/results/failed.json" --no-compare 2>&1 >"$work/failed.out")" || code=$?
check "bench.sh: a failed JMH run exits 3 in one line naming the log (exit $code: $err)" \
  test "$code" = 3 -a "$(printf '%s\n' "$err" | wc -l)" = 1 -a -n "$(printf '%s' "$err" | grep -F "JMH run failed (exit 1); its full output: $repo/results/failed.log")"
check "bench.sh: a failed JMH run shows the log's last lines" grep -qF '  QuickRun: Benchmark had encountered error' "$work/failed.out"

# On a terminal: a line per finished class, the status line redrawn with \r, nothing streamed.
drawn="$("$repo/scripts/jmh-progress.sh" --log "$work/terminal.log" --rows 3 --terminal 200 <"$JMH_OUTPUT")"
check "jmh-progress.sh --terminal: the status line is redrawn with \\r" grep -qF $'\r\e[K[1/3] ' <<<"$drawn"
check "jmh-progress.sh --terminal: it shows the last score and the row running" \
  grep -qF 'last: bind 56.012 ± 1.234 ns/op  now: ToolBindingBenchmark.bind impl=sdk-scan,missPercent=0,tools=1000 fork 1/1' \
  <<<"$(printf '%s' "$drawn" | tr '\r' '\n')"
check "jmh-progress.sh --terminal: one kept line per class, then the summary" \
  test "$(printf '%s\n' "$drawn" | sed 's/.*\r\x1b\[K//' | grep -v '^$' | sed 's/ [0-9]*:[0-9][0-9]//g')" = \
  "$(printf '%s\n' '[2/3]  ToolBindingBenchmark: 2 rows in, 1 FAILED' '[3/3]  CatalogBenchmark: 1 row in' 'JMH: 3 of 3 rows in, 1 FAILED')"
widest=0
while IFS= read -r line; do
  line="${line//$'\e[K'/}"
  ((${#line} <= widest)) || widest=${#line}
done < <("$repo/scripts/jmh-progress.sh" --log "$work/terminal.log" --rows 3 --terminal 60 <"$JMH_OUTPUT" | tr '\r' '\n')
check "jmh-progress.sh --terminal 60: no line is wider than 59 columns (widest $widest)" test "$widest" -le 59

if ((failures > 0)); then echo "scripts-selftest: FAIL ($failures)"; exit 1; fi
echo "scripts-selftest: PASS"
