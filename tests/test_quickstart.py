"""The README's two commands on a fresh copy in a fresh virtual environment, and CI running exactly them.

Issue 14, problem 1: the first command must install the generated package too, so that the README's examples
and `python3 -m fbgraph.testing` work after it.
"""

from __future__ import annotations

import os
import shlex
import shutil
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

from tests.doc_examples import blocks
from tests.helpers import NOT_COPIED, ROOT


def readme_commands() -> list[str]:
    """The quickstart: the README's first code block, one command a line."""
    first = blocks(ROOT / "README.md")[0]
    assert first.language == "sh", "the README starts with its two commands"
    return [line for line in first.code.splitlines() if line.strip()]


def test_the_readme_starts_with_install_and_generate_then_test() -> None:
    install, test = readme_commands()
    assert install == 'python3 -m pip install -e ".[test]" -e ./generated && python3 -m generator generate'
    assert test == "python3 -m pytest"


def test_ci_installs_what_it_needs_and_runs_the_readme_test_command() -> None:
    install, test = readme_commands()
    script = [line for line in (ROOT / ".ci" / "run").read_text().splitlines() if line and not line.startswith("#")]
    assert script[-1] == test, "CI's last step is the README's test command, as written"
    pip = install.split(" && ")[0]
    (ci_install,) = [line for line in script if "pip install" in line]
    assert shlex.split(ci_install)[-3:] == shlex.split(pip)[-3:], "CI installs what the README installs"


def _offline_venv(tmp_path: Path) -> Path:
    """A fresh venv that sees this interpreter's third-party packages, so installing needs no network."""
    venv = tmp_path / "venv"
    # Without its own pip and setuptools: it uses this interpreter's, which are recent enough to install offline.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, capture_output=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    parents = {*site.getsitepackages(), sysconfig.get_paths()["purelib"]}
    (Path(purelib) / "_parent_site.pth").write_text("\n".join(sorted(parents)) + "\n")
    return python


def test_the_first_readme_command_on_a_fresh_copy_makes_the_package_importable(tmp_path: Path) -> None:
    copy = tmp_path / "project"
    shutil.copytree(ROOT, copy, ignore=NOT_COPIED)
    python = _offline_venv(tmp_path)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{python.parent}{os.pathsep}{env.get('PATH', '')}"
    install = readme_commands()[0].replace("python3", str(python))
    install = install.replace(" install ", " install --no-index --no-build-isolation --quiet ", 1)
    done = subprocess.run(install, shell=True, cwd=copy, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "generated: " in done.stdout, "the first command also generates"

    where = subprocess.run(
        [str(python), "-c", "import fbgraph.v25_0, pathlib; print(pathlib.Path(fbgraph.__file__).resolve().parent)"],
        cwd=tmp_path, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()) == (copy / "generated" / "fbgraph").resolve(), "imported from the copy"
    server = subprocess.run(
        [str(python), "-m", "fbgraph.testing", "--help"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert server.returncode == 0 and "--graph-version" in server.stdout, server.stderr
    collected = subprocess.run(
        [str(python), "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "tests/test_golden.py"],
        cwd=copy, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert collected.returncode == 0, collected.stdout + collected.stderr
