"""A content-addressed cache on disk, outside the output folder.

Entries are immutable text files named by the hash of everything that determines them, so a stale entry can
never be returned and concurrent writers cannot corrupt one. Deleting the folder is always safe.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import io
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

DEFAULT_DIR = Path(".cache") / "graph-codegen"
_GENERATOR = Path(__file__).resolve().parent


def sha256(*parts: bytes | str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """What the output depends on besides the spec: this generator, its templates, and the tools it runs."""
    from generator.render.environment import TEMPLATES_DIR
    from generator.style import black_settings

    # black's settings rather than black's Mode: reading them does not import black, which a run with nothing to
    # format never needs (the Mode's other fields are black's defaults, fixed by its version below).
    parts: list[bytes | str] = [sys.version, repr(black_settings())]
    for name in ("black", "datamodel-code-generator", "jinja2", "pydantic"):
        parts.append(f"{name}=={importlib.metadata.version(name)}")
    for root in (_GENERATOR, TEMPLATES_DIR):
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".jinja", ".jinja2")):
            parts += [path.relative_to(root).as_posix(), path.read_bytes()]
    return sha256(*parts)


def object_digest(value: Any) -> str:
    """A digest of an IR value: the IR is immutable dataclasses, whose pickles are deterministic. Pickled without
    its memo, equal values give equal bytes however their parts are shared (an IR replayed from the cache shares
    fewer)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True
    pickler.dump(value)
    return sha256(buffer.getvalue())


class Cache:
    """Text (or pickled values) by key, in ``root``; a Cache with no root remembers nothing."""

    def __init__(self, root: Path | None) -> None:
        self.root = root

    def _path(self, kind: str, key: str) -> Path:
        assert self.root is not None
        return self.root / kind / key[:2] / key[2:]

    def get(self, kind: str, key: str) -> bytes | None:
        if self.root is None:
            return None
        try:
            return self._path(kind, key).read_bytes()
        except OSError:
            return None

    def put(self, kind: str, key: str, data: bytes) -> None:
        if self.root is None:
            return
        path = self._path(kind, key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written is only slower

    def get_text(self, kind: str, key: str) -> str | None:
        data = self.get(kind, key)
        return None if data is None else data.decode("utf-8")

    def put_text(self, kind: str, key: str, text: str) -> None:
        self.put(kind, key, text.encode("utf-8"))
