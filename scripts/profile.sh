#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# One benchmark under async-profiler: a flame graph and an allocation profile, paths printed.
set -euo pipefail
SCRIPT_NAME=profile.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'USAGE'
Usage: scripts/profile.sh [options] BENCHMARK [cpu|alloc|wall|lock]

Profiles the benchmarks matching BENCHMARK (a JMH regex, e.g. ToolBindingBenchmark.bind) with
async-profiler, bundled in benchmarks.jar, and writes under results/profiles/<benchmark>-<time>/:
  <event>/.../flame-<event>-*.html   flame graph of the chosen event (default cpu)
  alloc/.../flame-alloc-*.html       allocation flame graph (who allocates what), unless the event is alloc
  result-<event>.json, result-alloc.json   JMH results with -prof gc (bytes allocated per op)
Then prints the paths of the HTML files.

Events: cpu (on-CPU samples; itimer where perf events are blocked, as in most containers), alloc (allocation samples), wall (wall clock, also threads
waiting), lock (contended locks).

Options:
  -p NAME=VALUES    JMH parameter(s) to use, e.g. -p size=500 (repeatable; default: all)
  --jmh "OPTS"      JMH options replacing the default "-f 1 -wi 3 -w 1s -i 5 -r 1s"
  --out DIR         output folder (default results/profiles/<benchmark>-<time>)

Exit: 0 profiles written, 2 usage, 3 build or run failure (or no flame graph written).
USAGE
}

jmh_opts="-f 1 -wi 3 -w 1s -i 5 -r 1s"
params=()
out=""
pos=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    -p) need_value "$1" $#; params+=(-p "$2"); shift 2 ;;
    --jmh) need_value "$1" $#; jmh_opts="$2"; shift 2 ;;
    --out) need_value "$1" $#; out="$2"; shift 2 ;;
    -*) usage_error "unknown option $1" ;;
    *) pos+=("$1"); shift ;;
  esac
done
((${#pos[@]} >= 1)) || usage_error "needs BENCHMARK"
((${#pos[@]} <= 2)) || usage_error "too many arguments: ${pos[*]}"
bench="${pos[0]}"
event="${pos[1]:-cpu}"
case "$event" in cpu|alloc|wall|lock) ;; *) usage_error "unknown event '$event' (cpu, alloc, wall or lock)" ;; esac

ensure_jars

safe="$(printf '%s' "$bench" | tr -c 'A-Za-z0-9._-' '_')"
out="${out:-$MCPBENCH_ROOT/results/profiles/$safe-$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
read -r -a jo <<<"$jmh_opts"

# run EVENT: one JMH run of the benchmark under async-profiler for EVENT, plus -prof gc. benchmarks.jar
# supplies the bundled library; for cpu no event is named, so it picks perf's cpu event, or itimer
# where perf events are blocked (as in most containers).
run() {
  local ev="$1" rc spec
  if [[ "$ev" == cpu ]]; then spec=""; else spec="event=$ev;"; fi
  echo "profile.sh: $bench under async-profiler, event $ev" >&2
  rm -rf "${out:?}/$ev"
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$BENCH_JAR" "${jo[@]}" ${params[@]+"${params[@]}"} -foe true \
    -prof "async:${spec}output=flamegraph;dir=$out/$ev" -prof gc \
    -rf json -rff "$out/result-$ev.json" "$bench" >"$out/jmh-$ev.log" 2>&1 && rc=0 || rc=$?
  if grep -q "No matching benchmarks" "$out/jmh-$ev.log"; then
    die "no benchmark matches '$bench' (java -jar $BENCH_JAR -l lists them)"
  fi
  ((rc == 0)) || die "JMH run for $ev failed (exit $rc, see $out/jmh-$ev.log)"
  grep -q "Profilers failed to initialize" "$out/jmh-$ev.log" && die "async-profiler failed to start (see $out/jmh-$ev.log)"
  return 0
}

run "$event"
[[ "$event" == alloc ]] || run alloc

mapfile -t html < <(find "$out" -name '*.html' -type f | sort)
((${#html[@]} > 0)) || die "no flame graph written under $out (see $out/jmh-*.log)"
echo "profile.sh: profiles in $out"
for f in "${html[@]}"; do echo "  $f"; done
echo "  $out/result-$event.json (gc.alloc.rate.norm: bytes per op)"
