# SPDX-License-Identifier: Apache-2.0
"""The parts of scripts/check-release.sh written in Python: what a release deploys, read from a
Maven repository folder or from the Central Portal bundle, and the jbang catalog's shape.
Each check prints one line and exits 0 when it holds, 1 (with the reasons) when it does not.

Usage: python3 check-release.py COMMAND ARGS...
  staging DIR VERSION      a deploy to a folder: only the parent and the comparator, each file a
                           release needs, complete POM metadata, jar contents
  bundle ZIP VERSION       the Central bundle: the same files, each with a signature and MD5,
                           SHA-1, SHA-256 and SHA-512 checksums that match
  catalog JSON ACTION      jbang-catalog.json: the comparator alias names released coordinates,
                           the version action.yml downloads by default
  catalog-version JSON V   prints the catalog with the comparator alias set to version V
"""
import hashlib
import io
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

GROUP = "io/mcpbench"
PUBLISHED = {"mcpbench-parent", "comparator"}
# Beside the POM, what the comparator publishes: the plain jar, the runnable jar, sources, Javadoc.
COMPARATOR_CLASSIFIERS = ["", "-all", "-sources", "-javadoc"]
CHECKSUMS = {".md5": hashlib.md5, ".sha1": hashlib.sha1, ".sha256": hashlib.sha256, ".sha512": hashlib.sha512}
NS = {"m": "http://maven.apache.org/POM/4.0.0"}
MAIN_CLASS = "io.mcpbench.compare.cli.ComparatorCli"
ALIAS = "comparator"
COORDINATES = re.compile(r"^io\.mcpbench:comparator:(\d+\.\d+\.\d+)$")


class Failed(Exception):
    pass


def fail_if(problems, what):
    if problems:
        raise Failed(what + ": " + "; ".join(problems))


def artifact_files(names, version):
    """{(artifactId, suffix): name} for the files of io.mcpbench under `names` (repository paths).
    A snapshot deploy names files with a timestamp (comparator-0.1.0-20261207.203523-1.jar):
    the suffix is what follows the version or that timestamp."""
    base = version[: -len("-SNAPSHOT")] if version.endswith("-SNAPSHOT") else version
    out = {}
    for name in names:
        parts = name.split("/")
        if len(parts) != 5 or "/".join(parts[:2]) != GROUP or parts[3] != version:
            continue
        artifact, file = parts[2], parts[4]
        m = re.match(re.escape(artifact) + "-" + re.escape(base) + r"(?:-SNAPSHOT|-\d{8}\.\d{6}-\d+)?(.*)$", file)
        if m and not file.startswith("maven-metadata"):
            out[(artifact, m.group(1))] = name
    return out


def check_layout(names, version, checksum_suffixes):
    files = artifact_files(names, version)
    problems = []
    artifacts = {a for a, _ in files}
    if artifacts != PUBLISHED:
        problems.append(f"published {sorted(artifacts)}, expected {sorted(PUBLISHED)}")
    wanted = [("mcpbench-parent", ".pom"), ("comparator", ".pom")]
    wanted += [("comparator", c + ".jar") for c in COMPARATOR_CLASSIFIERS]
    for artifact, suffix in wanted:
        if (artifact, suffix) not in files:
            problems.append(f"no {artifact}{suffix}")
            continue
        for extra in checksum_suffixes:
            if (artifact, suffix + extra) not in files:
                problems.append(f"no {artifact}{suffix}{extra}")
    fail_if(problems, "layout")
    return files


def text(el, path):
    found = el.find(path, NS)
    return (found.text or "").strip() if found is not None else ""


def check_poms(read, files):
    """Central's POM requirements: name, description, url, a licence, developers, scm; the
    comparator inherits url, licences, developers and scm from the parent."""
    parent = ET.fromstring(read(files[("mcpbench-parent", ".pom")]))
    comparator = ET.fromstring(read(files[("comparator", ".pom")]))
    problems = []
    for path in ["m:name", "m:description", "m:url", "m:licenses/m:license/m:name", "m:licenses/m:license/m:url",
                 "m:developers/m:developer/m:name", "m:scm/m:url", "m:scm/m:connection"]:
        if not text(parent, path):
            problems.append(f"parent POM has no {path.replace('m:', '')}")
    if text(parent, "m:licenses/m:license/m:name") != "Apache-2.0":
        problems.append("parent POM's licence is not Apache-2.0")
    for path in ["m:name", "m:description"]:
        if not text(comparator, path):
            problems.append(f"comparator POM has no {path.replace('m:', '')}")
    if text(comparator, "m:parent/m:artifactId") != "mcpbench-parent":
        problems.append("comparator POM does not inherit from mcpbench-parent")
    if "${" in text(parent, "m:url") + text(parent, "m:scm/m:url"):
        problems.append("parent POM's url or scm is not literal")
    fail_if(problems, "POM metadata")


