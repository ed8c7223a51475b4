"""Stage 5: write the generated tree, all or nothing, and never lose what a person wrote.

The new tree is assembled next to the output folder and swapped in whole (``generator.swap``): a run that fails
or is killed leaves the output folder exactly as it was, or, once the swap happened, exactly as the new run made
it; never a mix. Everything in the folder that is not the generator's own file (hand-written files, extensions,
symbolic links, empty folders, build leftovers) is carried over into the new tree as it is: unchanged files and
whatever the generator does not own are hard-linked, links are re-created, folders are re-made with their modes.

A manifest records every file the generator wrote with its content hash. A file is the generator's own only
while the manifest lists it with its current content. Any other file where the generator would write or remove
one (edited by hand, never written by the generator, or listed in a manifest that is missing or unreadable) is
someone's work: it is not touched without ``force``, and with ``force`` a copy of each is kept first.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import shutil
import stat
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from generator import swap
from generator.diagnostics import display_path

MANIFEST = ".graph-codegen-manifest.json"
# Hand-maintained places in the output folder: the changelog `bump` keeps, and the package's extensions.
HAND_MAINTAINED = ("CHANGELOG.md", "*/extensions/**")


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def manifest_text(files: Mapping[str, str]) -> str:
    entries = {path: digest(text) for path, text in sorted(files.items())}
    document = {"generator": "graph-api-codegen", "files": entries}
    return json.dumps(document, indent=2, sort_keys=True) + "\n"


def _inside(rel: str) -> bool:
    """A plain relative path that stays inside the folder; a manifest cannot point anywhere else."""
    path = PurePosixPath(rel)
    return bool(rel) and not path.is_absolute() and ".." not in path.parts and rel == path.as_posix()


def read_manifest(output_dir: Path) -> dict[str, str]:
    """The files the manifest lists, by path; empty when it is missing or unreadable (then nothing is owned)."""
    try:
        document = json.loads((output_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = document.get("files") if isinstance(document, dict) else None
    if not isinstance(files, dict):
        return {}
    return {str(k): str(v) for k, v in files.items() if _inside(str(k)) and str(k) != MANIFEST}


class HandEditError(Exception):
    def __init__(self, output_dir: Path, files: list[str]) -> None:
        self.files = files
        listed = ", ".join(display_path(output_dir / f) for f in files)
        super().__init__(
            f"{len(files)} file(s) the generator would replace or remove were edited by hand or not written by it: "
            f"{listed}. Move hand-written code to the package's extensions/ folder (see the README), or pass --force "
            "to replace them (a copy of each is kept in .cache/graph-codegen/replaced/)."
        )


@dataclass
class Changes:
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0  # generated files only: the manifest is bookkeeping, not counted here
    edited: list[str] = field(default_factory=list)  # someone's: edited by hand, or not written by the generator
    replaced: list[str] = field(default_factory=list)  # of those, what --force replaced or removed
    kept_in: Path | None = None  # where the copies of the replaced files are

    def summary(self) -> str:
        """Counts of generated files; written + unchanged is every file generated, removed ones are not among them."""
        written = len([rel for rel in self.written if rel != MANIFEST])
        line = f"{written} written, {len(self.removed)} removed, {self.unchanged} unchanged"
        if not self.replaced:
            return line
        kept = display_path(self.kept_in) if self.kept_in else "nowhere"
        return "\n".join(
            [line, f"replaced by --force ({len(self.replaced)}), the previous copies are in {kept}:"]
            + [f"  {rel}" for rel in self.replaced]
        )


def _blocker(output_dir: Path, rel: str) -> str | None:
    """The first part of ``rel`` on disk that is not what the generator would write there: a symbolic link, a
    file where a folder belongs, or a folder or link where a file belongs."""
    parts = PurePosixPath(rel).parts
    for depth in range(1, len(parts) + 1):
        prefix = "/".join(parts[:depth])
        path = output_dir / prefix
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            return None
        except OSError:
            return prefix
        last = depth == len(parts)
        if stat.S_ISLNK(mode) or (last and not stat.S_ISREG(mode)) or (not last and not stat.S_ISDIR(mode)):
            return prefix
    return None


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
    someones: set[str] = set()
    for rel, text in sorted(everything.items()):
        blocker = _blocker(output_dir, rel)
        if blocker is not None:
            changes.written.append(rel)
            someones.add(blocker)
            continue
        current = _current(output_dir / rel)
        if current == text:
            changes.unchanged += rel != MANIFEST
            continue
        changes.written.append(rel)
        exists = os.path.lexists(output_dir / rel)
        if exists and rel != MANIFEST and recorded.get(rel) != (digest(current) if current is not None else None):
            someones.add(rel)
    for rel in sorted(recorded):
        if rel in everything or _blocker(output_dir, rel) is not None or not (output_dir / rel).exists():
            continue  # a link or folder now stands there: it is someone's and stays
        changes.removed.append(rel)
        current = _current(output_dir / rel)
        if current is None or digest(current) != recorded[rel]:
            someones.add(rel)
    changes.edited = sorted(someones)
    return changes


@contextmanager
def _locked(output_dir: Path) -> Iterator[int]:
    """One writer at a time per output folder."""
    lock = output_dir.parent / f".{output_dir.name}.lock"
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield handle.fileno()
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def _read_only_folder(output_dir: Path) -> Path | None:
    """A folder of the tree this process may not change: the tree is then left as it is."""
    for folder, dirs, _ in os.walk(output_dir):
        if not os.access(folder, os.W_OK | os.X_OK):
            return Path(folder)
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(folder, d))]
    return None


def _keep_copies(output_dir: Path, rels: list[str], keep_root: Path) -> Path:
    """Copy each of ``rels`` (files, links or folders) into a new numbered folder of ``keep_root``."""
    keep_root.mkdir(parents=True, exist_ok=True)
    number = 1 + max((int(p.name) for p in keep_root.iterdir() if p.name.isdigit()), default=0)
    while True:
        kept = keep_root / str(number)
        try:
            kept.mkdir()
            break
        except FileExistsError:
            number += 1
    for rel in rels:
        source, target = output_dir / rel, kept / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir() and not source.is_symlink():
            shutil.copytree(source, target, symlinks=True)
        else:
            shutil.copy2(source, target, follow_symlinks=False)
    return kept


def _carry_over(output_dir: Path, stage: Path, dropped: set[str]) -> dict[str, int]:
    """Re-make ``output_dir`` in ``stage`` without the paths in ``dropped``; return the folders' modes.

    Folders that held something before and end up empty (only generated files that are gone) are not re-made;
    folders that were empty already are."""
    modes: dict[str, int] = {"": stat.S_IMODE(os.lstat(output_dir).st_mode)}
    held: set[str] = set()
    for folder, dirs, names in os.walk(output_dir):
        base = Path(folder).relative_to(output_dir).as_posix()
        base = "" if base == "." else base
        if dirs or names:
            held.add(base)
        for name in [*names, *[d for d in dirs if os.path.islink(os.path.join(folder, d))]]:
            rel = f"{base}/{name}" if base else name
            if rel in dropped:
                continue
            source, target = output_dir / rel, stage / rel
            if source.is_symlink():
                os.symlink(os.readlink(source), target)
            else:
                _link_or_copy(source, target)
        kept_dirs = []
        for name in dirs:
            rel = f"{base}/{name}" if base else name
            if os.path.islink(output_dir / rel) or rel in dropped:
                continue
            (stage / rel).mkdir()
            modes[rel] = stat.S_IMODE(os.lstat(output_dir / rel).st_mode)
            kept_dirs.append(name)
        dirs[:] = kept_dirs
    for rel in sorted(held - {""}, key=lambda r: r.count("/"), reverse=True):
        emptied = stage / rel
        if emptied.is_dir() and not emptied.is_symlink() and not any(emptied.iterdir()):
            emptied.rmdir()
    return modes


def write(output_dir: Path, files: Mapping[str, str], *, force: bool = False, keep_root: Path | None = None) -> Changes:
    """Make ``output_dir`` hold ``files`` (and its manifest), carrying over everything the generator does not own.

    With ``force``, files that are someone's are replaced too, after a copy of each is put in a new numbered
    folder of ``keep_root`` (default: ``.cache/graph-codegen/replaced`` beside the output folder)."""
    output_dir = output_dir.resolve()  # a linked output folder: the link stays, its target is written
    stage = output_dir.parent / f".{output_dir.name}.new"
    backup = output_dir.parent / f".{output_dir.name}.old"
    with _locked(output_dir) as lock:
        swap.recover(output_dir, stage, backup)
        if os.path.lexists(output_dir) and not output_dir.is_dir():
            raise OSError(errno.ENOTDIR, "the output folder is not a folder", str(output_dir))
        changes = plan(output_dir, files)
        if changes.edited and not force:
            raise HandEditError(output_dir, changes.edited)
        if not changes.written and not changes.removed:
            return changes
        if output_dir.exists():
            locked = _read_only_folder(output_dir)
            if locked is not None:
                raise OSError(
                    errno.EACCES,
                    "folder is read-only; nothing was changed (make it writable to regenerate)",
                    str(locked),
                )
        everything = {**files, MANIFEST: manifest_text(files)}
        if changes.edited:
            where = keep_root or output_dir.parent / ".cache" / "graph-codegen" / "replaced"
            changes.kept_in = _keep_copies(output_dir, changes.edited, where)
            changes.replaced = list(changes.edited)
        try:
            stage.mkdir()
            modes = {"": 0o755}
            if output_dir.exists():
                modes = _carry_over(output_dir, stage, {*changes.written, *changes.removed, *changes.edited})
            for rel in changes.written:
                target = stage / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                with open(target, "w", encoding="utf-8", newline="\n") as handle:
                    handle.write(everything[rel])
            for rel, mode in sorted(modes.items(), key=lambda item: item[0].count("/"), reverse=True):
                if (stage / rel).is_dir():
                    os.chmod(stage / rel, mode)
            old = swap.swap_in(stage, output_dir, backup, keep_fds=(lock,))
        except BaseException:
            swap.remove_tree(stage)
            raise
        if old is not None:
            swap.remove_tree(old)  # the new tree is in place: a failure here changes nothing for the caller
    return changes
