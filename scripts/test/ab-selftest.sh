#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Checks that scripts/ab.sh tells a real slowdown from noise: the same build against itself
# passes, and a build with one core component deliberately slowed fails on that component only.
set -euo pipefail
SCRIPT_NAME=ab-selftest.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

usage() {
  cat <<'USAGE'
Usage: scripts/test/ab-selftest.sh [--rounds N] [--out DIR] [--keep]

The A/B self-test. It builds benchmarks.jar from this tree (if stale) and a second one from a
temporary copy of the tree with scripts/test/fixtures/slow-binding.patch applied (a few hundred
nanoseconds added to ToolBindingService.bind; the working tree is never touched), then runs
scripts/ab.sh twice on a few cheap benchmarks with tiny JMH options:

  same build    BASE = CAND = this tree's jar       expects exit 0 and no REGRESSED row (3 rounds)
  slowed build  BASE = this tree's jar, CAND slowed  expects exit 1, ToolBindingBenchmark.bind
                                                      [impl=mcpbench] REGRESSED, and the rows
                                                      the patch does not touch (the SDK scan,
                                                      routing) not REGRESSED

Both A/B runs gate with a 10% noise floor: the planted slowdown is many times that, and a busy
CI machine must not fail the same build on a few percent of drift.

Options:
  --rounds N   interleaved rounds (forks per side) of the slowed A/B run (default 5, at least 3);
               the same-build run takes 3, the fewest the comparator decides on
  --out DIR    where the two A/B runs write (default results/ab-selftest-<time>)
  --keep       keep the temporary copy with the slowed build (its path is printed)

Prints each A/B run's verdict rows ("ab-selftest: <run>: <row> <verdict>") and PASS or FAIL.
Each round runs each side once: one fork per benchmark, 2 x 200 ms of warm-up, 3 x 200 ms measured.
Takes about 3 to 4 minutes on 2 busy cores, a fifth to a third of it building the slowed jar.
Environment: MCPBENCH_NO_BUILD=1 uses this tree's jars as they are.
Exit: 0 pass, 1 an expectation failed, 2 usage, 3 build or run failure.
USAGE
}

rounds=5
out=""
keep=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --rounds) need_value "$1" $#; rounds="$2"; shift 2 ;;
    --out) need_value "$1" $#; out="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    *) usage_error "unknown argument $1" ;;
  esac
done
if ! [[ "$rounds" =~ ^[0-9]+$ ]] || ((rounds < 3)); then
  usage_error "--rounds must be an integer of at least 3, not '$rounds'"
fi

fixture="$MCPBENCH_ROOT/scripts/test/fixtures/slow-binding.patch"
[[ -f "$fixture" ]] || die "fixture $fixture is missing"
command -v git >/dev/null || die "git not found on PATH (needed to apply the fixture)"

# The cheap rows: bind at 1,000 tools, ours (slowed by the fixture) and the SDK's scan (not
# slowed), and round robin over 3 instances on one thread (unrelated to binding).
regexes=('bench\.binding\.ToolBindingBenchmark\.bind$' 'bench\.routing\.RoutingBenchmark\.threads1$')
jmh="-p tools=1000 -p missPercent=0 -p instances=3 -p policy=ROUND_ROBIN"
# Two warm-up iterations: bind is a few nanoseconds once compiled, and a fork measured before
# the JIT is done reads ten times slower, which widens the interval more than the slowdown does.
per_fork="-wi 2 -w 200ms -i 3 -r 200ms"
gate="--noise-floor 10%"
slowed_row='ToolBindingBenchmark.bind[impl=mcpbench,missPercent=0,tools=1000]'

started=$SECONDS
ensure_jars
out="${out:-$MCPBENCH_ROOT/results/ab-selftest-$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/mcpbench-ab-selftest.XXXXXX")"
cleanup() { if $keep; then echo "$SCRIPT_NAME: slowed copy kept in $tmp" >&2; else rm -rf "$tmp"; fi; }
trap cleanup EXIT

