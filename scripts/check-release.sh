#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Checks what a release would publish, without publishing anything: the release profile deployed
# to a folder from a copy of the tree, a second build from another copy giving byte-identical
# jars, and a rehearsal of the Central publication (release version, signed with a throw-away
# key, the Portal bundle built but not uploaded) whose bundle then serves the jbang catalog's
# alias. The working tree's own build output is not touched. Prints one line per check.
set -euo pipefail
SCRIPT_NAME=check-release.sh
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'USAGE'
Usage: scripts/check-release.sh [--install]

Checks, without publishing and without installing into the local Maven repository:
  staging       ./mvnw -Prelease deploy, from a copy of the working tree, to a folder: only
                the parent POM and the comparator
                (plain jar, -all runnable jar, -sources, -javadoc), complete POM metadata
                (name, description, url, licence, developers, scm), LICENSE and NOTICE in
                the jars, checksums that match
  version       the runnable jar's --version is the POM's version
  reproducible  the comparator's jars built again from another copy in another folder
                are byte-identical (project.build.outputTimestamp)
  bundle        the release rehearsal: the version set to a release, -Prelease,central deploy
                with -DskipUpload and a throw-away GPG key; the Central Portal bundle holds
                every artifact signed (gpg --verify) with matching MD5/SHA-1/SHA-256/SHA-512
  catalog       jbang-catalog.json's comparator alias names released coordinates, the same
                version the GitHub Action (action.yml) downloads by default
  jbang         jbang (dev.jbang:jbang-cli from Maven Central) runs the alias against the
                rehearsal's bundle and prints the comparator's version

Needs a JDK, python3, gpg and Maven Central (plugins, jbang). Output: results/release-check/.
  --install   first apt-get install gpg when it is missing (as root; retried 3 times)
Exit: 0 every check held, 1 a check failed, 2 usage, 3 something needed is missing.
USAGE
}

JBANG_VERSION=0.132.1
# jbang-cli's POM asks for Gson 2.10.1, whose @JsonAdapter handling leaves a catalog's aliases
# empty; the jbang distribution runs with a newer one.
GSON_VERSION=2.13.2

install_option "$@"
if ! command -v gpg >/dev/null; then
  [[ "$INSTALL" == true ]] || die "gpg is not installed: apt-get install gpg, or run with --install"
  apt_prepare gpg
  apt_install gpg gpg-agent
fi
for tool in java python3 tar; do
  command -v "$tool" >/dev/null || die "$tool is not installed"
done
started=$SECONDS
root="$MCPBENCH_ROOT"
out="$root/results/release-check"
rm -rf "$out"
mkdir -p "$out"
log="$out/maven.log"
failed=0

# maven DIR ARGS...: the wrapper in DIR, its output in the log; never installs into ~/.m2.
maven() {
  local dir="$1"
  shift
  echo "+ ./mvnw $*" >>"$log"
  (cd "$dir" && ./mvnw -B -ntp -Dmaven.install.skip=true "$@") >>"$log" 2>&1 \
    || die "maven failed in $dir ($*): see $log"
}

# check NAME CMD...: runs CMD, which prints its own line; a failure is counted, not fatal.
check() {
  local name="$1"
  shift
  if ! "$@"; then
    echo "FAIL $name"
    failed=1
  fi
}

# says CHECK WHAT WANT GOT: one line, and a failure counted unless GOT is WANT.
says() {
  if [[ "$4" == "$3" ]]; then
    echo "$1: $2 says \"$4\""
  else
    echo "FAIL $1: $2 says \"$4\", expected \"$3\""
    failed=1
  fi
}

pom_version() { python3 -c 'import sys,xml.etree.ElementTree as E; print(E.parse(sys.argv[1]).getroot().findtext("{http://maven.apache.org/POM/4.0.0}version"))' "$1"; }
version="$(pom_version "$root/pom.xml")"
release="${version%-SNAPSHOT}"
py="$root/scripts/check-release.py"

echo "== release check of $version (log: $log)"

# copy_tree DIR: the working tree (without .git, build output and results) copied into DIR, so
# that both builds start clean and the working tree's own build output is never touched.
copy_tree() {
  mkdir -p "$1"
  (cd "$root" && tar --exclude=./.git --exclude='./*/target' --exclude=./target --exclude=./results -cf - .) | tar -xf - -C "$1"
}

# 1. The release profile, deployed to a folder.
# The repository id names the metadata Maven caches in ~/.m2 (maven-metadata-<id>.xml): never
# "local", whose file is the one that describes the installed artifacts there.
first="$out/tree-a"
copy_tree "$first"
maven "$first" -Prelease deploy -DskipTests "-DaltDeploymentRepository=release-check::file:$out/staging"
check staging python3 "$py" staging "$out/staging" "$version"

all_jar="$first/comparator/target/comparator.jar"
says version "comparator.jar --version" "comparator $version" "$(java -jar "$all_jar" --version 2>&1 || true)"

