#!/usr/bin/env bash
# Runs the benchmark suite with one of the named profiles and writes the JMH JSON to results/.
set -euo pipefail
SCRIPT_NAME=bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'USAGE'
Usage: scripts/bench.sh [--profile smoke|quick|ci|full] [--baseline NAME] [--out FILE] [--no-compare] [REGEX...] [-- JMH-OPTIONS]

Builds benchmarks.jar and comparator.jar if needed, runs the benchmarks whose names match REGEX
(all by default) with the profile's JMH options, and writes results/<time>-<commit>.json with
the environment fingerprint beside it (<same name>.fingerprint.json). Then, if
baselines/<NAME>/ holds a baseline for this machine, prints the comparison with it (without
failing: scripts/gate.sh gates); otherwise prints the run as a compact table (score ± error and
allocation per op of each benchmark: "comparator summary") and says how to make a baseline.

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
  --no-compare     do not compare with the baseline

Every profile adds -prof gc (allocation per op is gated) and -foe true.
Extra JMH options can follow "--": scripts/bench.sh --profile ci Routing -- -t 4
Environment: MCPBENCH_NO_BUILD=1 uses the jars as they are; JAVA_OPTS goes to the JMH launcher.
Exit: 0 when the run succeeded (whatever the comparison says), 2 usage, 3 build or run failure,
or a run that wrote no result (an existing --out file is then left as it was, never reported).
USAGE
}

profile=quick
baseline=
out=
compare=1
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

# JMH writes to a new temporary file that replaces $out only when this run wrote a result, so a
# file left by an earlier run is never taken for this run's (JMH writes nothing for -l, -h, ...).
partial="$(mktemp "${out%.json}.XXXXXX.partial")"
trap 'rm -f "$partial"' EXIT
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} "${BENCH_LAUNCH[@]}" ${PROFILE_OPTS[@]+"${PROFILE_OPTS[@]}"} -prof gc -foe true -rf json -rff "$partial" \
  ${regexes[@]+"${regexes[@]}"} ${extra[@]+"${extra[@]}"} || die "JMH run failed (exit $?)"
[[ -s "$partial" ]] || die "JMH wrote no result in this run; $out was not written"
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
if [[ ! -f "$bdir/result.json" ]]; then
  summary
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
case "$code" in
  0) echo "bench.sh: no regression against baselines/$baseline/" ;;
  1) echo "bench.sh: regressions against baselines/$baseline/ (see above)" ;;
  3) summary
     echo "bench.sh: baselines/$baseline/ was not measured in this environment (see above); make one for this machine with scripts/update-baseline.sh --baseline NAME" ;;
  *) echo "bench.sh: comparison failed (exit $code)" ;;
esac
exit 0
