#!/usr/bin/env bash
# A/B: two builds measured in randomized interleaved single-fork runs, merged, then gated.
set -euo pipefail
SCRIPT_NAME=ab.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'USAGE'
Usage: scripts/ab.sh [options] BASE CAND [REGEX...]

BASE and CAND are git refs (built in temporary worktrees) or benchmarks.jar files. The two are
measured in randomized interleaved trials on this machine: N rounds, each running BASE and CAND
once in random order, each a single-fork JMH run writing its own JSON. So drift of the machine
(thermal, other load, noisy neighbours) falls on both sides alike. Each side's forks are merged
("comparator merge"), compared and gated ("comparator gate --baseline BASE --candidate CAND",
with baselines/policy.json if present). This is the mode for pull requests on shared runners.

Options:
  --rounds N        rounds, i.e. forks per side (default 5; the comparator's verdict needs >= 3)
  --per-fork OPTS   JMH iteration options of each run (default "-wi 2 -w 500ms -i 3 -r 500ms")
  --jmh "OPTS"      extra JMH options for every run, e.g. "-p size=500 -t 2"
  --seed S          seed of the run order (default: random; printed, so an order can be replayed)
  --gate "OPTS"     extra options of "comparator gate", e.g. "--noise-floor 10%" on a busy machine
  --out DIR         where runs, merged results and reports go (default results/ab-<time>)
  --no-gc           leave out -prof gc (allocation per op is then not compared)

Writes DIR/base-<i>.json, DIR/cand-<i>.json, DIR/base.json, DIR/cand.json (merged),
DIR/order.txt, and reports DIR/report.md, report.json, TEST-benchmarks.xml, report.csv.
Exit (the gate's): 0 pass, 1 regression, 2 usage, 3 bad input or build/run failure.
USAGE
}

rounds=5
per_fork="-wi 2 -w 500ms -i 3 -r 500ms"
jmh_extra=""
gate_extra=""
seed=""
out=""
gc=(-prof gc)
pos=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --rounds) need_value "$1" $#; rounds="$2"; shift 2 ;;
    --per-fork) need_value "$1" $#; per_fork="$2"; shift 2 ;;
    --jmh) need_value "$1" $#; jmh_extra="$2"; shift 2 ;;
    --seed) need_value "$1" $#; seed="$2"; shift 2 ;;
    --gate) need_value "$1" $#; gate_extra="$2"; shift 2 ;;
    --out) need_value "$1" $#; out="$2"; shift 2 ;;
    --no-gc) gc=(); shift ;;
    --) shift; pos+=("$@"); break ;;
    -*) usage_error "unknown option $1" ;;
    *) pos+=("$1"); shift ;;
  esac
