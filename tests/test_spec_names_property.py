"""Every name a spec can contain either works or is refused with its location.

Names are drawn from what is most likely to break generated code: Python keywords and soft keywords, builtins,
typing and pydantic names, the runtime's own names, dunder and underscore names. Each is put in one role (a
node, a field, a parameter, an enum value, an error name). A refusal must be a located spec error; anything
generated must import, pass ``mypy --strict`` and round-trip a call through the fake server over HTTP.
"""

from __future__ import annotations

import builtins
import importlib
import itertools
import keyword
import os
import re
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pydantic
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import contracts, pipeline
from generator.diagnostics import SpecError
from tests.helpers import ERRORS_YAML, VERSION_YAML, write_project

_packages = itertools.count()
_LOCATED = re.compile(r"spec/v1\.0/[a-z0-9_.]+\.yaml:\d+:\d+ ")

NAMES = sorted(
    set(keyword.kwlist)
    | set(keyword.softkwlist)
    | {n for n in dir(builtins) if not n.startswith("__")}
    | {n for n in dir(typing) if not n.startswith("_")}
    | {n for n in dir(pydantic.BaseModel) if not n.startswith("__")}
    | set(contracts.runtime_names())
    | set(contracts.CALL_KEYWORDS)
    | {"__init__", "__class__", "__dict__", "_private", "__", "_", "mro", "name", "value", "fields", "self"}
)
ROLES = ("node", "field", "param", "enum_value", "error_name")

NODE = """\
node: {node}
source: test
coverage: documented
fields:
  id: {{type: numeric string}}
  label: {{type: string}}
{extra_field}enums:
  Color: {{values: [RED, {enum_value}]}}
read:
  errors: [100]
update:
  params:
    label: {{type: string}}
    color: {{type: Color}}
{extra_param}  returns: "Struct {{success: bool}}"
  errors: [100]
"""


def _spec(role: str, name: str) -> tuple[dict[str, str], str]:
    """Spec files with ``name`` in ``role``, and the node's Graph name."""
    quoted = repr(name) if role != "node" else name
    node = name if role == "node" else "Widget"
    widget = NODE.format(
        node=node,
        extra_field=f"  {quoted}: {{type: string}}\n" if role == "field" else "",
        extra_param=f"    {quoted}: {{type: string}}\n" if role == "param" else "",
        enum_value=quoted if role == "enum_value" else "GREEN",
    )
    errors = ERRORS_YAML
    if role == "error_name":
        errors += f"  2: {{name: {quoted}, message: A test error, category: server, transient: true, source: test}}\n"
    return {"version.yaml": VERSION_YAML.format(version="v1.0"), "errors.yaml": errors, "widget.yaml": widget}, node


def _round_trip(package: str, node: str, role: str, name: str) -> None:
    from generator.naming import snake_case

    api = importlib.import_module(f"{package}.v1_0")
    endpoints = importlib.import_module(f"{package}.v1_0.{snake_case(node)}")
    testing = importlib.import_module(f"{package}.testing")
    id_param = f"{snake_case(node)}_id"
    update = getattr(endpoints, f"update_{snake_case(node)}")
    arguments: dict[str, Any] = {id_param: "123"}
    if role == "param":
        operation = next(op for op in endpoints.OPERATIONS if op.name == update.__name__)
        param = next(p for p in operation.params if p.name == name)
        arguments[param.key] = "x"
    if role == "enum_value":
        arguments["color"] = name
    with testing.FakeGraph("v1.0", access_token="test-token-value") as fake:
        with api.GraphClient("test-token-value", base_url=fake.base_url) as client:
            result = update(client, **arguments)
            assert result.success in (True, False)
            read = getattr(endpoints, f"get_{snake_case(node)}")(client, **{id_param: "123"})
        sent = dict(fake.requests[0].form)
    assert isinstance(read.id, str)
    if role == "param":
        assert sent[name] == "x"
    if role == "enum_value":
        assert sent["color"] == name


@settings(
    max_examples=int(os.environ.get("GRAPH_CODEGEN_NAME_EXAMPLES", "12")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(role=st.sampled_from(ROLES), name=st.sampled_from(NAMES))
def test_a_name_works_or_is_refused_with_its_location(tmp_path_factory: Any, role: str, name: str) -> None:
    root: Path = tmp_path_factory.mktemp("names")
    files, node = _spec(role, name)
    package = f"fbnames{next(_packages)}"
    config = write_project(root, files, package=package)
    try:
        pipeline.generate(config)
    except SpecError as refused:
        lines = [str(problem) for problem in refused.problems]
        assert lines and all(_LOCATED.search(line) for line in lines), lines
        assert not config.output_dir.exists(), "a refused spec writes nothing"
        return
    sys.path.insert(0, str(config.output_dir))
    importlib.invalidate_caches()
    _round_trip(package, node, role, name)
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", package],
        cwd=config.output_dir,
        capture_output=True,
        text=True,
    )
    assert mypy.returncode == 0, (role, name, mypy.stdout)
