"""`make check` runs bandit with the configuration of pyproject.toml: the code has no medium or
high finding, a new one fails the check, and every `# nosec` names its test and gives a reason."""

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BANDIT = [sys.executable, "-m", "bandit", "-c", str(ROOT / "pyproject.toml")]
# What bandit skips (pyproject.toml), and git's own folder.
SKIPPED_DIRS = {
    folder.removeprefix("./")
    for folder in tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["bandit"][
        "exclude_dirs"
    ]
} | {".git"}


def bandit(path):
    return subprocess.run(
        [*BANDIT, "-r", str(path), "--severity-level", "medium", "--quiet", "--format", "txt"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def test_the_code_has_no_medium_or_high_finding():
    done = bandit(".")
    assert done.returncode == 0, done.stdout


def test_a_new_medium_finding_fails_the_check(tmp_path):
    (tmp_path / "views.py").write_text(
        "from django.utils.safestring import mark_safe\n\n\n"
        "def greet(request):\n"
        '    return mark_safe(request.GET["name"])\n'
    )
    done = bandit(tmp_path)
    assert done.returncode == 1
    assert "B308" in done.stdout or "B703" in done.stdout


def python_sources():
    for path in ROOT.rglob("*"):
        parts = set(path.relative_to(ROOT).parts)
        if parts & SKIPPED_DIRS or not path.is_file():
            continue
        if path.suffix == ".py" or path.read_bytes().startswith(b"#!/usr/bin/env python"):
            yield path


def test_every_nosec_names_its_test_and_gives_a_reason():
    unjustified = []
    for path in python_sources():
        lines = path.read_text().splitlines()
        for number, line in enumerate(lines):
            if "# nosec" not in line:
                continue
            named = re.search(r"# nosec(?: B\d{3})+(\s+#\s*\S.*)?$", line)
            comment_above = any(
                earlier.strip().startswith("#") for earlier in lines[max(0, number - 5) : number]
            )
            if not named or not (named.group(1) or comment_above):
                unjustified.append(f"{path.relative_to(ROOT)}:{number + 1}: {line.strip()}")
    assert not unjustified, "\n".join(unjustified)