# 2. The same jars again, from another copy in another folder.
tree="$out/tree-b"
copy_tree "$tree"
maven "$tree" -Prelease -pl comparator -am package -DskipTests
jars=("comparator-$version.jar" "comparator-$version-sources.jar" "comparator-$version-javadoc.jar" comparator.jar)
differ=()
for j in "${jars[@]}"; do
  cmp -s "$first/comparator/target/$j" "$tree/comparator/target/$j" || differ+=("$j")
done
if ((${#differ[@]} == 0)); then
  echo "reproducible: ${#jars[@]} comparator jars byte-identical across two builds in two folders"
else
  echo "FAIL reproducible: ${differ[*]} differ between $first and $tree"
  failed=1
fi

# 3. The rehearsal: what a maintainer's -Prelease,central deploy would upload, signed.
grep -rl --include=pom.xml -- "<version>$version</version>" "$tree" | xargs sed -i "s#<version>$version</version>#<version>$release</version>#"
export GNUPGHOME="$out/gnupg"
mkdir -p "$GNUPGHOME" && chmod 700 "$GNUPGHOME"
# The agent gpg starts for the throw-away key stops with this script.
trap 'gpgconf --kill gpg-agent 2>/dev/null || true' EXIT
gpg --batch --quiet --passphrase '' --quick-gen-key 'mcpbench release check <release-check@invalid>' ed25519 sign 1d 2>/dev/null
key="$(gpg --list-keys --with-colons 2>/dev/null | awk -F: '/^fpr/ { print $10; exit }')"
maven "$tree" -Prelease,central deploy -DskipTests -DskipUpload=true -Dgpg.skip=false "-Dgpg.keyname=$key"
zip="$tree/target/central-publishing/central-bundle.zip"
[[ -f "$zip" ]] || die "the rehearsal wrote no bundle ($zip): see $log"
check bundle python3 "$py" bundle "$zip" "$release"
repo="$out/bundle-repo"
mkdir -p "$repo"
(cd "$repo" && python3 -c 'import sys,zipfile; zipfile.ZipFile(sys.argv[1]).extractall(".")' "$zip")
bad=0
while IFS= read -r -d '' asc; do
  gpg --batch --quiet --verify "$asc" "${asc%.asc}" 2>/dev/null || { echo "FAIL signature: ${asc#"$repo"/}"; bad=1; }
done < <(find "$repo" -name '*.asc' -print0)
if ((bad == 0)); then
  echo "signatures: $(find "$repo" -name '*.asc' | wc -l) verified with the rehearsal's key"
else
  failed=1
fi

# 4. The jbang catalog, and jbang running its alias from the rehearsal's bundle.
check catalog python3 "$py" catalog "$root/jbang-catalog.json" "$root/action.yml"
jbang_home="${XDG_CACHE_HOME:-$HOME/.cache}/mcpbench/jbang-$JBANG_VERSION"
if [[ ! -f "$jbang_home/lib/jbang-cli-$JBANG_VERSION.jar" ]]; then
  mkdir -p "$jbang_home"
  cat >"$jbang_home/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.mcpbench</groupId>
  <artifactId>jbang-for-release-check</artifactId>
  <version>1</version>
  <dependencyManagement>
    <dependencies>
      <dependency><groupId>com.google.code.gson</groupId><artifactId>gson</artifactId><version>$GSON_VERSION</version></dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency><groupId>dev.jbang</groupId><artifactId>jbang-cli</artifactId><version>$JBANG_VERSION</version></dependency>
  </dependencies>
</project>
POM
  retry 3 10 "$root/mvnw" -B -q -ntp -f "$jbang_home/pom.xml" dependency:copy-dependencies "-DoutputDirectory=$jbang_home/lib" >>"$log" 2>&1 \
    || die "could not fetch jbang-cli $JBANG_VERSION from Maven Central: see $log"
fi
run="$out/jbang-run"
mkdir -p "$run"
python3 "$py" catalog-version "$root/jbang-catalog.json" "$release" >"$run/jbang-catalog.json"
# jbang's launcher script runs the command line its jar prints; this does the same.
# (its jar exits 255 after printing it).
command_line="$(cd "$run" || exit 3
  JBANG_DIR="$out/jbang-dir" JBANG_REPO="$out/jbang-repo" \
    java -cp "$jbang_home/lib/*" dev.jbang.Main run --repos central --repos "bundle=file://$repo" comparator --version 2>>"$log"
  true)"
command_line="$(tail -n 1 <<<"$command_line")"
echo "$command_line" >>"$log"
says jbang "'jbang comparator --version' through jbang-catalog.json" "comparator $release" "$(bash -c "$command_line" 2>&1 || true)"

echo "== release check: $( ((failed == 0)) && echo passed || echo FAILED ) in $((SECONDS - started)) s"
exit "$failed"
