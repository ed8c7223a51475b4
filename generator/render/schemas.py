"""JSON Schema for one models module, the input datamodel-code-generator turns into pydantic classes.

No decisions are made here: class names, field names, member names and types all come from the IR.
"""

from __future__ import annotations

from typing import Any

from generator.ir import model as ir
from generator.ir.python_types import response_annotation

_SCALAR_SCHEMAS: dict[str, dict[str, Any]] = {
    "str": {"type": "string"},
    "int": {"type": "integer"},
    "float": {"type": "number"},
    "bool": {"type": "boolean"},
    "datetime": {"type": "string", "format": "date-time"},
    "json_string": {"type": "string"},
    "object": {"type": "object"},
    "any": {},
    "file": {"type": "string", "format": "binary"},  # never in a model: the IR refuses 'file' outside parameters
}


def type_schema(type_ref: ir.TypeRef, module: str, refs_module: str, primary: str) -> dict[str, Any]:
    if isinstance(type_ref, ir.Scalar):
        return dict(_SCALAR_SCHEMAS[type_ref.kind])
    if isinstance(type_ref, ir.ListType):
        return {"type": "array", "items": type_schema(type_ref.item, module, refs_module, primary)}
    if isinstance(type_ref, ir.MapType):
        if is_scalar_keyed(type_ref):
            # JSON Schema keys are strings; the runtime's generic alias reads them as their type (see map_imports).
            key, value = response_annotation(type_ref.key), response_annotation(type_ref.value)
            return {"type": "object", "x-python-type": f"KeyedMap[{key}, {value}]"}
        return {"type": "object", "additionalProperties": type_schema(type_ref.value, module, refs_module, primary)}
    if isinstance(type_ref, ir.UnionRef):
        # Union aliases follow the classes of their module, which is always the module of the field that uses
        # them: the annotation names the alias, resolved when the model is first built.
        return {"type": "object", "x-python-type": type_ref.class_name}
    if type_ref.module == module:
        # The primary class is the document's root, not one of its $defs: a reference to it is "#".
        return {"$ref": "#" if type_ref.class_name == primary else f"#/$defs/{type_ref.class_name}"}
    # A class of another module: referenced lazily, through the version's reference table.
    return {"customTypePath": f"{refs_module}.{type_ref.class_name}"}


def _model_schema(model: ir.ModelDef, module: ir.ModelModule, refs_module: str) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for fld in model.fields:
        schema = type_schema(fld.type, module.name, refs_module, module.primary)
        if fld.rule is not None and fld.rule.many:
            schema = {"anyOf": [schema, {"type": "array", "items": dict(schema)}]}
        if fld.description:
            schema["description"] = fld.description
        properties[fld.graph_name] = schema
    result: dict[str, Any] = {"title": model.class_name, "type": "object", "properties": properties}
    required = [f.graph_name for f in model.fields if f.required]
    if required:
        result["required"] = required
    if model.description:
        result["description"] = model.description
    return result


def _enum_schema(enum: ir.EnumDef) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "string",
        "enum": [m.value for m in enum.members],
        "x-enum-varnames": [m.name for m in enum.members],
    }
    if enum.description:
        schema["description"] = enum.description
    return schema


def module_schema(module: ir.ModelModule, refs_module: str) -> dict[str, Any]:
    """The whole module: its primary class at the root, every other class under ``$defs``."""
    defs: dict[str, Any] = {}
    root: dict[str, Any] | None = None
    for model in module.models:
        schema = _model_schema(model, module, refs_module)
        if model.class_name == module.primary:
            root = schema
        else:
            defs[model.class_name] = schema
    for enum in module.enums:
        defs[enum.class_name] = _enum_schema(enum)
    assert root is not None, f"module {module.name} has no class {module.primary}"
    root["$defs"] = defs
    return root


def field_aliases(module: ir.ModelModule) -> dict[str, str]:
    """Graph names whose Python attribute differs (keywords, reserved names)."""
    return {f.graph_name: f.name for m in module.models for f in m.fields if f.name != f.graph_name}


def is_scalar_keyed(type_ref: ir.MapType) -> bool:
    """Keys that are not text: integers or datetimes."""
    return isinstance(type_ref.key, ir.Scalar) and type_ref.key.kind != "str"


def _keyed_maps(type_ref: ir.TypeRef) -> list[ir.MapType]:
    if isinstance(type_ref, ir.ListType):
        return _keyed_maps(type_ref.item)
    if isinstance(type_ref, ir.MapType):
        return ([type_ref] if is_scalar_keyed(type_ref) else []) + _keyed_maps(type_ref.value)
    return []


def _names(type_ref: ir.TypeRef) -> list[ir.ModelRef | ir.EnumRef | ir.UnionRef | ir.Scalar]:
    if isinstance(type_ref, ir.ListType):
        return _names(type_ref.item)
    if isinstance(type_ref, ir.MapType):
        return _names(type_ref.key) + _names(type_ref.value)
    return [type_ref]


def map_imports(module: ir.ModelModule, runtime: str, refs_module: str) -> list[str]:
    """Imports for the annotations of maps keyed by integers or datetimes, which are written as text."""
    imports: set[str] = set()
    for model in module.models:
        for fld in model.fields:
            for found in _keyed_maps(fld.type):
                imports.add(f"{runtime}.models.KeyedMap")
                for ref in _names(found):
                    if isinstance(ref, ir.Scalar):
                        if ref.kind in ("object", "any"):
                            imports.add("typing.Any")
                        elif ref.kind == "datetime":
                            imports.add("datetime.datetime")
                    elif ref.module != module.name:
                        imports.add(f"{refs_module}.{ref.class_name}")
    return sorted(imports)
