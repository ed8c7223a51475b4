"""Whatever the spec's strings say, they end up as data: generated code compiles, holds only what the templates
write, imports, and gives the strings back unchanged."""

from __future__ import annotations

import importlib
import itertools
import os
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.config import Config
from generator.diagnostics import SpecError
from generator.writing import read_manifest
from tests import ast_check
from tests.helpers import ERRORS_YAML, write_project
from tests.nasty import NASTY

_names = itertools.count()


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=False, sort_keys=False, width=10_000)


def nasty_spec() -> dict[str, str]:
    values = [s for s in NASTY if len(s) <= 500]  # enum values (the spec caps them at 500 characters)
    fields = {f"note_{i}": {"type": "string", "description": text} for i, text in enumerate(NASTY)}
    fields = {"id": {"type": "numeric string", "description": NASTY[0]}, **fields, "mood": {"type": "Mood"}}
    node = {
        "node": "Widget",
        "source": "test",
        "coverage": "documented",
        "description": "\n".join(NASTY),
        "note": NASTY[1],
        "fields": fields,
        "enums": {"Mood": {"values": values, "description": NASTY[2]}},
        "read": {"description": NASTY[3], "errors": [100]},
        "edges": {
            "things": {
                "description": NASTY[4],
                "post": {
                    "description": NASTY[5],
                    "params": {f"p_{i}": {"type": "string", "description": text} for i, text in enumerate(NASTY)},
                    "returns": {"type": "Struct {ok: bool}", "description": NASTY[6]},
                    "errors": [100],
                },
            }
        },
    }
    errors = {
        "codes": {
            100: {"name": "invalid_parameter", "message": text, "category": "invalid_parameter", "transient": False}
            for text in NASTY[-1:]
        }
    }
    errors["codes"][4] = {
        "name": "api_too_many_calls",
        "message": "\n".join(NASTY[:12]),
        "category": "throttling",
        "transient": True,
    }
    version = {"graph_version": "v1.0", "sources": {"test": {"title": "\n".join(NASTY), "note": NASTY[7]}}}
    return {"version.yaml": _dump(version), "errors.yaml": _dump(errors), "widget.yaml": _dump(node)}


def _check_files(config: Config) -> dict[str, str]:
    files = {rel: (config.output_dir / rel).read_text() for rel in read_manifest(config.output_dir)}
    for path, text in ast_check.version_modules(files, config.package).items():
        compile(text, path, "exec")
        found = ast_check.problems(text, config.package)
        assert not found, f"{path}: {found}"
    return files


def _import(config: Config) -> Any:
    """Import the generated package fresh, forgetting any earlier package of the same name."""
    for name in [n for n in sys.modules if n == config.package or n.startswith(config.package + ".")]:
        del sys.modules[name]
    sys.path.insert(0, str(config.output_dir))
    try:
        importlib.invalidate_caches()
        return importlib.import_module(f"{config.package}.v1_0")
    finally:
        sys.path.remove(str(config.output_dir))


def test_nasty_strings_stay_data(tmp_path: Path) -> None:
    package = f"fbnasty{next(_names)}"
    config = write_project(tmp_path, nasty_spec(), package=package)
    pipeline.generate(config)
    files = _check_files(config)
    api = _import(config)
    mood = api.models.WidgetMood
    assert [m.value for m in mood] == [s for s in NASTY if len(s) <= 500], "enum values come back exactly"
    assert api.errors.InvalidParameterError.documented_message == NASTY[-1]
    widget = api.models.Widget.model_validate({"id": "1", "mood": NASTY[0]})
    assert widget.mood is mood(NASTY[0])
    # Descriptions reach the docstrings as text: quotes, backslashes and template syntax included.
    doc = api.models.Widget.__doc__
    for text in ('"""', "'''", "end with a backslash\\", "{{ jinja_expression }}", "{% if True %}"):
        assert text in doc, text
    assert (api.widget.create_thing.__doc__ or "").startswith("{{ jinja_expression }}")
    # Invisible characters are shown, never written into the source as they are.
    assert "\\u202e" in doc and "\u202e" not in "".join(files.values())


