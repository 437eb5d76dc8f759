#!/usr/bin/env bash
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

# The bundled async-profiler library (ap-loader extracts it on first use); MCPBENCH_ASYNC_LIB overrides.
# JMH's own main is called with libPath given, so the profiler is loaded once, by JMH, in each JVM.
lib="${MCPBENCH_ASYNC_LIB:-$(java -cp "$BENCH_JAR" one.profiler.AsyncProfilerLoader agentpath 2>/dev/null | tail -1)}"
[[ -n "$lib" && -f "$lib" ]] || die "no async-profiler library for this platform (set MCPBENCH_ASYNC_LIB to libasyncProfiler.so)"

# run EVENT [AP-EVENT]: one JMH run of the benchmark under async-profiler (AP-EVENT, default EVENT), plus -prof gc.
run() {
  local ev="$1" apev="${2:-$1}" rc
  echo "profile.sh: $bench under async-profiler, event $apev" >&2
  rm -rf "${out:?}/$ev"
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -cp "$BENCH_JAR" org.openjdk.jmh.Main "${jo[@]}" ${params[@]+"${params[@]}"} -foe true \
    -prof "async:libPath=$lib;event=$apev;output=flamegraph;dir=$out/$ev" -prof gc \
    -rf json -rff "$out/result-$ev.json" "$bench" >"$out/jmh-$ev.log" 2>&1 && rc=0 || rc=$?
  if grep -q "No matching benchmarks" "$out/jmh-$ev.log"; then
    die "no benchmark matches '$bench' (java -jar $BENCH_JAR -l lists them)"
  fi
  if ((rc != 0)) && [[ "$apev" == cpu ]]; then
    # perf events are blocked in most containers: sample on the interval timer instead.
    echo "profile.sh: event cpu unavailable here, using itimer" >&2
    run "$ev" itimer
    return
  fi
  ((rc == 0)) || die "JMH run for $apev failed (exit $rc, see $out/jmh-$ev.log)"
}

run "$event"
[[ "$event" == alloc ]] || run alloc

mapfile -t html < <(find "$out" -name '*.html' -type f | sort)
((${#html[@]} > 0)) || die "no flame graph written under $out (see $out/jmh-*.log)"
echo "profile.sh: profiles in $out"
for f in "${html[@]}"; do echo "  $f"; done
echo "  $out/result-$event.json (gc.alloc.rate.norm: bytes per op)"
