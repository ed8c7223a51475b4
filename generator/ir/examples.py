"""Example requests from the reference: checked against their operation and turned into the call that sends them.

A reference page prints a request (``POST /v25.0/<PIXEL_ID>/events`` and a percent-encoded form body). The spec
records it as printed; here its path placeholders and parameters become the function's keyword arguments, so the
docstring can show the call and a test can make it and compare the request on the wire with the page's.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from generator.ir import model as ir
from generator.spec.schema import ExampleSpec

_VERSION_SEGMENT = re.compile(r"/v[0-9]+\.[0-9]+(?=/)")


class ExampleProblem(Exception):
    """An example that does not fit its operation; the message says why."""


@dataclass(frozen=True)
class ExampleShape:
    """What an example is checked against: its operation's method, path and parameters."""

    method: str
    path: str
    params: tuple[ir.Param, ...]
    takes_fields: bool  # the operation has a `fields=` selector


def _decode(param: ir.Param, text: str) -> Any:
    if param.encoding == "bool":
        if text not in ("true", "false"):
            raise ExampleProblem(f"parameter {param.graph_name!r} is a bool; the example sends {text!r}")
        return text == "true"
    if param.encoding == "datetime":
        if not text.isdigit():
            raise ExampleProblem(f"parameter {param.graph_name!r} takes Unix seconds here; the example sends {text!r}")
        return int(text)
    if param.encoding == "json":
        try:
            return json.loads(text)
        except ValueError:
            raise ExampleProblem(f"parameter {param.graph_name!r} is JSON; the example's value is not") from None
    if isinstance(param.type, ir.Scalar) and param.type.kind == "int" and re.fullmatch(r"-?[0-9]+", text):
        return int(text)
    return text


def _path_values(op: ExampleShape, path: str, graph_version: str) -> dict[str, str]:
    # The page's own version (a spec carried forward by a bump keeps its older pages' examples as printed); the
    # call goes to the version of the spec it is in.
    version = _VERSION_SEGMENT.match(path)
    if version is None:
        raise ExampleProblem(f"the example's path {path!r} does not start with a version, like '/{graph_version}/'")
    parts = re.split(r"(\{[^{}]+\})", op.path)
    pattern = "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
    found = re.fullmatch(pattern, path[version.end() :])
    if found is None:
        raise ExampleProblem(f"the example's path {path!r} is not a path of {op.method} {op.path}")
    return found.groupdict()


def example_call(op: ExampleShape, spec: ExampleSpec, graph_version: str, source_title: str) -> ir.Example:
    """The example with the call that sends it; ExampleProblem when it does not fit the operation."""
    if spec.method != op.method:
        raise ExampleProblem(f"the example is a {spec.method} request; this operation is {op.method}")
    path, _, query = spec.path.partition("?")
    if spec.body and op.method != "POST":
        raise ExampleProblem("only POST examples have a body; put a GET's parameters in the path's query")
    values: dict[str, Any] = dict(_path_values(op, path, graph_version))
    by_graph_name = {p.graph_name: p for p in op.params if not p.in_path}
    for name, text in parse_qsl("&".join(t for t in (query, spec.body) if t), keep_blank_values=True):
        if name in values:
            raise ExampleProblem(f"the example sends {name!r} twice")
        if name == "fields" and op.takes_fields:
            values[name] = text.split(",")
            continue
        param = by_graph_name.get(name)
        if param is None:
            raise ExampleProblem(f"the example sends {name!r}, which is not a parameter of this operation")
        values[name] = _decode(param, text)
    order = [p.graph_name for p in op.params] + ["fields"]
    python_names = {p.graph_name: p.name for p in op.params} | {"fields": "fields"}
    arguments = tuple((python_names[name], repr(values[name])) for name in order if name in values)
    return ir.Example(spec.method, spec.path, spec.body, source_title, arguments)
