"""The semantic diff: every rule fires on the change it names, and its mirror on the opposite change."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest

from generator.diagnostics import Problems
from generator.diff.compare import Change, compare
from generator.diff.rules import RULES
from generator.ir.build import build_version
from generator.spec.loader import load_version
from tests.helpers import ROOT, run_cli, spec_files, tree, write_project

GOLDEN = Path(__file__).parent / "golden"

GADGET = "struct: Gadget\nsource: test\ncoverage: minimal\nfields:\n  size: {type: int32}\n"


def _edit(**replacements: tuple[str, str]) -> dict[str, str]:
    files = spec_files()
    for name, (old, new) in replacements.items():
        key = name.replace("__", ".")
        assert old in files[key], (key, old)
        files[key] = files[key].replace(old, new)
    return files


BASE = spec_files()
# rule -> the new side of a change from BASE that fires it. Swapping the sides fires its mirror.
CASES: dict[str, dict[str, str]] = {
    "type-added": {**BASE, "gadget.yaml": GADGET},
    "edge-added": _edit(
        widget__yaml=("edges:\n", "edges:\n  gizmos:\n    get: {returns: list<Owner>, errors: [100]}\n")
    ),
    "create-path-added": _edit(
        widget__yaml=(
            "edges:\n",
            "creates:\n  owner:\n    parent: Owner\n    path: /{owner_id}/widgets\n"
            '    returns: "Struct {id: numeric string}"\n    errors: [100]\nedges:\n',
        )
    ),
    "operation-added": _edit(
        widget__yaml=(
            "      errors: [100, 4]\n",
            '      errors: [100, 4]\n    delete:\n      returns: "Struct {success: bool}"\n      errors: [100]\n',
        )
    ),
    "field-added": _edit(owner__yaml=("  name: {type: string}\n", "  name: {type: string}\n  email: {type: string}\n")),
    "field-type-changed": _edit(
        widget__yaml=("name: {type: string, description: The name.}", "name: {type: int32, description: The name.}")
    ),
    "param-added-optional": _edit(
        widget__yaml=("    visible: {type: bool}\n", "    visible: {type: bool}\n    label: {type: string}\n")
    ),
    "param-added-required": _edit(
        widget__yaml=(
            "    visible: {type: bool}\n",
            "    visible: {type: bool}\n    label: {type: string, required: true}\n",
        )
    ),
    "param-became-required": _edit(widget__yaml=("since: {type: datetime}", "since: {type: datetime, required: true}")),
    "param-type-changed": _edit(widget__yaml=("since: {type: datetime}", "since: {type: string}")),
    "request-enum-value-added": _edit(
        widget__yaml=('sizes: {type: "array<enum {S, M, L}>"}', 'sizes: {type: "array<enum {S, M, L, XL}>"}')
    ),
    "response-enum-value-added": _edit(
        widget__yaml=('sizes: {type: "list<enum {S, M, L}>"}', 'sizes: {type: "list<enum {S, M, L, XL}>"}')
    ),
    "return-type-changed": _edit(
        widget__yaml=(
            'returns: "Struct {count: int32} Or Struct {success: bool, note: string}"',
            'returns: "Struct {count: int32}"',
        )
    ),
    "operation-error-added": _edit(widget__yaml=("read:\n  errors: [100, 190]", "read:\n  errors: [100, 190, 4]")),
    "error-code-added": _edit(
        errors__yaml=(
            "  4: {",
            "  17: {name: api_user_too_many_calls, message: User request limit reached, category: throttling, transient: true, source: test}\n  4: {",
        )
    ),
    "description-changed": _edit(widget__yaml=("A small node for tests.", "A small node, described again.")),
}


def _diff(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> list[Change]:
    versions = []
    for name, files in (("v1.0", old), ("v2.0", new)):
        folder = tmp_path / name
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for file, text in files.items():
            (folder / file).write_text(text.replace("graph_version: v1.0", f"graph_version: {name}"))
        problems = Problems()
        loaded = load_version(folder, problems)
        assert loaded is not None and not problems, [str(p) for p in problems.items]
        versions.append(build_version(loaded, problems))
        assert not problems, [str(p) for p in problems.items]
    return compare(versions[0], versions[1])


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_fires_and_its_mirror_fires_the_other_way(tmp_path: Path, rule: str) -> None:
    forward = _diff(tmp_path, BASE, CASES[rule])
    assert rule in {c.rule for c in forward}, [c.rule for c in forward]
    assert all(c.level == RULES[c.rule].level for c in forward)
    mirror = RULES[rule].mirror or rule
    backward = _diff(tmp_path, CASES[rule], BASE)
    assert mirror in {c.rule for c in backward}, [c.rule for c in backward]


def test_every_rule_is_tested_and_has_a_mirror_or_a_reason() -> None:
    exercised = set(CASES) | {RULES[r].mirror or r for r in CASES}
    assert exercised == set(RULES), f"rules without a test: {sorted(set(RULES) - exercised)}"
    for rule in RULES.values():
        if rule.mirror is None:
            assert rule.no_mirror_because, f"{rule.id} needs a mirror or a reason why it has none"
        else:
            assert rule.mirror in RULES, rule.id
            assert RULES[rule.mirror].mirror is not None, f"{rule.mirror} must mirror back to an opposite rule"


def test_levels_are_direction_aware(tmp_path: Path) -> None:
    request_removed = _diff(tmp_path, CASES["request-enum-value-added"], BASE)
    assert {c.level for c in request_removed if c.rule == "request-enum-value-removed"} == {"ERR"}
    response_added = _diff(tmp_path, BASE, CASES["response-enum-value-added"])
    assert {c.level for c in response_added if c.rule == "response-enum-value-added"} == {"WARN"}
    assert {c.level for c in _diff(tmp_path, BASE, CASES["param-added-required"])} == {"ERR"}
    assert {c.level for c in _diff(tmp_path, BASE, CASES["param-added-optional"])} == {"INFO"}


def test_changes_carry_the_python_surface(tmp_path: Path) -> None:
    changes = _diff(tmp_path, CASES["param-added-optional"], BASE)
    (removed,) = [c for c in changes if c.rule == "param-removed"]
    assert removed.python == "widget.update_widget() loses keyword 'label'"
    (enum,) = [c for c in _diff(tmp_path, BASE, CASES["request-enum-value-added"]) if c.rule.startswith("request")]
    assert enum.python == "UpdateWidgetSize.XL is new; widget.update_widget() accepts it"


def test_an_enum_parameter_that_gets_a_class_of_its_own_says_which_values_changed(tmp_path: Path) -> None:
    narrowed = _edit(widget__yaml=("    color: {type: Color}\n", '    color: {type: "enum {RED}"}\n'))
    (change,) = [c for c in _diff(tmp_path, BASE, narrowed) if c.rule == "param-type-changed"]
    assert change.message == "Widget POST /{widget_id} parameter 'color' changed type: no longer accepts 'GREEN'"
    (back,) = [c for c in _diff(tmp_path, narrowed, BASE) if c.rule == "param-type-changed"]
    assert back.message.endswith("changed type: now accepts 'GREEN'")


def test_text_and_markdown_lines_name_the_operation_and_the_functions(tmp_path: Path) -> None:
    """Issue 14, problem 11: a line says which operation changed and which Python functions that touches."""
    (required,) = [c for c in _diff(tmp_path, BASE, CASES["param-became-required"]) if c.rule.startswith("param")]
    assert required.message == "Widget GET /{widget_id}/things parameter 'since' became required"
    assert required.python == "widget.get_things(): keyword 'since' is now required"
    (edge,) = [c for c in _diff(tmp_path, BASE, CASES["edge-added"]) if c.rule == "edge-added"]
    assert edge.message == "Widget gains edge 'gizmos': GET /{widget_id}/gizmos"
    assert edge.python == "widget.get_gizmos(), widget.iter_gizmos() are new"
    (gone,) = [c for c in _diff(tmp_path, CASES["edge-added"], BASE) if c.rule == "edge-removed"]
    assert gone.python == "widget.get_gizmos(), widget.iter_gizmos() no longer exist"
    (value,) = [c for c in _diff(tmp_path, CASES["request-enum-value-added"], BASE) if c.rule.startswith("request")]
    assert (
        value.message == "'XL' is no longer accepted as UpdateWidgetSize (Widget POST /{widget_id} parameter 'sizes')"
    )
    assert value.python == "UpdateWidgetSize.XL no longer exists; widget.update_widget() rejects it"
    from generator.diff.report import as_markdown, as_text

    changes = _diff(tmp_path, BASE, CASES["param-became-required"])
    assert "Widget GET /{widget_id}/things parameter 'since' became required" in as_text(
        "a", "b", changes, colour=False
    )
    assert "widget.get_things(): keyword 'since' is now required" in as_markdown("a", "b", changes)


@pytest.mark.parametrize("fmt", ["markdown", "json", "text"])
def test_v5_to_v25_report_is_the_golden(fmt: str) -> None:
    result = run_cli("diff", "v5.0", "v25.0", "--format", fmt, "--color", "never", cwd=ROOT)
    assert result.returncode == 0, result.stderr
    golden = GOLDEN / f"diff_v5.0_v25.0.{ {'markdown': 'md', 'json': 'json', 'text': 'txt'}[fmt] }"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(result.stdout)
    assert golden.exists(), f"no golden yet; create it with: UPDATE_SNAPSHOTS=1 pytest {__file__}"
    assert result.stdout == golden.read_text(), f"to accept the new report: UPDATE_SNAPSHOTS=1 pytest {__file__}"


def test_json_report_validates_against_its_documented_schema() -> None:
    schema = json.loads((ROOT / "docs" / "diff-report.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    report = json.loads(run_cli("diff", "v5.0", "v25.0", "--format", "json", cwd=ROOT).stdout)
    jsonschema.validate(report, schema)
    assert report["summary"]["ERR"] > 0


def test_the_golden_shows_what_the_seeds_document() -> None:
    report = json.loads((GOLDEN / "diff_v5.0_v25.0.json").read_text())
    found = {(c["rule"], c["where"]) for c in report["changes"]}
    events = "AdsPixel POST /{ads_pixel_id}/events"
    # The v25.0 page no longer prints trace, but Meta's v25.0 spec snapshot still lists it, so it stays.
    assert ("param-removed", f"{events} trace") not in found
    assert ("param-added-optional", f"{events} partner_agent") in found
    assert ("param-added-optional", f"{events} platforms") in found
    assert ("param-added-optional", f"{events} progress") in found
    assert ("operation-error-added", f"{events} #190") in found
    assert {("operation-error-removed", f"{events} #{code}") for code in (105, 270, 278)} <= found
    (returns,) = [c for c in report["changes"] if c["rule"] == "return-type-changed" and c["where"] == events]
    assert returns["new"].startswith("union of 4:") and "a union of 4 structs" in returns["message"]


def test_fail_on_sets_the_exit_code() -> None:
    assert run_cli("diff", "v5.0", "v25.0", "--fail-on", "ERR", cwd=ROOT).returncode == 1
    assert run_cli("diff", "v25.0", "v25.0", "--fail-on", "ERR", cwd=ROOT).returncode == 0
    assert run_cli("diff", "v5.0", "v25.0", cwd=ROOT).returncode == 0


def test_fail_on_warn_counts_warnings(tmp_path: Path) -> None:
    write_project(tmp_path, BASE)
    new = tmp_path / "spec" / "v2.0"
    new.mkdir()
    for name, text in CASES["response-enum-value-added"].items():
        (new / name).write_text(text.replace("graph_version: v1.0", "graph_version: v2.0"))
    assert run_cli("diff", "v1.0", "v2.0", "--fail-on", "ERR", cwd=tmp_path).returncode == 0
    assert run_cli("diff", "v1.0", "v2.0", "--fail-on", "WARN", cwd=tmp_path).returncode == 1


def test_diff_against_a_git_revision(tmp_path: Path) -> None:
    write_project(tmp_path, BASE)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "-A"], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-qm", "spec"], cwd=tmp_path, check=True)
    (tmp_path / "spec/v1.0/widget.yaml").write_text(CASES["param-added-required"]["widget.yaml"])
    result = run_cli("diff", "HEAD:spec/v1.0", "v1.0", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [c["rule"] for c in json.loads(result.stdout)["changes"]] == ["param-added-required"]
    bad = run_cli("diff", "nope:spec/v1.0", "v1.0", cwd=tmp_path)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_bump_on_a_scratch_copy_is_idempotent_and_protects_edits(tmp_path: Path) -> None:
    config = write_project(tmp_path, BASE)
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    first = run_cli("bump", "v1.1", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "created (from v1.0)" in first.stdout
    assert (config.spec_dir / "v1.1" / "version.yaml").read_text().startswith("graph_version: v1.1")
    assert (config.output_dir / "fbtest" / "v1_1" / "widget.py").is_file()
    assert 'version = "1.1.0"' in (config.output_dir / "pyproject.toml").read_text()
    changelog = (config.output_dir / "CHANGELOG.md").read_text()
    assert "## API changes v1.0 → v1.1" in changelog
    snapshot = {**tree(config.output_dir), **{f"spec/{k}": v for k, v in tree(config.spec_dir).items()}}

    again = run_cli("bump", "v1.1", cwd=tmp_path)
    assert again.returncode == 0 and "unchanged" in again.stdout
    assert {**tree(config.output_dir), **{f"spec/{k}": v for k, v in tree(config.spec_dir).items()}} == snapshot

    widget = config.spec_dir / "v1.1" / "widget.yaml"
    widget.write_text(CASES["param-added-optional"]["widget.yaml"])
    refused = run_cli("bump", "v1.1", cwd=tmp_path)
    assert refused.returncode == 2 and "--force" in refused.stderr and "Traceback" not in refused.stderr
    assert widget.read_text() == CASES["param-added-optional"]["widget.yaml"], "a refused bump changes nothing"
    assert run_cli("check", cwd=tmp_path).returncode == 1

    assert run_cli("generate", cwd=tmp_path).returncode == 0
    assert run_cli("bump", "v1.1", "--from", "v1.0", "--force", cwd=tmp_path).returncode == 0
    assert widget.read_text() == BASE["widget.yaml"]
    assert run_cli("check", cwd=tmp_path).returncode == 0
    assert (config.output_dir / "CHANGELOG.md").read_text().count("## API changes v1.0 → v1.1") == 1
