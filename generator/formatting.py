"""Stage 4: format generated Python with black, the one formatter the golden output depends on."""

from __future__ import annotations

import black

# Fixed here, not read from any project config, so that output never depends on where the generator runs.
BLACK_MODE = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=100)


class FormattingError(Exception):
    pass


def format_source(path: str, text: str) -> str:
    """``text`` formatted by black when ``path`` is a Python file; other files pass through."""
    if not path.endswith(".py"):
        return text
    try:
        return black.format_str(text, mode=BLACK_MODE)
    except black.InvalidInput as exc:
        # Rendered code that is not Python is a generator bug, never a user error; say where.
        raise FormattingError(f"{path}: rendered code does not parse: {exc}") from None
