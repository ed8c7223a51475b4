"""The OpenAPI description the benchmark gives openapi-python-client says what the generator makes of the node."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bench.openapi import describe, version_ir
from generator.ir import model as ir

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = sorted(p.name for p in (ROOT / "spec").iterdir() if p.is_dir())


def _refs(value: Any) -> list[str]:
    if isinstance(value, dict):
        found = [value["$ref"]] if "$ref" in value else []
        return found + [ref for item in value.values() for ref in _refs(item)]
    if isinstance(value, list):
        return [ref for item in value for ref in _refs(item)]
    return []


@pytest.fixture(scope="module", params=VERSIONS)
def version(request: pytest.FixtureRequest) -> ir.VersionIR:
    return version_ir(ROOT / "spec", request.param)


def test_every_reference_resolves_and_every_component_is_used(version: ir.VersionIR) -> None:
    document = describe(version, "AdsPixel")
    schemas = document["components"]["schemas"]
    refs = _refs(document)
    assert refs
    assert all(ref.startswith("#/components/schemas/") for ref in refs)
    named = {ref.rsplit("/", 1)[1] for ref in refs}
    assert named - set(schemas) == set()
    assert set(schemas) - named == set()
    assert all(schema for schema in schemas.values())  # none left as the placeholder of a cycle


def test_every_operation_appears_with_its_parameters(version: ir.VersionIR) -> None:
    document = describe(version, "AdsPixel")
    (module,) = [m for m in version.endpoint_modules if m.node == "AdsPixel"]
    described = {
        (method.upper(), path): operation
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
    }
    assert len(described) == len(module.operations)
    for op in module.operations:
        operation = described[(op.method, f"/{version.graph_version}{op.path}")]
        assert operation["operationId"] == op.function
        in_path = {p["name"] for p in operation.get("parameters", []) if p["in"] == "path"}
        assert in_path == set(re.findall(r"{(\w+)}", op.path)) == {p.graph_name for p in op.params if p.in_path}
        sent = {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}
        body = operation.get("requestBody", {}).get("content", {})
        for media in body.values():
            sent |= set(media["schema"]["properties"])
        assert sent - {"fields"} == {p.graph_name for p in op.params if not p.in_path}


def test_fields_of_the_node_are_typed_as_the_ir_types_them(version: ir.VersionIR) -> None:
    schemas = describe(version, "AdsPixel")["components"]["schemas"]
    (pixel,) = [m for module in version.model_modules for m in module.models if m.class_name == "AdsPixel"]
    properties = schemas["AdsPixel"]["properties"]
    assert set(properties) == {f.graph_name for f in pixel.fields}
    for fld in pixel.fields:
        if isinstance(fld.type, ir.ModelRef | ir.EnumRef):
            assert properties[fld.graph_name]["$ref"] == f"#/components/schemas/{fld.type.class_name}"


def test_an_unknown_node_is_refused(version: ir.VersionIR) -> None:
    with pytest.raises(LookupError, match="no endpoint module for Nothing"):
        describe(version, "Nothing")
