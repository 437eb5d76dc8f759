#!/usr/bin/env bash
# A/B: two builds measured in paired rounds on one machine (interleaved or at once), looked at
# after each round, until every gated row is decided or the time budget is spent.
set -euo pipefail
SCRIPT_NAME=ab.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<USAGE
Usage: scripts/ab.sh [options] BASE CAND [REGEX...]

BASE and CAND are git refs (built in temporary worktrees) or benchmarks.jar files. They are
measured in rounds on this machine: each round runs BASE and CAND once each, a single JMH fork
apiece, in random order (or both at once with --duet), so drift of the machine (heat, other load,
noisy neighbours) falls on both forks of a round alike. The forks of each side are merged with
their round as label ("comparator merge --labels"), and the comparator pairs them round by round.

With a budget (the default), the run is looked at after every round from the third on: "comparator
gate --look FROM:TO" decides at the level O'Brien-Fleming alpha spending gives that share of the
budget (group-sequential: all looks together keep the policy's false-discovery rate q; an early
look spends almost nothing, so the run stops early only for a change far beyond the noise, or
once every gated row is EQUIVALENT). Rows already decided are not measured again: later rounds
run only the benchmarks with a gated row still undecided. The run stops when every gated row is
decided (REGRESSED, IMPROVED or EQUIVALENT) or when the next round would not fit in the budget;
the last look spends the rest of the level, and undecided gated rows then follow the policy's
"inconclusive" rule. With --rounds N the run has N rounds and one look at the end.

Options:
  --budget TIME     time for the rounds, e.g. 90s, 10m, 1h (default 10m); building is not counted
  --rounds N        a fixed number of rounds instead of a budget, and one look at the end
  --min-rounds N    rounds before the first look (default 3; at least 2)
  --per-fork OPTS   JMH iteration options of each fork (default "$AB_PER_FORK": the forks' warm-up
                    transient is dropped by the comparator, see comparator/README.md)
  --jmh "OPTS"      extra JMH options for every run, e.g. "-p size=500 -t 2"
  --duet            run the two forks of a round at the same time, each pinned to its own core
                    (taskset; needs 2 cores or more): both see the same machine at the same moment,
                    iteration by iteration. The fork stays the unit of evidence. On 2 cores it
                    measured worse than interleaving (each JVM's JIT shares its one core; README,
                    "How small a slowdown it catches here"): use it where cores are to spare.
  --seed S          seed of the run order (default: random; printed, so an order can be replayed)
  --gate "OPTS"     extra options of "comparator gate", e.g. "--noise-floor 5%"
  --out DIR         where runs, merged results and reports go (default results/ab-<time>)
  --no-gc           leave out -prof gc (allocation per op is then not compared)

Writes DIR/base-<i>.json, DIR/cand-<i>.json (round i), DIR/base.json, DIR/cand.json (merged,
labelled), DIR/order.txt (the order, and one line per look), DIR/look-<i>/ (each look's reports
and the benchmarks it left undecided), and the stopping look's reports as DIR/report.md,
report.json, TEST-benchmarks.xml, report.csv.
Exit (the gate's): 0 pass, 1 regression, 2 usage, 3 bad input, build or run failure, cannot gate.
USAGE
}

budget=600
rounds=""
min_rounds=3
per_fork="$AB_PER_FORK"
jmh_extra=""
gate_extra=""
seed=""
out=""
duet=false
gc=(-prof gc)
pos=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --budget) need_value "$1" $#; budget="$(seconds_of "$2")" || usage_error "--budget: expected a time such as 90s, 10m or 1h, not '$2'"; shift 2 ;;
    --rounds) need_value "$1" $#; rounds="$2"; shift 2 ;;
    --min-rounds) need_value "$1" $#; min_rounds="$2"; shift 2 ;;
    --per-fork) need_value "$1" $#; per_fork="$2"; shift 2 ;;
    --jmh) need_value "$1" $#; jmh_extra="$2"; shift 2 ;;
    --duet) duet=true; shift ;;
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
[[ -z "$rounds" || "$rounds" =~ ^[1-9][0-9]*$ ]] || usage_error "--rounds must be a positive integer, not '$rounds'"
if ! [[ "$min_rounds" =~ ^[0-9]+$ ]] || ((min_rounds < 2)); then
  usage_error "--min-rounds must be an integer of at least 2, not '$min_rounds'"
