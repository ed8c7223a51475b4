"""Helpers for tests: tiny inline specs, running the CLI, and importing what was generated."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

from generator import pipeline
from generator.config import Config
from generator.spec.editor_schema import SCHEMA_PATH, schema_text

ROOT = Path(__file__).resolve().parent.parent
# Left out of a copy of the project: what git ignores, and what a run writes.
NOT_COPIED = shutil.ignore_patterns(
    ".git",
    ".cache",
    "__pycache__",
    "*.egg-info",
    ".mypy_cache",
    ".pytest_cache",
    ".hypothesis",
    "build",
    ".generated.*",
)


def spec_versions(root: Path = ROOT) -> tuple[str, ...]:
    """The Graph versions in the project's spec/, oldest first: tests that cover every version loop over these."""
    from generator.spec.loader import list_versions

    return tuple(p.name for p in list_versions(root / "spec"))


def require_version(version: str, facts: str) -> str:
    """A version some test facts describe; fails naming the file to update when spec/ no longer has it."""
    import pytest

    if version not in spec_versions():
        pytest.fail(
            f"{facts} describes {version}, which spec/ no longer has ({', '.join(spec_versions())}); update {facts}"
        )
    return version


VERSION_YAML = """\
graph_version: {version}
sources:
  test:
    title: Written for this test
"""

ERRORS_YAML = """\
codes:
  100: {name: invalid_parameter, message: Invalid parameter, category: invalid_parameter, transient: false, source: test}
  190: {name: access_token_invalid, message: Invalid OAuth 2.0 Access Token, category: auth, transient: false, source: test}
  4: {name: api_too_many_calls, message: Application request limit reached, category: throttling, transient: true, source: test}
"""

WIDGET_YAML = """\
node: Widget
source: test
coverage: documented
description: A small node for tests.
fields:
  id: {type: numeric string, description: The id.}
  name: {type: string, description: The name.}
  class: {type: string, description: A Graph name that is a Python keyword.}
  color: {type: Color}
  sizes: {type: "list<enum {S, M, L}>"}
  owner: {type: Owner}
enums:
  Color: {values: [RED, GREEN]}
read:
  errors: [100, 190]
update:
  params:
    name: {type: string, required: true, description: New name.}
    color: {type: Color}
    sizes: {type: "array<enum {S, M, L}>"}
    visible: {type: bool}
  returns: "Struct {success: bool}"
  errors: [100]
edges:
  things:
    get:
      params:
        since: {type: datetime}
      returns: list<Owner>
      errors: [100, 4]
    post:
      params:
        payload: {type: "list<JSON-encoded string>", required: true}
      returns: "Struct {count: int32} Or Struct {success: bool, note: string}"
      errors: [100]
"""

OWNER_YAML = """\
node: Owner
source: test
coverage: minimal
fields:
  id: {type: numeric string}
  name: {type: string}
  widgets: {type: list<Widget>}
"""


def spec_files(**overrides: str | None) -> dict[str, str]:
    """A small valid spec for version v1.0; keyword arguments replace (or with None, drop) files by name."""
    files: dict[str, str | None] = {
        "version.yaml": VERSION_YAML.format(version="v1.0"),
        "errors.yaml": ERRORS_YAML,
        "widget.yaml": WIDGET_YAML,
        "owner.yaml": OWNER_YAML,
    }
    files.update({name.replace("__", "."): text for name, text in overrides.items()})
    return {name: text for name, text in files.items() if text is not None}


def write_project(root: Path, files: dict[str, str], *, package: str = "fbtest", version: str = "v1.0") -> Config:
    """A project folder with settings and a spec; returns its config."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(
        textwrap.dedent(f"""\
            [tool.graph-codegen]
            spec_dir = "spec"
            output_dir = "generated"
            package = "{package}"
            """),
        encoding="utf-8",
    )
    spec = root / "spec" / version
    spec.mkdir(parents=True, exist_ok=True)
    (root / "spec" / SCHEMA_PATH).write_text(schema_text(), encoding="utf-8")
    for name, text in files.items():
        (spec / name).write_text(text, encoding="utf-8")
    return Config.load(root)


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m generator`` as a user would, in ``cwd``."""
    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = os.pathsep.join([str(ROOT), full_env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def generate_and_import(root: Path, files: dict[str, str], package: str) -> ModuleType:
    """Generate ``files`` as package ``package`` and import its v1.0 subpackage."""
    config = write_project(root, files, package=package)
    pipeline.generate(config)
    sys.path.insert(0, str(config.output_dir))
    importlib.invalidate_caches()
    return importlib.import_module(f"{package}.v1_0")


def tree(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` by relative path; caches and build leftovers are not part of a tree."""
    skip = ("__pycache__", ".mypy_cache", ".egg-info", "/build/")
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not any(s in f"/{p.relative_to(folder).as_posix()}" for s in skip)
    }


def owned_tree(folder: Path) -> dict[str, bytes]:
    """The files the generator owns in ``folder``: those its manifest lists, and the manifest."""
    from generator.writing import MANIFEST, read_manifest

    owned = set(read_manifest(folder)) | {MANIFEST}
    return {rel: data for rel, data in tree(folder).items() if rel in owned}
