"""Stage 5: write the generated tree, all or nothing.

The new tree is assembled next to the output folder (unchanged files are hard-linked, so they are not rewritten)
and then swapped in with one atomic rename: a run that fails or is killed leaves the output folder exactly as it
was, or, once the swap happened, exactly as the new run made it; never a mix.

A manifest records every file the generator wrote with its content hash. The generator only ever changes or
removes files in the manifest; anything else in the folder (the changelog, hand-written extensions, build
leftovers) is carried over untouched. A manifest file whose content no longer matches was edited by hand, and is
not overwritten without ``force``.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import hashlib
import json
import os
import shutil
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".graph-codegen-manifest.json"
# Hand-maintained places in the output folder: the changelog `bump` keeps, and the package's extensions.
HAND_MAINTAINED = ("CHANGELOG.md", "*/extensions/**")


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


class HandEditError(Exception):
    def __init__(self, output_dir: Path, files: list[str]) -> None:
        self.files = files
        listed = ", ".join(str(output_dir / f) for f in files)
        super().__init__(
            f"{len(files)} generated file(s) were edited by hand: {listed}. Move hand-written code to the package's "
            "extensions/ folder (see the README), or pass --force to overwrite them."
        )


@dataclass
class Changes:
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0  # generated files only: the manifest is bookkeeping, not counted here
    edited: list[str] = field(default_factory=list)  # changed by hand since the generator wrote them

    def summary(self) -> str:
        """Counts of generated files; written + unchanged is every file generated, removed ones are not among them."""
        written = len([rel for rel in self.written if rel != MANIFEST])
        return f"{written} written, {len(self.removed)} removed, {self.unchanged} unchanged"


def _current(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def plan(output_dir: Path, files: Mapping[str, str]) -> Changes:
    """What writing ``files`` would change, without changing anything."""
    changes = Changes()
    recorded = read_manifest(output_dir)
    everything = {**files, MANIFEST: manifest_text(files)}
    for rel, text in sorted(everything.items()):
        current = _current(output_dir / rel)
        if current == text:
            changes.unchanged += rel != MANIFEST
            continue
        changes.written.append(rel)
        if current is not None and rel in recorded and digest(current) != recorded[rel]:
            changes.edited.append(rel)
    for rel in sorted(recorded):
        if rel not in files and (output_dir / rel).exists():
            changes.removed.append(rel)
            current = _current(output_dir / rel)
            if current is not None and digest(current) != recorded[rel]:
                changes.edited.append(rel)
    return changes


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2); False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(a))


def _swap_in(stage: Path, output_dir: Path, backup: Path) -> None:
    if not output_dir.exists():
        os.rename(stage, output_dir)
        return
    if _exchange(stage, output_dir):
        shutil.rmtree(stage)  # it now holds the old tree
        return
    # Without an atomic exchange: two renames, and `_recover` finishes the job if a run dies between them.
    os.rename(output_dir, backup)
    os.rename(stage, output_dir)
    shutil.rmtree(backup)


def _recover(output_dir: Path, backup: Path) -> None:
    if not output_dir.exists() and backup.exists():
        os.rename(backup, output_dir)


@contextmanager
def _locked(output_dir: Path) -> Iterator[None]:
    """One writer at a time per output folder."""
    lock = output_dir.parent / f".{output_dir.name}.lock"
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _link_or_copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def write(output_dir: Path, files: Mapping[str, str], *, force: bool = False) -> Changes:
    """Make ``output_dir`` hold ``files`` (and its manifest), carrying over every file the generator does not own."""
    output_dir = output_dir.resolve()
    stage = output_dir.parent / f".{output_dir.name}.new"
    backup = output_dir.parent / f".{output_dir.name}.old"
    with _locked(output_dir):
        _recover(output_dir, backup)
        shutil.rmtree(stage, ignore_errors=True)  # left by a run that was killed before its swap
        shutil.rmtree(backup, ignore_errors=True)
        changes = plan(output_dir, files)
        if changes.edited and not force:
            raise HandEditError(output_dir, changes.edited)
        if not changes.written and not changes.removed:
            return changes
        everything = {**files, MANIFEST: manifest_text(files)}
        owned = set(read_manifest(output_dir)) | {MANIFEST}
        written = set(changes.written)
        try:
            stage.mkdir(parents=True)
            if output_dir.exists():
                for path in output_dir.rglob("*"):
                    rel = path.relative_to(output_dir).as_posix()
                    if (
                        path.is_file()
                        and not path.is_symlink()
                        and rel not in written
                        and (rel not in owned or rel in everything)
                    ):
                        _link_or_copy(path, stage / rel)
            for rel in changes.written:
                target = stage / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                with open(target, "w", encoding="utf-8", newline="\n") as handle:
                    handle.write(everything[rel])
            _swap_in(stage, output_dir, backup)
        except BaseException:
            shutil.rmtree(stage, ignore_errors=True)
            raise
    return changes
