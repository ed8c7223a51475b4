"""How the generated package is formatted: black's settings, read from the package template's pyproject.toml.

Kept apart from ``generator.formatting`` so that reading a setting (the line length a template writes, the
settings a cache key depends on) never imports black.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

# Read from the templates, never from the project being generated into, so that output never depends on where the
# generator runs; the runtime's source is checked with the same file.
STYLE_FILE = Path(__file__).resolve().parent.parent / "templates" / "package" / "pyproject.toml"


@lru_cache(maxsize=1)
def black_settings() -> tuple[int, tuple[str, ...]]:
    """The line length and the target versions (like "py311") of ``[tool.black]``."""
    settings = tomllib.loads(STYLE_FILE.read_text(encoding="utf-8"))["tool"]["black"]
    return int(settings["line-length"]), tuple(sorted(str(name) for name in settings["target-version"]))


LINE_LENGTH = black_settings()[0]
