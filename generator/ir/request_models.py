"""Models that are sent in requests take enum values as literal strings too.

A caller builds a ``ServerEvent`` and writes ``action_source="website"``; typed as the enum alone, that is a type
error. Models reachable from a parameter (directly, or through the structs a JSON-encoded parameter ``encodes``)
get annotations that accept the enum or its ``Literal`` alias. Models only ever read keep the enum alone, so
that reading a field gives the enum's type.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from generator.ir import model as ir
from generator.ir.python_types import sent_field_annotation


def _model_refs(type_ref: ir.TypeRef) -> list[str]:
    if isinstance(type_ref, ir.ListType):
        return _model_refs(type_ref.item)
    if isinstance(type_ref, ir.MapType):
        return _model_refs(type_ref.value)
    return [type_ref.class_name] if isinstance(type_ref, ir.ModelRef) else []


def sent_models(endpoint_modules: Iterable[ir.EndpointModule], models: Mapping[str, ir.ModelDef]) -> set[str]:
    """Names of every model a request can carry."""
    pending = [
        name
        for module in endpoint_modules
        for op in module.operations
        for param in op.params
        for name in [*_model_refs(param.type), *([param.encodes.class_name] if param.encodes else [])]
    ]
    found: set[str] = set()
    while pending:
        name = pending.pop()
        if name in found or name not in models:
            continue
        found.add(name)
        pending.extend(ref for fld in models[name].fields for ref in _model_refs(fld.type))
    return found


def accept_literals(modules: Mapping[str, list[ir.ModelDef]], endpoint_modules: list[ir.EndpointModule]) -> None:
    """Give the enum fields of every model sent in requests an annotation that takes literals (in place)."""
    models = {model.class_name: model for defs in modules.values() for model in defs}
    sent = sent_models(endpoint_modules, models)
    for module, defs in modules.items():
        for index, model in enumerate(defs):
            if model.class_name not in sent:
                continue
            fields = []
            for fld in model.fields:
                annotation = sent_field_annotation(fld.type, module)
                if annotation is not None:
                    fld = replace(fld, request_annotation=annotation if fld.required else f"{annotation} | None")
                fields.append(fld)
            defs[index] = replace(model, fields=tuple(fields))
