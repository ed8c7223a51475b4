"""Start a new Graph version: copy the newest spec folder, regenerate, and record the API changes."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from generator import pipeline
from generator.config import Config
from generator.diff.compare import compare
from generator.diff.report import as_markdown
from generator.diff.sources import load_side
from generator.spec.loader import list_versions

CHANGELOG = "CHANGELOG.md"
_VERSION = re.compile(r"^v[0-9]+\.[0-9]+\Z")
_GRAPH_VERSION_LINE = re.compile(r"^graph_version:\s*v[0-9]+\.[0-9]+\s*$", re.MULTILINE)
_CHANGELOG_TITLE = "# Changelog\n\nAPI changes between the Graph versions of this package, newest first.\n"


class BumpError(Exception):
    pass


@dataclass
class BumpResult:
    old: str
    new: str
    spec: str  # "created", "unchanged" or "replaced"
    changelog_changed: bool
    files_written: int


def _planned_copy(source: Path, new: str) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        rel = path.relative_to(source).as_posix()
        data = path.read_bytes()
        if rel == "version.yaml":
            text, count = _GRAPH_VERSION_LINE.subn(f"graph_version: {new}", data.decode("utf-8"))
            if count != 1:
                raise BumpError(f"{path}: expected one 'graph_version: vX.Y' line to update")
            data = text.encode("utf-8")
        files[rel] = data
    return files


def _current(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def changelog_entry(config: Config, old: str, new: str) -> str:
    return as_markdown(old, new, compare(load_side(config, old), load_side(config, new)))


def update_changelog(path: Path, entry: str) -> bool:
    """Put ``entry`` first in the changelog, replacing an older entry for the same pair; True if it changed."""
    heading = entry.splitlines()[0]
    text = path.read_text(encoding="utf-8") if path.exists() else _CHANGELOG_TITLE
    body = text[len(_CHANGELOG_TITLE) :] if text.startswith(_CHANGELOG_TITLE) else text
    entries = [e for e in re.split(r"(?m)^(?=## )", body) if e.strip()]
    kept = [e for e in entries if e.splitlines()[0] != heading]
    updated = _CHANGELOG_TITLE + "\n" + "\n".join(e.rstrip("\n") + "\n" for e in [entry, *kept])
    if updated == text:
        return False
    path.write_text(updated, encoding="utf-8")
    return True


def bump(config: Config, new: str, old: str | None = None, *, force: bool = False) -> BumpResult:
    if not _VERSION.match(new):
        raise BumpError(f"{new!r} is not a Graph version; write it like v26.0")
    versions = [p.name for p in list_versions(config.spec_dir)]
    old = old or next((v for v in reversed(versions) if v != new), None)
    if old is None or old not in versions:
        raise BumpError(f"no spec folder {old or '(none)'} to copy from in {config.spec_dir}")
    if old == new:
        raise BumpError("the new version must differ from the one it is copied from")
    target = config.spec_dir / new
    planned = _planned_copy(config.spec_dir / old, new)
    if not target.exists():
        state = "created"
    elif _current(target) == planned:
        state = "unchanged"
    elif force:
        state = "replaced"
    else:
        raise BumpError(
            f"{target} already exists and differs from a fresh copy of {old}; "
            "keep your edits (and run `graph-codegen generate`), or pass --force to replace it"
        )
    if state != "unchanged":
        if target.exists():
            shutil.rmtree(target)
        for rel, data in planned.items():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            (target / rel).write_bytes(data)
    result = pipeline.generate(config)
    changed = update_changelog(config.output_dir / CHANGELOG, changelog_entry(config, old, new))
    return BumpResult(old, new, state, changed, len(result.changes.written))
