"""Lazy types: what endpoint modules and models name another module's classes with, imported on first use."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter

from rtpkg._runtime.declarations import Operation, Param
from rtpkg._runtime.errors import GraphRequestError
from rtpkg._runtime.lazy import LazyType, resolved
from rtpkg._runtime.models import Page
from rtpkg._runtime.operations import encode, interpret, prepare
from tests.runtime.support import ERRORS_BY_CODE, Color, Widget

SUPPORT = ("tests", "runtime.support")  # (package, module) of the stand-in classes


@pytest.fixture
def lazypkg(tmp_path: Path) -> Iterator[str]:
    """A package ``lazypkg`` with a module ``things`` that records each time it runs."""
    package = tmp_path / "lazypkg"
    package.mkdir()
    (package / "__init__.py").write_text("RUNS = []\n")
    (package / "things.py").write_text(
        "from lazypkg import RUNS\n\nRUNS.append('things')\n\n\nclass Thing:\n    pass\n"
    )
    sys.path.insert(0, str(tmp_path))
    try:
        yield "lazypkg"
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m == "lazypkg" or m.startswith("lazypkg.")]:
            del sys.modules[name]


def test_a_lazy_type_imports_its_module_when_first_resolved_and_only_once(lazypkg: str) -> None:
    thing = LazyType(lazypkg, "things", "Thing")
    assert "lazypkg.things" not in sys.modules
    resolved_class = thing.resolve()
    assert resolved_class.__name__ == "Thing" and resolved_class.__module__ == "lazypkg.things"
    assert thing.resolve() is resolved_class
    assert sys.modules["lazypkg"].RUNS == ["things"]


def test_a_missing_class_or_module_raises_when_resolved_not_when_declared(lazypkg: str) -> None:
    missing_class = LazyType(lazypkg, "things", "Nothing")
    missing_module = LazyType(lazypkg, "nowhere", "Thing")
    with pytest.raises(AttributeError):
        missing_class.resolve()
    with pytest.raises(ModuleNotFoundError):
        missing_module.resolve()


@pytest.mark.parametrize(
    ("package", "module", "absolute"),
    [
        ("rtpkg.v1_0", ".._runtime.models", "rtpkg._runtime.models"),
        ("rtpkg._runtime", ".models", "rtpkg._runtime.models"),
        ("rtpkg", "_runtime.models", "rtpkg._runtime.models"),
    ],
)
def test_module_paths_are_below_the_package_or_relative_to_it(package: str, module: str, absolute: str) -> None:
    page = LazyType(package, module, "Page")
    assert repr(page) == f"{absolute}.Page"
    assert page.resolve() is Page


def test_subscripting_a_lazy_type_is_lazy_and_resolves_to_the_parametrised_class() -> None:
    page = LazyType("rtpkg", "_runtime.models", "Page")
    widget = LazyType(*SUPPORT, "Widget")
    widgets = page[widget]
    assert repr(widgets) == "rtpkg._runtime.models.Page[tests.runtime.support.Widget]"
    assert widgets.resolve() is Page[Widget]
    assert page.resolve() is Page  # the unsubscripted one is unchanged


def test_resolved_replaces_lazy_types_inside_builtin_generics_and_leaves_the_rest_alone() -> None:
    widget = LazyType(*SUPPORT, "Widget")
    assert resolved(widget) is Widget
    assert resolved(list[widget]) == list[Widget]
    assert resolved(dict[str, widget]) == dict[str, Widget]
    plain = dict[str, Any]
    assert resolved(plain) is plain
    assert resolved(Widget) is Widget and resolved(None) is None


def test_pydantic_validates_through_a_lazy_type() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(list[LazyType(*SUPPORT, "Widget")])
    [widget] = adapter.validate_python([{"id": "1", "color": "red"}])
    assert type(widget) is Widget and widget.color is Color.RED


def test_a_parameter_reads_its_lazy_enum_and_model_as_the_classes() -> None:
    color = Param("color", "enum", enum=LazyType(*SUPPORT, "Color"))
    data = Param("data", "json", model=LazyType(*SUPPORT, "Widget"))
    assert color.enum is Color and data.model is Widget
    assert encode(color, "blue") == "blue" and encode(color, Color.RED) == "red"
    with pytest.raises(GraphRequestError, match="not a known Color value"):
        encode(color, "green")
    assert encode(data, {"id": "1", "color": "red"}) == '{"id":"1","color":"red"}'


def test_an_operation_reads_its_lazy_result_as_the_class_and_validates_answers_with_it() -> None:
    widget = LazyType(*SUPPORT, "Widget")
    get = Operation("get_widget", "GET", "/{id}", (Param("id", "text", required=True, in_path=True),), widget)
    listing = Operation("get_widgets", "GET", "/w", (), LazyType("rtpkg", "_runtime.models", "Page")[widget])
    assert get.result is Widget and listing.result is Page[Widget]
    assert prepare(get, {"id": "7"}).path == "/7"
    got = interpret(get, 200, b'{"id": "7", "color": "blue"}', ERRORS_BY_CODE)
    assert type(got) is Widget and got.color is Color.BLUE
    page = interpret(listing, 200, b'{"data": [{"id": "1"}]}', ERRORS_BY_CODE)
    assert type(page) is Page[Widget] and type(page.data[0]) is Widget
