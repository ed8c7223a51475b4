"""The generator and the runtime agree: one source for every fact they share, and the runtime copied verbatim."""

from __future__ import annotations

import ast
import importlib
import inspect
import subprocess
import sys
import typing

from black import format_str

from generator import contracts, pipeline
from generator.config import Config
from generator.formatting import BLACK_MODE
from generator.ir import model as ir
from generator.ir import scalars
from generator.ir.public_names import RUNTIME_EXPORTS
from generator.render.package import RUNTIME_DIR, runtime_files
from generator.spec import schema
from generator.spec.typeexpr import PRIMITIVES
from tests.helpers import ROOT

GENERATED = ROOT / "generated"


def test_the_generated_runtime_is_a_byte_for_byte_copy_of_its_source() -> None:
    package = Config.load(ROOT).package
    copied = sorted(p.name for p in (GENERATED / package / "_runtime").glob("*.py"))
    assert copied == list(runtime_files())
    for name in copied:
        source = (RUNTIME_DIR / name).read_bytes()
        assert (GENERATED / package / "_runtime" / name).read_bytes() == source, f"_runtime/{name} differs"


def test_the_runtime_source_is_formatted_as_generated_code_is() -> None:
    # Copies skip black, so the source must already be in black's style with the generated package's settings.
    for name in runtime_files():
        text = (RUNTIME_DIR / name).read_text(encoding="utf-8")
        assert format_str(text, mode=BLACK_MODE) == text, f"run: black templates/package/_runtime/{name}"


def test_the_runtime_source_passes_mypy_strict_where_it_lives() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(RUNTIME_DIR)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_spec_normalisation_steps_are_the_runtimes() -> None:
    assert set(typing.get_args(schema.NormalizeStep)) == contracts.normalize_steps()


def test_spec_error_categories_are_the_runtimes() -> None:
    assert [c.value for c in schema.ErrorCategory] == [c.name for c in contracts.error_categories()]


def test_ir_parameter_encodings_are_the_runtimes() -> None:
    assert set(typing.get_args(scalars.Encoding)) == contracts.param_encodings()
    assert typing.get_type_hints(ir.Param)["encoding"] == scalars.Encoding


def test_every_graph_scalar_spelling_has_a_kind() -> None:
    assert set(PRIMITIVES.values()) == set(scalars.GRAPH_SCALARS)
    for kind in typing.get_args(scalars.ScalarKind):
        assert scalars.scalar_kind(kind).encoding in contracts.param_encodings()


def test_endpoint_functions_take_only_their_parameters_and_the_declared_call_keywords() -> None:
    config = Config.load(ROOT)
    seen: set[str] = set()
    for version in pipeline.build_ir(config).versions:
        for module in version.endpoint_modules:
            generated = importlib.import_module(f"{config.package}.{version.module}.{module.name}")
            for op in module.operations:
                own = {param.name for param in op.params}
                names = [op.function, op.async_function, op.iter_function, op.iter_async_function]
                if op.chunking is not None:
                    names += [op.chunking.function, op.chunking.async_function]
                for name in filter(None, names):
                    extra = set(inspect.signature(getattr(generated, name)).parameters) - own
                    assert extra <= contracts.CALL_KEYWORDS, f"{name} takes {extra - contracts.CALL_KEYWORDS}"
                    seen |= extra
    assert seen == contracts.CALL_KEYWORDS, "a declared call keyword is never used: remove it from contracts"


def test_model_modules_import_only_names_the_contract_reserves() -> None:
    package = Config.load(ROOT).package
    for path in sorted(GENERATED.glob(f"{package}/v*/models/*.py")):
        if path.name.startswith("_"):
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and node.module and not node.module.endswith("._refs"):
                names = {alias.asname or alias.name for alias in node.names} - {"annotations"}
                unreserved = names - contracts.reserved_class_names()
                assert not unreserved, f"{path.name}: add {unreserved} to contracts.MODEL_MODULE_IMPORTS"


def test_every_public_name_is_exported_by_the_runtime_module_it_is_imported_from() -> None:
    # The public modules import these from `_runtime.<module>`; a name moved or dropped there must fail here.
    for public in RUNTIME_EXPORTS:
        assert public.name in contracts.module_exports(public.module), f"_runtime/{public.module}.py: {public.name}"