# The slowed build: a copy of the sources (no .git, no build output), the fixture applied, then
# the same Maven build a git ref gets in scripts/ab.sh.
echo "$SCRIPT_NAME: building the slowed benchmarks.jar in $tmp/tree"
mkdir -p "$tmp/tree"
tar -C "$MCPBENCH_ROOT" --exclude=./.git --exclude='./results' --exclude='*/target' --exclude='*/node_modules' -cf - . \
  | tar -C "$tmp/tree" -xf - || die "cannot copy the tree to $tmp/tree"
(cd "$tmp/tree" && git apply "$fixture") \
  || die "the fixture no longer applies to ToolBindingService.java: update $fixture"
(cd "$tmp/tree" && ./mvnw -B -q -ntp -pl benchmarks -am package -DskipTests >"$tmp/build.log" 2>&1) \
  || { tail -n 30 "$tmp/build.log" >&2; die "build of the slowed tree failed (log above)"; }
slowed_jar="$tmp/tree/benchmarks/target/benchmarks.jar"
[[ -f "$slowed_jar" ]] || die "the slowed build made no $slowed_jar"
echo "$SCRIPT_NAME: slowed jar built ($((SECONDS - started)) s so far)"

# run_ab NAME CAND ROUNDS: one A/B of this tree's jar against CAND; sets ab_code.
run_ab() {
  local name="$1" cand="$2" n="$3"
  echo "$SCRIPT_NAME: A/B '$name' ($n rounds)"
  set +e
  MCPBENCH_NO_BUILD=1 "$MCPBENCH_ROOT/scripts/ab.sh" --rounds "$n" --per-fork "$per_fork" --jmh "$jmh" \
    --gate "$gate" --seed 1 --out "$out/$name" "$BENCH_JAR" "$cand" "${regexes[@]}" >"$out/$name.log" 2>&1
  ab_code=$?
  set -e
  [[ -f "$out/$name/report.csv" ]] || { tail -n 20 "$out/$name.log" >&2; die "A/B '$name' wrote no report (exit $ab_code, log above)"; }
}

# verdicts NAME: "<row> <verdict>" for every primary row of the A/B's CSV report.
verdicts() {
  awk -F, 'NR > 1 && $5 == "primary" {
      name = $1; sub(/^.*\.bench\./, "", name); sub(/^[a-z]+\./, "", name)
      p = $3; gsub(/;/, ",", p)
      print name (p == "" ? "" : "[" p "]") " " $19
    }' "$out/$1/report.csv"
}

failures=()
run_ab same "$BENCH_JAR" 3
while read -r row verdict; do
  echo "$SCRIPT_NAME: same: $row $verdict"
  [[ "$verdict" != REGRESSED ]] || failures+=("same build: $row REGRESSED")
done < <(verdicts same)
[[ "$ab_code" == 0 ]] || failures+=("same build: ab.sh exit $ab_code, expected 0")

run_ab slowed "$slowed_jar" "$rounds"
found=false
while read -r row verdict; do
  echo "$SCRIPT_NAME: slowed: $row $verdict"
  if [[ "$row" == "$slowed_row" ]]; then
    found=true
    [[ "$verdict" == REGRESSED ]] || failures+=("slowed build: $row $verdict, expected REGRESSED")
  elif [[ "$verdict" == REGRESSED ]]; then
    failures+=("slowed build: $row REGRESSED, but the fixture does not touch it")
  fi
done < <(verdicts slowed)
$found || failures+=("slowed build: no row $slowed_row in the report")
[[ "$ab_code" == 1 ]] || failures+=("slowed build: ab.sh exit $ab_code, expected 1")

echo "$SCRIPT_NAME: reports in $out/same and $out/slowed ($((SECONDS - started)) s)"
if ((${#failures[@]} > 0)); then
  for f in "${failures[@]}"; do echo "$SCRIPT_NAME: FAIL: $f" >&2; done
  exit 1
fi
echo "$SCRIPT_NAME: PASS"
