#!/usr/bin/env bash
# Checks the OpenMetrics export against a real Prometheus: writes `comparator export --openmetrics`
# of real JMH results into node_exporter's textfile collector directory, lets a Prometheus scrape
# node_exporter, then asks Prometheus's HTTP API for every exported series and compares labels and
# values, and runs every query of the Grafana dashboard (scripts/grafana/*.json) against it.
# Everything listens on 127.0.0.1 at ports free at start, in a temporary directory, and is
# stopped at exit.
set -euo pipefail
SCRIPT_NAME=check-prometheus.sh
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'USAGE'
Usage: scripts/check-prometheus.sh [--install]

Exports two JMH results with `comparator export --openmetrics` (a real result of the test corpus,
and one with hostile parameter values) into the textfile collector directory of a
prometheus-node-exporter, starts it and a Prometheus scraping it every second, both on 127.0.0.1
at free ports with temporary directories, and checks:
  promtool    promtool check metrics on each export: exit 0 and not one warning
  scrape      node_exporter's target is up in Prometheus and read the files without error
  series      every exported jmh_score and jmh_score_error sample comes back from the HTTP API
              (/api/v1/query) with the same labels and the same value, and no other
  dashboard   every query of scripts/grafana/*.json (panels and template variables, with the
              variables set to match everything) returns data
One line per check. Both servers are stopped at exit, whatever happens.

Needs prometheus and promtool (Debian package prometheus), prometheus-node-exporter (Debian package
of that name), python3 and a JDK.
  --install   first install what is missing with apt-get (as root; retried 3 times), without
              starting the packages' services (a policy-rc.d denies it during the install)

Output: results/prometheus-check/ (the exports, the servers' logs). About 15 s once installed.
Exit: 0 every check held, 1 a check failed, 2 usage, 3 something needed is missing, could not be
installed or did not start.
USAGE
}

root="$MCPBENCH_ROOT"
install_option "$@"
started=$SECONDS

# missing_packages: the Debian packages of the tools not found.
missing_packages() {
  local -a pkgs=()
  { command -v prometheus >/dev/null && command -v promtool >/dev/null; } || pkgs+=(prometheus)
  command -v prometheus-node-exporter >/dev/null || pkgs+=(prometheus-node-exporter)
  command -v python3 >/dev/null || pkgs+=(python3)
  echo "${pkgs[*]}"
}

missing="$(missing_packages)"
if [[ -n "$missing" ]]; then
  $INSTALL || die "missing: $missing. Install them (as root: apt-get update && apt-get install -y $missing) or run with --install"
  apt_prepare "$missing"
  apt_no_services
  trap apt_services_restore EXIT
  # shellcheck disable=SC2086
  apt_install $missing
  apt_services_restore
  missing="$(missing_packages)"
  [[ -z "$missing" ]] || die "still missing after apt-get install: $missing"
  echo "$SCRIPT_NAME: installed in $((SECONDS - started)) s"
fi
command -v java >/dev/null || die "java not found on PATH (a JDK 17 or newer is needed)"
ensure_comparator_jar

out="$root/results/prometheus-check"
rm -rf "$out"
mkdir -p "$out"
work="$(mktemp -d)"
pids=()
# cleanup: stops the servers this script started (by their process ids) and removes the temporary directory.
cleanup() {
  local pid
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
  apt_services_restore
}
trap cleanup EXIT

textfiles="$work/textfile"
mkdir -p "$textfiles"
resources="$root/comparator/src/test/resources"
real="$resources/jmh-real/CleverChuk__validation-benchmark__jmh-result.json"
hostile="$resources/io/mcpbench/compare/report/hostile-params.json"

# export_clean NAME RESULT: the export of RESULT, labelled source=NAME, into the collector's
# directory (the comparator replaces the file atomically, as the textfile collector needs), and
# promtool's verdict on it.
export_clean() {
  comparator export --openmetrics "$2" --label "source=$1" --out "$textfiles/mcpbench_$1.prom" || return 1
  cp "$textfiles/mcpbench_$1.prom" "$out/"
  promtool_clean "$(command -v promtool)" "$out/mcpbench_$1.prom" || return 1
  echo "$1: $(grep -c '^jmh_score' "$out/mcpbench_$1.prom") samples, promtool check metrics: no warning"
}
check "promtool (real result)" export_clean real "$real"
check "promtool (hostile params)" export_clean hostile "$hostile"

# start NAME PORT CMD...: runs CMD in the background with its log under $out, and waits until
# http://127.0.0.1:PORT/ answers (20 s at most).
start() {
  local name="$1" port="$2" i
  shift 2
  "$@" >"$out/$name.log" 2>&1 &
  pids+=($!)
  for ((i = 0; i < 200; i++)); do
    python3 -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$port/', timeout=1)" 2>/dev/null && return 0
    kill -0 "${pids[-1]}" 2>/dev/null || die "$name exited at start; see $out/$name.log"
    sleep 0.1
  done
  die "$name did not answer on 127.0.0.1:$port in 20 s; see $out/$name.log"
}

exporter_port="$(free_port)"
start node_exporter "$exporter_port" prometheus-node-exporter \
  --web.listen-address="127.0.0.1:$exporter_port" \
  --collector.disable-defaults --collector.textfile --collector.textfile.directory="$textfiles"

prometheus_port="$(free_port)"
cat >"$work/prometheus.yml" <<YAML
global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: mcpbench
    static_configs:
      - targets: ["127.0.0.1:$exporter_port"]
YAML
start prometheus "$prometheus_port" prometheus \
  --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/data" \
  --web.listen-address="127.0.0.1:$prometheus_port"

check scrape python3 "$root/scripts/check-prometheus.py" scrape "http://127.0.0.1:$prometheus_port"
check series python3 "$root/scripts/check-prometheus.py" series "http://127.0.0.1:$prometheus_port" \
  "$out/mcpbench_real.prom" "$out/mcpbench_hostile.prom"
check dashboard python3 "$root/scripts/check-prometheus.py" dashboard "http://127.0.0.1:$prometheus_port" \
  "$root"/scripts/grafana/*.json

if ((CHECKS_FAILED > 0)); then
  echo "$SCRIPT_NAME: FAIL: $CHECKS_FAILED check(s) failed; exports and logs are in $out" >&2
  exit 1
fi
echo "$SCRIPT_NAME: OK in $((SECONDS - started)) s; exports and logs are in $out"
