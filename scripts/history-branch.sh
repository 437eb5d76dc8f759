#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Keeps a benchmark history ('comparator history add' folders) on a git data branch, as
# github-action-benchmark keeps its data on gh-pages: 'push' appends the runs of a local history
# folder that the branch lacks, 'restore' copies the branch's runs into a local folder. Git
# plumbing only (a private index, hash-object, commit-tree), so neither the working tree nor the
# index of the checkout is touched; each push is one commit whose parent is the tip it read, so a
# concurrent push makes it non-fast-forward and it is rebuilt on the new tip and pushed again.
set -euo pipefail
SCRIPT_NAME=history-branch.sh
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'USAGE'
Usage: scripts/history-branch.sh push    --from DIR  [options]
       scripts/history-branch.sh restore --into DIR  [options]

push      adds to the data branch every run file (*.json, with its .meta.json) of DIR that the
          branch does not hold, in one commit; a run the branch holds with other content is
          refused (exit 3). Creates the branch (a commit with no parent) if it does not exist.
          A push rejected because another job pushed first is rebuilt on the new tip and
          retried, with a growing pause.
restore   copies the branch's runs into DIR (created if missing), leaving files already there;
          a branch that does not exist yet restores nothing.

Options:
  --branch NAME    the data branch (default: mcpbench-history)
  --path P         the folder inside the branch (default: history), e.g. history/ci-ci for one
                   profile and baseline
  --remote R       the remote (default: origin), or a URL
  --repo DIR       the git repository to work from (default: the current directory)
  --retries N      pushes to try before giving up (default: 5)
  -m MESSAGE       the commit message (default: "history: add <run ids>")

Commits are made as the configured git user, else as "mcpbench history".
Exit: 0 done (or nothing to add), 2 usage, 3 a run differs from the branch's, the remote cannot be
read, or every push was rejected.
USAGE
}

command_name="${1:-}"
case "$command_name" in
  -h|--help) usage; exit 0 ;;
  push|restore) shift ;;
  "") usage_error "missing command (push or restore)" ;;
  *) usage_error "unknown command \"$command_name\" (push or restore)" ;;
esac

branch=mcpbench-history
path=history
remote=origin
repo=.
retries=5
message=""
dir=""
while (($# > 0)); do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --branch) need_value "$1" $#; branch="$2"; shift 2 ;;
    --path) need_value "$1" $#; path="${2%/}"; shift 2 ;;
    --remote) need_value "$1" $#; remote="$2"; shift 2 ;;
    --repo) need_value "$1" $#; repo="$2"; shift 2 ;;
    --retries) need_value "$1" $#; retries="$2"; shift 2 ;;
    -m) need_value "$1" $#; message="$2"; shift 2 ;;
    --from)
      [[ "$command_name" == push ]] || usage_error "--from is for push"
      need_value "$1" $#; dir="$2"; shift 2 ;;
    --into)
      [[ "$command_name" == restore ]] || usage_error "--into is for restore"
      need_value "$1" $#; dir="$2"; shift 2 ;;
    *) usage_error "unknown argument \"$1\"" ;;
  esac
