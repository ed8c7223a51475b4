"""Row 1: cold generation of this project's spec, against openapi-python-client on the same node.

Ours: ``python3 -m generator --no-cache generate`` in a scratch copy of the project (its spec, and its generated/
without the version folders, which are removed before every run), once per version alone and once for both.
The peer: openapi-python-client generating the OpenAPI description of v5.0's AdsPixel that bench.openapi derives
from the same IR, with its default settings (which format its output with ruff).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from bench import measure
from bench.openapi import describe, version_ir
from bench.peers import Peer
from bench.table import Row, Skipped, seconds

ROOT = Path(__file__).resolve().parent.parent
PEER_VERSION = "v5.0"
PEER_NODE = "AdsPixel"
GOAL = 1.0


def _project_copy(scratch: Path, versions: list[str]) -> Path:
    """A project with the spec of ``versions`` and generated/ without any version folder."""
    root = scratch / ("seeds-" + "-".join(versions))
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    shutil.copy2(ROOT / "pyproject.toml", root / "pyproject.toml")
    (root / "spec").mkdir()
    for item in (ROOT / "spec").iterdir():
        if item.is_file():
            shutil.copy2(item, root / "spec" / item.name)
    for version in versions:
        shutil.copytree(ROOT / "spec" / version, root / "spec" / version)
    shutil.copytree(ROOT / "generated", root / "generated", ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    return root


def _version_folders(root: Path) -> list[Path]:
    package = root / "generated" / "fbgraph"
    return [package / folder.name.replace(".", "_") for folder in (ROOT / "spec").iterdir() if folder.is_dir()]


def _ours(root: Path, cpu: list[float]) -> float:
    for folder in _version_folders(root):
        shutil.rmtree(folder, ignore_errors=True)
    env = measure.with_path(os.environ, ROOT)
    done = measure.run([sys.executable, "-m", "generator", "--no-cache", "generate"], cwd=root, env=env)
    cpu.append(done.cpu)
    return done.wall


def _theirs(peer: Peer, document: Path, out: Path, cpu: list[float]) -> float:
    shutil.rmtree(out, ignore_errors=True)
    # Its post-generation hooks run ruff from PATH: the one installed with it.
    env = {**os.environ, "PATH": f"{peer.python.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [str(peer.python.parent / "openapi-python-client"), "generate", "--path", str(document)]
    done = measure.run([*command, "--output-path", str(out)], env=env)
    said = f"{done.stdout}\n{done.stderr}".strip()
    if "warning" in said.lower() or "error" in said.lower():
        raise measure.CommandFailed(f"openapi-python-client reported problems: {' | '.join(said.splitlines()[-4:])}")
    cpu.append(done.cpu)
    return done.wall


def _peer_counts(out: Path) -> tuple[int, int]:
    """Endpoint modules and model modules openapi-python-client wrote."""
    package = next(p for p in out.iterdir() if (p / "__init__.py").is_file())
    endpoints = [p for p in (package / "api").rglob("*.py") if p.name != "__init__.py"]
    models = [p for p in (package / "models").glob("*.py") if p.name != "__init__.py"]
    return len(endpoints), len(models)


def _document_counts(document: dict[str, Any]) -> tuple[int, int]:
    operations = sum(len(methods) for methods in document["paths"].values())
    return operations, len(document["components"]["schemas"])


def measure_cold(peer: Peer | None, scratch: Path, repeats: int) -> tuple[list[Row | Skipped], list[str]]:
    # In version order: v5.0 before v25.0.
    versions = sorted(
        (p.name for p in (ROOT / "spec").iterdir() if p.is_dir()),
        key=lambda name: [int(part) for part in name[1:].split(".")],
    )
    if peer is None:
        return [Skipped("cold generate, seeds' spec", "openapi-python-client is not installed")], []
    document = describe(version_ir(ROOT / "spec", PEER_VERSION), PEER_NODE)
    path = scratch / "openapi.json"
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    out = scratch / "openapi-client"
    projects = {version: _project_copy(scratch, [version]) for version in versions}
    projects["both"] = _project_copy(scratch, versions)
    cpu: dict[str, list[float]] = {name: [] for name in [*projects, "peer"]}
    measures: dict[str, Callable[[], float]] = {
        name: partial(_ours, root, cpu[name]) for name, root in projects.items()
    }
    measures["peer"] = partial(_theirs, peer, path, out, cpu["peer"])
    figures = measure.alternating(measures, repeats)
    rows: list[Row | Skipped] = []
    for name in [*versions, "both"]:
        label = f"cold generate, seeds' spec, {name if name != 'both' else 'both versions'} / openapi-python-client"
        ratio = figures[name] / figures["peer"]
        rows.append(Row(label, seconds(figures[name]), seconds(figures["peer"]), ratio, GOAL, "x"))
    operations, schemas = _document_counts(document)
    endpoints, models = _peer_counts(out)
    notes = [
        f"openapi-python-client on {PEER_VERSION} {PEER_NODE}: its input has {operations} operations and {schemas} "
        f"schemas; it wrote {endpoints} endpoint modules and {models} model modules",
        "cold generate, CPU time over all processes (medians): "
        + ", ".join(f"{name} {statistics.median(values):.2f} s" for name, values in cpu.items()),
    ]
    return rows, notes
