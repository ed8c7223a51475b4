"""The whole Marketing API: Meta's v5.0 and v25.0 snapshots imported into an empty spec folder and generated.

Skipped where ../shared/meta-api-specs is absent. Everything runs on the generated package: every type has its
model with all its fields, every operation a sync and an async function, mypy --strict passes on all of it, and a
sample of every kind of operation goes over HTTP to the fake server.
"""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.config import Config
from generator.importer.run import run_import
from generator.ir import model as ir
from tests.helpers import ROOT

SHARED = ROOT.parent / "shared" / "meta-api-specs"
PACKAGE = "metagraph"  # not fbgraph, which the committed package already is in this process
pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/meta-api-specs is not here")

EXPECTED = {"v5.0": (419, 1134), "v25.0": (993, 1469)}  # types, operations


class Built:
    def __init__(self, version: str, root: Path, config: Config, package_ir: ir.PackageIR) -> None:
        self.version = version
        self.root = root
        self.config = config
        self.ir = next(v for v in package_ir.versions if v.graph_version == version)
        self.module = f"{PACKAGE}.{self.ir.module}"


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    version = request.param
    root = tmp_path_factory.mktemp(f"meta-{version}")
    (root / "pyproject.toml").write_text(
        f'[tool.graph-codegen]\nspec_dir = "spec"\noutput_dir = "generated"\npackage = "{PACKAGE}"\n'
    )
    run_import(SHARED / version, root / "spec")
    config = Config.load(root)
    pipeline.generate(config, pipeline.Options(workers=2, cache_dir=None))  # raises on any spec problem
    sys.path.insert(0, str(root / "generated"))
    try:
        yield Built(version, root, config, pipeline.build_ir(config))
    finally:
        sys.path.remove(str(root / "generated"))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def _meta_types(version: str) -> dict[str, Any]:
    return {
        p.stem: json.loads(p.read_text())
        for p in sorted((SHARED / version / "specs").glob("*.json"))
        if p.name != "enum_types.json"
    }


def test_every_type_has_a_model_with_all_its_fields(built: Built) -> None:
    meta = _meta_types(built.version)
    assert len(meta) == EXPECTED[built.version][0]
    models = {m.graph_name: m for module in built.ir.model_modules for m in module.models}
    for name, data in meta.items():
        model = models[name]
        wanted = {f["name"] for f in data.get("fields", [])}
        assert wanted <= {f.graph_name for f in model.fields}, name
    text = "\n".join(p.read_text() for p in (built.root / "generated" / PACKAGE).rglob("*.py"))
    assert "RootModel[Any]" not in text


def test_every_operation_has_a_sync_and_an_async_function(built: Built) -> None:
    count = 0
    for module in built.ir.endpoint_modules:
        loaded = importlib.import_module(f"{built.module}.{module.name}")
        for op in module.operations:
            assert inspect.isfunction(getattr(loaded, op.function)), op.function
            assert inspect.iscoroutinefunction(getattr(loaded, op.async_function)), op.function
            count += 1
    assert count == EXPECTED[built.version][1]


def test_mypy_strict_passes_on_the_whole_package(built: Built) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(built.root / ".mypy_cache"), "-p", built.module],
        cwd=built.root / "generated",
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-5000:]


SIMPLE = ("text", "bool", "datetime", "enum")


def _value(param: Any) -> Any:
    if param.encoding == "file":
        return b"\x89PNG fake image bytes"
    if param.enum is not None:
        return next(iter(param.enum))
    return {"bool": True, "datetime": 1573840396}.get(param.encoding, "1")


def _arguments(function: Any, op: Any) -> dict[str, Any]:
    """The path ids, every required parameter and every file of ``op``, by the function's keyword names."""
    by_key = {p.key: p for p in op.params}
    args: dict[str, Any] = {}
    for name in list(inspect.signature(function).parameters)[1:]:
        param = by_key.get(name) or by_key.get(name.rstrip("_"))
        if param is not None and (param.in_path or param.required or param.encoding == "file"):
            args[name] = "1" if param.in_path else _value(param)
    return args


def _kind(op: Any) -> str | None:
    segments = op.path.strip("/").count("/") + 1
    if any(p.encoding == "file" for p in op.params):
        return "file upload"
    if any(p.required and not p.in_path and p.encoding not in SIMPLE for p in op.params):
        return None  # a sample needs values we can make up without knowing their shape
    if op.paginated:
        return "list edge"
    where = "node" if segments == 1 else "edge"
    return {"GET": f"read {where}", "POST": f"update {where}" if where == "node" else "create on edge"}.get(
        op.method, f"delete {where}"
    )


def _sample(built: Built) -> dict[str, tuple[Any, Any]]:
    """The first operation of each kind, in the order of the package's modules: (module, Operation) by kind."""
    kinds: dict[str, tuple[Any, Any]] = {}
    for module in built.ir.endpoint_modules:
        loaded = importlib.import_module(f"{built.module}.{module.name}")
        for op in loaded.OPERATIONS:
            kind = _kind(op)
            if kind is not None:
                kinds.setdefault(kind, (loaded, op))
    return kinds


def test_a_sample_of_every_kind_of_operation_over_http(built: Built) -> None:
    testing = importlib.import_module(f"{PACKAGE}.testing")
    client_module = importlib.import_module(built.module)
    kinds = _sample(built)
    assert {"read node", "update node", "delete node", "create on edge", "list edge", "file upload"} <= set(kinds)
    with testing.FakeGraph(built.version, access_token="t", list_size=3, page_size=2) as fake:
        with client_module.GraphClient("t", base_url=fake.base_url) as c:
            for kind, (module, op) in sorted(kinds.items()):
                function = getattr(module, op.name)
                result = function(c, **_arguments(function, op))  # a Graph error would raise
                assert result is not None, (kind, op.name)
                if op.paginated:
                    iterator = getattr(module, "iter_" + op.name.removeprefix("get_"))
                    assert len(list(iterator(c, **_arguments(iterator, op)))) == 3, op.name
        assert fake.internal_errors == []
        routes = {r.route for r in fake.requests}
        expected = {f"{op.method} {op.path}" for _, op in kinds.values()}
        assert routes == expected  # each call reached its own operation's route
        assert any(content == b"\x89PNG fake image bytes" for r in fake.requests for _, _, content in r.files)
