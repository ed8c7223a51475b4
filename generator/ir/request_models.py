"""Models that are sent in requests take enum values as literal strings too.

A caller builds a ``ServerEvent`` and writes ``action_source="website"``; typed as the enum alone, that is a type
error. Models reachable from a parameter (directly, or through the structs a JSON-encoded parameter ``encodes``)
get annotations that accept the enum or its ``Literal`` alias. Models only ever read keep the enum alone, so
that reading a field gives the enum's type.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import replace

from generator.ir import model as ir
from generator.ir.python_types import sent_field_annotation


def accept_literals(modules: Mapping[str, list[ir.ModelDef]], sent: AbstractSet[str]) -> None:
    """Give the enum fields of every model sent in requests (``sent``, by class name) an annotation that takes
    literals (in place)."""
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
