"""A spec with errors: every problem with its location, exit 2, nothing written, never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers import run_cli, spec_files, tree, write_project

SNAPSHOTS = Path(__file__).parent / "snapshots"
WIDGET_HEAD = "node: Widget\nsource: test\ncoverage: minimal\nfields:\n  id: {type: numeric string}\n"

BROKEN_WIDGET = """\
node: Widget
source: test
coverage: documented
fields:
  id: {type: numeric string}
  name: {type: strng}
  color: {type: Colour}
  fooBar: {type: string}
  foo_bar: {type: string}
  size: {type: "lst<map>"}
  count: {type: int32, required: yes, colour: red}
enums:
  Color: {values: [RED, RED]}
  Empty: {values: []}
read:
  errors: [100, 999]
edges:
  events:
    post:
      params:
        platforms: {type: "lst<map>"}
        when: {type: datetime, required: "no"}
      errors: [100]
"""

CASES = {
    "many_problems": spec_files(widget__yaml=BROKEN_WIDGET),
    "yaml_syntax": spec_files(widget__yaml="node: Widget\nfields:\n  id: {type: string\n"),
    "duplicate_keys": spec_files(
        widget__yaml="node: Widget\nsource: test\ncoverage: minimal\nfields:\n  id: {type: string}\n  id: {type: int32}\n"
    ),
    "custom_tag": spec_files(widget__yaml="node: !!python/object:os.system Widget\n"),
    "wrong_value_types": spec_files(
        widget__yaml="node: Widget\nsource: test\ncoverage: 5\nfields: [id, name]\nread: {errors: [one]}\n"
    ),
    "unknown_type_name": spec_files(widget__yaml=WIDGET_HEAD + "  label: {type: strnig}\n  when: {type: datetme}\n"),
    "undefined_reference": spec_files(
        widget__yaml=WIDGET_HEAD + "  gizmo: {type: Gizmo}\n  owners: {type: list<Ownr>}\n"
    ),
    "reference_cycle": spec_files(
        loop_a__yaml="struct: LoopA\nsource: test\ncoverage: minimal\nfields:\n  b: {type: LoopB, required: true}\n",
        loop_b__yaml="struct: LoopB\nsource: test\ncoverage: minimal\nfields:\n  a: {type: LoopA, required: true}\n",
    ),
    "name_collision": spec_files(widget__yaml=WIDGET_HEAD + "  fooBar: {type: string}\n  foo_bar: {type: string}\n"),
    "python_keywords": spec_files(
        widget__yaml=WIDGET_HEAD
        + "edges:\n  things:\n    get: {function: match, returns: list<Owner>, errors: [100]}\n",
        class__yaml="node: class\nsource: test\ncoverage: minimal\nfields: {id: {type: numeric string}}\n",
    ),
    "digit_names": spec_files(widget__yaml=WIDGET_HEAD + "  3d_view: {type: string}\nenums:\n  2Way: {values: [a]}\n"),
    "non_ascii_names": spec_files(
        widget__yaml=WIDGET_HEAD + "  naïve: {type: string}\n",
        cafe__yaml="node: Café\nsource: test\ncoverage: minimal\nfields: {id: {type: numeric string}}\n",
    ),
    "graph_names": spec_files(
        widget__yaml=WIDGET_HEAD
        + "  1d_click: {type: string}\n  1d.click: {type: string}\n  x: {type: string, python_name: model_x}\n"
        + "  y: {type: string, python_name: 2y}\nedges:\n  things:\n    get:\n      params:\n"
        + "        widget_id: {type: string}\n        client: {type: string, python_name: client}\n"
        + "      returns: list<Owner>\n",
        page__yaml="node: Page\nsource: test\ncoverage: minimal\nfields: {id: {type: numeric string}}\n",
        user__yaml="node: User\nid_param: User-Id\nsource: test\ncoverage: minimal\nfields: {id: {type: string}}\n"
        + "read: {errors: [100]}\n",
    ),
    "bad_list_item": spec_files(
        widget__yaml=WIDGET_HEAD
        + "  color: {type: Color}\n  bad: {type: strng}\nenums:\n  Color: {values: [RED, GREEN]}\n"
        + 'read:\n  errors: [100, "abc", 4]\nupdate:\n  params:\n    x: {type: int32, required: maybe}\n'
        + '  returns: "Struct {success: bool}"\n  errors: [999]\n',
        owner__yaml="node: Owner\nsource: test\ncoverage: minimal\nfields:\n  id: {type: numeric string}\n"
        + "  color: {type: WidgetColor}\n  widgets: {type: list<Widget>}\n",
    ),
    "unreadable_file_hides_nothing_else": spec_files(
        widget__yaml="node: Widget\nfields: {id: {type: string}\n",
        owner__yaml="node: Owner\nsource: test\ncoverage: minimal\nfields:\n  id: {type: numeric string}\n"
        + "  color: {type: WidgetColor}\n  widget: {type: Widget}\n  other: {type: Gizmo}\n",
    ),
    "empty_enum": spec_files(widget__yaml=WIDGET_HEAD + "  mood: {type: Mood}\nenums:\n  Mood: {values: []}\n"),
    "enormous_file": spec_files(
        widget__yaml=WIDGET_HEAD + "  big: {type: string, description: " + "x" * 2_200_000 + "}\n"
    ),
    "unknown_source_and_bad_version": spec_files(
        version__yaml="graph_version: v9.9\nsources: {test: {title: t}}\n",
        owner__yaml="node: Owner\nsource: nowhere\ncoverage: minimal\nfields: {id: {type: numeric string}}\n",
    ),
}


def _normalised(text: str, root: Path) -> str:
    return text.replace(str(root), "<project>")


@pytest.mark.parametrize("case", sorted(CASES))
def test_spec_errors_are_reported_with_locations(tmp_path: Path, case: str) -> None:
    config = write_project(tmp_path, spec_files())
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    before = tree(config.output_dir)
    for name, text in CASES[case].items():
        (config.spec_dir / "v1.0" / name).write_text(text)

    result = run_cli("generate", cwd=tmp_path)

    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert tree(config.output_dir) == before, "a failed run must leave generated/ untouched"
    output = _normalised(result.stderr, tmp_path)
    for line in output.splitlines()[:-1]:
        assert line.startswith("spec/v1.0/"), f"problem without a location: {line!r}"
    snapshot = SNAPSHOTS / f"spec_errors_{case}.txt"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        snapshot.write_text(output)
    assert snapshot.exists(), f"no snapshot yet; create it with: UPDATE_SNAPSHOTS=1 pytest {__file__}"
    assert output == snapshot.read_text(), f"to accept the new output: UPDATE_SNAPSHOTS=1 pytest {__file__}"


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    write_project(tmp_path, CASES["many_problems"])
    result = run_cli("generate", cwd=tmp_path)
    assert result.returncode == 2
    text = result.stderr
    expected = [
        "widget.yaml:6:16 fields.name.type: unknown type 'strng'; did you mean 'string'?",
        "fields.color.type: 'Colour' is not a node, struct or enum of this version; did you mean 'Color'?",
        "fields.foo_bar: fields 'fooBar' and 'foo_bar' both become",
        "fields.size.type: unknown type 'lst<map>'; did you mean 'list'?",
        "fields.count.colour: unknown key 'colour'",
        "enums.Color.values.1: enum value 'RED' is listed twice",
        "enums.Empty.values: enum 'Empty' has no values",
        "read.errors.1: error code 999 is not in errors.yaml",
        "edges.events.post.params.platforms.type: unknown type 'lst<map>'",
        "edges.events.post.params.when.required: Input should be a valid boolean",
        "edges.events.post: missing 'returns'",
    ]
    missing = [e for e in expected if e not in text]
    assert not missing, f"missing from the report: {missing}\n---\n{text}"
    assert text.strip().endswith("nothing was written.")


def test_error_report_is_stable_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from generator.cli import main

    write_project(tmp_path, CASES["many_problems"])
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert main(["generate"]) == 2
    finally:
        os.chdir(cwd)
    err = capsys.readouterr().err
    assert "Traceback" not in err and "problems found; nothing was written." in err
