#!/usr/bin/env python3
"""Checks the GitHub workflows under .github/workflows/, which cannot run here (the release needs
Windows and macOS runners): valid YAML, the shape GitHub expects (a trigger, jobs with runs-on and
steps, each step either `uses` an action pinned to a version or `run`s a command), expressions
closed, and the paths and Tauri bundles they name present in this repository. Prints what it
checked; exits 1 naming the file and what is wrong."""

import pathlib
import re
import sys

import yaml

REPO = pathlib.Path(__file__).resolve().parent.parent
TAURI_BUNDLES = {"deb", "rpm", "appimage", "msi", "nsis", "app", "dmg"}
problems = []


def problem(file, message):
    problems.append(f"{file.relative_to(REPO)}: {message}")


def check(file):
    text = file.read_text(encoding="utf-8")
    if text.count("${{") != text.count("}}"):
        problem(file, "an expression ${{ … }} is not closed")
    try:
        workflow = yaml.safe_load(text)
    except yaml.YAMLError as e:
        problem(file, f"not valid YAML: {e}")
        return
    # YAML 1.1 reads the key `on` as True.
    trigger = workflow.get("on", workflow.get(True))
    if not trigger:
        problem(file, "no trigger (`on:`)")
    jobs = workflow.get("jobs") or {}
    if not jobs:
        problem(file, "no jobs")
    for name, job in jobs.items():
        if "runs-on" not in job:
            problem(file, f"job {name}: no runs-on")
        steps = job.get("steps") or []
        if not steps:
            problem(file, f"job {name}: no steps")
        for i, step in enumerate(steps, 1):
            where = f"job {name}, step {i} ({step.get('name', step.get('uses', ''))})"
            if ("uses" in step) == ("run" in step):
                problem(file, f"{where}: a step either uses an action or runs a command")
            if "uses" in step and not re.search(r"@v?\d", step["uses"]):
                problem(file, f"{where}: {step['uses']} is not pinned to a version")
            for path in re.findall(r"(?:ui|src-tauri|crates)/[\w./-]+", str(step.get("with", "")) + str(step.get("run", ""))):
                if "*" not in path and "node_modules" not in path and not (REPO / path).exists():
                    problem(file, f"{where}: {path} does not exist here")
        for entry in (job.get("strategy", {}).get("matrix", {}).get("include") or []):
            for bundle in str(entry.get("bundles", "")).split(","):
                if bundle and bundle not in TAURI_BUNDLES:
                    problem(file, f"job {name}: {bundle} is not a bundle Tauri makes")
    print(f"check-workflows: {file.relative_to(REPO)}: {len(jobs)} job(s) read")


files = sorted((REPO / ".github/workflows").glob("*.yml"))
if not files:
    problems.append(".github/workflows: no workflow")
for f in files:
    check(f)
if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