def _identifier() -> st.SearchStrategy[str]:
    keywords = st.sampled_from(["class", "def", "match", "case", "type", "_", "None", "json", "copy", "model_x"])
    plain = st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True)
    camel = st.from_regex(r"[a-z]+[A-Z][a-z]{1,6}", fullmatch=True)
    return st.one_of(keywords, plain, camel)


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),  # YAML cannot carry lone surrogates
    max_size=60,
)
_TYPES = st.sampled_from(
    [
        "string",
        "numeric string",
        "int32",
        "int64",
        "bool",
        "float",
        "datetime",
        "list<string>",
        "map<string, int32>",
        "Object",
        "JSON-encoded string",
        "Friend",
        "list<Friend>",
        "Struct {a: string, b: list<int32>}",
    ]
)


@st.composite
def specs(draw: st.DrawFn) -> dict[str, str]:
    fields = draw(
        st.dictionaries(_identifier(), st.fixed_dictionaries({"type": _TYPES, "description": _TEXT}), max_size=6)
    )
    values = draw(
        st.lists(
            st.text(min_size=1, max_size=15, alphabet=st.characters(blacklist_categories=("Cs",))),
            min_size=1,
            max_size=5,
            unique=True,
        )
    )
    params = draw(
        st.dictionaries(
            _identifier(),
            st.fixed_dictionaries({"type": _TYPES, "description": _TEXT, "required": st.booleans()}),
            max_size=4,
        )
    )
    node = {
        "node": "Widget",
        "source": "test",
        "coverage": "documented",
        "description": draw(_TEXT),
        "fields": {"id": {"type": "numeric string"}, **fields, "state": {"type": "State"}},
        "enums": {"State": {"values": values, "description": draw(_TEXT)}},
        "read": {"description": draw(_TEXT), "errors": [100]},
        "edges": {
            "items": {
                "get": {"returns": "list<Friend>", "errors": [100]},
                "post": {
                    "params": params,
                    "returns": draw(st.sampled_from(["Struct {ok: bool}", "Struct {a: int32} Or Struct {b: string}"])),
                    "errors": [100],
                    "description": draw(_TEXT),
                },
            }
        },
    }
    friend = {
        "node": "Friend",
        "source": "test",
        "coverage": "minimal",
        "fields": {
            "id": {"type": "numeric string"},
            "name": {"type": "string", "description": draw(_TEXT)},
            "widget": {"type": "Widget"},
        },
    }
    version = {"graph_version": "v1.0", "sources": {"test": {"title": draw(_TEXT)}}}
    return {
        "version.yaml": _dump(version),
        "errors.yaml": ERRORS_YAML,
        "widget.yaml": _dump(node),
        "friend.yaml": _dump(friend),
    }


FUZZ_EXAMPLES = int(os.environ.get("GRAPH_CODEGEN_FUZZ_EXAMPLES", "500"))


@pytest.fixture(scope="module")
def fuzz_cache(tmp_path_factory: pytest.TempPathFactory) -> pipeline.Options:
    # One package name and a shared cache: the static runtime modules are formatted once, not once per example.
    return pipeline.Options(workers=1, cache_dir=tmp_path_factory.mktemp("fuzz-cache"))


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(files=specs())
def test_fuzzed_specs_generate_code_that_compiles_and_imports(
    tmp_path_factory: pytest.TempPathFactory, fuzz_cache: pipeline.Options, files: dict[str, str]
) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    config = write_project(root, files, package="fbfuzz")
    try:
        pipeline.generate(config, fuzz_cache)
    except SpecError as exc:
        report = exc.report()
        assert report.strip().endswith("nothing was written.") and "Traceback" not in report
        assert not config.output_dir.exists()
        return
    _check_files(config)
    api = _import(config)
    assert api.models.Widget.model_validate({"id": "1"}).id == "1"
