#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds an HTML report from a real JMH result and a copy of it with planted changes, opens it in
# headless Chromium, fails on any console error, page error or network request, checks sorting,
# row expansion, filtering and the history's trend charts, and writes screenshots under
# results/html-check/.
set -euo pipefail
SCRIPT_NAME=check-html-report.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'USAGE'
Usage: scripts/check-html-report.sh [--install]

Builds an HTML report (comparator report --html) from a real JMH result, a copy of it with
planted changes and a 12-run history with a planted step, opens it in headless Chromium through
playwright-core, and fails on any console error or warning, page error or network request, or if
sorting, row expansion, filtering or the trend charts do not work.

Needs Chromium (Debian package "chromium"), Node.js with npm, python3 and a JDK.
  --install   first install what is missing of chromium, nodejs, npm and python3 with apt-get
              (as root; apt-get update and install are retried 3 times with a growing pause)

playwright-core (pinned in this script) is installed once into ~/.cache/mcpbench/check-html
(npm install, retried 3 times). Takes about 20 s once everything is installed; installing
Chromium on a fresh Debian machine adds about a minute or two, depending on the mirror.
Output: results/html-check/report.html, report.png (top of the page) and report-history.png.
Exit: 0 the page works, 1 the browser check found problems, 2 usage, 3 something needed is
missing or could not be installed.
USAGE
}

PLAYWRIGHT_CORE_VERSION=1.65.1
root="$MCPBENCH_ROOT"
install_option "$@"
started=$SECONDS

find_chromium() {
  local c
  for c in /usr/lib/chromium/chromium "$(command -v chromium || true)" "$(command -v chromium-browser || true)"; do
    if [[ -n "$c" && -x "$c" ]]; then echo "$c"; return 0; fi
  done
  return 1
}

# missing_packages: the Debian packages of the tools not found on PATH.
missing_packages() {
  local -a pkgs=()
  find_chromium >/dev/null || pkgs+=(chromium fonts-liberation)
  command -v node >/dev/null || pkgs+=(nodejs)
  command -v npm >/dev/null || pkgs+=(npm)
  command -v python3 >/dev/null || pkgs+=(python3)
  echo "${pkgs[*]}"
}

missing="$(missing_packages)"
if [[ -n "$missing" ]]; then
  if ! $INSTALL; then
    die "missing: $missing. Install them (as root: apt-get update && apt-get install -y $missing) or run with --install"
  fi
  apt_prepare "$missing"
  # shellcheck disable=SC2086
  apt_install $missing
  missing="$(missing_packages)"
  [[ -z "$missing" ]] || die "still missing after apt-get install: $missing"
  echo "$SCRIPT_NAME: installed in $((SECONDS - started)) s"
fi
chromium_bin="$(find_chromium)"
command -v java >/dev/null || die "java not found on PATH (a JDK 17 or newer is needed)"

cache="${XDG_CACHE_HOME:-$HOME/.cache}/mcpbench/check-html"
npm_pinned "$cache" playwright-core "$PLAYWRIGHT_CORE_VERSION"
ensure_comparator_jar
jar="$COMPARATOR_JAR"

out="$root/results/html-check"
mkdir -p "$out"
base="$root/comparator/src/test/resources/jmh-real/guyko__weighted-lottery__jmh-result.json"
cand="$out/candidate.json"
history="$out/history"
rm -rf "$history"
mkdir -p "$history"
# the candidate: every third row 30% slower, every sixth from the second 20% faster, one row
# dropped, one renamed (new), a little fork-to-fork noise on every score, from a fixed seed;
# secondary metrics as they were. The history: 12 runs, the slowdown from the eighth on.
python3 - "$base" "$cand" "$history" <<'PY'
import copy, hashlib, json, random, sys
original = json.load(open(sys.argv[1]))

def variant(seed, slowed, reshape):
    rng = random.Random(seed)
    out = []
    for k, e in enumerate(copy.deepcopy(original)):
        if reshape and k == len(original) - 1:
            continue
        factor = 1.0
        if slowed:
            factor = 1.3 if k % 3 == 0 else (0.8 if k % 3 == 1 and k % 2 == 0 else 1.0)
        pm = e["primaryMetric"]
        forks = []
        for fork in pm["rawData"]:
            noise = 1 + rng.gauss(0, 0.01)
            forks.append([v * factor * noise for v in fork])
        pm["rawData"] = forks
        flat = [v for f in forks for v in f]
        pm["score"] = sum(flat) / len(flat)
        if reshape and k == len(original) - 2:
            e["benchmark"] += "Renamed"
        out.append(e)
    return out

json.dump(variant(7, True, True), open(sys.argv[2], "w"), indent=2)
for i in range(12):
    commit = hashlib.sha1(str(i).encode()).hexdigest()[:12]
    name = "202611%02dT120000Z-%s.json" % (i + 1, commit)
    json.dump(variant(100 + i, i >= 7, False), open(sys.argv[3] + "/" + name, "w"))
PY

# a plan of three criteria on the candidate's rows: one met, one not met, one whose benchmark did not run
policy="$out/policy.json"
cat >"$policy" <<'JSON'
{"limits": [
  {"plan": "one sample", "target": "bingo < 1 ms", "benchmark": ".*OneSampleNoRepetitionsPowerDistBenchmark\\.bingo",
   "threshold": "avg<1ms"},
  {"plan": "many samples", "target": "simple_07 < 1 s", "benchmark": ".*ManySamplesNoRepetitionsPowerDistBenchmark\\.simple_07",
   "threshold": "avg<1s"},
  {"plan": "not run here", "target": "< 1 s", "benchmark": ".*NoSuchBenchmark", "threshold": "avg<1s"}
]}
JSON
report="$out/report.html"
java -jar "$jar" report --html "$report" --history-dir "$history" --policy "$policy" \
    --title "weighted-lottery: planted changes vs the published run" "$base" "$cand"
if ! NODE_PATH="$cache/node_modules" node "$root/scripts/check-html-report.cjs" "$report" "$out/report.png" "$chromium_bin"; then
  echo "$SCRIPT_NAME: FAIL: the report at $report does not work in Chromium (problems above)" >&2
  exit 1
fi
echo "$SCRIPT_NAME: OK in $((SECONDS - started)) s, screenshots: $out/report.png (top of the page), $out/report-history.png (history)"
