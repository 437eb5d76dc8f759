# SPDX-License-Identifier: Apache-2.0
"""Runs the steps of a composite GitHub Action here, as a runner does: each step's `run` through
`bash --noprofile --norc -eo pipefail`, with GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV and
GITHUB_PATH as files, the runner variables set, `${{ ... }}` expressions of inputs, step outputs
and the github and runner contexts substituted, and the later steps skipped after a failure.
An expression or key it does not know is an error, so the action cannot use one unnoticed.

Usage: python3 run-action.py ACTION.yml WORKDIR [NAME=VALUE...]
  WORKDIR  the workspace (GITHUB_WORKSPACE and the steps' working directory); the runner's files
           go to WORKDIR/.runner/
Prints the action's outputs as NAME=VALUE lines, then exit=CODE (the failing step's exit code, or
0), and exits 0; the steps' log goes to standard error, the job summary to WORKDIR/.runner/summary.md. Exit 2 for bad usage or an
action this cannot run.
"""
import os
import re
import subprocess
import sys

import yaml

EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
STEP_SUMMARY_LIMIT = 1024 * 1024  # GitHub refuses a step's summary over 1 MiB
STEP_KEYS = {"name", "id", "shell", "env", "run"}


class Unsupported(Exception):
    pass


def evaluate(expression, context):
    parts = expression.split(".")
    if parts[0] == "inputs" and len(parts) == 2:
        return context["inputs"][parts[1]] if parts[1] in context["inputs"] else unknown(expression)
    if parts[0] == "steps" and len(parts) == 4 and parts[2] == "outputs":
        return context["steps"].get(parts[1], {}).get(parts[3], "")
    if expression in context["plain"]:
        return context["plain"][expression]
    return unknown(expression)


def unknown(expression):
    raise Unsupported(f"expression '{expression}' is not known here")


def substitute(text, context):
    return EXPRESSION.sub(lambda m: str(evaluate(m.group(1), context)), str(text))


def read_outputs(path):
    """GITHUB_OUTPUT's two forms: NAME=VALUE, and NAME<<DELIMITER ... DELIMITER."""
    out = {}
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delimiter = line.split("<<", 1)
            end = lines.index(delimiter, i + 1)
            out[name] = "\n".join(lines[i + 1:end])
            i = end + 1
            continue
        if "=" in line:
            name, value = line.split("=", 1)
            out[name] = value
        i += 1
    return out


def run(action_path, workdir, given):
    action = yaml.safe_load(open(action_path, encoding="utf-8"))
    if action.get("runs", {}).get("using") != "composite":
        raise Unsupported("not a composite action")
    declared = action.get("inputs", {}) or {}
    inputs = {}
    for name, spec in declared.items():
        if name in given:
            inputs[name] = given.pop(name)
        elif spec.get("required") and "default" not in spec:
            raise Unsupported(f"required input '{name}' not given")
        else:
            inputs[name] = str(spec.get("default", ""))
    if given:
        raise Unsupported(f"inputs the action does not declare: {sorted(given)}")

    workdir = os.path.abspath(workdir)
    runner = os.path.join(workdir, ".runner")
    os.makedirs(os.path.join(runner, "temp"), exist_ok=True)
    os.makedirs(os.path.join(runner, "tool-cache"), exist_ok=True)
    summary = os.path.join(runner, "summary.md")
    open(summary, "w").close()
    action_dir = os.path.dirname(os.path.abspath(action_path))
    context = {
        "inputs": inputs,
        "steps": {},
        "plain": {"github.action_path": action_dir, "github.workspace": workdir,
                  "runner.temp": os.path.join(runner, "temp"), "runner.os": "Linux"},
    }
    env = dict(os.environ)
    env.update({
        "CI": "true", "GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": workdir, "GITHUB_ACTION_PATH": action_dir,
        "RUNNER_TEMP": context["plain"]["runner.temp"], "RUNNER_TOOL_CACHE": os.path.join(runner, "tool-cache"),
        "RUNNER_OS": "Linux", "GITHUB_SHA": env.get("GITHUB_SHA", "0" * 40),
    })
    code = 0
    for index, step in enumerate(action["runs"]["steps"]):
        extra = set(step) - STEP_KEYS
        if extra:
            raise Unsupported(f"step {index + 1}: keys this runner does not handle: {sorted(extra)}")
        if step.get("shell") != "bash":
            raise Unsupported(f"step {index + 1}: shell {step.get('shell')!r}, only bash is run here")
        files = {k: os.path.join(runner, f"{k.lower()}-{index}") for k in
                 ("GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "GITHUB_ENV", "GITHUB_PATH")}
        for f in files.values():
            open(f, "w").close()
        step_env = dict(env)
        step_env.update(files)
        for key, value in (step.get("env") or {}).items():
            step_env[key] = substitute(value, context)
        script = os.path.join(runner, f"step-{index}.sh")
        with open(script, "w", encoding="utf-8") as fh:
            fh.write(substitute(step["run"], context))
        # The steps' log goes to standard error: standard output is the action's outputs.
        result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script],
                                cwd=workdir, env=step_env, stdout=sys.stderr)
        if step.get("id"):
            context["steps"][step["id"]] = read_outputs(files["GITHUB_OUTPUT"])
        step_summary = open(files["GITHUB_STEP_SUMMARY"], "rb").read()
        if len(step_summary) > STEP_SUMMARY_LIMIT:
            raise Unsupported(f"step {index + 1} wrote a {len(step_summary)}-byte summary; GitHub takes at most {STEP_SUMMARY_LIMIT}")
        with open(summary, "ab") as fh:
            fh.write(step_summary)
        env.update(read_outputs(files["GITHUB_ENV"]))
        for line in open(files["GITHUB_PATH"], encoding="utf-8").read().split():
            env["PATH"] = line + os.pathsep + env["PATH"]
        if result.returncode != 0:
            code = result.returncode
            break
    outputs = {name: substitute(spec.get("value", ""), context) for name, spec in (action.get("outputs") or {}).items()}
    return outputs, code


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    given = {}
    for arg in argv[3:]:
        if "=" not in arg:
            print(f"run-action.py: '{arg}' is not NAME=VALUE", file=sys.stderr)
            return 2
        name, value = arg.split("=", 1)
        given[name] = value
    try:
        outputs, code = run(argv[1], argv[2], given)
    except (Unsupported, ValueError, KeyError, yaml.YAMLError) as e:
        print(f"run-action.py: {e}", file=sys.stderr)
        return 2
    for name, value in outputs.items():
        print(f"{name}={value}")
    print(f"exit={code}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
