# shellcheck shell=bash
# Shared by the scripts in this folder; sourced, not run.
# Sets MCPBENCH_ROOT, BENCH_JAR, COMPARATOR_JAR and defines die, usage_error, ensure_jars, ensure_comparator_jar,
# comparator, profile_opts, retry, install_option, apt_prepare, apt_install, apt_no_services,
# apt_services_restore, npm_pinned,
# find_promtool, promtool_clean, free_port, check.

MCPBENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_JAR="$MCPBENCH_ROOT/benchmarks/target/benchmarks.jar"
COMPARATOR_JAR="$MCPBENCH_ROOT/comparator/target/comparator.jar"

# die MESSAGE: one line on standard error, exit 3 (bad input or environment).
die() { echo "$SCRIPT_NAME: $*" >&2; exit 3; }
# usage_error MESSAGE: one line on standard error pointing at --help, exit 2.
usage_error() { echo "$SCRIPT_NAME: $* (see $SCRIPT_NAME --help)" >&2; exit 2; }

# need_value OPTION ARGC: an option that takes a value must have one.
need_value() { [[ "$2" -ge 2 ]] || usage_error "$1 needs a value"; }

# stale JAR DIR...: true when JAR is missing or older than a source under DIR.
stale() {
  local jar="$1"; shift
  [[ ! -f "$jar" ]] && return 0
  [[ -n "$(find "$@" -newer "$jar" -type f -print -quit 2>/dev/null)" ]]
}

# ensure_jars: builds benchmarks.jar and comparator.jar when missing or out of date.
# MCPBENCH_NO_BUILD=1 uses the jars as they are (CI downloads them).
ensure_jars() {
  if [[ "${MCPBENCH_NO_BUILD:-0}" == 1 ]]; then
    [[ -f "$BENCH_JAR" && -f "$COMPARATOR_JAR" ]] || die "MCPBENCH_NO_BUILD=1 but $BENCH_JAR or $COMPARATOR_JAR is missing"
    return 0
  fi
  local r="$MCPBENCH_ROOT"
  if stale "$BENCH_JAR" "$r/core-under-test/src" "$r/workload/src" "$r/benchmarks/src" "$r/pom.xml" "$r/workload/pom.xml" "$r/benchmarks/pom.xml" \
     || stale "$COMPARATOR_JAR" "$r/comparator/src/main" "$r/pom.xml" "$r/comparator/pom.xml"; then
    echo "$SCRIPT_NAME: building benchmarks.jar and comparator.jar" >&2
    (cd "$r" && ./mvnw -B -q -ntp -pl benchmarks,comparator -am package -DskipTests) || die "build failed"
  fi
}

# ensure_comparator_jar: builds comparator.jar alone when missing or out of date (MCPBENCH_NO_BUILD=1: as it is).
ensure_comparator_jar() {
  local r="$MCPBENCH_ROOT"
  if [[ "${MCPBENCH_NO_BUILD:-0}" == 1 ]]; then
    [[ -f "$COMPARATOR_JAR" ]] || die "MCPBENCH_NO_BUILD=1 but $COMPARATOR_JAR is missing"
  elif stale "$COMPARATOR_JAR" "$r/comparator/src/main" "$r/comparator/pom.xml" "$r/pom.xml"; then
    echo "$SCRIPT_NAME: building comparator.jar" >&2
    (cd "$r" && ./mvnw -B -q -ntp -pl comparator -am package -DskipTests) || die "comparator build failed"
  fi
}

# comparator ARGS...: runs the comparator jar; its exit code is returned as is.
comparator() { java -jar "$COMPARATOR_JAR" "$@"; }

# The JMH iteration options of each fork of an A/B run (scripts/ab.sh) and of the ci profile:
# a short warm-up, then many short measured iterations whose warm-up transient the comparator
# drops fork by fork (see comparator/README.md, steady state).
# shellcheck disable=SC2034  # read by ab.sh and profile_opts
AB_PER_FORK="-wi 1 -w 1s -i 10 -r 300ms"

# profile_opts NAME: the JMH options of a run profile, in the array PROFILE_OPTS, and how to launch
# benchmarks.jar for it, in the array BENCH_LAUNCH; unknown name: usage error. The quick profile runs
# each benchmark class at its own quick sizes (@QuickSizes beside its @Param lists) through
# io.mcpbench.bench.cli.QuickRun: a -p here would narrow every benchmark that has a parameter of
# that name. `java -cp benchmarks/target/benchmarks.jar io.mcpbench.bench.cli.QuickRun -l` shows the plan.
# shellcheck disable=SC2034  # PROFILE_OPTS and BENCH_LAUNCH are read by the scripts that source this file
profile_opts() {
  BENCH_LAUNCH=(-jar "$BENCH_JAR")
  case "$1" in
    smoke) PROFILE_OPTS=(-f 1 -wi 0 -i 1 -r 100ms) ;;
    quick) PROFILE_OPTS=(-f 1 -wi 1 -w 200ms -i 3 -r 200ms)
           BENCH_LAUNCH=(-cp "$BENCH_JAR" io.mcpbench.bench.cli.QuickRun) ;;
    ci)    read -r -a PROFILE_OPTS <<<"-f 5 $AB_PER_FORK" ;;
    full)  PROFILE_OPTS=() ;;
    *) usage_error "unknown profile '$1' (smoke, quick, ci or full)" ;;
  esac
}

