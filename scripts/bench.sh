#!/usr/bin/env bash
# Runs the benchmark suite with one of the named profiles and writes the JMH JSON to results/.
set -euo pipefail
SCRIPT_NAME=bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'USAGE'
Usage: scripts/bench.sh [--profile smoke|quick|ci|full] [--baseline NAME] [--out FILE] [--no-compare] [--verbose] [REGEX...] [-- JMH-OPTIONS]

Builds benchmarks.jar and comparator.jar if needed, runs the benchmarks whose names match REGEX
(all by default) with the profile's JMH options, and writes results/<time>-<commit>.json with
the environment fingerprint beside it (<same name>.fingerprint.json) and JMH's full output
(<same name>.log). Then, if baselines/<NAME>/ holds a baseline for this machine, prints the
comparison with it (without failing: scripts/gate.sh gates); otherwise prints the run as a compact
table (score ± error and allocation per op of each benchmark: "comparator summary") and says how to
make a baseline. Either way it ends with ours against each peer: for every benchmark row that has
peers (rows that differ only in impl), how many times faster impl=mcpbench is than each other impl,
with its 95% interval ("comparator peers"; an interval needs 2 forks a side: the ci profile).

While JMH runs, its output goes to the log and the screen shows a compact view
(scripts/jmh-progress.sh): row i of n (n from the run's plan), time elapsed and left, and each
row's score as it lands. On a terminal: one line per finished benchmark class and one status line
redrawn in place; otherwise (a CI log): one line per finished row. --verbose streams JMH's output
as it comes instead (still kept in the log). When JMH fails, the last lines of the log are shown.

Profiles:
  smoke  one fork, one 100 ms iteration: checks that everything runs (~minutes)
  quick  1 fork, 3 x 200 ms after 200 ms of warm-up, at each benchmark's own quick sizes
         (@QuickSizes): an overview of every benchmark and peer in a few minutes on 2 cores (the
         default); java -cp benchmarks/target/benchmarks.jar io.mcpbench.bench.cli.QuickRun -l
         lists the plan
  ci     5 forks, each 1 s of warm-up then 10 x 300 ms measured: the comparator drops each fork's
         remaining warm-up transient and leaves out forks that never settle (the setting that gave
         the most settled iterations per second: README, "The gate's sensitivity")
  full   the annotations' own settings: 5 forks x 5 x 1 s after 5 x 1 s of warm-up (hours)

Options:
  --profile NAME   run profile (default quick)
  --baseline NAME  baseline to compare with, baselines/NAME/ (default: the profile's name)
  --out FILE       write the JMH JSON to FILE instead of results/<time>-<commit>.json
  --no-compare     do not compare with the baseline (nor print the peers)
  --verbose        stream JMH's full output instead of the compact view (also for -l, -lp, -h, -lprof)

Every profile adds -prof gc (allocation per op is gated) and -foe true.
Extra JMH options can follow "--": scripts/bench.sh --profile ci Routing -- -t 4
Environment: MCPBENCH_NO_BUILD=1 uses the jars as they are; JAVA_OPTS goes to the JMH launcher.
Exit: 0 when the run succeeded (whatever the comparison says), 2 usage, 3 build or run failure,
or a run that wrote no result (an existing --out file is then left as it was, never reported; the
log beside it is this run's).
USAGE
}

profile=quick
baseline=
out=
compare=1
verbose=0
regexes=()
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --profile) need_value "$1" $#; profile="$2"; shift 2 ;;
    --profile=*) profile="${1#--profile=}"; shift ;;
    --baseline) need_value "$1" $#; baseline="$2"; shift 2 ;;
    --baseline=*) baseline="${1#--baseline=}"; shift ;;
    --out) need_value "$1" $#; out="$2"; shift 2 ;;
    --out=*) out="${1#--out=}"; shift ;;
    --no-compare) compare=0; shift ;;
    --verbose) verbose=1; shift ;;
    --) shift; extra=("$@"); break ;;
    -*) usage_error "unknown option $1" ;;
    *) regexes+=("$1"); shift ;;
  esac
done
profile_opts "$profile"
baseline="${baseline:-$profile}"
valid_name "$baseline"

ensure_jars

mkdir -p "$MCPBENCH_ROOT/results"
commit="$(git -C "$MCPBENCH_ROOT" rev-parse --short HEAD 2>/dev/null || echo nogit)"
if [[ -z "$out" ]]; then
  out="$MCPBENCH_ROOT/results/$(date -u +%Y%m%dT%H%M%SZ)-$commit.json"
else
  mkdir -p "$(dirname "$out")"
  out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
fi
fingerprint="${out%.json}.fingerprint.json"
log="${out%.json}.log"
# JMH's answers to these options are the output itself: stream them.
for a in ${extra[@]+"${extra[@]}"}; do
  case "$a" in -l|-lp|-h|-lprof|-lrf|-help) verbose=1 ;; esac
done

