#!/usr/bin/env bash
# Runs the benchmark suite with one of the named profiles and writes the JMH JSON to results/.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/bench.sh [--profile smoke|ci|full] [REGEX...]

Builds benchmarks.jar if needed, runs the benchmarks whose names match REGEX (all by default)
with the profile's JMH options, and writes results/<time>-<commit>.json.

Profiles:
  smoke  one fork, one 100 ms iteration, smallest sizes: checks that everything runs (~minutes)
  ci     3 forks x 3 x 500 ms iterations after 2 x 500 ms of warm-up (the default)
  full   the annotations' own settings: 5 forks x 5 x 1 s after 5 x 1 s of warm-up (hours)

Every profile adds -prof gc (allocation per op is gated) and -foe true.
Extra JMH options can follow "--": scripts/bench.sh --profile ci Routing -- -t 4
USAGE
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
profile=ci
regexes=()
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --profile) [[ $# -ge 2 ]] || { echo "bench.sh: --profile needs a value" >&2; exit 2; }; profile="$2"; shift 2 ;;
    --profile=*) profile="${1#--profile=}"; shift ;;
    --) shift; extra=("$@"); break ;;
    -*) echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) regexes+=("$1"); shift ;;
  esac
done

case "$profile" in
  smoke) opts=(-f 1 -wi 0 -i 1 -r 100ms) ;;
  ci)    opts=(-f 3 -wi 2 -w 500ms -i 3 -r 500ms) ;;
  full)  opts=() ;;
  *) echo "bench.sh: unknown profile '$profile' (smoke, ci or full)" >&2; exit 2 ;;
esac

jar="$root/benchmarks/target/benchmarks.jar"
if [[ ! -f "$jar" ]] || [[ -n "$(find "$root/core-under-test/src" "$root/benchmarks/src" "$root/pom.xml" -newer "$jar" -print -quit)" ]]; then
  echo "bench.sh: building benchmarks.jar" >&2
  (cd "$root" && ./mvnw -B -q -ntp -pl benchmarks -am package -DskipTests)
fi

mkdir -p "$root/results"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo nogit)"
out="$root/results/$(date -u +%Y%m%dT%H%M%SZ)-$commit.json"

java -jar "$jar" "${opts[@]}" -prof gc -foe true -rf json -rff "$out" "${regexes[@]}" "${extra[@]}"
echo "bench.sh: results in $out"
