#!/usr/bin/env bash
# Builds an HTML report from a real JMH result and a copy of it with planted changes, opens it in
# headless Chromium, fails on any console error, page error or network request, checks sorting,
# row expansion, filtering and the history's trend charts, and writes screenshots under
# results/html-check/.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/check-html-report.sh [--install]

Needs Chromium (Debian package "chromium"), Node.js with npm, python3 and a JDK.
  --install   install Chromium with apt-get first (as root) if it is missing

playwright-core (pinned below) is installed once into ~/.cache/mcpbench/check-html.
Output: results/html-check/report.html, report.png (top of the page) and report-history.png.
USAGE
}

PLAYWRIGHT_CORE_VERSION=1.65.1
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
install=false
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  --install) install=true ;;
  "") ;;
  *) echo "check-html-report.sh: unknown argument \"$1\" (see --help)" >&2; exit 2 ;;
esac

find_chromium() {
  for c in /usr/lib/chromium/chromium "$(command -v chromium || true)" "$(command -v chromium-browser || true)"; do
    if [[ -n "$c" && -x "$c" ]]; then echo "$c"; return 0; fi
  done
  return 1
}

if ! chromium_bin="$(find_chromium)"; then
  if $install; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    chromium_bin="$(find_chromium)" || { echo "check-html-report.sh: chromium still missing after apt-get install" >&2; exit 3; }
  else
    echo "check-html-report.sh: Chromium not found. Install it (as root: apt-get update && apt-get install -y chromium)," >&2
    echo "  or run this script with --install." >&2
    exit 3
  fi
fi
for tool in node npm python3 java; do
  command -v "$tool" >/dev/null || { echo "check-html-report.sh: $tool not found on PATH" >&2; exit 3; }
done

cache="${XDG_CACHE_HOME:-$HOME/.cache}/mcpbench/check-html"
if [[ ! -f "$cache/node_modules/playwright-core/package.json" ]] \
   || ! grep -q "\"version\": \"$PLAYWRIGHT_CORE_VERSION\"" "$cache/node_modules/playwright-core/package.json"; then
  mkdir -p "$cache"
  (cd "$cache" && npm install --silent --no-audit --no-fund --no-save "playwright-core@$PLAYWRIGHT_CORE_VERSION" >/dev/null)
fi

jar="$root/comparator/target/comparator.jar"
if [[ ! -f "$jar" ]] || [[ -n "$(find "$root/comparator/src/main" "$root/comparator/pom.xml" "$root/pom.xml" -newer "$jar" -print -quit)" ]]; then
  (cd "$root" && ./mvnw -B -q -ntp -pl comparator package -DskipTests)
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
NODE_PATH="$cache/node_modules" node "$root/scripts/check-html-report.cjs" "$report" "$out/report.png" "$chromium_bin"
echo "check-html-report.sh: OK, screenshots: $out/report.png (top of the page), $out/report-history.png (history)"
