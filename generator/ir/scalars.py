"""The one registry of scalar kinds: what each Graph scalar becomes in Python, in JSON Schema and on the wire.

Adding a kind means adding it to ``ScalarKind`` and a case to ``scalar_kind``; mypy reports a kind without its
case (the match ends in ``assert_never``). ``GRAPH_SCALARS`` maps each canonical Graph spelling to its kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, assert_never

ScalarKind = Literal["str", "int", "float", "bool", "datetime", "json_string", "object", "any", "file"]
# How the runtime encodes a parameter; the runtime's declarations.Encoding (a test checks they agree).
Encoding = Literal["text", "bool", "datetime", "enum", "json", "fields", "file"]


@dataclass(frozen=True)
class ScalarKindInfo:
    response: str  # annotation of a response field
    request: str  # annotation of a request parameter (what the caller may pass)
    encoding: Encoding
    json_schema: dict[str, Any] = field(hash=False)  # what datamodel-code-generator is given for it


def scalar_kind(kind: ScalarKind) -> ScalarKindInfo:
    match kind:
        case "str":
            return ScalarKindInfo("str", "str", "text", {"type": "string"})
        case "int":
            return ScalarKindInfo("int", "int", "text", {"type": "integer"})
        case "float":
            return ScalarKindInfo("float", "float", "text", {"type": "number"})
        case "bool":
            return ScalarKindInfo("bool", "bool", "bool", {"type": "boolean"})
        case "datetime":
            # Graph takes datetimes as ISO 8601 or Unix seconds.
            return ScalarKindInfo("datetime", "datetime | int", "datetime", {"type": "string", "format": "date-time"})
        case "json_string":
            return ScalarKindInfo("str", "Mapping[str, Any]", "json", {"type": "string"})
        case "object":
            return ScalarKindInfo("dict[str, Any]", "Mapping[str, Any]", "json", {"type": "object"})
        case "any":
            return ScalarKindInfo("Any", "Any", "json", {})
        case "file":
            # Parameters only (the IR refuses a 'file' anywhere else): sent as multipart/form-data.
            return ScalarKindInfo("bytes", "FileInput", "file", {"type": "string", "format": "binary"})
        case _:
            assert_never(kind)


# Each canonical Graph spelling (generator.spec.typeexpr.PRIMITIVES's values) and its kind.
GRAPH_SCALARS: dict[str, ScalarKind] = {
    "string": "str",
    "numeric string": "str",
    "int32": "int",
    "int64": "int",
    "unsigned int32": "int",
    "unsigned int64": "int",
    "float": "float",
    "bool": "bool",
    "datetime": "datetime",
    "timestamp": "datetime",
    "JSON-encoded string": "json_string",
    "Object": "object",
    "any": "any",
    "file": "file",
}