# JMH writes to a new temporary file that replaces $out only when this run wrote a result, so a
# file left by an earlier run is never taken for this run's (JMH writes nothing for -l, -h, ...).
partial="$(mktemp "${out%.json}.XXXXXX.partial")"
trap 'rm -f "$partial"' EXIT
# The rows the run will measure, from JMH's own plan (the quick profile's at each class's quick sizes).
rows=
if [[ "$verbose" == 0 ]]; then
  quick=()
  [[ "$profile" != quick ]] || quick=(--quick)
  # shellcheck disable=SC2086
  rows="$(java ${JAVA_OPTS:-} -cp "$BENCH_JAR" io.mcpbench.bench.cli.RowCount ${quick[@]+"${quick[@]}"} \
    ${PROFILE_OPTS[@]+"${PROFILE_OPTS[@]}"} ${regexes[@]+"${regexes[@]}"} ${extra[@]+"${extra[@]}"} 2>/dev/null)" || rows=
  [[ "$rows" =~ ^[0-9]+$ ]] || rows=
  echo "bench.sh: profile $profile, ${rows:-an unknown number of} rows; JMH's full output goes to ${log#"$PWD"/} (--verbose shows it here)"
fi
set +e
if [[ "$verbose" == 1 ]]; then
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} "${BENCH_LAUNCH[@]}" ${PROFILE_OPTS[@]+"${PROFILE_OPTS[@]}"} -prof gc -foe true -rf json -rff "$partial" \
    ${regexes[@]+"${regexes[@]}"} ${extra[@]+"${extra[@]}"} 2>&1 | tee "$log"
else
  view=(--log "$log")
  [[ -z "$rows" ]] || view+=(--rows "$rows")
  # one JMH run (every profile but quick, which runs one per class): JMH's ETA covers all of it
  [[ "$profile" == quick ]] || view+=(--jmh-eta)
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} "${BENCH_LAUNCH[@]}" ${PROFILE_OPTS[@]+"${PROFILE_OPTS[@]}"} -prof gc -foe true -rf json -rff "$partial" \
    ${regexes[@]+"${regexes[@]}"} ${extra[@]+"${extra[@]}"} 2>&1 | "$MCPBENCH_ROOT/scripts/jmh-progress.sh" "${view[@]}"
fi
codes=("${PIPESTATUS[@]}")
set -e
((codes[1] == 0)) || die "cannot keep JMH's output in $log"
# log_tail: what JMH said last, when the compact view hid it.
log_tail() {
  [[ "$verbose" == 0 ]] || return 0
  echo "bench.sh: the last lines of JMH's output ($log):"
  tail -n 25 "$log" | sed 's/^/  /'
}
if ((codes[0] != 0)); then
  log_tail
  die "JMH run failed (exit ${codes[0]}); its full output: $log"
fi
if [[ ! -s "$partial" ]]; then
  log_tail
  die "JMH wrote no result in this run; $out was not written (JMH's output: $log)"
fi
rm -f "$fingerprint"
mv -f "$partial" "$out"
echo "bench.sh: results in $out"

(cd "$MCPBENCH_ROOT" && comparator fingerprint "$out" --out "$fingerprint") || die "cannot write the fingerprint"
echo "bench.sh: fingerprint in $fingerprint"

[[ "$compare" == 1 ]] || exit 0
bdir="$MCPBENCH_ROOT/baselines/$baseline"
# summary: this run alone, as a compact table (score ± error, allocation per op).
summary() {
  echo
  (cd "$MCPBENCH_ROOT" && comparator summary "$out") || echo "bench.sh: cannot print the result table (see above)"
}
# peers: ours (impl=mcpbench) against each other impl of the same row, as ratios with intervals.
peers() {
  echo
  (cd "$MCPBENCH_ROOT" && comparator peers "$out") || echo "bench.sh: cannot print ours against the peers (see above)"
}
if [[ ! -f "$bdir/result.json" ]]; then
  summary
  peers
  echo "bench.sh: no baseline in baselines/$baseline/ yet, so nothing to compare with; make one on this machine with:"
  echo "  scripts/update-baseline.sh --profile $profile --baseline $baseline"
  echo "  or keep this run: java -jar comparator/target/comparator.jar baseline save --profile $baseline --result $out --fingerprint $fingerprint"
  exit 0
fi
echo "bench.sh: comparison with baselines/$baseline/ (not gating; scripts/gate.sh gates):"
set +e
(cd "$MCPBENCH_ROOT" && comparator gate --baselines-dir "$MCPBENCH_ROOT/baselines" --profile "$baseline" \
  --candidate "$out" --candidate-fingerprint "$fingerprint")
code=$?
set -e
[[ "$code" != 3 ]] || summary
peers
case "$code" in
  0) echo "bench.sh: no regression against baselines/$baseline/" ;;
  1) echo "bench.sh: regressions against baselines/$baseline/ (see above)" ;;
  3) echo "bench.sh: baselines/$baseline/ was not measured in this environment (see above); make one for this machine with scripts/update-baseline.sh --baseline NAME" ;;
  *) echo "bench.sh: comparison failed (exit $code)" ;;
esac
exit 0
