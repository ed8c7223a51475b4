"""An OpenAPI 3 description of one node, derived from the IR, for openapi-python-client to generate from.

It holds what the generator makes for that node: every operation of the node's endpoint module (paths, methods,
path and query parameters, form bodies, responses) and, as components, every model, enum and union those
operations reach, transitively through fields, exactly as the IR types them. Deriving it from the IR keeps the
peer's input equivalent to ours whenever the spec changes.

    python3 -m bench.openapi v5.0 AdsPixel > ads_pixel.openapi.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from generator.diagnostics import Problems, SpecError
from generator.ir import model as ir
from generator.ir.build import build_version
from generator.ir.scalars import scalar_kind
from generator.spec.loader import load_version

ROOT = Path(__file__).resolve().parent.parent
Named = ir.ModelDef | ir.EnumDef | ir.UnionDef

# Graph's error answer, which every operation may return.
_GRAPH_ERROR: dict[str, Any] = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {
                "message": {"type": "string"},
                "type": {"type": "string"},
                "code": {"type": "integer"},
                "error_subcode": {"type": "integer"},
                "fbtrace_id": {"type": "string"},
            },
            "required": ["message", "code"],
        }
    },
    "required": ["error"],
}
_PAGING: dict[str, Any] = {
    "type": "object",
    "properties": {
        "cursors": {"type": "object", "properties": {"before": {"type": "string"}, "after": {"type": "string"}}},
        "next": {"type": "string"},
        "previous": {"type": "string"},
    },
}


def version_ir(spec_dir: Path, graph_version: str) -> ir.VersionIR:
    problems = Problems()
    loaded = load_version(spec_dir / graph_version, problems, None)
    version = build_version(loaded, problems) if loaded is not None else None
    if problems or version is None:
        raise SpecError(problems.sorted())
    return version


class _Components:
    """Named classes of a version, and the ones a description has reached so far."""

    def __init__(self, version: ir.VersionIR) -> None:
        self.known: dict[str, Named] = {}
        for module in version.model_modules:
            named: tuple[Named, ...] = (*module.models, *module.enums, *module.unions)
            for one in named:
                self.known[one.class_name] = one
            for model in module.models:  # the `fields=` selectors
                self.known[model.selector.class_name] = model.selector
        self.reached: dict[str, dict[str, Any]] = {}

    def ref(self, class_name: str) -> dict[str, Any]:
        if class_name not in self.reached:
            self.reached[class_name] = {}  # claimed first: models refer to each other in cycles
            self.reached[class_name] = self._schema(self.known[class_name])
        return {"$ref": f"#/components/schemas/{class_name}"}

    def _schema(self, named: Named) -> dict[str, Any]:
        if isinstance(named, ir.EnumDef):
            return {"type": "string", "enum": [m.value for m in named.members], "description": named.description}
        if isinstance(named, ir.UnionDef):
            return {"oneOf": [self.ref(variant.class_name) for variant in named.variants]}
        properties = {}
        for fld in named.fields:
            properties[fld.graph_name] = self.type_schema(fld.type) | (
                {"description": fld.description} if fld.description else {}
            )
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        required = [f.graph_name for f in named.fields if f.required]
        if required:
            schema["required"] = required
        if named.description:
            schema["description"] = named.description
        return schema

    def type_schema(self, type_ref: ir.TypeRef) -> dict[str, Any]:
        if isinstance(type_ref, ir.Scalar):
            return dict(scalar_kind(type_ref.kind).json_schema)
        if isinstance(type_ref, ir.ListType):
            return {"type": "array", "items": self.type_schema(type_ref.item)}
        if isinstance(type_ref, ir.MapType):
            return {"type": "object", "additionalProperties": self.type_schema(type_ref.value)}
        return self.ref(type_ref.class_name)


def _is_plain(type_ref: ir.TypeRef) -> bool:
    """A value a query string can carry as OpenAPI describes it: a scalar, an enum, or a list of them."""
    if isinstance(type_ref, ir.ListType):
        return isinstance(type_ref.item, (ir.Scalar, ir.EnumRef)) and _is_plain(type_ref.item)
    if isinstance(type_ref, ir.Scalar):
        return type_ref.kind in ("str", "int", "float", "bool", "datetime")
    return isinstance(type_ref, ir.EnumRef)


def _operation(op: ir.Operation, components: _Components) -> dict[str, Any]:
    parameters: list[dict[str, Any]] = []
    body: dict[str, Any] = {}
    body_required: list[str] = []
    for param in op.params:
        if param.in_path:
            parameters.append({"name": param.graph_name, "in": "path", "required": True, "schema": {"type": "string"}})
        elif op.method == "POST":
            body[param.graph_name] = components.type_schema(param.type)
            if param.required:
                body_required.append(param.graph_name)
        else:
            # Graph reads structured query values as JSON text.
            schema = components.type_schema(param.type) if _is_plain(param.type) else {"type": "string"}
            parameters.append({"name": param.graph_name, "in": "query", "required": param.required, "schema": schema})
    result = components.type_schema(op.returns)
    if op.paginated:
        result = {
            "type": "object",
            "properties": {
                "data": {"type": "array", "items": result},
                "paging": {"$ref": "#/components/schemas/Paging"},
            },
            "required": ["data"],
        }
    described: dict[str, Any] = {
        "operationId": op.function,
        "summary": op.description.splitlines()[0] if op.description else op.function,
        "responses": {
            "200": {"description": "Graph's answer", "content": {"application/json": {"schema": result}}},
            "400": {
                "description": "A Graph error",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/GraphError"}}},
            },
        },
    }
    if op.selector is not None:
        parameters.append(
            {
                "name": "fields",
                "in": "query",
                "required": False,
                "schema": {"type": "array", "items": components.ref(op.selector.class_name)},
                "style": "form",
                "explode": False,
            }
        )
    if parameters:
        described["parameters"] = parameters
    if body:
        media = "multipart/form-data" if any(p.encoding == "file" for p in op.params) else None
        form: dict[str, Any] = {"type": "object", "properties": body}
        if body_required:
            form["required"] = body_required
        described["requestBody"] = {
            "required": bool(body_required),
            "content": {media or "application/x-www-form-urlencoded": {"schema": form}},
        }
    return described


def describe(version: ir.VersionIR, node: str) -> dict[str, Any]:
    """The OpenAPI 3.0 document of ``node``'s operations in ``version``."""
    modules = [m for m in version.endpoint_modules if m.node == node]
    if not modules:
        raise LookupError(f"{version.graph_version} has no endpoint module for {node}")
    components = _Components(version)
    paths: dict[str, dict[str, Any]] = {}
    for op in modules[0].operations:
        paths.setdefault(f"/{version.graph_version}{op.path}", {})[op.method.lower()] = _operation(op, components)
    schemas = dict(sorted(components.reached.items()))
    return {
        "openapi": "3.0.3",
        "info": {"title": f"Graph API {version.graph_version} {node}", "version": version.graph_version.lstrip("v")},
        "servers": [{"url": "https://graph.facebook.com"}],
        "paths": paths,
        "components": {
            "schemas": {**schemas, "GraphError": _GRAPH_ERROR, "Paging": _PAGING},
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{"bearer": []}],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph_version", nargs="?", default="v5.0")
    parser.add_argument("node", nargs="?", default="AdsPixel")
    parser.add_argument("--spec", type=Path, default=ROOT / "spec")
    args = parser.parse_args()
    try:
        document = describe(version_ir(args.spec, args.graph_version), args.node)
    except (SpecError, LookupError) as error:
        sys.exit(str(error))
    json.dump(document, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
