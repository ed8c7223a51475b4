"""Where the two sides of a diff come from: a version of the spec, a spec folder, or a folder at a git revision."""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from generator.config import Config
from generator.diagnostics import Problems, SpecError, display_path
from generator.ir import model as ir
from generator.ir.build import build_version
from generator.spec.loader import list_versions, load_version

_VERSION = re.compile(r"^v[0-9]+\.[0-9]+\Z")
_COMMIT = re.compile(r"^[0-9a-f]{40}([0-9a-f]{24})?\Z")


class SideError(Exception):
    pass


def _git(config: Config, *args: str) -> bytes:
    try:
        return subprocess.run(["git", *args], cwd=config.root, capture_output=True, check=True).stdout
    except FileNotFoundError:
        raise SideError("git is not installed") from None


def _commit(config: Config, revision: str) -> str:
    """The commit ``revision`` names, resolved by git; a revision is data, never an option of a git command."""
    if not revision or revision.startswith("-") or any(ch in revision for ch in "\0\n\r"):
        raise SideError(f"{revision!r} is not a git revision")
    try:
        resolved = _git(config, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}")
    except subprocess.CalledProcessError:
        raise SideError(f"{revision!r} is not a git revision of {config.root}") from None
    commit = resolved.decode("ascii", "replace").strip()
    if not _COMMIT.match(commit):
        raise SideError(f"{revision!r} is not a git revision of {config.root}")
    return commit


def _from_git(config: Config, revision: str, path: str, into: Path) -> Path:
    commit = _commit(config, revision)
    if not path or ".." in PurePosixPath(path).parts:
        raise SideError(f"{revision}:{path}: give a folder inside the repository, like spec/v25.0")
    try:
        archive = _git(config, "--literal-pathspecs", "archive", "--format=tar", commit, "--", path)
    except subprocess.CalledProcessError as exc:
        reason = exc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SideError(f"{revision}:{path}: {reason[-1] if reason else 'git archive failed'}") from None
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    folder = into / path
    if not folder.is_dir():
        raise SideError(f"{revision}:{path} is not a folder")
    return folder


@contextmanager
def resolved(config: Config, side: str) -> Iterator[Path]:
    """The spec folder ``side`` names: 'v25.0', a folder path, or 'REV:spec/v25.0'."""
    if ":" in side and not Path(side).exists():
        revision, path = side.split(":", 1)
        with tempfile.TemporaryDirectory(prefix="graph-codegen-diff-") as tmp:
            yield _from_git(config, revision, path.strip("/"), Path(tmp))
        return
    folder = Path(side)
    if _VERSION.match(side) and (config.spec_dir / side).is_dir():
        yield config.spec_dir / side
        return
    if _VERSION.match(side) and not folder.is_dir():
        versions = ", ".join(p.name for p in list_versions(config.spec_dir)) or "none"
        raise SideError(f"{display_path(config.spec_dir / side)} does not exist (versions: {versions})")
    if folder.is_dir():
        yield folder
        return
    raise SideError(f"{side!r}: no folder {display_path(folder)}, and not a version (like v25.0) or REV:path")


def load_side(config: Config, side: str) -> ir.VersionIR:
    problems = Problems()
    with resolved(config, side) as folder:
        loaded = load_version(folder, problems)
        version = build_version(loaded, problems) if loaded is not None else None
    if problems or version is None:
        raise SpecError(problems.sorted())
    return version
