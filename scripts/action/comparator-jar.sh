#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The first step of the JMH regression gate action (action.yml): the comparator jar to run, as the
# step output "jar". Either the jar the workflow gave (comparator-jar), or io.mcpbench:comparator's
# runnable -all jar at the given version from the Maven repository, checked against the SHA-256
# published beside it and kept in the runner's tool cache. Exit 3, with one line, when there is
# no jar or no Java to run it.
set -euo pipefail

fail() {
  echo "::error title=JMH regression gate::$*"
  echo "jmh gate: $*" >&2
  exit 3
}

sha256() {
  if command -v sha256sum >/dev/null; then sha256sum "$1"; else shasum -a 256 "$1"; fi | awk '{ print $1 }'
}

if [[ -n "${INPUT_COMPARATOR_JAR:-}" ]]; then
  [[ -f "$INPUT_COMPARATOR_JAR" ]] || fail "comparator-jar $INPUT_COMPARATOR_JAR is not a file"
  jar="$(cd "$(dirname "$INPUT_COMPARATOR_JAR")" && pwd)/$(basename "$INPUT_COMPARATOR_JAR")"
else
  version="${INPUT_VERSION:-}"
  [[ "$version" =~ ^[0-9][0-9A-Za-z.+-]*$ ]] || fail "version '$version' is not a version number"
  cache="${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:-/tmp}}/mcpbench-comparator/$version"
  jar="$cache/comparator-$version-all.jar"
  if [[ ! -f "$jar" ]]; then
    url="${INPUT_MAVEN_REPOSITORY%/}/io/mcpbench/comparator/$version/comparator-$version-all.jar"
    mkdir -p "$cache"
    part="$(mktemp "$cache/download.XXXXXX")"
    curl -fsSL --retry 3 -o "$part" "$url" || fail "could not download $url"
    want="$(curl -fsSL --retry 3 "$url.sha256" | awk '{ print $1 }')" || fail "could not download $url.sha256"
    got="$(sha256 "$part")"
    [[ -n "$want" && "$got" == "$want" ]] || { rm -f "$part"; fail "$url: SHA-256 $got, published $want"; }
    mv -f "$part" "$jar"
  fi
fi

command -v java >/dev/null || fail "no java on PATH: run actions/setup-java (Java 17 or newer) before this action"
said="$(java -jar "$jar" --version 2>&1)" || fail "$jar does not run: $said"
echo "jmh gate: $said ($jar)"
echo "jar=$jar" >>"$GITHUB_OUTPUT"
