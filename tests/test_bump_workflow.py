"""A maintainer's Graph version bump, as the README describes it: bump, edit, regenerate, refresh the changelog,
review the diff, check, and run the tests. Issue 14, problems 9, 10 and 11."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.spec.loader import list_versions, version_key
from tests.helpers import NOT_COPIED, ROOT, require_version, run_cli, spec_files, tree, write_project

SCHEMA_LINE = "# yaml-language-server: $schema=../graph-spec.schema.json\n"


def _project_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    shutil.copytree(ROOT, copy, ignore=NOT_COPIED)
    return copy


def _run(copy: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """A command in the copy, importing the generator and the generated package from the copy, as if installed
    there."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(copy / "generated"), str(copy)])}
    return subprocess.run(args, cwd=copy, env=env, capture_output=True, text=True, timeout=1200)


def _codegen(copy: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return _run(copy, sys.executable, "-m", "generator", *args)


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _dump(path: Path, data: Any) -> None:
    path.write_text(SCHEMA_LINE + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120), "utf-8")


def _next_version(copy: Path) -> tuple[str, str]:
    newest = [p.name for p in list_versions(copy / "spec")][-1]
    major = version_key(newest)[0]
    return newest, f"v{major + 1}.0"


def _operations(node: dict[str, Any]) -> list[dict[str, Any]]:
    found = [node[kind] for kind in ("read", "update") if isinstance(node.get(kind), dict)]
    for edge in (node.get("edges") or {}).values():
        found += [edge[method] for method in ("get", "post") if isinstance(edge.get(method), dict)]
    return [op for op in found if op.get("supported", True)]


def _edit_the_new_version(folder: Path) -> dict[str, str]:
    """The five edits of the README's walkthrough; returns what was changed, for the assertions."""
    pixel_file = folder / "ads_pixel.yaml"
    pixel = _load(pixel_file)
    # 1. a field
    pixel["fields"]["walkthrough_new_field"] = {"type": "bool", "description": "Whether the pixel is shared."}
    # 2. a request enum value removed: the last value of the first inline enum parameter whose values are not
    # also a named enum's (those share the named enum's class, and would get a class of their own)
    named = {tuple(enum["values"]) for enum in (pixel.get("enums") or {}).values()}
    enum_param, removed_value = "", ""
    for op in _operations(pixel):
        for name, param in (op.get("params") or {}).items():
            kind = str(param.get("type", ""))
            values = [v.strip() for v in kind.removeprefix("enum {").removesuffix("}").split(",")]
            if not enum_param and kind.startswith("enum {") and len(values) > 1 and tuple(values) not in named:
                removed_value = values[-1]
                param["type"] = "enum {" + ", ".join(values[:-1]) + "}"
                enum_param = name
    # 3. a parameter made required: the first optional scalar parameter of update
    update_params = pixel["update"]["params"]
    required = next(n for n, p in update_params.items() if not p.get("required") and p["type"] == "string")
    update_params[required]["required"] = True
    # 4. an edge returning a new struct
    source = next(iter(_load(folder / "version.yaml")["sources"]))
    pixel["edges"]["sample_sinks"] = {
        "source": source,
        "description": "Where copies of this pixel's events are sent.",
        "get": {"returns": "list<SampleSink>", "errors": [100]},
    }
    _dump(
        folder / "sample_sink.yaml",
        {
            "struct": "SampleSink",
            "source": source,
            "coverage": "minimal",
            "description": "A place copies of events are sent.",
            "fields": {"id": {"type": "numeric string"}, "endpoint": {"type": "string"}},
        },
    )
    # 5. an error code, raised by the read
    errors = _load(folder / "errors.yaml")
    errors["codes"][3914] = {
        "name": "pixel_gateway_unavailable",
        "message": "The pixel's gateway is unavailable",
        "category": "server",
        "transient": True,
        "source": source,
    }
    _dump(folder / "errors.yaml", errors)
    pixel["read"]["errors"] = [*pixel["read"]["errors"], 3914]
    _dump(pixel_file, pixel)
    assert enum_param and removed_value, "the spec has an inline enum parameter to edit"
    return {"enum_param": enum_param, "removed_value": removed_value, "required": required}


