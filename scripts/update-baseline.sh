#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Measures the suite on this machine and stores it as the baseline, atomically.
set -euo pipefail
SCRIPT_NAME=update-baseline.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'USAGE'
Usage: scripts/update-baseline.sh [--profile smoke|quick|ci|full] [--baseline NAME] [--result FILE] [--force] [REGEX...] [-- JMH-OPTIONS]

Runs the suite (scripts/bench.sh with the profile; default full) on this machine, then stores
the result and its environment fingerprint as baselines/NAME/ with "comparator baseline save",
which validates the result first and replaces the files atomically (a failed save leaves the
old baseline). Commit baselines/NAME/ afterwards.

Refuses when the git tree has uncommitted changes, untracked files included (a baseline must
be of a known commit), unless --force.

Options:
  --profile NAME   run profile (default full); see scripts/bench.sh --help
  --baseline NAME  baseline name, baselines/NAME/ (default: the run profile's name); name it for
                   the hardware when several machines keep baselines, e.g. ci-x86
  --result FILE    store this JMH JSON (measured on this machine) instead of running
  --force          allow a dirty git tree

Exit: 0 saved, 2 usage, 3 dirty tree, failed run or bad result.
USAGE
}

profile=full
baseline=
result=
force=0
bench_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --profile) need_value "$1" $#; profile="$2"; shift 2 ;;
    --profile=*) profile="${1#--profile=}"; shift ;;
    --baseline) need_value "$1" $#; baseline="$2"; shift 2 ;;
    --baseline=*) baseline="${1#--baseline=}"; shift ;;
    --result) need_value "$1" $#; result="$2"; shift 2 ;;
    --force) force=1; shift ;;
    --) bench_args+=("$@"); break ;;
    -*) usage_error "unknown option $1" ;;
    *) bench_args+=("$1"); shift ;;
  esac
done
profile_opts "$profile"
baseline="${baseline:-$profile}"
valid_name "$baseline"

if [[ "$force" != 1 ]]; then
  git -C "$MCPBENCH_ROOT" rev-parse --git-dir >/dev/null 2>&1 || die "not a git checkout (use --force to save anyway)"
  # untracked files count: a new source file not yet added is measured too (ignored files such as results/ do not)
  dirty="$(git -C "$MCPBENCH_ROOT" status --porcelain --untracked-files=all -- . ':!baselines' | head -5)"
  [[ -z "$dirty" ]] || die "the git tree has uncommitted changes ($(echo "$dirty" | head -1 | cut -c4-) ...); commit them or use --force"
fi

if [[ -z "$result" ]]; then
  result="$MCPBENCH_ROOT/results/baseline-$baseline-$(date -u +%Y%m%dT%H%M%SZ).json"
  "$MCPBENCH_ROOT/scripts/bench.sh" --profile "$profile" --out "$result" --no-compare ${bench_args[@]+"${bench_args[@]}"}
else
  [[ -f "$result" ]] || die "$result: no such file"
  ((${#bench_args[@]} == 0)) || usage_error "REGEX and JMH options do not apply with --result"
  ensure_jars
  result="$(cd "$(dirname "$result")" && pwd)/$(basename "$result")"
fi
fingerprint="${result%.json}.fingerprint.json"
if [[ ! -f "$fingerprint" ]]; then
  (cd "$MCPBENCH_ROOT" && comparator fingerprint "$result" --out "$fingerprint") || die "cannot write the fingerprint of $result"
fi

cd "$MCPBENCH_ROOT"
comparator baseline save --baselines-dir "$MCPBENCH_ROOT/baselines" --profile "$baseline" \
  --result "$result" --fingerprint "$fingerprint" || die "baseline save failed; baselines/$baseline/ is unchanged"
comparator baseline show --baselines-dir "$MCPBENCH_ROOT/baselines" --profile "$baseline" || true
echo "update-baseline.sh: saved baselines/$baseline/ (commit it: git add baselines/$baseline && git commit)"
