"""Stage 5: write the generated tree. Only changed files are written; files the spec no longer produces are
removed. A manifest records what the generator wrote, so it never touches a file it did not write."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".graph-codegen-manifest.json"
# Files of the output folder that generate neither writes nor removes: `bump` keeps the changelog.
KEPT_FILES = frozenset({"CHANGELOG.md"})


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def manifest_text(files: Mapping[str, str]) -> str:
    entries = {path: digest(text) for path, text in sorted(files.items())}
    document = {"generator": "graph-api-codegen", "files": entries}
    return json.dumps(document, indent=2, sort_keys=True) + "\n"


def read_manifest(output_dir: Path) -> dict[str, str]:
    try:
        document = json.loads((output_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = document.get("files") if isinstance(document, dict) else None
    if not isinstance(files, dict):
        return {}
    return {str(k): str(v) for k, v in files.items()}


@dataclass
class Changes:
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0

    def summary(self) -> str:
        return f"{len(self.written)} written, {len(self.removed)} removed, {self.unchanged} unchanged"


def _current(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def plan(output_dir: Path, files: Mapping[str, str]) -> Changes:
    """What writing ``files`` would change, without changing anything."""
    changes = Changes()
    everything = {**files, MANIFEST: manifest_text(files)}
    for rel, text in sorted(everything.items()):
        if _current(output_dir / rel) == text:
            changes.unchanged += 1
        else:
            changes.written.append(rel)
    for rel in sorted(read_manifest(output_dir)):
        if rel not in files and (output_dir / rel).exists():
            changes.removed.append(rel)
    return changes


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write(output_dir: Path, files: Mapping[str, str]) -> Changes:
    changes = plan(output_dir, files)
    everything = {**files, MANIFEST: manifest_text(files)}
    for rel in changes.written:
        _write_atomic(output_dir / rel, everything[rel])
    for rel in changes.removed:
        (output_dir / rel).unlink()
        parent = (output_dir / rel).parent
        while parent != output_dir and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
    return changes
