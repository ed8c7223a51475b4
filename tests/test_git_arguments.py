"""A revision given to `diff` is data: it is resolved by git and can never become an option of a git command."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.helpers import run_cli, spec_files, write_project


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    write_project(tmp_path, spec_files())
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "-A"], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-qm", "spec"], cwd=tmp_path, check=True)
    return tmp_path


@pytest.mark.parametrize(
    "revision",
    [
        "--output={victim}",
        "--output {victim}",
        "-o{victim}",
        "--remote=ext::sh -c touch% {victim}",
        "--exec=touch {victim}",
        "HEAD --output={victim}",
    ],
)
def test_a_revision_that_looks_like_an_option_is_refused_and_touches_nothing(
    repository: Path, tmp_path_factory: pytest.TempPathFactory, revision: str
) -> None:
    victim = tmp_path_factory.mktemp("elsewhere") / "precious.txt"
    victim.write_text("precious\n")
    side = revision.format(victim=victim) + ":spec/v1.0"
    result = run_cli("diff", "--", side, "v1.0", cwd=repository)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "is not a git revision" in result.stderr, result.stderr
    assert victim.read_text() == "precious\n"
    assert sorted(p.name for p in victim.parent.iterdir()) == ["precious.txt"]


@pytest.mark.parametrize("path", ["../..", "spec/../../x", ":(top)spec/v1.0"])
def test_a_path_outside_the_repository_or_with_pathspec_magic_is_refused(repository: Path, path: str) -> None:
    result = run_cli("diff", f"HEAD:{path}", "v1.0", cwd=repository)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("error: HEAD:"), result.stderr


def test_a_revision_by_name_still_works(repository: Path) -> None:
    branch = subprocess.run(["git", "branch", "--show-current"], cwd=repository, capture_output=True, text=True)
    for revision in ("HEAD", "HEAD~0", branch.stdout.strip()):
        result = run_cli("diff", f"{revision}:spec/v1.0", "v1.0", cwd=repository)
        assert result.returncode == 0, (revision, result.stderr)