# seconds_of TIME: TIME (90, 90s, 10m, 1h, 1h30m) in seconds on standard output; status 1 when malformed.
seconds_of() {
  local t="$1" total=0 n unit
  [[ "$t" =~ ^[0-9]+$ ]] && { echo "$t"; return 0; }
  [[ "$t" =~ ^([0-9]+[hms])+$ ]] || return 1
  while [[ "$t" =~ ^([0-9]+)([hms])(.*)$ ]]; do
    n="${BASH_REMATCH[1]}"; unit="${BASH_REMATCH[2]}"; t="${BASH_REMATCH[3]}"
    case "$unit" in h) total=$((total + 10#$n * 3600)) ;; m) total=$((total + 10#$n * 60)) ;; s) total=$((total + 10#$n)) ;; esac
  done
  ((total > 0)) || return 1
  echo "$total"
}

# valid_name NAME: baseline profile names are letters, digits, '.', '_' and '-'.
valid_name() { [[ "$1" =~ ^[A-Za-z0-9._-]+$ ]] || usage_error "bad baseline name '$1' (letters, digits, . _ -)"; }

# retry ATTEMPTS DELAY CMD...: runs CMD up to ATTEMPTS times, waiting DELAY, 2 x DELAY, ... seconds
# between tries (mirrors and registries fail transiently); returns CMD's last exit code.
retry() {
  local attempts="$1" delay="$2" n=1 code
  shift 2
  while true; do
    "$@" && return 0
    code=$?
    ((n < attempts)) || return "$code"
    echo "$SCRIPT_NAME: attempt $n of $attempts failed (exit $code): $*; retrying in ${delay}s" >&2
    sleep "$delay"
    n=$((n + 1))
    delay=$((delay * 2))
  done
}

# install_option ARGS...: the one option of the check scripts: --install sets INSTALL=true,
# --help prints the caller's usage and exits 0, anything else is a usage error.
# shellcheck disable=SC2034  # INSTALL is read by the scripts that source this file
install_option() {
  INSTALL=false
  case "${1:-}" in
    -h|--help) usage; exit 0 ;;
    --install) INSTALL=true ;;
    "") ;;
    *) usage_error "unknown argument \"$1\"" ;;
  esac
  (($# <= 1)) || usage_error "too many arguments"
}

# apt_prepare WHAT: makes sure apt-get can install WHAT (named in messages) here, as root, then runs
# apt-get update (retried).
apt_prepare() {
  [[ "$(id -u)" == 0 ]] || die "--install needs root to apt-get install $1"
  command -v apt-get >/dev/null || die "--install needs apt-get (Debian or Ubuntu); install $1 by hand"
  echo "$SCRIPT_NAME: installing $1 with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  retry 3 10 apt-get update -qq \
    || die "apt-get update failed 3 times: check the network and /etc/apt/sources.list, then install $1 by hand"
}

# apt_install PACKAGE...: apt-get install without recommended packages (retried); after apt_prepare.
apt_install() {
  retry 3 10 apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
    || die "apt-get install $* failed 3 times (see the messages above)"
}

# npm_pinned DIR PACKAGE VERSION: PACKAGE at VERSION under DIR/node_modules, installed once (retried).
npm_pinned() {
  local dir="$1" pkg="$2" version="$3"
  if [[ -f "$dir/node_modules/$pkg/package.json" ]] && grep -q "\"version\": \"$version\"" "$dir/node_modules/$pkg/package.json"; then
    return 0
  fi
  mkdir -p "$dir"
  echo "$SCRIPT_NAME: installing $pkg $version into $dir"
  (cd "$dir" && retry 3 10 npm install --silent --no-audit --no-fund --no-save "$pkg@$version" >/dev/null) \
    || die "npm install $pkg@$version failed 3 times: check the network or the npm registry setting (npm config get registry)"
}

# apt_no_services: while the caller installs packages that ship a daemon (prometheus, node_exporter),
# keeps their maintainer scripts from starting it: a policy-rc.d that denies every start. The
# caller runs apt_services_restore after the install (and on exit): it removes the file only if
# apt_no_services put it there; one that was already there is left as it was.
APT_POLICY_ADDED=""
apt_no_services() {
  local policy=/usr/sbin/policy-rc.d
  [[ -e "$policy" ]] && return 0
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod 755 "$policy"
  APT_POLICY_ADDED="$policy"
}
apt_services_restore() {
  [[ -z "$APT_POLICY_ADDED" ]] || rm -f "$APT_POLICY_ADDED"
  APT_POLICY_ADDED=""
}

# find_promtool [DIR...]: the path of promtool, on PATH or as DIR/promtool; false when there is none.
find_promtool() {
  local c
  for c in "$(command -v promtool || true)" "${@/%//promtool}"; do
    if [[ -n "$c" && -x "$c" ]]; then echo "$c"; return 0; fi
  done
  return 1
}

# promtool_clean PROMTOOL FILE: promtool check metrics on FILE exits 0 and prints nothing; otherwise
# prints promtool's first line and returns 1.
promtool_clean() {
  local said
  said="$("$1" check metrics <"$2" 2>&1)" || { echo "promtool: ${said%%$'\n'*}"; return 1; }
  [[ -z "$said" ]] || { echo "promtool warns: ${said%%$'\n'*}"; return 1; }
}

# free_port: a TCP port free on 127.0.0.1 now (the kernel's pick; the caller binds it at once).
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# check NAME CMD...: runs CMD, prints "NAME: OK: " and its last line, or "NAME: FAIL: " and its first
# line (the reason) and counts the failure in CHECKS_FAILED.
CHECKS_FAILED=0
check() {
  local name="$1" output code=0
  shift
  output="$("$@" 2>&1)" || code=$?
  if ((code == 0)); then
    echo "$SCRIPT_NAME: $name: OK: ${output##*$'\n'}"
  else
    output="${output:-exit $code}"
    echo "$SCRIPT_NAME: $name: FAIL: ${output%%$'\n'*}"
    CHECKS_FAILED=$((CHECKS_FAILED + 1))
  fi
}
