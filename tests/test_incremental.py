"""Edits run against a warm cache give what a run without the IR cache gives: the same files, or the same problems.

The IR of each type is replayed from the cache when nothing it read has changed (``generator.ir.steps``); these
edits change what other types read (a class name, a type that disappears, a name claimed twice) and check every
outcome against an IR built from scratch.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.cache import Cache, code_digest
from generator.config import Config
from generator.diagnostics import SpecError
from generator.produce import produce
from tests.helpers import OWNER_YAML, WIDGET_YAML, spec_files, write_project

Outcome = dict[str, str] | str  # the files, or the problem report


def _warm(config: Config, cache: Path) -> Outcome:
    try:
        return pipeline.render(config, pipeline.Options(workers=1, cache_dir=cache))
    except SpecError as exc:
        return exc.report()


def _from_scratch(config: Config, render_cache: Path) -> Outcome:
    """The IR built without any cache; rendering may reuse files, whose cache is keyed by the IR they render."""
    try:
        package = pipeline.build_ir(config, None)
    except SpecError as exc:
        return exc.report()
    return produce(package, Cache(render_cache), 1, code_digest())[0]


class Project:
    def __init__(self, tmp_path: Path) -> None:
        self.config = write_project(tmp_path / "project", spec_files())
        self.folder = self.config.spec_dir / "v1.0"
        self.cache = tmp_path / "cache"
        self.render_cache = tmp_path / "render-cache"

    def write(self, name: str, text: str) -> None:
        (self.folder / name).write_text(text, encoding="utf-8")

    def delete(self, name: str) -> None:
        (self.folder / name).unlink()

    def outcome(self) -> Outcome:
        """What a warm run gives, checked against a run from scratch."""
        warm = _warm(self.config, self.cache)
        assert warm == _from_scratch(self.config, self.render_cache)
        return warm


def _files(outcome: Outcome) -> dict[str, str]:
    assert isinstance(outcome, dict), outcome
    return outcome


def _problems(outcome: Outcome) -> str:
    assert isinstance(outcome, str), "expected problems, got files"
    return outcome


WIDGET_MODELS = "fbtest/v1_0/models/widget.py"


def test_edits_one_after_another(tmp_path: Path) -> None:
    project = Project(tmp_path)
    first = _files(project.outcome())
    project.write("widget.yaml", WIDGET_YAML.replace("The name.", "The widget's name."))
    second = _files(project.outcome())
    assert "The widget's name." in second[WIDGET_MODELS] and second != first
    project.write("widget.yaml", WIDGET_YAML.replace("The name.", "What the widget is called."))
    third = _files(project.outcome())
    assert "What the widget is called." in third[WIDGET_MODELS]
    project.write("widget.yaml", WIDGET_YAML)
    assert _files(project.outcome()) == first


def test_an_edit_to_a_referenced_type_reaches_the_types_that_use_it(tmp_path: Path) -> None:
    project = Project(tmp_path)
    before = _files(project.outcome())
    # Widget's fields and its 'things' edge refer to Owner by its Graph name; its class is now WidgetOwner.
    project.write("owner.yaml", OWNER_YAML.replace("coverage: minimal", "class_name: WidgetOwner\ncoverage: minimal"))
    after = _files(project.outcome())
    assert "WidgetOwner" in after[WIDGET_MODELS] and "WidgetOwner" not in before[WIDGET_MODELS]
    assert "WidgetOwner" in after["fbtest/v1_0/widget.py"]


def test_renaming_a_referenced_type(tmp_path: Path) -> None:
    project = Project(tmp_path)
    project.outcome()
    project.delete("owner.yaml")
    project.write("person.yaml", OWNER_YAML.replace("node: Owner", "node: Person"))
    # The referrer still names the old type: the same problems as from scratch.
    assert "'Owner' is not a node, struct or enum" in _problems(project.outcome())
    project.write("widget.yaml", WIDGET_YAML.replace("Owner", "Person"))
    renamed = _files(project.outcome())
    assert "fbtest/v1_0/models/person.py" in renamed and "fbtest/v1_0/models/owner.py" not in renamed


def test_deleting_a_file(tmp_path: Path) -> None:
    project = Project(tmp_path)
    whole = _files(project.outcome())
    project.delete("owner.yaml")
    assert "'Owner' is not a node, struct or enum" in _problems(project.outcome())
    project.write("owner.yaml", OWNER_YAML)
    assert _files(project.outcome()) == whole


@pytest.mark.parametrize(
    "broken",
    [
        pytest.param(WIDGET_YAML.replace("fields:\n", "fields: [\n", 1), id="not YAML"),
        pytest.param(WIDGET_YAML.replace("coverage: documented", "coverage: complete"), id="invalid value"),
        pytest.param(WIDGET_YAML.replace("color: {type: Color}", "color: {type: Colour}"), id="unknown type"),
        pytest.param(WIDGET_YAML.replace("node: Widget", "node: widget_thing"), id="bad type name"),
        pytest.param(OWNER_YAML.replace("name: {type: string}", "name: {type: string}\n  z: {type: Widget}"), id="ok"),
    ],
)
def test_an_edit_that_breaks_the_spec_and_one_that_mends_it(tmp_path: Path, broken: str) -> None:
    project = Project(tmp_path)
    whole = _files(project.outcome())
    name = "owner.yaml" if broken.startswith("node: Owner") else "widget.yaml"
    project.write(name, broken)
    project.outcome()  # files or problems: either way, those of a run from scratch
    project.write(name, WIDGET_YAML if name == "widget.yaml" else OWNER_YAML)
    assert _files(project.outcome()) == whole


def test_a_class_name_claimed_twice_then_once(tmp_path: Path) -> None:
    """Which of two files is reported depends on the order types are built in, not on which was edited."""
    project = Project(tmp_path)
    whole = _files(project.outcome())
    gadget = "struct: Gadget\nsource: test\ncoverage: minimal\nclass_name: WidgetColor\nfields:\n  a: {type: string}\n"
    project.write("gadget.yaml", gadget)
    assert "class name 'WidgetColor' is already used" in _problems(project.outcome())
    project.write("gadget.yaml", gadget.replace("WidgetColor", "GadgetThing"))
    with_gadget = _files(project.outcome())
    assert "fbtest/v1_0/models/gadget.py" in with_gadget
    project.delete("gadget.yaml")
    assert _files(project.outcome()) == whole


def test_a_warm_run_gives_the_bytes_of_a_run_without_any_cache(tmp_path: Path) -> None:
    project = Project(tmp_path)
    project.outcome()
    project.write("owner.yaml", OWNER_YAML.replace("coverage: minimal", "class_name: WidgetOwner\ncoverage: minimal"))
    assert _warm(project.config, project.cache) == pipeline.render(project.config, pipeline.NO_CACHE)


def _steps(project: Project) -> tuple[int, int]:
    timings = pipeline.Timings()
    pipeline.build_ir(project.config, Cache(project.cache), timings)
    return timings.steps.run, timings.steps.replayed


def test_an_edit_runs_the_steps_of_what_it_touches(tmp_path: Path) -> None:
    project = Project(tmp_path)
    run, replayed = _steps(project)
    assert (run, replayed) == (6, 0)  # enums, models and endpoints of Widget and Owner
    assert _steps(project) == (0, 6)
    project.write("widget.yaml", WIDGET_YAML.replace("The name.", "The widget's name."))
    assert _steps(project) == (3, 3)  # Owner only reads that Widget exists and what its class is called
    project.write("owner.yaml", OWNER_YAML.replace("coverage: minimal", "class_name: WidgetOwner\ncoverage: minimal"))
    run, replayed = _steps(project)
    # Owner's steps, and Widget's models and endpoints, which name Owner's class; Widget's enums are replayed.
    assert (run, replayed) == (5, 1)


def test_damaged_cache_entries_are_misses(tmp_path: Path) -> None:
    project = Project(tmp_path)
    whole = _files(project.outcome())
    damaged = 0
    for kind in ("ir-steps", "type-file", "spec"):
        for entry in (project.cache / kind).rglob("*"):
            if entry.is_file():
                entry.write_bytes(b"\x80\x05not a pickle" if damaged % 2 else b"")
                damaged += 1
    assert damaged >= 6
    project.write("widget.yaml", WIDGET_YAML.replace("The name.", "The widget's name."))
    project.outcome()
    project.write("widget.yaml", WIDGET_YAML)
    assert _files(project.outcome()) == whole
