"""Stage 4: format generated Python with black, the one formatter the golden output depends on."""

from __future__ import annotations

from black import format_str
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput

# Fixed here, not read from any project config, so that output never depends on where the generator runs.
LINE_LENGTH = 100
BLACK_MODE = Mode(target_versions={TargetVersion.PY311}, line_length=LINE_LENGTH)


class FormattingError(Exception):
    pass


def format_source(path: str, text: str) -> str:
    """``text`` formatted by black when ``path`` is a Python file; other files pass through."""
    if not path.endswith(".py"):
        return text
    try:
        return format_str(text, mode=BLACK_MODE)
    except InvalidInput as exc:
        # Rendered code that is not Python is a generator bug, never a user error; say where.
        raise FormattingError(f"{path}: rendered code does not parse: {exc}") from None
