"""Which models are sent to Graph: they get the strict request base class instead of the lenient response one."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from generator.ir import model as ir


def sent_model(type_ref: ir.TypeRef, encodes: ir.ModelRef | None) -> ir.ModelRef | None:
    """The struct a parameter's values (or list items) are validated through, if it has one."""
    if encodes is not None:
        return encodes
    inner = type_ref.item if isinstance(type_ref, ir.ListType) else type_ref
    return inner if isinstance(inner, ir.ModelRef) else None


def _refs(type_ref: ir.TypeRef) -> Iterable[ir.ModelRef]:
    if isinstance(type_ref, ir.ModelRef):
        yield type_ref
    elif isinstance(type_ref, ir.ListType):
        yield from _refs(type_ref.item)
    elif isinstance(type_ref, ir.MapType):
        yield from _refs(type_ref.value)


def request_model_names(modules: Iterable[ir.EndpointModule], models: Mapping[str, ir.ModelDef]) -> frozenset[str]:
    """Every model some parameter sends, and every model those reach through their fields."""
    pending = [p.model.class_name for m in modules for op in m.operations for p in op.params if p.model is not None]
    found: set[str] = set()
    while pending:
        name = pending.pop()
        model = models.get(name)
        if name in found or model is None:
            continue
        found.add(name)
        pending.extend(ref.class_name for fld in model.fields for ref in _refs(fld.type))
    return frozenset(found)
