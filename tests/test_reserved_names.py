"""Spec names that would shadow the runtime or the generated code's own names: renamed by rule, or refused.

Every case either generates a package that imports and passes ``mypy --strict`` with the runtime's classes
intact, or is refused with ``file:line:col path: message``, exit 2 and nothing written.
"""

from __future__ import annotations

import importlib
import inspect
import itertools
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qsl

import httpx
import pytest

from generator import contracts, pipeline
from generator.diagnostics import SpecError
from tests.helpers import WIDGET_YAML, run_cli, spec_files, write_project

_names = itertools.count()
_LOCATED = re.compile(r"(^|/)spec/v1\.0/[a-z_]+\.yaml:\d+:\d+ \S")

ERRORS_WITH_GRAPH_REQUEST = """\
codes:
  100: {name: invalid_parameter, message: Invalid parameter, category: invalid_parameter, transient: false, source: test}
  190: {name: access_token_invalid, message: Invalid OAuth 2.0 Access Token, category: auth, transient: false, source: test}
  4: {name: api_too_many_calls, message: Application request limit reached, category: throttling, transient: true, source: test}
  2: {name: graph_request, message: A name the runtime uses, category: server, transient: true, source: test}
"""


def _node(name: str) -> str:
    return (
        f"node: {name}\nsource: test\ncoverage: minimal\nfields:\n  id: {{type: numeric string}}\nread:\n  errors: []\n"
    )


def _widget_param(name: str) -> str:
    return WIDGET_YAML.replace(
        "    visible: {type: bool}\n", f"    visible: {{type: bool}}\n    {name}: {{type: string}}\n"
    )


def _widget_edge_function(function: str) -> str:
    return WIDGET_YAML.replace("  things:\n    get:\n", f"  things:\n    get:\n      function: {function}\n")


REFUSED: dict[str, tuple[dict[str, str], str]] = {
    "catalogue error graph_request": (
        {"errors.yaml": ERRORS_WITH_GRAPH_REQUEST},
        "errors.yaml:.* codes.2.name: class name 'GraphRequestError' is taken by the generated runtime",
    ),
    "node Client": ({"client.yaml": _node("Client")}, "client.yaml:.* would get the module 'client'"),
    "node Models": ({"models.yaml": _node("Models")}, "models.yaml:.* would get the module 'models'"),
    "node Errors": ({"errors_node.yaml": _node("Errors")}, "errors_node.yaml:.* would get the module 'errors'"),
    "node Operation": ({"operation.yaml": _node("Operation")}, "operation.yaml:.* class name 'Operation' is taken"),
    "node Param": ({"param.yaml": _node("Param")}, "param.yaml:.* class name 'Param' is taken"),
    "node Page": ({"page.yaml": _node("Page")}, "page.yaml:.* class name 'Page' is taken"),
    "node GraphModel": ({"graph_model.yaml": _node("GraphModel")}, "class name 'GraphModel' is taken"),
    "node Field": ({"field.yaml": _node("Field")}, "field.yaml:.* class name 'Field' is taken"),
    "function include_extensions": (
        {"widget.yaml": _widget_edge_function("include_extensions")},
        "function name 'include_extensions' is a name the node's module already uses",
    ),
    "function OPERATIONS": (
        {"widget.yaml": _widget_edge_function("OPERATIONS")},
        "function name 'OPERATIONS' is a name the node's module already uses",
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_name_the_generated_code_uses_is_refused_with_its_location(tmp_path: Path, case: str) -> None:
    files, expected = REFUSED[case]
    config = write_project(tmp_path, spec_files(**{k.replace(".", "__"): v for k, v in files.items()}))
    with pytest.raises(SpecError) as raised:
        pipeline.build_ir(config)
    lines = [str(problem) for problem in raised.value.problems]
    assert any(re.search(expected, line) for line in lines), lines
    assert all(_LOCATED.search(line) for line in lines), lines


def test_refusals_exit_2_and_write_nothing(tmp_path: Path) -> None:
    files = spec_files(errors__yaml=ERRORS_WITH_GRAPH_REQUEST, client__yaml=_node("Client"))
    write_project(tmp_path, files)
    result = run_cli("generate", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "GraphRequestError" in result.stderr and "'client'" in result.stderr
    assert not (tmp_path / "generated").exists()


def test_fields_named_like_model_methods_are_renamed_and_keep_their_wire_name(tmp_path: Path) -> None:
    widget = WIDGET_YAML.replace(
        "  owner: {type: Owner}\n",
        "  owner: {type: Owner}\n  to_graph: {type: string}\n  graph_response: {type: string}\n"
        "  model_dump: {type: string}\n",
    )
    package = f"fbreserved{next(_names)}"
    config = write_project(tmp_path, spec_files(widget__yaml=widget), package=package)
    pipeline.generate(config)
    sys.path.insert(0, str(config.output_dir))
    importlib.invalidate_caches()
    models = importlib.import_module(f"{package}.v1_0.models")
    widget_model = models.Widget.model_validate({"id": "1", "to_graph": "a", "graph_response": "b", "model_dump": "c"})
    assert (widget_model.to_graph_, widget_model.graph_response_, widget_model.model_dump_) == ("a", "b", "c")
    # The runtime's own methods are intact.
    assert widget_model.to_graph()["to_graph"] == "a"
    assert getattr(widget_model, "graph_response", None) is None  # built by hand, not returned by a call
    _assert_mypy_strict(package, config.output_dir)


def test_parameters_named_like_the_functions_own_keywords_get_a_name_of_their_own(tmp_path: Path) -> None:
    widget = WIDGET_YAML.replace(
        "    visible: {type: bool}\n",
        "    visible: {type: bool}\n    client: {type: string}\n    max_pages: {type: int32}\n"
        "    chunk_size: {type: int32}\n",
    ).replace(
        "      params:\n        since: {type: datetime}\n",
        "      params:\n        since: {type: datetime}\n        fields: {type: string}\n",
    )
    package = f"fbreserved{next(_names)}"
    config = write_project(tmp_path, spec_files(widget__yaml=widget), package=package)
    pipeline.generate(config)
    sys.path.insert(0, str(config.output_dir))
    importlib.invalidate_caches()
    widget_module = importlib.import_module(f"{package}.v1_0.widget")
    update = inspect.signature(widget_module.update_widget).parameters
    assert {"client", "client_param", "max_pages_param", "chunk_size_param"} <= set(update)
    listing = inspect.signature(widget_module.iter_things).parameters
    assert {"fields", "fields_param", "max_pages"} <= set(listing)
    calls: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, json={"success": True})

    version = importlib.import_module(f"{package}.v1_0")
    with version.GraphClient("secret-token-value", transport=httpx.MockTransport(answer)) as client:
        widget_module.update_widget(client, widget_id="1", name="n", client_param="c", max_pages_param=3)
    sent = dict(parse_qsl(calls[0].content.decode()))
    assert (sent["client"], sent["max_pages"]) == ("c", "3")
    _assert_mypy_strict(package, config.output_dir)


def _assert_mypy_strict(package: str, folder: Path) -> None:
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", package],
        cwd=folder,
        capture_output=True,
        text=True,
    )
    assert mypy.returncode == 0, mypy.stdout
