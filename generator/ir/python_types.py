"""How IR types are spelled in Python. Responses use concrete containers; requests accept abstract ones."""

from __future__ import annotations

from generator.ir import model as ir
from generator.ir.scalars import scalar_kind
from generator.naming import literal_alias


def response_annotation(type_ref: ir.TypeRef) -> str:
    if isinstance(type_ref, ir.Scalar):
        return scalar_kind(type_ref.kind).response
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
        return scalar_kind(type_ref.kind).request
    if isinstance(type_ref, ir.ListType):
        return f"Sequence[{request_annotation(type_ref.item)}]"
    if isinstance(type_ref, ir.MapType):
        return f"Mapping[{request_annotation(type_ref.key)}, {request_annotation(type_ref.value)}]"
    if isinstance(type_ref, ir.ModelRef):
        # A typed struct, or the same data as a plain mapping (its key order is kept on the wire).
        return f"{type_ref.class_name} | Mapping[str, Any]"
    if isinstance(type_ref, ir.EnumRef):
        return enum_or_literal(type_ref)
    return type_ref.class_name


def enum_or_literal(ref: ir.EnumRef) -> str:
    """What a request takes for an enum: a member, or one of its values as a literal string."""
    return f"{ref.class_name} | {literal_alias(ref.class_name)}"


def sent_field_annotation(type_ref: ir.TypeRef, module: str) -> str | None:
    """For a field of a model sent in requests: its annotation taking enum literals too (enums of its own module,
    whose alias is at hand); None when the field holds no such enum."""
    if isinstance(type_ref, ir.EnumRef) and type_ref.module == module:
        # Tried left to right, so a literal still becomes the member (pydantic's smart mode would keep the str).
        return f'Annotated[{enum_or_literal(type_ref)}, Field(union_mode="left_to_right")]'
    if isinstance(type_ref, ir.ListType):
        item = sent_field_annotation(type_ref.item, module)
        return None if item is None else f"list[{item}]"
    return None


def return_annotation(returns: ir.TypeRef, paginated: bool) -> str:
    item = response_annotation(returns)
    return f"Page[{item}]" if paginated else item