fi
[[ -z "$seed" || "$seed" =~ ^[0-9]+$ ]] || usage_error "--seed must be a non-negative integer, not '$seed'"
if $duet; then
  command -v taskset >/dev/null || die "--duet needs taskset (util-linux) to pin each fork to its own core"
  (($(nproc) >= 2)) || die "--duet needs 2 cores or more; this machine has $(nproc)"
fi
base_arg="${pos[0]}"
cand_arg="${pos[1]}"
regexes=("${pos[@]:2}")
seed="${seed:-$(( ($(date +%s) ^ $$) % 1000000 ))}"

# Only COMPARATOR_JAR of this tree is used; each side brings its own benchmarks.jar.
ensure_comparator_jar

tmp="$(mktemp -d "${TMPDIR:-/tmp}/mcpbench-ab.XXXXXX")"
# cleanup: every worktree removal is tried (a failing one must not stop the others, nor change
# the exit code), then the folder goes; the script's own exit code is kept.
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  local code=$? w
  set +e
  for w in "$tmp"/*/; do
    [[ -d "$w" ]] && git -C "$MCPBENCH_ROOT" worktree remove --force "$w" >/dev/null 2>&1
  done
  rm -rf "$tmp"
  git -C "$MCPBENCH_ROOT" worktree prune >/dev/null 2>&1
  exit "$code"
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
plan="$budget s budget"
[[ -n "$rounds" ]] && plan="$rounds rounds"
{
  echo "ab.sh: BASE $base_arg ($base_jar)"
  echo "ab.sh: CAND $cand_arg ($cand_jar)"
  echo "ab.sh: $plan, $($duet && echo duet || echo interleaved), seed $seed, per fork: $per_fork ${jmh_extra}"
} | tee "$out/order.txt"

# run_fork SIDE JAR ROUND CPU: one single-fork JMH run writing DIR/SIDE-ROUND.json; CPU pins it (duet).
run_fork() {
  local side="$1" jar="$2" round="$3" cpu="$4"
  local -a pf ex pin=() lock=()
  read -r -a pf <<<"$per_fork"
  read -r -a ex <<<"$jmh_extra"
  if [[ -n "$cpu" ]]; then
    pin=(taskset -c "$cpu")
    lock=(-Djmh.ignoreLock=true)   # the two forks of a duet run at once on purpose
  fi
  # shellcheck disable=SC2086
  ${pin[@]+"${pin[@]}"} java ${JAVA_OPTS:-} ${lock[@]+"${lock[@]}"} -jar "$jar" -f 1 ${pf[@]+"${pf[@]}"} \
    ${gc[@]+"${gc[@]}"} -foe true -rf json -rff "$out/$side-$round.json" ${ex[@]+"${ex[@]}"} \
    ${selection[@]+"${selection[@]}"} >"$out/$side-$round.log" 2>&1
}

# fork_failed SIDE ROUND: the one line saying why a fork wrote no result.
fork_failed() {
  local side="$1" round="$2"
  if grep -q "Unable to acquire the JMH lock" "$out/$side-$round.log" 2>/dev/null; then
    die "$side run of round $round failed: another JMH run on this machine holds the JMH lock (java.io.tmpdir/jmh.lock); run one benchmark at a time"
  fi
  die "$side run of round $round failed or wrote no result (see $out/$side-$round.log)"
}

# run_round ROUND: both forks of one round, in random order or at once.
run_round() {
  local round="$1" order
  if $duet; then
    echo "round $round: duet" >>"$out/order.txt"
    run_fork base "$base_jar" "$round" 0 & local pb=$!
    run_fork cand "$cand_jar" "$round" 1 & local pc=$!
    wait "$pb" || fork_failed base "$round"
    wait "$pc" || fork_failed cand "$round"
  else
    if ((RANDOM % 2 == 0)); then order=(base cand); else order=(cand base); fi
    echo "round $round: ${order[*]}" >>"$out/order.txt"
    for side in "${order[@]}"; do
      if [[ "$side" == base ]]; then run_fork base "$base_jar" "$round" "" || fork_failed base "$round"
      else run_fork cand "$cand_jar" "$round" "" || fork_failed cand "$round"; fi
    done
  fi
  [[ -s "$out/base-$round.json" ]] || fork_failed base "$round"
  [[ -s "$out/cand-$round.json" ]] || fork_failed cand "$round"
}

# look ROUND FROM TO LAST: merges rounds 1..ROUND of each side and gates them at the look's level,
# writing every report into DIR/look-ROUND/; sets look_code and leaves the benchmarks still
# undecided in DIR/look-ROUND/undecided.txt. Only the last look applies the policy's rules to
# undecided rows: an earlier one fails nothing, since its undecided rows go on to the next round.
look() {
  local round="$1" from="$2" to="$3" last="$4" i dir="$out/look-$1"
  local -a bases=() cands=() labels=() rules=()
  for ((i = 1; i <= round; i++)); do
    bases+=("$out/base-$i.json"); cands+=("$out/cand-$i.json"); labels+=("round-$i")
  done
  local joined
  joined="$(IFS=,; echo "${labels[*]}")"
  comparator merge "$out/base.json" "${bases[@]}" --labels "$joined" >/dev/null || die "merging the BASE runs failed"
  comparator merge "$out/cand.json" "${cands[@]}" --labels "$joined" >/dev/null || die "merging the CAND runs failed"
  [[ "$last" == 1 ]] || rules=(--inconclusive pass --too-few-forks pass)
  mkdir -p "$dir"
  local -a gate_opts=()
  read -r -a gate_opts <<<"$gate_extra"
  set +e
  comparator gate --baselines-dir "$MCPBENCH_ROOT/baselines" --baseline "$out/base.json" --candidate "$out/cand.json" \
    --look "$from:$to" --undecided-out "$dir/undecided.txt" ${rules[@]+"${rules[@]}"} \
    --report md="$dir/report.md" --report json="$dir/report.json" --report junit="$dir/TEST-benchmarks.xml" \
    --report csv="$dir/report.csv" ${gate_opts[@]+"${gate_opts[@]}"} >"$dir/console.txt" 2>"$dir/stderr.txt"
  look_code=$?
  set -e
}

RANDOM="$seed"
selection=(${regexes[@]+"${regexes[@]}"})
started=$SECONDS
round=0
from=0
final_code=""
while true; do
  round=$((round + 1))
  t0=$SECONDS
  echo "ab.sh: round $round: ${#selection[@]} benchmark pattern(s)$([[ ${#selection[@]} == 0 ]] && echo ' (all)')" >&2
  run_round "$round"
  round_seconds=$((SECONDS - t0))
  if [[ -n "$rounds" ]]; then
    ((round < rounds)) && continue
    look "$round" 0 1 1
    final_code=$look_code
    echo "look $round (t=1, the only one): exit $look_code" | tee -a "$out/order.txt" >&2
    break
  fi
  ((round < min_rounds)) && continue
  elapsed=$((SECONDS - started))
  # the last look is the one after which another round would not fit in the budget
  if ((elapsed + round_seconds > budget)); then last=1; to=1; else last=0; to="$(awk -v e="$elapsed" -v b="$budget" 'BEGIN { printf "%.6f", e / b }')"; fi
  look "$round" "$from" "$to" "$last"
  undecided=$(grep -c . "$out/look-$round/undecided.txt" || true)
  echo "look $round (t=$to, ${elapsed}s of ${budget}s): $undecided benchmark(s) with a gated row undecided, exit $look_code" \
    | tee -a "$out/order.txt" >&2
  # the run ends at the budget, when every gated row is decided, or when the gate cannot trust it
  # (a wild fork, a value that is not a number: more rounds do not remove it)
  if [[ "$last" == 1 ]] || ((undecided == 0 || look_code > 1)); then final_code=$look_code; break; fi
  from="$to"
  mapfile -t selection <"$out/look-$round/undecided.txt"
done

# the stopping look's reports are the run's
for f in report.md report.json TEST-benchmarks.xml report.csv; do
  [[ -f "$out/look-$round/$f" ]] && cp "$out/look-$round/$f" "$out/$f"
done
cat "$out/look-$round/console.txt"
[[ -s "$out/look-$round/stderr.txt" ]] && cat "$out/look-$round/stderr.txt" >&2
echo "ab.sh: $round rounds in $((SECONDS - started)) s; runs and reports in $out"
case "$final_code" in
  0) echo "ab.sh: PASS" ;;
  1) echo "ab.sh: FAIL: CAND regressed against BASE (see $out/report.md)" ;;
  *) echo "ab.sh: comparator exit $final_code" ;;
esac
exit "$final_code"
