#!/usr/bin/env bash
# Which warm-up and measurement settings give the most settled iterations per second of machine
# time: each candidate runs the A/B self-test's selection, and the comparator's steady-state stage
# says what it keeps ("comparator steady").
set -euo pipefail
SCRIPT_NAME=steady-profiles.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

usage() {
  cat <<'USAGE'
Usage: scripts/test/steady-profiles.sh [--forks N] [--out DIR] [PROFILE...]

Runs the A/B self-test's selection (three components and their peers) once per candidate
per-fork setting, N forks each (default 3), and prints per candidate: the run's wall time,
iterations kept after the warm-up transient, forks settled, and settled iterations per second.
PROFILE is a quoted set of JMH options, e.g. "-wi 1 -w 1s -i 10 -r 300ms"; without one the
built-in candidates are measured.
USAGE
}

forks=3
out=""
profiles=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --forks) need_value "$1" $#; forks="$2"; shift 2 ;;
    --out) need_value "$1" $#; out="$2"; shift 2 ;;
    -*) usage_error "unknown option $1" ;;
    *) profiles+=("$1"); shift ;;
  esac
done
if ((${#profiles[@]} == 0)); then
  profiles=("-wi 2 -w 500ms -i 3 -r 500ms" "-wi 0 -i 20 -r 250ms" "-wi 1 -w 1s -i 10 -r 300ms"
            "-wi 2 -w 1s -i 10 -r 300ms" "-wi 3 -w 1s -i 10 -r 500ms")
fi
ensure_jars
out="${out:-$MCPBENCH_ROOT/results/steady-profiles-$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"
regexes=('bench\.binding\.ToolBindingBenchmark\.bind$' 'bench\.validation\.ArgumentValidationBenchmark\.validate$'
         'bench\.gateway\.ToolCallBenchmark\.call$')
read -r -a params <<<"-p tools=500 -p missPercent=0 -p schema=MEDIAN -p valid=true -p kind=VALID"
echo "| per fork | forks | wall time | iterations kept | forks settled | settled iterations per second |"
echo "|---|---|---|---|---|---|"
i=0
for p in "${profiles[@]}"; do
  i=$((i + 1))
  read -r -a opts <<<"$p"
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086  # JAVA_OPTS is a list of options
  java ${JAVA_OPTS:-} -jar "$BENCH_JAR" -f "$forks" "${opts[@]}" "${params[@]}" -prof gc -foe true -rf json \
    -rff "$out/profile-$i.json" "${regexes[@]}" >"$out/profile-$i.log" 2>&1 || die "run $i failed (see $out/profile-$i.log)"
  secs=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }')
  comparator steady "$out/profile-$i.json" --seconds "$secs" >"$out/profile-$i.steady"
  kept=$(grep '^kept' "$out/profile-$i.steady")
  rate=$(grep '^settled iterations' "$out/profile-$i.steady" | sed 's/.*: //')
  k=$(sed -E 's/kept ([0-9]+) of ([0-9]+) iterations \(([0-9]+%)\).*/\1 of \2 (\3)/' <<<"$kept")
  s=$(sed -E 's/.*; ([0-9]+) of ([0-9]+) forks settled \(([0-9]+%)\)/\1 of \2 (\3)/' <<<"$kept")
  echo "| \`$p\` | $forks | $secs s | $k | $s | $rate |"
done
echo "$SCRIPT_NAME: results in $out"
