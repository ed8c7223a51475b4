"""The generated distribution as its users get it: type-checked, formatted, pip-installed into a fresh venv."""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

from tests.helpers import ROOT, spec_versions

GENERATED = ROOT / "generated"


def _run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600, env={**os.environ, **(env or {})})


def test_mypy_strict_passes_on_the_generated_package(tmp_path: Path) -> None:
    result = _run(
        sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), "fbgraph", cwd=GENERATED
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_black_check_passes_on_the_generated_package() -> None:
    result = _run(sys.executable, "-m", "black", "--check", "generated", cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pip_install_into_a_fresh_venv_and_import_both_versions(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    assert _run(sys.executable, "-m", "venv", str(venv), cwd=tmp_path).returncode == 0
    python = venv / "bin" / "python"
    # The venv sees this interpreter's packages (pydantic, httpx, setuptools) so the install needs no network.
    venv_site = Path(
        _run(
            str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path
        ).stdout.strip()
    )
    parents = {*site.getsitepackages(), sysconfig.get_paths()["purelib"]}
    (venv_site / "_parent_site.pth").write_text("\n".join(sorted(parents)) + "\n")
    source = tmp_path / "source"
    shutil.copytree(GENERATED, source)  # building writes next to the sources; keep generated/ clean
    wheels = tmp_path / "wheels"
    build = _run(
        sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "--quiet", "-w", str(wheels),
        str(source), cwd=tmp_path,
    )  # fmt: skip
    assert build.returncode == 0, build.stdout + build.stderr
    (wheel,) = wheels.glob("fbgraph-*.whl")

    install = _run(str(python), "-m", "pip", "install", "--no-index", "--quiet", str(wheel), cwd=tmp_path)
    assert install.returncode == 0, install.stdout + install.stderr

    versions = spec_versions()
    probe = (
        "import importlib, pathlib, fbgraph\n"
        f"assert fbgraph.GRAPH_VERSIONS == {versions!r}, fbgraph.GRAPH_VERSIONS\n"
        f"for version in {versions!r}:\n"
        "    api = importlib.import_module('fbgraph.' + version.replace('.', '_'))\n"
        "    assert api.GRAPH_VERSION == version\n"
        "    assert callable(api.ads_pixel.create_event) and callable(api.ads_pixel.create_event_async)\n"
        "print(pathlib.Path(fbgraph.__file__).parent)\n"
    )
    # Without PYTHONPATH, so that the package can only come from the venv.
    result = _run(str(python), "-c", probe, cwd=tmp_path, env={"PYTHONPATH": ""})
    assert result.returncode == 0, result.stdout + result.stderr
    installed = Path(result.stdout.strip())
    assert installed.is_relative_to(venv), f"imported from {installed}, not from the venv"
    assert (installed / "py.typed").is_file()
