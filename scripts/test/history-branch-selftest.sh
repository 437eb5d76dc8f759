#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Checks scripts/history-branch.sh against a local bare repository: the branch created by the
# first push, a second push of the same runs a no-op, restore into another clone byte for byte,
# a run that differs refused, and jobs pushing at the same time all landing, one commit each, on
# a linear branch (a pre-receive hook holds every push 2 s so they overlap). Prints one line
# per case.
set -euo pipefail
SCRIPT_NAME=history-branch-selftest.sh
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
# shellcheck source=scripts/test/cases.sh
source "$(dirname "${BASH_SOURCE[0]}")/cases.sh"

usage() {
  cat <<'USAGE'
Usage: scripts/test/history-branch-selftest.sh

Runs scripts/history-branch.sh push and restore on clones of a bare repository made under
results/history-branch-selftest/, with runs added by 'comparator history add' from real JMH
results of the comparator's test corpus:
  create      the first push creates the branch: one commit, no parent, every run file
  again       pushing the same folder again adds nothing and leaves the tip
  restore     another clone restores every file, byte-identical; a branch that does not exist
              restores nothing; a file already in the folder is left as it is
  conflict    a run of the same name with other content is refused (exit 3), the tip unmoved
  race        4 jobs push a new run each at the same time (a pre-receive hook holds each push
              2 s, so they overlap): every job exits 0, the branch holds all 4 runs, one commit
              each on a linear history, and at least one push was rejected and retried

Needs git and a JDK. Exit: 0 every case held, 1 a case failed, 2 usage, 3 something needed is missing.
USAGE
}

install_option "$@"
[[ "$INSTALL" == false ]] || usage_error "unknown argument \"--install\""
command -v git >/dev/null || die "git is not installed"
ensure_comparator_jar
started=$SECONDS
root="$MCPBENCH_ROOT"
script="$root/scripts/history-branch.sh"
out="$root/results/history-branch-selftest"
rm -rf "$out"
mkdir -p "$out"
corpus="$root/comparator/src/test/resources/jmh-real"
export GIT_AUTHOR_NAME=selftest GIT_AUTHOR_EMAIL=selftest@localhost GIT_COMMITTER_NAME=selftest GIT_COMMITTER_EMAIL=selftest@localhost

remote="$out/remote.git"
git init -q --bare "$remote"
clone() { git init -q "$1" && git -C "$1" remote add origin "$remote"; }
tip() { git -C "$remote" rev-parse -q --verify refs/heads/mcpbench-history || true; }
# add_run DIR RESULT DAY COMMIT: a run in a history folder, as the nightly job adds it.
add_run() {
  java -jar "$COMPARATOR_JAR" history add --history-dir "$1" --result "$corpus/$2" \
    --time "2026-11-${3}T02:17:00Z" --git-commit "$4" >/dev/null
}

clone "$out/a"
clone "$out/b"
add_run "$out/a-history" kamilkloch__fs2-benchmark__jmh-result.json 01 1111111
add_run "$out/a-history" LTE1916__CS209Lab__jmh-result.json 02 2222222

"$script" restore --repo "$out/b" --into "$out/b-history" >"$out/restore-none.log"
expect '[[ -d $out/b-history && -z $(ls -A "$out/b-history") ]]' "restoring a missing branch wrote files"
expect 'grep -q "nothing to restore" "$out/restore-none.log"' "restoring a missing branch did not say so"
"$script" push --repo "$out/a" --from "$out/a-history" >"$out/create.log"
first="$(tip)"
expect '[[ -n $first ]]' "no branch after the first push"
expect '[[ $(git -C "$remote" rev-list --count "$first") == 1 && -z $(git -C "$remote" rev-list --parents -n 1 "$first" | cut -s -d" " -f2-) ]]' "the first commit is not a root commit"
expect '[[ $(git -C "$remote" ls-tree --name-only "$first:history" | wc -l) == 4 ]]' "the branch does not hold the 4 run files"
case_done create "branch created at ${first:0:12} with $(git -C "$remote" ls-tree --name-only "$first:history" | wc -l) files under history/"

"$script" push --repo "$out/a" --from "$out/a-history" >"$out/again.log"
expect '[[ $(tip) == "$first" ]]' "a second push of the same runs moved the tip"
expect 'grep -q "already holds" "$out/again.log"' "a second push did not say there was nothing new"
case_done again "tip unmoved"

echo "kept" >"$out/b-history/keep.json"
"$script" restore --repo "$out/b" --into "$out/b-history" >"$out/restore.log"
same=0
for f in "$out"/a-history/*.json; do
  cmp -s "$f" "$out/b-history/${f##*/}" && same=$((same + 1))
done
expect '((same == 4))' "$same of 4 files restored byte-identical"
expect '[[ $(cat "$out/b-history/keep.json") == kept ]]' "restore overwrote a file already there"
case_done restore "$same files byte-identical in the other clone"

cp -r "$out/a-history" "$out/c-history"
run="$(basename "$(ls "$out"/c-history/*.meta.json | head -n 1)" .meta.json)"
echo ' ' >>"$out/c-history/$run.json"
code=0
"$script" push --repo "$out/a" --from "$out/c-history" >"$out/conflict.log" 2>&1 || code=$?
expect '((code == 3))' "exit $code, not 3"
expect '[[ $(tip) == "$first" ]]' "the tip moved"
expect 'grep -q "differs" "$out/conflict.log"' "the refusal does not say the run differs"
case_done conflict "exit $code: $(tail -n 1 "$out/conflict.log")"

cat >"$remote/hooks/pre-receive" <<'HOOK'
#!/bin/sh
sleep 2
HOOK
chmod +x "$remote/hooks/pre-receive"
for j in 1 2 3 4; do
  clone "$out/job$j"
  add_run "$out/job$j-history" kamilkloch__fs2-benchmark__jmh-result.json "1$j" "ab${j}cdef"
done
pids=()
for j in 1 2 3 4; do
  "$script" push --repo "$out/job$j" --from "$out/job$j-history" >"$out/race-$j.log" 2>&1 &
  pids+=($!)
done
codes=()
for p in "${pids[@]}"; do
  code=0
  wait "$p" || code=$?
  codes+=("$code")
done
rm -f "$remote/hooks/pre-receive"
final="$(tip)"
expect '[[ "${codes[*]}" == "0 0 0 0" ]]' "exit codes ${codes[*]}"
expect '[[ $(git -C "$remote" ls-tree --name-only "$final:history" | wc -l) == 12 ]]' "$(git -C "$remote" ls-tree --name-only "$final:history" | wc -l) files, not 12"
expect '[[ $(git -C "$remote" rev-list --count "$first..$final") == 4 ]]' "$(git -C "$remote" rev-list --count "$first..$final") commits, not one per job"
expect '[[ -z $(git -C "$remote" rev-list --min-parents=2 "$final") ]]' "a merge commit: the history is not linear"
rejected="$(cat "$out"/race-*.log | grep -c rejected || true)"
expect '((rejected > 0))' "no push was rejected: the jobs did not overlap"
case_done race "4 jobs, all landed on a linear branch, $rejected rejected push(es) retried"

echo "== history-branch self-test: $( ((CASES_FAILED == 0)) && echo passed || echo FAILED ) in $((SECONDS - started)) s"
exit "$CASES_FAILED"
