"""How Graph names become Python names: one place for the rules, so the IR, the loader and the diff agree."""

from __future__ import annotations

import functools
import keyword
import re
from collections.abc import Collection

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


# Graph names are printable ASCII without spaces; anything else in a name is a typing mistake worth reporting.
_GRAPH_NAME = re.compile(r"^[!-~]+\Z")


def attribute_name(graph_name: str, prefix: str = "field") -> str | None:
    """The default Python attribute for a Graph field (``prefix="field"``) or parameter (``"param"``).

    The rule: camelCase becomes snake_case, every run of characters other than letters and digits becomes one
    ``_``, and a name that then starts with a digit gets ``<prefix>_`` in front: ``1d_click`` -> ``field_1d_click``,
    ``post.object.wall`` -> ``post_object_wall``. Keywords, and for fields the names pydantic reserves, get a
    trailing underscore (``class`` -> ``class_``), and so do names with a leading one, which pydantic would keep private. The Graph
    name stays the wire name (the alias). None when no name can be made (non-ASCII, spaces, no letter or digit):
    the spec then says ``python_name``.
    """
    if not _GRAPH_NAME.match(graph_name):
        return None
    if _IDENTIFIER.match(graph_name):
        name = graph_name if graph_name.islower() else snake_case(graph_name)
        if name.startswith("_"):
            # pydantic treats leading underscores as private attributes, never as fields.
            name = name.lstrip("_") + "_"
    else:
        name = snake_case(graph_name)
    if not name.strip("_"):
        return None
    if name[:1].isdigit():
        name = f"{prefix}_{name}"
    if is_keyword(name) or (prefix == "field" and (name.startswith("model_") or name in RESERVED_MODEL_ATTRIBUTES)):
        return f"{name}_"
    return name


def python_name_problem(name: str) -> str | None:
    """Why ``name``, given in the spec as a ``python_name``, cannot be a model attribute or keyword; None if it can."""
    why = identifier_problem(name)
    if why is not None:
        return why
    if name.startswith("_"):
        return f"{name!r} starts with an underscore, which pydantic keeps for private attributes"
    if name.startswith("model_") or name in RESERVED_MODEL_ATTRIBUTES:
        return f"{name!r} is reserved by pydantic models"
    return None


# Keywords every generated endpoint function may take besides the operation's parameters.
SIGNATURE_NAMES = frozenset({"client", "fields", "max_pages", "chunk_size"})


def distinct_name(name: str, taken: Collection[str]) -> str:
    """``name``, or when ``taken`` holds it, ``name`` with ``_param`` added (then ``_param2``, ``_param3``, ...).

    A Graph parameter named like a keyword the generated function already has (``fields`` on the insights
    edges, ``client``, ``max_pages``) keeps its Graph name on the wire under this Python name: ``fields_param``.
    """
    if name not in taken:
        return name
    candidate = f"{name}_param"
    number = 2
    while candidate in taken:
        candidate = f"{name}_param{number}"
        number += 1
    return candidate


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
