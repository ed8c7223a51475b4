"""How IR types are spelled in Python. Responses use concrete containers; requests accept abstract ones."""

from __future__ import annotations

from generator.ir import model as ir

_RESPONSE_SCALARS = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "datetime": "datetime",
    "json_string": "str",
    "object": "dict[str, Any]",
    "any": "Any",
    "file": "bytes",  # never a response type: the IR refuses 'file' outside parameters
}
_REQUEST_SCALARS = {
    **_RESPONSE_SCALARS,
    "int": "int",
    "float": "float",
    # Graph takes datetimes as ISO 8601 or Unix seconds.
    "datetime": "datetime | int",
    "json_string": "Mapping[str, Any]",
    "object": "Mapping[str, Any]",
    "any": "Any",
    "file": "FileInput",
}


def response_annotation(type_ref: ir.TypeRef) -> str:
    if isinstance(type_ref, ir.Scalar):
        return _RESPONSE_SCALARS[type_ref.kind]
    if isinstance(type_ref, ir.ListType):
        return f"list[{response_annotation(type_ref.item)}]"
    if isinstance(type_ref, ir.MapType):
        return f"dict[{response_annotation(type_ref.key)}, {response_annotation(type_ref.value)}]"
    return type_ref.class_name


def request_annotation(type_ref: ir.TypeRef, encodes: ir.ModelRef | None = None) -> str:
    if encodes is not None:
        # The struct a JSON-encoded parameter holds: typed, or the same data as a plain mapping.
        item = f"{encodes.class_name} | Mapping[str, Any]"
        return f"Sequence[{item}]" if isinstance(type_ref, ir.ListType) else item
    if isinstance(type_ref, ir.Scalar):
        return _REQUEST_SCALARS[type_ref.kind]
    if isinstance(type_ref, ir.ListType):
        return f"Sequence[{request_annotation(type_ref.item)}]"
    if isinstance(type_ref, ir.MapType):
        return f"Mapping[{request_annotation(type_ref.key)}, {request_annotation(type_ref.value)}]"
    if isinstance(type_ref, ir.ModelRef):
        # A typed struct, or the same data as a plain mapping (its key order is kept on the wire).
        return f"{type_ref.class_name} | Mapping[str, Any]"
    return type_ref.class_name


def return_annotation(op: ir.Operation) -> str:
    item = response_annotation(op.returns)
    return f"Page[{item}]" if op.paginated else item
