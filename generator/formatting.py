"""Stage 4: format generated Python with black, the one formatter the golden output depends on.

Formatting is the slowest stage, so its results are cached by content: the key is the rendered text, black's
version and black's settings, and the same text is never formatted twice.
"""

from __future__ import annotations

import importlib.metadata

from black import format_str
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput

from generator.cache import Cache, sha256
from generator.style import STYLE_FILE, black_settings

__all__ = ["BLACK_MODE", "LINE_LENGTH", "STYLE_FILE", "FormattingError", "format_key", "format_source"]


def _black_mode() -> tuple[int, Mode]:
    line_length, targets = black_settings()
    return line_length, Mode(target_versions={TargetVersion[name.upper()] for name in targets}, line_length=line_length)


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
