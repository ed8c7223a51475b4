"""Everything the seed pages document is in the spec and in the generated package."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import pipeline
from generator.config import Config
from generator.ir import model as ir
from tests import seed_facts as seeds
from tests.helpers import ROOT, require_version


@pytest.fixture(scope="module")
def package_ir() -> ir.PackageIR:
    return pipeline.build_ir(Config.load(ROOT))


def _version(package_ir: ir.PackageIR, name: str) -> ir.VersionIR:
    require_version(name, "tests/seed_facts.py")
    return next(v for v in package_ir.versions if v.graph_version == name)


def _operations(version: ir.VersionIR) -> dict[str, ir.Operation]:
    module = next(m for m in version.endpoint_modules if m.node == "AdsPixel")
    return {op.function: op for op in module.operations}


def _models(version: ir.VersionIR) -> dict[str, ir.ModelDef]:
    return {m.class_name: m for module in version.model_modules for m in module.models}


def _check_operations(version: ir.VersionIR, expected: dict[str, dict[str, Any]], package: str) -> None:
    ops = _operations(version)
    models = _models(version)
    endpoints = importlib.import_module(f"fbgraph.{version.module}.ads_pixel")
    errors = importlib.import_module(f"fbgraph.{version.module}.errors")
    for function, facts in expected.items():
        op = ops[function]
        params = {p.graph_name: p.required for p in op.params if not p.in_path}
        assert params == facts["params"], function
        assert [e.code for e in op.errors] == facts["errors"], function
        for code in facts["errors"]:
            assert errors.ERRORS_BY_CODE[code].code == code
        if "result" in facts:
            assert isinstance(op.returns, ir.ModelRef)
            assert [f.graph_name for f in models[op.returns.class_name].fields] == facts["result"], function
        constant = getattr(endpoints, op.constant)
        assert [p.name for p in constant.params if not p.in_path and p.name != "fields"] == list(facts["params"])
        assert list(constant.errors) == facts["errors"]
        assert callable(getattr(endpoints, function)) and callable(getattr(endpoints, f"{function}_async"))


def test_v5_node_fields_enums_and_edges(package_ir: ir.PackageIR) -> None:
    version = _version(package_ir, "v5.0")
    pixel = _models(version)["AdsPixel"]
    assert [f.graph_name for f in pixel.fields] == seeds.V5_NODE_FIELDS
    models = importlib.import_module("fbgraph.v5_0.models")
    assert list(models.AdsPixel.model_fields) == seeds.V5_NODE_FIELDS
    assert [m.value for m in models.AdsPixelField] == seeds.V5_NODE_FIELDS
    for enum_name, values in seeds.V5_ENUMS.items():
        assert [m.value for m in getattr(models, enum_name)] == values
    edges = {op.edge for op in _operations(version).values() if op.edge}
    assert edges == set(seeds.V5_EDGES)


def test_v5_operations(package_ir: ir.PackageIR) -> None:
    version = _version(package_ir, "v5.0")
    _check_operations(version, seeds.V5_OPERATIONS, "fbgraph")
    module = next(m for m in version.endpoint_modules if m.node == "AdsPixel")
    assert [(u.method, u.path) for u in module.unsupported] == seeds.V5_UNSUPPORTED


def test_v25_events_edge(package_ir: ir.PackageIR) -> None:
    version = _version(package_ir, "v25.0")
    _check_operations(version, seeds.V25_OPERATIONS, "fbgraph")
    models = _models(version)
    op = _operations(version)["create_event"]
    assert isinstance(op.returns, ir.UnionRef)
    union = next(u for m in version.model_modules for u in m.unions if u.class_name == op.returns.class_name)
    assert {v.class_name: list(k) for v, k in zip(union.variants, union.variant_keys)} == seeds.V25_EVENTS_UNION
    assert [f.graph_name for f in models["AdsPixelEventAttributionAdditionalTouchpoint"].fields] == (
        seeds.V25_TOUCHPOINT_FIELDS
    )
    assert [f.graph_name for f in models["AdsPixelEventClaimsClaim"].fields] == seeds.V25_CLAIM_FIELDS
    for struct, params in seeds.V25_CHILD_PARAMS.items():
        assert {f.graph_name: f.required for f in models[struct].fields} == params
    module = next(m for m in version.endpoint_modules if m.node == "AdsPixel")
    assert [(u.method, u.path) for u in module.unsupported if u.path.endswith("/events")] == seeds.V25_UNSUPPORTED
    # The page's parameters come from the page; the ones only Meta's spec snapshot has say so.
    spec = yaml.safe_load((ROOT / "spec" / "v25.0" / "ads_pixel.yaml").read_text(encoding="utf-8"))
    params = spec["edges"]["events"]["post"]["params"]
    assert [n for n, p in params.items() if "source" not in p] == list(seeds.V25_EVENTS_SEED_PARAMS)
    assert [n for n, p in params.items() if p.get("source") == "meta-api-specs-ad2b0b6"] == (
        seeds.V25_EVENTS_SNAPSHOT_PARAMS
    )


def test_v25_events_union_parses_each_variant() -> None:
    from pydantic import TypeAdapter

    models = importlib.import_module("fbgraph.v25_0.models")
    adapter: TypeAdapter[Any] = TypeAdapter(models.AdsPixelCreateEventResult)
    samples = {
        "AdsPixelEventsReceived": {"events_received": 1, "messages": [], "fbtrace_id": "A"},
        "AdsPixelEventAttribution": {
            "ad_id": "1",
            "click_time": 1700000000,
            "additional_touchpoints": [{"ad_id": "2"}],
        },
        "AdsPixelEventSuccess": {"success": True},
        "AdsPixelEventClaims": {"claims": [{"event_name": "Purchase", "advertiser_direct_amm_metadata": {"k": "v"}}]},
    }
    for expected, sample in samples.items():
        assert type(adapter.validate_python(sample)).__name__ == expected


# The per-version figures the issue note reports (enums: every enum of the version, with the imported types').
NOTE_COUNTS = {
    "v5.0": {"fields": 15, "operations": 15, "unsupported": 1, "edges": 7, "params": 27, "enums": 27, "values": 256, "codes": 20},
    "v25.0": {"fields": 34, "operations": 22, "unsupported": 4, "edges": 13, "params": 48, "enums": 39, "values": 393, "codes": 20},
}  # fmt: skip


def test_seed_counts_are_what_the_note_reports(package_ir: ir.PackageIR) -> None:
    # The versions the seeds document; a version added later (a bump) has no seed and no note.
    for name in NOTE_COUNTS:
        require_version(name, "NOTE_COUNTS in tests/test_seed_coverage.py")
        version = _version(package_ir, name)
        module = next(m for m in version.endpoint_modules if m.node == "AdsPixel")
        enums = [e for m in version.model_modules for e in m.enums if not e.class_name.endswith("Field")]
        counts = {
            "fields": len(_models(version)["AdsPixel"].fields),
            "operations": len(module.operations),
            "unsupported": len(module.unsupported),
            "edges": len({op.edge for op in module.operations if op.edge}),
            "params": sum(len([p for p in op.params if not p.in_path and not p.implicit]) for op in module.operations),
            "enums": len(enums),
            "values": sum(len(e.members) for e in enums),
            "codes": len(version.errors),
        }
        assert counts == NOTE_COUNTS[version.graph_version], version.graph_version


def test_seed_files_are_the_ones_described() -> None:
    seeds_dir = ROOT.parent / "shared" / "seeds"
    if not seeds_dir.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    v5 = (seeds_dir / "001_b0e75f122ce53c64.txt").read_text()
    v25 = (seeds_dir / "000_9aadf6212a95f681.txt").read_text()
    for field in seeds.V5_NODE_FIELDS:
        assert f"\n{field}\n" in v5, field
    for variant_fields in seeds.V25_EVENTS_UNION.values():
        for field in variant_fields:
            assert f"{field}:" in v25, field
    for code in (200, 100, 190):
        assert f"{code}" in v25
