"""The Jinja environment: strict about undefined names, and with filters that keep spec text as data."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from generator.render.literals import docstring_literal, string_literal

if TYPE_CHECKING:
    import jinja2

TEMPLATES_DIR = Path(__file__).resolve().parent.parent.parent / "templates"


@lru_cache(maxsize=4)
def environment(templates_dir: Path = TEMPLATES_DIR) -> jinja2.Environment:
    # Imported here: planning and cache keys need this module, and a run with nothing to render needs no Jinja.
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["pystr"] = string_literal
    env.filters["docstring"] = docstring_literal
    return env
