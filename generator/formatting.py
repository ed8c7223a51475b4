"""Stage 4: format generated Python with black, the one formatter the golden output depends on.

Formatting is the slowest stage, so its results are cached by content: the key is the rendered text, black's
version and black's settings, and the same text is never formatted twice.
"""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

from black import format_str
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput

from generator.cache import Cache, sha256

# Read from the templates, never from the project being generated into, so that output never depends on where the
# generator runs; the runtime's source is checked with the same file.
STYLE_FILE = Path(__file__).resolve().parent.parent / "templates" / "package" / "pyproject.toml"


def _black_mode() -> tuple[int, Mode]:
    settings = tomllib.loads(STYLE_FILE.read_text(encoding="utf-8"))["tool"]["black"]
    line_length = int(settings["line-length"])
    targets = {TargetVersion[name.upper()] for name in settings["target-version"]}
    return line_length, Mode(target_versions=targets, line_length=line_length)


LINE_LENGTH, BLACK_MODE = _black_mode()
_BLACK_VERSION = importlib.metadata.version("black")


class FormattingError(Exception):
    pass


def format_key(text: str) -> str:
    return sha256("black", _BLACK_VERSION, repr(BLACK_MODE), text)


def format_source(path: str, text: str, cache: Cache | None = None) -> str:
    """``text`` formatted by black when ``path`` is a Python file; other files pass through."""
    if not path.endswith(".py"):
        return text
    key = format_key(text)
    if cache is not None:
        cached = cache.get_text("black", key)
        if cached is not None:
            return cached
    try:
        formatted = format_str(text, mode=BLACK_MODE)
    except InvalidInput as exc:
        # Rendered code that is not Python is a generator bug, never a user error; say where.
        raise FormattingError(f"{path}: rendered code does not parse: {exc}") from None
    if cache is not None:
        cache.put_text("black", key, formatted)
    return formatted
