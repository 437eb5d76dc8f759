#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The gate step of the JMH regression gate action (action.yml): runs 'comparator gate' on the
# inputs, writes the Markdown report to the job summary (within GitHub's 1 MiB), sets the verdict,
# the counts and the report paths as step outputs, and exits with the comparator's code (a
# regression exits 0 when fail-on-regression is false).
set -uo pipefail

SUMMARY_LIMIT=1048576   # bytes GitHub takes from one step's summary

reports="${INPUT_REPORTS_DIR:-jmh-gate}"
mkdir -p "$reports" && reports="$(cd "$reports" && pwd)" || { echo "jmh gate: cannot create $reports" >&2; exit 3; }
md="$reports/report.md"
json="$reports/report.json"
junit="$reports/TEST-jmh-gate.xml"
csv="$reports/rows.csv"
errors="$reports/errors.txt"
rm -f "$md" "$json" "$junit" "$csv" "$errors"

output() { echo "$1=$2" >>"$GITHUB_OUTPUT"; }

# summary TEXT...: appended to the job summary.
summary() { printf '%s\n' "$@" >>"$GITHUB_STEP_SUMMARY"; }

# finish VERDICT CODE: outputs, summary, annotation, and the step's exit code.
finish() {
  local verdict="$1" code="$2" name count
  output verdict "$verdict"
  output exit-code "$code"
  for name in regressed improved equivalent inconclusive changed missing new; do
    count=""
    if [[ -f "$json" ]]; then
      # The report's "counts" come before its rows, whose verdicts are strings, not numbers.
      count="$(grep -o -m 1 "\"${name^^}\" *: *[0-9]\+" "$json" | head -n 1 | grep -o '[0-9]\+$')"
    fi
    output "$name" "${count:-0}"
  done
  output markdown-report "$md"
  output json-report "$json"
  output junit-report "$junit"
  output csv-report "$csv"

  local title
  case "$verdict" in
    pass) title="PASS" ;;
    regression) title="REGRESSION" ;;
    *) title="NOT GATED (exit $code)" ;;
  esac
  summary "## JMH regression gate: $title" ""
  if [[ -s "$errors" && "$verdict" == error ]]; then
    summary "The comparator could not gate:" ""
    sed -n '1,20s/^/    /p' "$errors" >>"$GITHUB_STEP_SUMMARY"
    echo "::error title=JMH regression gate::$(head -n 1 "$errors")"
  fi
  if [[ -s "$md" ]]; then
    local used room
    used="$(wc -c <"$GITHUB_STEP_SUMMARY")"
    room=$((SUMMARY_LIMIT - used - 200))
    if (($(wc -c <"$md") <= room)); then
      cat "$md" >>"$GITHUB_STEP_SUMMARY"
    else
      head -c "$room" "$md" | sed '$d' >>"$GITHUB_STEP_SUMMARY"
      summary "" "(cut to GitHub's step summary limit; the whole report is $md)"
    fi
  fi
  if [[ "$verdict" == regression ]]; then
    echo "::error title=JMH regression gate::$(grep -o -m 1 '[0-9]* regressed' "$reports/console.txt" || echo regression) (report: $md)"
    [[ "${INPUT_FAIL_ON_REGRESSION:-true}" == true ]] || exit 0
  fi
  exit "$code"
}

fail() {
  echo "jmh gate: $*" >"$errors"
  cat "$errors" >&2
  finish error 3
}

[[ -n "${COMPARATOR_JAR:-}" && -f "$COMPARATOR_JAR" ]] || fail "no comparator jar (the step before this one failed)"
[[ -n "${INPUT_CANDIDATE:-}" ]] || fail "the candidate input is empty"
[[ -n "${INPUT_BASELINE:-}" ]] || fail "the baseline input is empty"

args=(gate --candidate "$INPUT_CANDIDATE"
  --report "md=$md" --report "json=$json" --report "junit=$junit" --report "csv=$csv")

history="${INPUT_HISTORY:-}"
baseline="$INPUT_BASELINE"
if [[ -d "$baseline" ]] && compgen -G "$baseline/*.meta.json" >/dev/null; then
  # A history folder: its newest run (run ids begin with the time) is the baseline.
  newest="$(find "$baseline" -maxdepth 1 -name '*.meta.json' | LC_ALL=C sort | tail -n 1)"
  [[ -z "$history" ]] && history="$baseline"
  baseline="${newest%.meta.json}.json"
  [[ -f "$baseline" ]] || fail "history $INPUT_BASELINE: no result beside ${newest##*/}"
  echo "jmh gate: baseline: the newest run of the history $INPUT_BASELINE, ${baseline##*/}"
elif [[ ! -e "$baseline" ]]; then
  fail "baseline $baseline does not exist"
fi
args+=(--baseline "$baseline")
[[ -n "$history" ]] && args+=(--history "$history")
[[ -n "${INPUT_POLICY:-}" ]] && args+=(--policy "$INPUT_POLICY")

extra=()
read -r -a extra <<<"${INPUT_ARGS:-}"
if [[ -n "${GITHUB_SHA:-}" ]] && [[ " ${extra[*]} " != *" --git-commit"* ]]; then
  args+=(--git-commit "$GITHUB_SHA")
fi

echo "jmh gate: java -jar ${COMPARATOR_JAR##*/} ${args[*]} ${extra[*]}"
java -jar "$COMPARATOR_JAR" "${args[@]}" "${extra[@]}" >"$reports/console.txt" 2>"$errors"
code=$?
cat "$reports/console.txt"
cat "$errors" >&2
case "$code" in
  0) finish pass 0 ;;
  1) finish regression 1 ;;
  *) finish error "$code" ;;
esac