done
((${#pos[@]} >= 2)) || usage_error "needs BASE and CAND (git refs or benchmarks.jar files)"
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || usage_error "--rounds must be a positive integer, not '$rounds'"
[[ -z "$seed" || "$seed" =~ ^[0-9]+$ ]] || usage_error "--seed must be a non-negative integer, not '$seed'"
base_arg="${pos[0]}"
cand_arg="${pos[1]}"
regexes=("${pos[@]:2}")
seed="${seed:-$(( ($(date +%s) ^ $$) % 1000000 ))}"

# Only COMPARATOR_JAR of this tree is used; each side brings its own benchmarks.jar.
if [[ "${MCPBENCH_NO_BUILD:-0}" == 1 ]]; then
  [[ -f "$COMPARATOR_JAR" ]] || die "MCPBENCH_NO_BUILD=1 but $COMPARATOR_JAR is missing"
elif stale "$COMPARATOR_JAR" "$MCPBENCH_ROOT/comparator/src/main" "$MCPBENCH_ROOT/comparator/pom.xml"; then
  echo "ab.sh: building comparator.jar" >&2
  (cd "$MCPBENCH_ROOT" && ./mvnw -B -q -ntp -pl comparator -am package -DskipTests) || die "comparator build failed"
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/mcpbench-ab.XXXXXX")"
cleanup() {
  local w
  for w in "$tmp"/*/; do
    [[ -d "$w" ]] && git -C "$MCPBENCH_ROOT" worktree remove --force "$w" >/dev/null 2>&1
  done
  rm -rf "$tmp"
  git -C "$MCPBENCH_ROOT" worktree prune >/dev/null 2>&1 || true
}
trap cleanup EXIT

# resolve_jar ARG NAME: prints the path of ARG's benchmarks.jar, building a git ref in a worktree.
resolve_jar() {
  local arg="$1" name="$2" sha dir
  if [[ -f "$arg" ]]; then
    [[ "$arg" == *.jar ]] || die "$arg: not a .jar file"
    echo "$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")"
    return
  fi
  sha="$(git -C "$MCPBENCH_ROOT" rev-parse --verify --quiet "$arg^{commit}")" \
    || die "$arg: neither a file nor a git ref of this repository"
  dir="$tmp/$name-${sha:0:12}"
  if [[ ! -d "$dir" ]]; then
    git -C "$MCPBENCH_ROOT" worktree add --detach "$dir" "$sha" >/dev/null 2>&1 || die "cannot check out $arg into $dir"
    echo "ab.sh: building $arg ($sha) in $dir" >&2
    (cd "$dir" && ./mvnw -B -q -ntp -pl benchmarks -am package -DskipTests >&2) || die "build of $arg failed"
  fi
  [[ -f "$dir/benchmarks/target/benchmarks.jar" ]] || die "build of $arg made no benchmarks/target/benchmarks.jar"
  echo "$dir/benchmarks/target/benchmarks.jar"
}

base_jar="$(resolve_jar "$base_arg" base)"
cand_jar="$(resolve_jar "$cand_arg" cand)"

out="${out:-$MCPBENCH_ROOT/results/ab-$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
echo "ab.sh: BASE $base_arg ($base_jar)" | tee "$out/order.txt"
echo "ab.sh: CAND $cand_arg ($cand_jar)" | tee -a "$out/order.txt"
echo "ab.sh: $rounds rounds, seed $seed, per fork: $per_fork ${jmh_extra}" | tee -a "$out/order.txt"

# run_side SIDE JAR ROUND: one single-fork JMH run writing DIR/SIDE-ROUND.json.
run_side() {
  local side="$1" jar="$2" round="$3"
  local -a pf ex
  read -r -a pf <<<"$per_fork"
  read -r -a ex <<<"$jmh_extra"
  echo "ab.sh: round $round/$rounds: $side" >&2
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$jar" -f 1 ${pf[@]+"${pf[@]}"} ${gc[@]+"${gc[@]}"} -foe true \
    -rf json -rff "$out/$side-$round.json" ${ex[@]+"${ex[@]}"} ${regexes[@]+"${regexes[@]}"} >"$out/$side-$round.log" 2>&1 \
    || { grep -q "Unable to acquire the JMH lock" "$out/$side-$round.log" \
           && die "$side run of round $round failed: another JMH run on this machine holds the JMH lock (java.io.tmpdir/jmh.lock); run one benchmark at a time"
         die "$side run of round $round failed (see $out/$side-$round.log)"; }
  [[ -s "$out/$side-$round.json" ]] || die "$side run of round $round wrote no result (see $out/$side-$round.log)"
}

RANDOM="$seed"
base_runs=()
cand_runs=()
for ((i = 1; i <= rounds; i++)); do
  if ((RANDOM % 2 == 0)); then order=(base cand); else order=(cand base); fi
  echo "round $i: ${order[*]}" >>"$out/order.txt"
  for side in "${order[@]}"; do
    if [[ "$side" == base ]]; then run_side base "$base_jar" "$i"; else run_side cand "$cand_jar" "$i"; fi
  done
  base_runs+=("$out/base-$i.json")
  cand_runs+=("$out/cand-$i.json")
done

cd "$MCPBENCH_ROOT"
comparator merge "$out/base.json" "${base_runs[@]}" || die "merging the BASE runs failed"
comparator merge "$out/cand.json" "${cand_runs[@]}" || die "merging the CAND runs failed"

read -r -a gate_opts <<<"$gate_extra"
set +e
comparator gate --baselines-dir "$MCPBENCH_ROOT/baselines" --baseline "$out/base.json" --candidate "$out/cand.json" \
  --report md="$out/report.md" --report json="$out/report.json" \
  --report junit="$out/TEST-benchmarks.xml" --report csv="$out/report.csv" ${gate_opts[@]+"${gate_opts[@]}"}
code=$?
set -e
echo "ab.sh: runs and reports in $out"
case "$code" in
  0) echo "ab.sh: PASS" ;;
  1) echo "ab.sh: FAIL: CAND regressed against BASE (see $out/report.md)" ;;
  *) echo "ab.sh: comparator exit $code" ;;
esac
exit "$code"
