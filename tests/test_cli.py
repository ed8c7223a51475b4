"""The command line behaves like its neighbours. Issue 14, problem 8."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import cli
from tests.helpers import ROOT, run_cli, spec_files, write_project

PROJECT_OPTIONS = ("--root", "--spec", "--output", "--jobs", "--no-cache")


def _subcommands() -> list[str]:
    return sorted(cli.commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", _subcommands())
def test_every_subcommand_lists_the_project_options_in_its_help(command: str) -> None:
    result = run_cli(command, "--help", cwd=ROOT)
    assert result.returncode == 0, result.stderr
    for option in PROJECT_OPTIONS:
        assert option in result.stdout, f"{command} --help does not list {option}"


def test_options_work_before_and_after_the_subcommand(tmp_path: Path) -> None:
    write_project(tmp_path, spec_files())
    after = run_cli("generate", "--jobs", "2", "--no-cache", cwd=tmp_path)
    assert after.returncode == 0, after.stderr
    before = run_cli("--jobs", "2", "--no-cache", "check", cwd=tmp_path)
    assert before.returncode == 0, before.stderr
    elsewhere = tmp_path.parent
    assert run_cli("check", "--root", str(tmp_path), cwd=elsewhere).returncode == 0
    assert run_cli("--root", str(tmp_path), "check", cwd=elsewhere).returncode == 0
    # Given at both places, the one after the subcommand wins.
    wins = run_cli("--root", str(elsewhere), "check", "--root", str(tmp_path), cwd=elsewhere)
    assert wins.returncode == 0, wins.stderr
    bad = run_cli("generate", "--jobs", "0", cwd=tmp_path)
    assert bad.returncode == 2 and "--jobs" in bad.stderr and "Traceback" not in bad.stderr


def test_counts_add_up(tmp_path: Path) -> None:
    config = write_project(tmp_path, spec_files())
    pattern = re.compile(r": (\d+) files; (\d+) written, (\d+) removed, (\d+) unchanged$")
    first = pattern.search(run_cli("generate", cwd=tmp_path).stdout.strip())
    assert first is not None
    total, written, removed, unchanged = map(int, first.groups())
    assert (written, removed, unchanged) == (total, 0, 0)
    (config.output_dir / "fbtest/v1_0/errors.py").unlink()
    for flags in ((), ("--no-cache",)):
        again = pattern.search(run_cli("generate", *flags, cwd=tmp_path).stdout.strip())
        assert again is not None
        n, a, b, c = map(int, again.groups())
        assert n == total and a + c == n and b == 0, again.group(0)
    (config.spec_dir / "v1.0" / "owner.yaml").unlink()
    widget = config.spec_dir / "v1.0" / "widget.yaml"
    widget.write_text(widget.read_text().replace("Owner", "Widget"))
    shrunk = pattern.search(run_cli("generate", cwd=tmp_path).stdout.strip())
    assert shrunk is not None
    n, a, b, c = map(int, shrunk.groups())
    assert a + c == n and b >= 1 and n < total, shrunk.group(0)


def test_outside_a_project_the_message_says_what_was_looked_for_and_where(tmp_path: Path) -> None:
    result = run_cli("generate", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        f"error: no [tool.graph-codegen] in a pyproject.toml above {tmp_path}; run inside the project or pass --root"
    )
    named = run_cli("check", "--root", str(tmp_path), cwd=tmp_path)
    assert named.returncode == 2 and f"no [tool.graph-codegen] in {tmp_path / 'pyproject.toml'}" in named.stderr
    (tmp_path / "pyproject.toml").write_text("[tool.graph-codegen]\n")
    empty = run_cli("generate", cwd=tmp_path)
    assert empty.returncode == 2
    assert f"no version folders (like v25.0) in {tmp_path / 'spec'}" in empty.stderr


def test_a_missing_version_is_named_as_the_folder_that_does_not_exist() -> None:
    result = run_cli("diff", "v5.0", "v99.0", cwd=ROOT)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("error: spec/v99.0 does not exist"), result.stderr


def test_the_script_and_the_module_are_the_same_command() -> None:
    script = Path(sys.executable).parent / "graph-codegen"
    if not script.exists():
        pytest.skip("the graph-codegen script is not installed beside this interpreter")
    by_script = subprocess.run([str(script), "--help"], capture_output=True, text=True, cwd=ROOT)
    assert by_script.returncode == 0 and by_script.stdout == run_cli("--help", cwd=ROOT).stdout
    for command in ("generate", "check", "diff", "bump", "changelog", "schema"):
        assert command in by_script.stdout


def test_shell_completion_offers_subcommands_and_versions() -> None:
    env = {"_GRAPH_CODEGEN_COMPLETE": "bash_complete", "COMP_WORDS": "graph-codegen ch", "COMP_CWORD": "1"}
    script = Path(sys.executable).parent / "graph-codegen"
    if not script.exists():
        pytest.skip("the graph-codegen script is not installed beside this interpreter")
    words = subprocess.run([str(script)], env={**os.environ, **env}, capture_output=True, text=True, cwd=ROOT)
    assert "changelog" in words.stdout and "check" in words.stdout
    env = {"_GRAPH_CODEGEN_COMPLETE": "bash_complete", "COMP_WORDS": "graph-codegen diff v", "COMP_CWORD": "2"}
    versions = subprocess.run([str(script)], env={**os.environ, **env}, capture_output=True, text=True, cwd=ROOT)
    assert "v5.0" in versions.stdout and "v25.0" in versions.stdout
