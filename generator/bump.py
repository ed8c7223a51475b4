"""Start a new Graph version: copy a spec folder, make its version.yaml speak of the new version, regenerate, and
add the version's changelog entry.

Running it again on an untouched copy changes nothing. A copy someone has edited is never overwritten: without
``--force`` bump refuses and says what to run instead; with ``--force`` the edited folder is moved aside (to a
numbered folder it names) and a fresh copy takes its place.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from generator import pipeline, writing
from generator.changelog import pairs, refresh
from generator.config import Config
from generator.diagnostics import display_path
from generator.spec.loader import list_versions

_VERSION = re.compile(r"^v[0-9]+\.[0-9]+\Z")
_GRAPH_VERSION_LINE = re.compile(r"^graph_version:\s*v[0-9]+\.[0-9]+\s*$", re.MULTILINE)
# A top-level `description:` with its indented continuation lines (a folded or plain multi-line scalar).
_DESCRIPTION = re.compile(r"^description:.*\n(?:[ \t]+.*\n|[ \t]*\n(?=[ \t]))*", re.MULTILINE)
# Where `--force` moves an edited version folder, below the project root.
REPLACED_DIR = Path(".graph-codegen") / "replaced"


class BumpError(Exception):
    pass


@dataclass
class BumpResult:
    old: str
    new: str
    spec: str  # "created", "unchanged" or "replaced"
    moved_aside: Path | None  # where --force put the edited folder
    files: int
    changes: writing.Changes
    changelog: str


def _description(old: str, new: str) -> str:
    return (
        "description: >-\n"
        f"  Graph API {new} - carried forward from {old}; edit this to say what the {new} reference changes.\n"
    )


def new_version_yaml(text: str, old: str, new: str, where: Path) -> str:
    """``version.yaml`` of ``old`` made into the one of ``new``: its version and its own description."""
    text, count = _GRAPH_VERSION_LINE.subn(f"graph_version: {new}", text)
    if count != 1:
        raise BumpError(f"{display_path(where)}: expected one 'graph_version: vX.Y' line to update")
    text, count = _DESCRIPTION.subn(_description(old, new), text, count=1)
    if count == 0:
        text = _GRAPH_VERSION_LINE.sub(lambda m: m[0] + "\n" + _description(old, new).rstrip("\n"), text, count=1)
    return text


def _planned_copy(source: Path, old: str, new: str) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        rel = path.relative_to(source).as_posix()
        data = path.read_bytes()
        if rel == "version.yaml":
            data = new_version_yaml(data.decode("utf-8"), old, new, path).encode("utf-8")
        files[rel] = data
    return files


def _current(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _edits(current: dict[str, bytes], planned: dict[str, bytes]) -> list[str]:
    """The files that differ from a fresh copy: edited, added or deleted."""
    return sorted(rel for rel in current.keys() | planned.keys() if current.get(rel) != planned.get(rel))


def _move_aside(config: Config, target: Path) -> Path:
    """Move an edited version folder out of the spec, to a numbered folder no earlier run used."""
    base = config.root / REPLACED_DIR
    number = 1
    while (base / f"{target.name}-{number}").exists():
        number += 1
    aside = base / f"{target.name}-{number}"
    aside.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(target), str(aside))
    return aside


def bump(config: Config, new: str, old: str | None = None, *, force: bool = False) -> BumpResult:
    if not _VERSION.match(new):
        raise BumpError(f"{new!r} is not a Graph version; write it like v26.0")
    versions = [p.name for p in list_versions(config.spec_dir)]
    if old is not None and old not in versions:
        raise BumpError(f"--from {old}: {display_path(config.spec_dir / old)} does not exist")
    old = old or next((v for v in reversed(versions) if v != new), None)
    if old is None:
        raise BumpError(f"no version folder (like v25.0) in {display_path(config.spec_dir)} to copy from")
    if old == new:
        raise BumpError("the new version must differ from the one it is copied from")
    target = config.spec_dir / new
    planned = _planned_copy(config.spec_dir / old, old, new)
    moved_aside = None
    if not target.exists():
        state = "created"
    else:
        edited = _edits(_current(target), planned)
        if not edited:
            state = "unchanged"
        elif not force:
            shown = ", ".join(edited[:5]) + (f" and {len(edited) - 5} more" if len(edited) > 5 else "")
            raise BumpError(
                f"{display_path(target)} already exists with edits ({shown} differ from a fresh copy of {old}); "
                f"to regenerate and refresh its changelog entry run `graph-codegen generate` and "
                f"`graph-codegen changelog {new}`; to start over from a fresh copy pass --force "
                f"(the edited folder is moved to {display_path(config.root / REPLACED_DIR)}/, not deleted)"
            )
        else:
            state = "replaced"
            moved_aside = _move_aside(config, target)
    if state != "unchanged":
        for rel, data in planned.items():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            (target / rel).write_bytes(data)
    result = pipeline.generate(config)
    # The entry that ends at the new version, and, for a version slotted in below the newest, the one after it.
    states = [refresh(config, later) for earlier, later in pairs(config) if new in (earlier, later)]
    return BumpResult(old, new, state, moved_aside, result.files, result.changes, "; ".join(states))
