#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regression tests of the scripts' guards against stale or unrecorded input, on a throw-away copy
# of scripts/ with stand-ins for java: nothing is built, nothing is measured, the tree is never touched.
set -euo pipefail
SCRIPT_NAME=scripts-selftest.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

usage() {
  cat <<'USAGE'
Usage: scripts/test/scripts-selftest.sh

Checks, in a temporary git repository holding a copy of scripts/:
  update-baseline.sh  an untracked (not ignored) file makes the tree dirty: exit 3, no save;
                      an ignored one (results/) does not
  bench.sh            a run in which JMH writes nothing (-l) exits 3 with one line and leaves an
                      existing --out file as it was; a run that writes replaces it
A stand-in "java" on PATH plays JMH and the comparator. Takes a few seconds.
Exit: 0 pass, 1 a check failed, 2 usage.
USAGE
}
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  "") ;;
  *) usage_error "unknown argument $1" ;;
esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
check() { # check NAME CONDITION...: prints PASS or FAIL for a condition given as a command
  local name="$1"; shift
  if "$@"; then echo "scripts-selftest: PASS $name"; else echo "scripts-selftest: FAIL $name"; failures=$((failures + 1)); fi
}

# A repository with the scripts, jars that exist (MCPBENCH_NO_BUILD=1 then uses them as they are)
# and a java that, run on benchmarks.jar (-jar or -cp), writes "[{...}]" to the -rff file unless
# asked for -l, and does nothing else.
repo="$work/repo"
mkdir -p "$repo/scripts" "$repo/benchmarks/target" "$repo/comparator/target" "$repo/results" "$work/bin"
cp "$MCPBENCH_ROOT"/scripts/{lib.sh,bench.sh,update-baseline.sh} "$repo/scripts/"
: >"$repo/benchmarks/target/benchmarks.jar"
: >"$repo/comparator/target/comparator.jar"
printf 'results/*\n*/target/\n' >"$repo/.gitignore"
cat >"$work/bin/java" <<'JAVA'
#!/usr/bin/env bash
jar= rff= list=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    -jar|-cp) jar="$2"; shift 2 ;;
    -rff) rff="$2"; shift 2 ;;
    -l) list=1; shift ;;
    *) shift ;;
  esac
done
if [[ "$jar" == *benchmarks.jar && "$list" == 0 && -n "$rff" ]]; then
  echo '[{"benchmark":"fresh"}]' >"$rff"
fi
exit 0
JAVA
chmod +x "$work/bin/java"
git -C "$repo" init -q
git -C "$repo" -c user.name=t -c user.email=t@t add -A
git -C "$repo" -c user.name=t -c user.email=t@t commit -q -m init
export PATH="$work/bin:$PATH" MCPBENCH_NO_BUILD=1

# update-baseline.sh: an untracked source file is a dirty tree.
mkdir -p "$repo/core"
echo 'class New {}' >"$repo/core/New.java"
echo '[]' >"$repo/results/ignored.json"
code=0
err="$("$repo/scripts/update-baseline.sh" --result "$repo/results/ignored.json" 2>&1 >/dev/null)" || code=$?
check "update-baseline.sh: untracked file refused (exit $code: $err)" \
  test "$code" = 3 -a "$(printf '%s\n' "$err" | wc -l)" = 1 -a -n "$(printf '%s' "$err" | grep -F 'uncommitted changes (core/New.java')"
rm -rf "$repo/core"
code=0
err="$("$repo/scripts/update-baseline.sh" --result "$repo/results/ignored.json" 2>&1 >/dev/null)" || code=$?
check "update-baseline.sh: an ignored file is not a change (exit $code)" test -z "$(printf '%s' "$err" | grep -F 'uncommitted')"

# bench.sh: JMH writing nothing must not pass off an earlier file as this run's result.
echo 'STALE' >"$repo/results/stale.json"
code=0
err="$("$repo/scripts/bench.sh" --out "$repo/results/stale.json" --no-compare -- -l 2>&1 >/dev/null)" || code=$?
check "bench.sh -l: exit 3 in one line (exit $code: $err)" \
  test "$code" = 3 -a "$(printf '%s\n' "$err" | wc -l)" = 1 -a -n "$(printf '%s' "$err" | grep -F 'JMH wrote no result in this run')"
check "bench.sh -l: the earlier file is left as it was" test "$(cat "$repo/results/stale.json")" = STALE
check "bench.sh -l: no temporary file left" test -z "$(find "$repo/results" -name '*.partial')"
code=0
"$repo/scripts/bench.sh" --out "$repo/results/stale.json" --no-compare >/dev/null 2>&1 || code=$?
check "bench.sh: a run that writes replaces the file (exit $code)" \
  test "$code" = 0 -a "$(cat "$repo/results/stale.json")" = '[{"benchmark":"fresh"}]'

if ((failures > 0)); then echo "scripts-selftest: FAIL ($failures)"; exit 1; fi
echo "scripts-selftest: PASS"