done
[[ -n "$dir" ]] || usage_error "$command_name needs $([[ "$command_name" == push ]] && echo --from || echo --into) DIR"
[[ "$retries" =~ ^[1-9][0-9]*$ ]] || usage_error "--retries must be a positive whole number"
git check-ref-format --branch "$branch" >/dev/null 2>&1 || usage_error "bad branch name \"$branch\""
[[ -n "$path" && "$path" != /* && "$path" != *..* ]] || usage_error "--path must be a relative folder inside the branch"
git -C "$repo" rev-parse --git-dir >/dev/null 2>&1 || die "$repo is not a git repository"

work="$(mktemp -d)"
tip_ref="refs/mcpbench-history/tip-$$"
cleanup() {
  rm -rf "$work"
  git -C "$repo" update-ref -d "$tip_ref" 2>/dev/null || true
}
trap cleanup EXIT
g() { git -C "$repo" "$@"; }

# read_tip: TIP is the branch's commit on the remote, fetched; empty when the branch does not exist.
read_tip() {
  local code=0
  g ls-remote --exit-code --heads "$remote" "refs/heads/$branch" >/dev/null 2>&1 || code=$?
  if ((code == 2)); then
    TIP=""
    return 0
  fi
  ((code == 0)) || die "cannot read $remote (git ls-remote exit $code)"
  g fetch -q --no-tags "$remote" "+refs/heads/$branch:$tip_ref" || die "cannot fetch $branch from $remote"
  TIP="$(g rev-parse "$tip_ref")"
}

if [[ "$command_name" == restore ]]; then
  read_tip
  mkdir -p "$dir"
  if [[ -z "$TIP" ]]; then
    echo "$SCRIPT_NAME: no branch $branch on $remote yet: nothing to restore"
    exit 0
  fi
  copied=0
  while IFS=$'\t' read -r meta name; do
    read -r _ type object <<<"$meta"
    [[ "$type" == blob && "$name" == *.json && "$name" != */* ]] || continue
    if [[ ! -e "$dir/$name" ]]; then
      g cat-file blob "$object" >"$dir/.$name.part" && mv -f "$dir/.$name.part" "$dir/$name"
      copied=$((copied + 1))
    fi
  done < <(g ls-tree "$TIP:$path" 2>/dev/null || true)
  echo "$SCRIPT_NAME: restored $copied file(s) from $branch:$path into $dir"
  exit 0
fi

[[ -d "$dir" ]] || die "history folder $dir does not exist"
mapfile -t files < <(find "$dir" -maxdepth 1 -type f -name '*.json' ! -name '.*' -printf '%f\n' | LC_ALL=C sort)
((${#files[@]} > 0)) || { echo "$SCRIPT_NAME: $dir holds no runs: nothing to push"; exit 0; }
if [[ -z "$(g config user.name || true)" ]]; then
  export GIT_AUTHOR_NAME="${GIT_AUTHOR_NAME:-mcpbench history}" GIT_COMMITTER_NAME="${GIT_COMMITTER_NAME:-mcpbench history}"
fi
if [[ -z "$(g config user.email || true)" ]]; then
  export GIT_AUTHOR_EMAIL="${GIT_AUTHOR_EMAIL:-mcpbench-history@localhost}" GIT_COMMITTER_EMAIL="${GIT_COMMITTER_EMAIL:-mcpbench-history@localhost}"
fi

pause=2
for ((attempt = 1; attempt <= retries; attempt++)); do
  read_tip
  export GIT_INDEX_FILE="$work/index"
  rm -f "$GIT_INDEX_FILE"
  if [[ -n "$TIP" ]]; then g read-tree "$TIP"; else g read-tree --empty; fi
  added=()
  for name in "${files[@]}"; do
    blob="$(g hash-object -w -- "$(cd "$dir" && pwd)/$name")"
    held="$(g ls-files -s -- "$path/$name" | awk '{ print $2 }')"
    [[ "$held" == "$blob" ]] && continue
    [[ -z "$held" ]] || die "run file $name on $branch:$path differs from $dir/$name; not overwriting it"
    g update-index --add --cacheinfo "100644,$blob,$path/$name"
    [[ "$name" == *.meta.json ]] || added+=("${name%.json}")
  done
  if ((${#added[@]} == 0)); then
    unset GIT_INDEX_FILE
    echo "$SCRIPT_NAME: $branch:$path already holds every run of $dir"
    exit 0
  fi
  tree="$(g write-tree)"
  unset GIT_INDEX_FILE
  commit="$(g commit-tree "$tree" ${TIP:+-p "$TIP"} -m "${message:-history: add ${added[*]}}")"
  if g push -q "$remote" "$commit:refs/heads/$branch" 2>"$work/push.err"; then
    echo "$SCRIPT_NAME: pushed ${#added[@]} run(s) to $branch:$path (${commit:0:12}, attempt $attempt)"
    exit 0
  fi
  why="$(grep -m 1 -E 'rejected|error|fatal' "$work/push.err" || head -n 1 "$work/push.err")"
  echo "$SCRIPT_NAME: push $attempt of $retries rejected (${why%"${why##*[![:space:]]}"}); rereading $branch" >&2
  if ((attempt < retries)); then
    sleep "$((pause + RANDOM % pause))"
    pause=$((pause * 2))
  fi
done
die "every push to $branch was rejected ($retries attempts): ${why:-see git push}"
