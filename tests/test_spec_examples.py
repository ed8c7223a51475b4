"""Every example request recorded in spec/ is made by its generated function and compared on the wire.

The spec records each example as the reference page prints it (method, path, form body). Here the function is
called with the arguments the generator derived from it, against the fake Graph server over HTTP, and the request
it receives must be the page's: the same method, the same path once percent-decoded (HTTP requires ``{}`` and
``<>`` to be encoded on the wire), and the same body byte for byte.
"""

from __future__ import annotations

import ast
import re
import importlib
from urllib.parse import parse_qsl, unquote

import pytest

from generator import pipeline
from generator.config import Config
from generator.ir import model as ir
from tests.helpers import ROOT, generate_and_import, spec_files

import fbgraph.testing

TOKEN = "example-token"


def _examples() -> list[tuple[str, str, ir.Operation, ir.Example]]:
    package = pipeline.build_ir(Config.load(ROOT))
    return [
        (version.graph_version, module.name, op, example)
        for version in package.versions
        for module in version.endpoint_modules
        for op in module.operations
        for example in op.examples
    ]


EXAMPLES = _examples()


def test_the_seed_examples_are_recorded() -> None:
    # The seed pages print four example requests: three on the v5.0 AdsPixel page, one on the v25.0 events page.
    recorded = sorted((version, op.function) for version, _, op, _ in EXAMPLES)
    assert recorded == [
        ("v25.0", "create_event"),
        ("v5.0", "create_ads_pixel"),
        ("v5.0", "create_event"),
        ("v5.0", "get_ads_pixel"),
    ]


@pytest.mark.parametrize(
    ("version", "module", "op", "example"),
    EXAMPLES,
    ids=[f"{version}-{op.function}-{index}" for index, (version, _, op, _) in enumerate(EXAMPLES)],
)
def test_example_is_sent_as_the_reference_prints_it(
    version: str, module: str, op: ir.Operation, example: ir.Example
) -> None:
    api = importlib.import_module(f"fbgraph.{version.replace('.', '_')}")
    function = getattr(importlib.import_module(f"{api.__name__}.{module}"), op.function)
    arguments = {name: ast.literal_eval(value) for name, value in example.arguments}
    # The page prints ids as placeholders (<PIXEL_ID>, {ads-pixel-id}), which the client refuses as ids: send real ids instead,
    # and expect them where the page has its placeholders.
    # The page's version segment is replaced by the version the example's spec is for.
    expected_path = re.sub(r"^/v[0-9]+\.[0-9]+/", f"/{version}/", example.path)
    for number, param in enumerate(p for p in op.params if p.in_path):
        placeholder = arguments.get(param.name)
        if isinstance(placeholder, str) and not re.fullmatch(r"(act_)?[0-9]+", placeholder):
            arguments[param.name] = str(1_000_000 + number)
            expected_path = expected_path.replace(placeholder, arguments[param.name])
    with fbgraph.testing.FakeGraph(version, access_token=TOKEN) as fake:
        with api.GraphClient(TOKEN, base_url=fake.base_url) as client:
            result = function(client, **arguments)
        (received,) = fake.requests
    assert result.graph_response.status == 200
    path, _, query = expected_path.partition("?")
    assert received.method == example.method
    assert unquote(received.raw_path) == path
    assert received.body == example.body.encode()
    assert received.query == tuple(parse_qsl(query, keep_blank_values=True))
    assert received.authorized


def test_examples_are_rendered_into_docstrings() -> None:
    for version, module, op, example in EXAMPLES:
        function = getattr(importlib.import_module(f"fbgraph.{version.replace('.', '_')}.{module}"), op.function)
        doc = function.__doc__ or ""
        assert f"{example.method} {example.path}" in doc, op.function
        call = f"{op.function}(client" + "".join(f", {name}={value}" for name, value in example.arguments) + ")"
        assert call in doc, op.function


WIDGET_WITH_EXAMPLES = """\
node: Widget
source: test
coverage: documented
fields:
  id: {type: numeric string, description: The id.}
  name: {type: string, description: The name.}
update:
  params:
    name: {type: string, description: New name.}
    visible: {type: bool}
    tags: {type: list<string>}
  returns: "Struct {success: bool}"
  examples:
    - {method: POST, path: "/v1.0/<WIDGET_ID>", body: "name=A+b%26c&visible=true&tags=%5B%22x%22%5D"}
"""


def test_an_inline_example_becomes_a_docstring_call(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pkg = generate_and_import(tmp_path, spec_files(widget__yaml=WIDGET_WITH_EXAMPLES, owner__yaml=None), "fbex")
    doc = pkg.widget.update_widget.__doc__
    assert "POST /v1.0/<WIDGET_ID>" in doc
    assert "update_widget(client, widget_id='<WIDGET_ID>', name='A b&c', visible=True, tags=['x'])" in doc


@pytest.mark.parametrize(
    ("example", "message"),
    [
        ('{method: GET, path: "/v1.0/<WIDGET_ID>"}', "the example is a GET request; this operation is POST"),
        ('{method: POST, path: "/<WIDGET_ID>"}', "does not start with a version"),
        ('{method: POST, path: "/v1.0/1/things"}', "is not a path of POST /{widget_id}"),
        ('{method: POST, path: "/v1.0/1", body: "nme=x"}', "the example sends 'nme', which is not a parameter"),
        ('{method: POST, path: "/v1.0/1", body: "visible=yes"}', "parameter 'visible' is a bool"),
        ('{method: POST, path: "/v1.0/1", body: "name=a&name=b"}', "the example sends 'name' twice"),
        ('{method: POST, path: "/v1.0/1", body: "tags=%5Bx"}', "parameter 'tags' is JSON; the example's value is not"),
    ],
)
def test_an_example_that_does_not_fit_is_a_spec_error(tmp_path, example: str, message: str) -> None:  # type: ignore[no-untyped-def]
    from generator.diagnostics import SpecError
    from tests.helpers import write_project

    widget = WIDGET_WITH_EXAMPLES.rsplit("  examples:", 1)[0] + f"  examples:\n    - {example}\n"
    config = write_project(tmp_path, spec_files(widget__yaml=widget, owner__yaml=None))
    with pytest.raises(SpecError) as caught:
        pipeline.build_ir(config)
    (problem,) = caught.value.problems
    assert "widget.yaml:" in str(problem) and "update.examples.0" in str(problem), str(problem)
    assert message in str(problem)