def test_the_maintainer_walkthrough_end_to_end(tmp_path: Path) -> None:
    copy = _project_copy(tmp_path)
    old, new = _next_version(copy)

    # Start the version: a fresh copy with its own version and description, regenerated, with a changelog entry.
    bumped = _codegen(copy, "bump", new)
    assert bumped.returncode == 0, bumped.stderr
    version_yaml = _load(copy / "spec" / new / "version.yaml")
    assert version_yaml["graph_version"] == new
    assert version_yaml["description"].startswith(f"Graph API {new} - carried forward from {old}")
    changelog = copy / "generated" / "CHANGELOG.md"
    assert f"## API changes {old} → {new}\n\n0 breaking (ERR), 0 possibly breaking (WARN), 0 compatible (INFO)." in (
        changelog.read_text()
    )

    edits = _edit_the_new_version(copy / "spec" / new)
    generated = _codegen(copy, "generate")
    assert generated.returncode == 0, generated.stderr

    # The changelog still describes the unedited copy: check says so and names the command that fixes it.
    stale = _codegen(copy, "check")
    assert stale.returncode == 1
    assert f"stale: generated/CHANGELOG.md differs from the current diff in its entry {old} → {new}" in stale.stdout
    assert f"run `graph-codegen changelog {new}`" in stale.stdout
    # bump does not refresh an edited version: it refuses, changes nothing, and names the commands that do.
    spec_before = tree(copy / "spec")
    again = _codegen(copy, "bump", new)
    assert again.returncode == 2 and f"graph-codegen changelog {new}" in again.stderr
    assert tree(copy / "spec") == spec_before

    refreshed = _codegen(copy, "changelog", new)
    assert refreshed.returncode == 0 and f"updated ({old} → {new})" in refreshed.stdout, refreshed.stdout
    assert tree(copy / "spec") == spec_before, "refreshing the changelog never touches the spec"
    entry = changelog.read_text().split(f"## API changes {old} → {new}\n", 1)[1].split("\n## ", 1)[0]
    breaking = entry.split("### Breaking (ERR)", 1)[1].split("###", 1)[0]
    assert (
        f"| `request-enum-value-removed` | '{edits['removed_value']}' is no longer accepted as " in breaking
    ), breaking
    assert f"parameter '{edits['required']}' became required" in breaking
    assert f"keyword '{edits['required']}' is now required" in breaking
    assert "gains edge 'sample_sinks'" in entry
    assert "ads_pixel.get_sample_sinks(), ads_pixel.iter_sample_sinks() are new" in entry
    assert "gains field 'walkthrough_new_field'" in entry
    assert "error code 3914 (pixel_gateway_unavailable) was added" in entry

    diff = _codegen(copy, "diff", old, new, "--fail-on", "ERR", "--color", "never")
    assert diff.returncode == 1 and diff.stdout.startswith(f"API changes {old} -> {new}: 2 ERR"), diff.stdout
    checked = _codegen(copy, "check")
    assert checked.returncode == 0 and "up to date" in checked.stdout, checked.stdout

    # The tests that look at the committed tree and at every version pass on the bumped copy (in one process, so
    # that the verbose report names each test as "<id> PASSED").
    tests = _run(
        copy, sys.executable, "-m", "pytest", "-n", "0", "-v", "-x", "-p", "no:cacheprovider", "tests/test_golden.py",
        "tests/test_seed_coverage.py", "tests/test_diff.py::test_v5_to_v25_report_is_the_golden",
        "tests/test_client_e2e.py",
    )  # fmt: skip
    assert tests.returncode == 0, tests.stdout[-4000:] + tests.stderr[-2000:]
    assert f"test_every_operation_sync[{new}] PASSED" in tests.stdout, "the new version's client was exercised"
    assert "test_check_passes_on_the_committed_tree PASSED" in tests.stdout


def test_a_version_the_test_facts_describe_must_be_in_the_spec() -> None:
    """Problem 10: a test about a version spec/ no longer has fails naming the file to update."""
    assert require_version("v25.0", "tests/seed_facts.py") == "v25.0"
    with pytest.raises(pytest.fail.Exception, match=r"v99\.0, which spec/ no longer has .*update tests/seed_facts\.py"):
        require_version("v99.0", "tests/seed_facts.py")


BASE = spec_files()


def test_bump_gives_version_yaml_its_own_version_and_description(tmp_path: Path) -> None:
    files = {**BASE, "version.yaml": BASE["version.yaml"] + "description: >-\n  Graph API v1.0 - the first.\n"}
    config = write_project(tmp_path, files)
    assert run_cli("bump", "v2.0", cwd=tmp_path).returncode == 0
    text = (config.spec_dir / "v2.0" / "version.yaml").read_text()
    assert text.startswith("graph_version: v2.0\n")
    assert yaml.safe_load(text)["description"] == (
        "Graph API v2.0 - carried forward from v1.0; edit this to say what the v2.0 reference changes."
    )
    assert yaml.safe_load(text)["sources"] == yaml.safe_load(files["version.yaml"])["sources"]