def check_jars(read, files, version):
    problems = []
    plain = zipfile.ZipFile(io.BytesIO(read(files[("comparator", ".jar")])))
    runnable = zipfile.ZipFile(io.BytesIO(read(files[("comparator", "-all.jar")])))
    for label, jar in [("plain jar", plain), ("runnable jar", runnable)]:
        names = set(jar.namelist())
        for legal in ["META-INF/LICENSE", "META-INF/NOTICE"]:
            if legal not in names:
                problems.append(f"{label} has no {legal}")
        manifest = jar.read("META-INF/MANIFEST.MF").decode()
        if f"Main-Class: {MAIN_CLASS}" not in manifest:
            problems.append(f"{label}'s manifest names no Main-Class {MAIN_CLASS}")
        props = jar.read("io/mcpbench/compare/cli/version.properties").decode()
        if f"version={version}" not in props.splitlines():
            problems.append(f"{label}'s version.properties does not say version={version}")
    if "picocli/CommandLine.class" not in runnable.namelist():
        problems.append("runnable jar does not bundle its dependencies")
    if "picocli/CommandLine.class" in plain.namelist():
        problems.append("plain jar bundles its dependencies")
    sources = zipfile.ZipFile(io.BytesIO(read(files[("comparator", "-sources.jar")]))).namelist()
    if "io/mcpbench/compare/cli/ComparatorCli.java" not in sources:
        problems.append("sources jar has no ComparatorCli.java")
    javadoc = zipfile.ZipFile(io.BytesIO(read(files[("comparator", "-javadoc.jar")]))).namelist()
    if "index.html" not in javadoc:
        problems.append("javadoc jar has no index.html")
    fail_if(problems, "jar contents")


def check_checksums(read, files):
    problems = []
    for (artifact, suffix), name in files.items():
        for ext, algorithm in CHECKSUMS.items():
            if suffix.endswith(ext):
                target = files.get((artifact, suffix[: -len(ext)]))
                if target is None:
                    continue
                expected = read(name).decode().split()[0].lower()
                if algorithm(read(target)).hexdigest() != expected:
                    problems.append(f"{name} does not match")
    fail_if(problems, "checksums")


def staging(folder, version):
    import os
    names = []
    for dirpath, _, filenames in os.walk(folder):
        for f in filenames:
            names.append(os.path.relpath(os.path.join(dirpath, f), folder).replace(os.sep, "/"))

    def read(name):
        with open(os.path.join(folder, name), "rb") as fh:
            return fh.read()

    files = check_layout(names, version, [".md5", ".sha1"])
    check_poms(read, files)
    check_jars(read, files, version)
    check_checksums(read, files)
    print(f"staging: {sorted(a for a, _ in files if _ == '.pom')} at {version}, "
          f"{sum(1 for a, s in files if a == 'comparator' and s.endswith('.jar'))} comparator jars, POM metadata complete")


def bundle(path, version):
    z = zipfile.ZipFile(path)
    files = check_layout(z.namelist(), version, [".asc", ".md5", ".sha1", ".sha256", ".sha512"])
    check_poms(z.read, files)
    check_jars(z.read, files, version)
    check_checksums(z.read, files)
    print(f"bundle: {len(z.namelist())} files, every artifact signed and with 4 matching checksums")


def action_version(path):
    """The default of action.yml's input `version` (read as text: this check needs no YAML library)."""
    text = open(path, encoding="utf-8").read()
    m = re.search(r'^  version:\n(?:    .*\n)*?    default: "?([^"\n]*)"?$', text, re.M)
    return m.group(1) if m else None


def catalog(path, action):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    problems = []
    if not isinstance(data.get("aliases"), dict):
        raise Failed("catalog: no aliases object")
    alias = data["aliases"].get(ALIAS)
    if not isinstance(alias, dict):
        raise Failed(f"catalog: no alias {ALIAS}")
    ref = alias.get("script-ref", "")
    m = COORDINATES.match(ref)
    if not m:
        problems.append(f"script-ref {ref!r} is not io.mcpbench:comparator:<released version>")
    elif action_version(action) != m.group(1):
        problems.append(f"action.yml downloads version {action_version(action)!r}, the catalog runs {m.group(1)!r}")
    if not alias.get("description"):
        problems.append("the alias has no description")
    for key in ("catalogs", "templates"):
        if key in data and not isinstance(data[key], dict):
            problems.append(f"{key} is not an object")
    fail_if(problems, "catalog")
    print(f"catalog: {ALIAS} runs {ref}, as action.yml downloads by default")


def catalog_version(path, version):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    data["aliases"][ALIAS]["script-ref"] = f"io.mcpbench:comparator:{version}"
    json.dump(data, sys.stdout, indent=2)
    print()


def main(argv):
    commands = {"staging": (staging, 2), "bundle": (bundle, 2), "catalog": (catalog, 2),
                "catalog-version": (catalog_version, 2)}
    if len(argv) < 2 or argv[1] not in commands or len(argv) - 2 != commands[argv[1]][1]:
        print(__doc__, file=sys.stderr)
        return 2
    fn, _ = commands[argv[1]]
    try:
        fn(*argv[2:])
    except Failed as e:
        print(f"FAIL {e}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
