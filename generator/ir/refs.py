"""Which classes of other modules a type or an operation uses, for imports."""

from __future__ import annotations

from generator.ir import model as ir


def type_refs(type_ref: ir.TypeRef) -> list[ir.ModelRef | ir.EnumRef | ir.UnionRef]:
    if isinstance(type_ref, ir.ListType):
        return type_refs(type_ref.item)
    if isinstance(type_ref, ir.MapType):
        return [*type_refs(type_ref.key), *type_refs(type_ref.value)]
    if isinstance(type_ref, ir.Scalar):
        return []
    return [type_ref]


def operation_refs(op: ir.Operation) -> list[ir.ModelRef | ir.EnumRef | ir.UnionRef]:
    refs = [*type_refs(op.returns)]
    for param in op.params:
        refs.extend(type_refs(param.type))
        if param.encodes is not None:
            refs.append(param.encodes)
    if op.selector is not None:
        refs.append(op.selector)
    return refs


def runtime_refs(op: ir.Operation) -> list[ir.ModelRef | ir.EnumRef | ir.UnionRef]:
    """The classes an operation's declaration names at run time: its result, its parameters' enums and models,
    and its field selector (the annotations of its functions are only read by type checkers)."""
    refs = [*type_refs(op.returns)]
    for param in op.params:
        refs.extend(ref for ref in (param.enum, param.model) if ref is not None)
    if op.selector is not None:
        refs.append(op.selector)
    return refs