def test_bump_force_moves_edits_aside_and_says_where(tmp_path: Path) -> None:
    """Problem 9: --force never deletes a person's edits, a new file included."""
    config = write_project(tmp_path, BASE)
    assert run_cli("bump", "v1.1", cwd=tmp_path).returncode == 0
    widget = config.spec_dir / "v1.1" / "widget.yaml"
    edited = widget.read_text().replace("A small node for tests.", "Edited by hand.")
    widget.write_text(edited)
    (config.spec_dir / "v1.1" / "gadget.yaml").write_text("struct: Gadget\nsource: test\ncoverage: minimal\n")

    refused = run_cli("bump", "v1.1", cwd=tmp_path)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "gadget.yaml, widget.yaml differ from a fresh copy of v1.0" in refused.stderr
    assert widget.read_text() == edited

    forced = run_cli("bump", "v1.1", "--force", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert "your edited v1.1 was moved to .graph-codegen/replaced/v1.1-1" in forced.stdout
    aside = tmp_path / ".graph-codegen" / "replaced" / "v1.1-1"
    assert (aside / "widget.yaml").read_text() == edited and (aside / "gadget.yaml").is_file()
    assert widget.read_text() == BASE["widget.yaml"] and not (config.spec_dir / "v1.1" / "gadget.yaml").exists()

    widget.write_text(edited)
    assert run_cli("bump", "v1.1", "--force", cwd=tmp_path).returncode == 0
    assert (tmp_path / ".graph-codegen" / "replaced" / "v1.1-2" / "widget.yaml").read_text() == edited
    assert (aside / "widget.yaml").read_text() == edited, "a second --force keeps the first edits too"


def test_changelog_command_and_check_follow_the_spec(tmp_path: Path) -> None:
    """Problem 9: check fails on a stale changelog; `changelog` refreshes it and touches nothing else."""
    config = write_project(tmp_path, BASE)
    assert run_cli("bump", "v1.1", cwd=tmp_path).returncode == 0
    assert run_cli("check", cwd=tmp_path).returncode == 0
    widget = config.spec_dir / "v1.1" / "widget.yaml"
    widget.write_text(widget.read_text().replace("    visible: {type: bool}\n", ""))
    assert run_cli("generate", cwd=tmp_path).returncode == 0

    stale = run_cli("check", cwd=tmp_path)
    assert stale.returncode == 1
    assert "stale: generated/CHANGELOG.md differs from the current diff in its entry v1.0 → v1.1" in stale.stdout
    before = {**tree(config.spec_dir), **{f"out/{k}": v for k, v in tree(config.output_dir).items()}}
    refreshed = run_cli("changelog", cwd=tmp_path)
    assert refreshed.returncode == 0 and "updated (v1.0 → v1.1)" in refreshed.stdout
    after = {**tree(config.spec_dir), **{f"out/{k}": v for k, v in tree(config.output_dir).items()}}
    assert {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)} == {"out/CHANGELOG.md"}
    assert "widget.update_widget() loses keyword 'visible'" in (config.output_dir / "CHANGELOG.md").read_text()
    assert run_cli("check", cwd=tmp_path).returncode == 0
    assert "unchanged" in run_cli("changelog", "v1.1", cwd=tmp_path).stdout

    # A version copied by hand, without bump, has no entry yet: check says so.
    shutil.copytree(config.spec_dir / "v1.1", config.spec_dir / "v1.2")
    version = config.spec_dir / "v1.2" / "version.yaml"
    version.write_text(version.read_text().replace("graph_version: v1.1", "graph_version: v1.2"))
    assert run_cli("generate", cwd=tmp_path).returncode == 0
    missing = run_cli("check", cwd=tmp_path)
    assert missing.returncode == 1 and "has no entry v1.1 → v1.2; run `graph-codegen changelog v1.2`" in missing.stdout
    assert run_cli("changelog", "v1.2", cwd=tmp_path).returncode == 0
    text = (config.output_dir / "CHANGELOG.md").read_text()
    assert text.index("## API changes v1.1 → v1.2") < text.index("## API changes v1.0 → v1.1"), "newest first"
    assert run_cli("check", cwd=tmp_path).returncode == 0

    for bad, message in (("v9.0", "spec/v9.0 does not exist"), ("v1.0", "v1.0 is the oldest version")):
        result = run_cli("changelog", bad, cwd=tmp_path)
        assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr
