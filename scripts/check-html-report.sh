#!/usr/bin/env bash
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
install=false
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  --install) install=true ;;
  "") ;;
  *) usage_error "unknown argument \"$1\"" ;;
esac
(($# <= 1)) || usage_error "too many arguments"
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
  if ! $install; then
    die "missing: $missing. Install them (as root: apt-get update && apt-get install -y $missing) or run with --install"
  fi
  [[ "$(id -u)" == 0 ]] || die "--install needs root to apt-get install $missing"
  command -v apt-get >/dev/null || die "--install needs apt-get (Debian or Ubuntu); install $missing by hand"
  echo "$SCRIPT_NAME: installing $missing with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  retry 3 10 apt-get update -qq \
    || die "apt-get update failed 3 times: check the network and /etc/apt/sources.list, then install $missing by hand"
  # shellcheck disable=SC2086
  retry 3 10 apt-get install -y -qq --no-install-recommends $missing >/dev/null \
    || die "apt-get install $missing failed 3 times (see the messages above)"
  missing="$(missing_packages)"
  [[ -z "$missing" ]] || die "still missing after apt-get install: $missing"
  echo "$SCRIPT_NAME: installed in $((SECONDS - started)) s"
fi
chromium_bin="$(find_chromium)"
command -v java >/dev/null || die "java not found on PATH (a JDK 17 or newer is needed)"

cache="${XDG_CACHE_HOME:-$HOME/.cache}/mcpbench/check-html"
if [[ ! -f "$cache/node_modules/playwright-core/package.json" ]] \
   || ! grep -q "\"version\": \"$PLAYWRIGHT_CORE_VERSION\"" "$cache/node_modules/playwright-core/package.json"; then
  mkdir -p "$cache"
  echo "$SCRIPT_NAME: installing playwright-core $PLAYWRIGHT_CORE_VERSION into $cache"
  (cd "$cache" && retry 3 10 npm install --silent --no-audit --no-fund --no-save "playwright-core@$PLAYWRIGHT_CORE_VERSION" >/dev/null) \
    || die "npm install playwright-core@$PLAYWRIGHT_CORE_VERSION failed 3 times: check the network or the npm registry setting (npm config get registry)"
fi

jar="$COMPARATOR_JAR"
if [[ "${MCPBENCH_NO_BUILD:-0}" == 1 ]]; then
  [[ -f "$jar" ]] || die "MCPBENCH_NO_BUILD=1 but $jar is missing"
elif stale "$jar" "$root/comparator/src/main" "$root/comparator/pom.xml" "$root/pom.xml"; then
  echo "$SCRIPT_NAME: building comparator.jar" >&2
  (cd "$root" && ./mvnw -B -q -ntp -pl comparator -am package -DskipTests) || die "comparator build failed"
fi

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

report="$out/report.html"
java -jar "$jar" report --html "$report" --history-dir "$history" \
    --title "weighted-lottery: planted changes vs the published run" "$base" "$cand"
if ! NODE_PATH="$cache/node_modules" node "$root/scripts/check-html-report.cjs" "$report" "$out/report.png" "$chromium_bin"; then
  echo "$SCRIPT_NAME: FAIL: the report at $report does not work in Chromium (problems above)" >&2
  exit 1
fi
echo "$SCRIPT_NAME: OK in $((SECONDS - started)) s, screenshots: $out/report.png (top of the page), $out/report-history.png (history)"
