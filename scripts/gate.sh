#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the suite and gates it on the stored baseline; the exit code is the comparator's.
set -euo pipefail
SCRIPT_NAME=gate.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'USAGE'
Usage: scripts/gate.sh [--profile smoke|quick|ci|full] [--baseline NAME] [--candidate FILE] [--history DIR]
                      [--allow-env-mismatch] [REGEX...] [-- JMH-OPTIONS]

Runs scripts/bench.sh (unless --candidate gives a result already measured), then
"comparator gate" against baselines/NAME/ with baselines/policy.json if present, and writes
the reports under results/gate-<time>/: report.md, report.json, TEST-benchmarks.xml (JUnit),
report.csv, and report.html when the comparator has "report --html".

Options:
  --profile NAME        run profile (default ci); see scripts/bench.sh --help
  --baseline NAME       baseline profile, baselines/NAME/ (default: the run profile's name)
  --candidate FILE      gate this JMH JSON instead of running the benchmarks
  --history DIR         earlier runs of this profile ("comparator history add"): their run-to-run
                        variance widens the comparison with the stored baseline (from 3 runs of a row)
  --allow-env-mismatch  compare even if the environment differs from the baseline's
  --reports DIR         where to write the reports (default results/gate-<time>)

Exit (the comparator's): 0 pass, 1 regression, 2 usage, 3 bad input, missing baseline or
environment mismatch.
USAGE
}

profile=ci
baseline=
candidate=
reports=
gate_extra=()
bench_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --profile) need_value "$1" $#; profile="$2"; shift 2 ;;
    --profile=*) profile="${1#--profile=}"; shift ;;
    --baseline) need_value "$1" $#; baseline="$2"; shift 2 ;;
    --baseline=*) baseline="${1#--baseline=}"; shift ;;
    --candidate) need_value "$1" $#; candidate="$2"; shift 2 ;;
    --reports) need_value "$1" $#; reports="$2"; shift 2 ;;
    --allow-env-mismatch) gate_extra+=(--allow-env-mismatch); shift ;;
    --history) need_value "$1" $#; if [[ -d "$2" ]]; then gate_extra+=(--history "$2"); fi; shift 2 ;;
    --) bench_args+=("$@"); break ;;
    -*) usage_error "unknown option $1" ;;
    *) bench_args+=("$1"); shift ;;
  esac
done
profile_opts "$profile"
baseline="${baseline:-$profile}"
valid_name "$baseline"
bdir="$MCPBENCH_ROOT/baselines/$baseline"
[[ -f "$bdir/result.json" ]] || die "no baseline in baselines/$baseline/ (make one with scripts/update-baseline.sh --profile $profile --baseline $baseline)"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
reports="${reports:-$MCPBENCH_ROOT/results/gate-$stamp}"
mkdir -p "$reports"
reports="$(cd "$reports" && pwd)"

if [[ -z "$candidate" ]]; then
  candidate="$reports/result.json"
  "$MCPBENCH_ROOT/scripts/bench.sh" --profile "$profile" --out "$candidate" --no-compare ${bench_args[@]+"${bench_args[@]}"}
else
  [[ -f "$candidate" ]] || die "$candidate: no such file"
  ((${#bench_args[@]} == 0)) || usage_error "REGEX and JMH options do not apply with --candidate"
  ensure_jars
  candidate="$(cd "$(dirname "$candidate")" && pwd)/$(basename "$candidate")"
fi
fp=()
[[ -f "${candidate%.json}.fingerprint.json" ]] && fp=(--candidate-fingerprint "${candidate%.json}.fingerprint.json")

set +e
(cd "$MCPBENCH_ROOT" && comparator gate --baselines-dir "$MCPBENCH_ROOT/baselines" --profile "$baseline" \
  --candidate "$candidate" ${fp[@]+"${fp[@]}"} ${gate_extra[@]+"${gate_extra[@]}"} \
  --report md="$reports/report.md" --report json="$reports/report.json" \
  --report junit="$reports/TEST-benchmarks.xml" --report csv="$reports/report.csv")
code=$?
set -e

# HTML only where the comparator has it: report BASE CAND --html FILE.
if [[ "$code" -le 1 ]] && comparator report --help 2>/dev/null | grep -q -- '--html'; then
  policy=()
  [[ -f "$MCPBENCH_ROOT/baselines/policy.json" ]] && policy=(--policy "$MCPBENCH_ROOT/baselines/policy.json")
  (cd "$MCPBENCH_ROOT" && comparator report "$bdir/result.json" "$candidate" --html "$reports/report.html" ${policy[@]+"${policy[@]}"}) \
    || echo "gate.sh: HTML report failed (the gate's verdict stands)" >&2
fi
echo "gate.sh: reports in $reports"
case "$code" in
  0) echo "gate.sh: PASS" ;;
  1) echo "gate.sh: FAIL: regression (see $reports/report.md)" ;;
  *) echo "gate.sh: comparator exit $code" ;;
esac
exit "$code"
