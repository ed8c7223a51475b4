"""Hostile or oversized spec files end in a located error and exit 2: no crash, no runaway memory or time."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.diagnostics import Problems
from generator.naming import snake_case
from generator.spec import yaml_source
from generator.spec.loader import read_bounded
from generator.spec.typeexpr import MAX_TYPE_DEPTH, TypeSyntaxError, parse_type
from generator.spec.yaml_source import MAX_DEPTH, MAX_FILE_BYTES, MAX_ITEMS, MAX_VALUES, read_yaml
from tests.helpers import run_cli, spec_files, tree, write_project

HEAD = "node: Widget\nsource: test\ncoverage: minimal\nfields:\n  id: {type: numeric string}\n"


def _field_type(text: str) -> str:
    return HEAD + f'  deep: {{type: "{text}"}}\n'


def _refused(tmp_path: Path, files: dict[str, str], *args: str) -> str:
    """Generate once, add ``files``, generate again: exit 2, nothing written, the report's text."""
    config = write_project(tmp_path, spec_files())
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    before = tree(config.output_dir)
    for name, text in files.items():
        (config.spec_dir / "v1.0" / name).write_text(text)
    result = run_cli(*args, "generate", cwd=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert tree(config.output_dir) == before
    lines = result.stderr.splitlines()
    assert lines[-1].endswith("nothing was written.") and all(line.startswith("spec/v1.0/") for line in lines[:-1])
    return result.stderr


CRASHES = {
    # 30,000 nested flow levels in a 60 KB file: libyaml's composer recursed in C until the process died.
    "flow_30000": ("widget.yaml", "node: Widget\nx: " + "[" * 30000 + "]" * 30000 + "\n", "widget.yaml:2:"),
    "block_500": (
        "widget.yaml",
        "node: Widget\nx:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(500)) + "  " * 501 + "v: 1\n",
        "widget.yaml:",
    ),
    "list_1000": ("widget.yaml", _field_type("list<" * 1000 + "string" + ">" * 1000), "widget.yaml:6:16"),
    "struct_400": ("widget.yaml", _field_type("Struct {a: " * 400 + "string" + "}" * 400), "widget.yaml:6:16"),
}


@pytest.mark.parametrize("case", sorted(CRASHES))
def test_deep_input_is_a_located_error_not_a_crash(tmp_path: Path, case: str) -> None:
    name, text, where = CRASHES[case]
    report = _refused(tmp_path, {name: text}, "--no-cache")
    assert f"spec/v1.0/{where}" in report
    assert "levels deep" in report


@pytest.mark.parametrize("loader", ["libyaml events", "pure Python"])
def test_the_depth_limit_holds_with_either_yaml_parser(monkeypatch: pytest.MonkeyPatch, loader: str) -> None:
    if loader == "pure Python":
        monkeypatch.setattr(yaml_source, "_Loader", yaml_source._PureLoader)
    elif yaml_source._CParser is None:
        pytest.skip("PyYAML without libyaml")
    problems = Problems()
    assert read_yaml("deep.yaml", "x: " + "[" * 30000 + "]" * 30000 + "\n", problems) is None
    assert [str(p) for p in problems.items] == [
        f"deep.yaml:1:{3 + MAX_DEPTH}: values nest more than {MAX_DEPTH} levels deep; a spec needs a few"
    ]
    at_the_limit = "x: " + "[" * (MAX_DEPTH - 1) + "1" + "]" * (MAX_DEPTH - 1) + "\n"
    document = read_yaml("ok.yaml", at_the_limit, Problems())
    assert document is not None and document.data["x"] is not None


def test_types_nest_up_to_the_limit_and_no_further() -> None:
    assert parse_type("list<" * MAX_TYPE_DEPTH + "string" + ">" * MAX_TYPE_DEPTH)
    assert parse_type("Struct {a: " * MAX_TYPE_DEPTH + "string" + "}" * MAX_TYPE_DEPTH)
    for deeper in ("list<" * (MAX_TYPE_DEPTH + 1) + "string" + ">" * (MAX_TYPE_DEPTH + 1), "map<string, " * 99):
        with pytest.raises(TypeSyntaxError, match="levels deep"):
            parse_type(deeper)


def test_a_spec_at_the_type_limits_generates(tmp_path: Path) -> None:
    deep_list = "list<" * MAX_TYPE_DEPTH + "string" + ">" * MAX_TYPE_DEPTH
    deep_struct = "Struct {a: " * MAX_TYPE_DEPTH + "string" + "}" * MAX_TYPE_DEPTH
    widget = HEAD + f'  deep_list: {{type: "{deep_list}"}}\n  deep_struct: {{type: "{deep_struct}"}}\n'
    write_project(tmp_path, spec_files(widget__yaml=widget))
    result = run_cli("--no-cache", "generate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_too_many_values_in_a_file_or_a_mapping(tmp_path: Path) -> None:
    many_fields = HEAD + "".join(f"  f{i}: {{type: string}}\n" for i in range(MAX_ITEMS))
    report = _refused(tmp_path, {"widget.yaml": many_fields}, "--no-cache")
    assert f"spec/v1.0/widget.yaml:5:3 fields: {MAX_ITEMS + 1} entries; a mapping or list may hold at most" in report
    problems = Problems()
    flood = "".join(f"k{i}: [{', '.join('1' * 9)}]\n" for i in range(MAX_VALUES // 10 + 1))
    assert read_yaml("flood.yaml", flood, problems) is None
    assert f"the file holds more than {MAX_VALUES} values" in str(problems.items[0])


def test_a_huge_file_is_refused_without_being_read(tmp_path: Path) -> None:
    config = write_project(tmp_path, spec_files())
    huge = config.spec_dir / "v1.0/huge.yaml"
    with open(huge, "wb") as handle:
        handle.truncate(500 * 1024 * 1024)  # sparse: 500 MB to read, nothing on disk
    assert len(read_bounded(huge)) == MAX_FILE_BYTES + 1
    for args in ((), ("--no-cache",)):
        result = run_cli(*args, "generate", cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr.startswith(
            f"spec/v1.0/huge.yaml:1:1: file is {500 * 1024 * 1024} bytes; spec files may be at most {MAX_FILE_BYTES}"
        ), result.stderr


@pytest.mark.parametrize("cache", ["cache", "no cache"])
def test_a_yml_file_added_after_a_cached_run_is_reported(tmp_path: Path, cache: str) -> None:
    config = write_project(tmp_path, spec_files())
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    assert "; 0 written, 0 removed, " in run_cli("generate", cwd=tmp_path).stdout  # the cached run is a no-op
    gizmo = "node: Gizmo\nsource: test\ncoverage: minimal\nfields:\n  id: {type: numeric string}\n"
    (config.spec_dir / "v1.0/gizmo.yml").write_text(gizmo)
    args = () if cache == "cache" else ("--no-cache",)
    expected = "spec/v1.0/gizmo.yml:1:1: spec files end in '.yaml'; rename this one to gizmo.yaml\n"
    for command in ("generate", "check"):
        result = run_cli(*args, command, cwd=tmp_path)
        assert result.returncode == 2, (command, result.stdout)
        assert result.stderr.startswith(expected), result.stderr


@pytest.mark.parametrize("name", ["Class", "Lambda", "Import", "_Private", "Def", "Foo_Bar", "Widget_", "Match"])
def test_a_type_name_that_cannot_be_a_module_or_public_class_is_refused_with_its_location(
    tmp_path: Path, name: str
) -> None:
    file = f"{snake_case(name)}.yaml"
    text = f"node: {name}\nsource: test\ncoverage: minimal\nfields:\n  id: {{type: numeric string}}\n"
    if name == "Match":  # a soft keyword is a fine module name: this one works
        config = write_project(tmp_path, spec_files(**{file.replace(".", "__"): text}))
        result = run_cli("--no-cache", "generate", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert (config.output_dir / "fbtest/v1_0/models/match.py").is_file()
        return
    report = _refused(tmp_path, {file: text}, "--no-cache")
    assert report.startswith(f"spec/v1.0/{file}:1:7 node: type name {name!r} "), report


def test_limits_hold_for_files_that_only_the_diff_reads(tmp_path: Path) -> None:
    write_project(tmp_path, spec_files())
    other = tmp_path / "other"
    other.mkdir()
    for name, text in spec_files(widget__yaml=CRASHES["flow_30000"][1]).items():
        (other / name).write_text(text)
    result = run_cli("diff", "v1.0", str(other), cwd=tmp_path)
    assert result.returncode == 2 and "levels deep" in result.stderr and "Traceback" not in result.stderr
    assert os.path.exists(tmp_path / "spec/v1.0/widget.yaml")
