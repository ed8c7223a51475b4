"""How Graph names become Python names: one place for the rules, so the IR, the loader and the diff agree."""

from __future__ import annotations

import functools
import keyword
import re

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\Z")

# Names a pydantic model already uses; a Graph field with one of these names gets a trailing underscore.
RESERVED_MODEL_ATTRIBUTES = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "from_orm",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "fields",
    }
)


@functools.lru_cache(maxsize=65536)
def split_words(name: str) -> tuple[str, ...]:
    """Split ``AdsPixelStats``, ``ads_pixel_stats`` or ``ads-pixel stats`` into words."""
    parts: list[str] = []
    for chunk in re.split(r"[^A-Za-z0-9]+", name):
        parts.extend(p for p in _WORD_BOUNDARY.split(chunk) if p)
    return tuple(parts)


def snake_case(name: str) -> str:
    return "_".join(word.lower() for word in split_words(name))


def pascal_case(name: str) -> str:
    return "".join(
        word[:1].upper() + word[1:].lower() if word.isupper() or word.islower() else word[:1].upper() + word[1:]
        for word in split_words(name)
    )


def is_keyword(name: str) -> bool:
    return keyword.iskeyword(name) or keyword.issoftkeyword(name)


def identifier_problem(name: str) -> str | None:
    """Why ``name`` cannot be used as it is for a Python class, module or function name; None if it can."""
    if not name.isascii():
        return f"{name!r} has non-ASCII characters; Python names here must be ASCII"
    if name[:1].isdigit():
        return f"{name!r} starts with a digit"
    if not _IDENTIFIER.match(name):
        return f"{name!r} is not a valid Python identifier"
    if is_keyword(name):
        return f"{name!r} is a Python keyword"
    return None


def attribute_name(graph_name: str) -> str | None:
    """The Python attribute for a Graph field or parameter (snake_case), or None if it cannot be made one.

    Keywords and names pydantic reserves get a trailing underscore; the Graph name stays as the alias.
    """
    if not graph_name.isascii() or graph_name[:1].isdigit() or not _IDENTIFIER.match(graph_name):
        return None
    name = graph_name if graph_name.islower() else snake_case(graph_name)
    if name.startswith("_"):
        # pydantic treats leading underscores as private attributes, never as fields.
        name = name.lstrip("_") + "_"
    if not name.strip("_") or name[:1].isdigit():
        return None
    if name.startswith("model_") or is_keyword(name) or name in RESERVED_MODEL_ATTRIBUTES:
        return f"{name}_"
    return name


# Members of a str enum must not shadow str's own attributes (`count`, `title`, ...) or Enum's.
_ENUM_TAKEN = frozenset(dir(str)) | {"name", "value", "is_known", "known", "mro"}


def enum_member_name(value: str) -> str:
    """A member name for an enum value: the value itself when it can be one, otherwise a cleaned form."""
    if _IDENTIFIER.match(value) and value.isascii() and not is_keyword(value) and not value.startswith("_"):
        return f"{value}_" if value in _ENUM_TAKEN else value
    cleaned = re.sub(r"[^A-Za-z0-9]+", "_", value.encode("ascii", "ignore").decode()).strip("_")
    if not cleaned:
        # Nothing readable to keep: name it by its code points, which differ whenever the values do.
        cleaned = "EMPTY_VALUE" if value == "" else "V_" + "_".join(f"{ord(ch):02x}" for ch in value)
    if cleaned[0].isdigit():
        cleaned = f"V_{cleaned}"
    if is_keyword(cleaned) or cleaned in _ENUM_TAKEN:
        cleaned = f"{cleaned}_"
    return cleaned


def literal_alias(enum_class: str) -> str:
    """The ``Literal`` alias of an enum's values, which request annotations accept beside the enum itself."""
    return f"{enum_class}Literal"
