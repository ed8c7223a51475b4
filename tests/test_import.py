"""`graph-codegen import`: a Meta spec snapshot into a new version folder, or merged into hand-written files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.diagnostics import SpecError
from generator.importer.run import run_import
from tests.helpers import ROOT

SAMPLE = ROOT / "tests" / "data" / "meta_specs_sample"
SHARED = ROOT.parent / "shared" / "meta-api-specs"

HAND_WRITTEN = """\
# yaml-language-server: $schema=../graph-spec.schema.json
# A comment a person wrote, which must survive.
node: Pixel
source: hand
coverage: partial
fields:
  name: {type: string, description: The pixel's name.}  # kept first on purpose
  id: {type: numeric string, description: The id.}
  data_use_setting: {type: "enum {EMPTY, ANALYTICS_ONLY}", description: How data is used.}
  retired: {type: bool, description: Gone from Graph.}
update:
  params:
    name: {type: int, required: true, description: Wrongly typed on purpose.}
delete:
  supported: false
  note: The page says it cannot be done.
edges:
  stats:
    get:
      returns: list<PixelStats>
"""


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _contains(big: Any, small: Any) -> bool:
    """Every key and value of ``small`` is in ``big`` unchanged (``big`` may have more keys)."""
    if isinstance(small, dict):
        return isinstance(big, dict) and all(k in big and _contains(big[k], v) for k, v in small.items())
    return bool(big == small)


def _hand_written_folder(tmp_path: Path) -> Path:
    spec = tmp_path / "spec"
    run_import(SAMPLE, spec)  # a complete folder, then a person's file in place of the imported one
    (spec / "v9.0" / "pixel.yaml").write_text(HAND_WRITTEN, encoding="utf-8")
    (spec / "v9.0" / "user.yaml").unlink()
    return spec


def test_new_folder_is_a_complete_spec(tmp_path: Path) -> None:
    report = run_import(SAMPLE, tmp_path)
    folder = tmp_path / "v9.0"
    assert sorted(_tree(folder)) == [
        "errors.yaml", "page.yaml", "pixel.yaml", "pixel_stats.yaml", "unused.yaml", "user.yaml", "version.yaml",
    ]  # fmt: skip
    s = report.stats
    assert (s.types, s.nodes, s.structs, s.fields, s.operations, s.params, s.enums) == (5, 3, 2, 22, 8, 9, 3)
    assert s.left["operation error codes"] == 8 and s.left["field descriptions"] == 22
    pixel = yaml.safe_load((folder / "pixel.yaml").read_text())
    assert pixel["source"] == "meta-api-specs-abc1234"
    assert pixel["fields"]["1d_click"] == {"type": "int", "python_name": "field_1d_click"}
    assert pixel["fields"]["source_pixel"] == {"type": "Pixel"}
    assert pixel["fields"]["owner"]["type"] == "Object" and "Missing" in pixel["fields"]["owner"]["note"]
    # SDKCodegen.json: an overridden return, a file parameter, an enum's values, a note for an SDK-only flag.
    assert pixel["edges"]["shared_accounts"]["post"]["returns"] == "PixelStats"
    assert pixel["edges"]["images"]["post"]["params"]["bytes"]["type"] == "file"
    assert pixel["enums"]["PixelDataUseSetting"]["values"][-1] == "NEW"
    assert "not_visible" in pixel["fields"]["name"]["note"]
    stats_edge = pixel["edges"]["stats"]["get"]
    assert stats_edge["returns"] == "list<PixelStats>"
    assert stats_edge["params"]["pixel_id"]["python_name"] == "pixel_id_param"  # the path's placeholder
    assert pixel["update"]["params"]["data_use_setting"] == {"type": "PixelDataUseSetting"}
    assert list(pixel) == ["node", "source", "coverage", "fields", "enums", "read", "update", "delete", "edges"]
    stats = yaml.safe_load((folder / "pixel_stats.yaml").read_text())
    assert stats["struct"] == "PixelStats"
    assert stats["fields"]["by_hour"]["type"] == "map<unsigned int, list<float>>"
    assert stats["fields"]["by_day"] == {"type": "map<datetime, int>"}
    assert stats["fields"]["by_thing"]["type"] == "map<string, int>" and "Object" in stats["fields"]["by_thing"]["note"]
    assert stats["fields"]["raw"]["type"] == "list<any>" and stats["fields"]["extra"]["type"] == "map<string, any>"
    assert stats["fields"]["event.type"]["python_name"] == "event_type"
    assert stats["enums"]["PixelStatsStatus"]["values"] == ["", "ACTIVE", "PAUSED"]
    # Words YAML 1.1 reads as booleans stay text: Norway's country code, a field called 'no'.
    assert stats["enums"]["PixelStatsAggregation"]["values"] == ["NO", "browser_type", "event", "on"]
    assert stats["fields"]["no"] == {"type": "bool"}
    assert yaml.safe_load((folder / "page.yaml").read_text())["class_name"] == "PageNode"
    version = yaml.safe_load((folder / "version.yaml").read_text())
    assert version["graph_version"] == "v9.0"
    assert "abc1234" in version["sources"]["meta-api-specs-abc1234"]["title"]


def test_as_and_nodes_select_the_version_and_the_closure(tmp_path: Path) -> None:
    report = run_import(SAMPLE, tmp_path, "v9.1", ["User"])
    assert sorted(p.name for p in (tmp_path / "v9.1").iterdir()) == [
        "errors.yaml", "page.yaml", "user.yaml", "version.yaml",
    ]  # fmt: skip
    assert (report.stats.types, report.stats.operations) == (2, 1)


def test_merge_adds_only_what_is_missing_and_reports_disagreements(tmp_path: Path) -> None:
    spec = _hand_written_folder(tmp_path)
    before = yaml.safe_load(HAND_WRITTEN)
    report = run_import(SAMPLE, spec)
    text = (spec / "v9.0" / "pixel.yaml").read_text()
    after = yaml.safe_load(text)
    assert _contains(after, before)  # no hand-written fact changed or removed
    assert text.startswith(HAND_WRITTEN.split("edges:")[0].split("update:")[0].rstrip("\n").rsplit("\n", 1)[0])
    assert "# A comment a person wrote, which must survive." in text and "# kept first on purpose" in text
    assert list(after["fields"])[:4] == ["name", "id", "data_use_setting", "retired"]  # order kept, new ones after
    assert after["fields"]["creator"] == {"type": "User", "source": "meta-api-specs-abc1234"}
    assert after["edges"]["shared_accounts"]["source"] == "meta-api-specs-abc1234"
    assert after["edges"]["stats"]["get"]["params"]["aggregation"]["source"] == "meta-api-specs-abc1234"
    assert after["delete"] == before["delete"]
    assert list(after) == ["node", "source", "coverage", "fields", "enums", "read", "update", "delete", "edges"]
    assert (spec / "v9.0" / "user.yaml").is_file()  # a missing type file is written whole
    found = "\n".join(report.disagreements)
    assert "pixel.yaml:13:12 update.params.name.type: ours 'int', Meta's data 'string'" in found
    assert "pixel.yaml:13:23 update.params.name.required: ours True, Meta's data False" in found
    assert "pixel.yaml:10:3 fields.retired: Meta's data has no such field" in found
    assert "pixel.yaml:14:1 delete: ours says Graph does not support it" in found
    assert "fields.data_use_setting.type: Meta's data also has the values ['ADVERTISING_AND_ANALYTICS', 'NEW']" in found
    assert all(line.endswith("ours kept") for line in report.disagreements)
    assert "meta-api-specs-abc1234" in yaml.safe_load((spec / "v9.0" / "version.yaml").read_text())["sources"]


def test_second_run_changes_nothing(tmp_path: Path) -> None:
    spec = _hand_written_folder(tmp_path)
    run_import(SAMPLE, spec)
    first = _tree(spec / "v9.0")
    report = run_import(SAMPLE, spec)
    assert _tree(spec / "v9.0") == first
    assert (report.new_files, report.changed_files, report.added) == (0, 0, 0)
    assert len(report.disagreements) == 5  # the person's facts are still reported, and still kept


def _broken_copy(tmp_path: Path, name: str, text: str) -> Path:
    src = tmp_path / "src"
    shutil.copytree(SAMPLE, src)
    (src / "specs" / name).write_text(text, encoding="utf-8")
    return src


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "Pixel.json",
            '{"fields": [\n  {"name": "id" "type": "string"}]}',
            "Pixel.json:2:17: malformed JSON: Expecting ',' delimiter",
        ),
        ("User.json", '{"fields": [{"name": "id", "type": "list<string"}]}', "unknown type string 'list<string'"),
        ("User.json", '{"fields": [{"name": "id", "type": "strang"}]}', "unknown type string 'strang'"),
        ("User.json", '{"fields": [{"name": "id", "type": 3}]}', "fields[0].type: expected a name, found 3"),
        ("User.json", '{"apis": [{"method": "PUT", "endpoint": "x", "return": "User"}]}', "unknown method 'PUT'"),
        ("enum_types.json", '[{"name": "x", "values": "a"}]', "[0].values: expected a list of strings"),
    ],
)
def test_bad_input_is_located_and_nothing_is_written(tmp_path: Path, name: str, text: str, message: str) -> None:
    src = _broken_copy(tmp_path, name, text)
    with pytest.raises(SpecError) as caught:
        run_import(src, tmp_path / "spec")
    assert message in caught.value.report()
    assert not (tmp_path / "spec").exists()


def test_bad_override_is_reported(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(SAMPLE, src)
    overrides = json.loads((src / "SDKCodegen.json").read_text())
    overrides["spec_overriding"]["Pixel"]["$.apis[0]"] = {"return": "User"}
    (src / "SDKCodegen.json").write_text(json.dumps(overrides))
    with pytest.raises(SpecError) as caught:
        run_import(src, tmp_path / "spec")
    assert "SDKCodegen.json:1:1 spec_overriding.Pixel['$.apis[0]']: unsupported path" in caught.value.report()


def test_cli_reports_and_exits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(ROOT), "--spec", str(tmp_path), "import", str(SAMPLE), "--as", "v9.0"]) == 0
    out = capsys.readouterr().out
    assert "types: 5 (3 nodes, 2 structs); fields: 22; operations: 8; parameters: 9; enums: 3 (11 values)" in out
    assert "left for a person: 62" in out
    assert main(["--root", str(ROOT), "--spec", str(tmp_path), "import", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith("nowhere:1:1: no such folder")
    assert main(["--root", str(ROOT), "--spec", str(tmp_path), "import", str(SAMPLE), "--nodes", "Pixl"]) == 2
    assert "'Pixl' is not a type of the snapshot; did you mean 'Pixel'?" in capsys.readouterr().err
    assert main(["--root", str(ROOT), "--spec", str(tmp_path), "import", str(SAMPLE), "--as", "9"]) == 2
    assert main(["--root", str(ROOT), "--spec", str(tmp_path), "import", str(SAMPLE), "--nodes", " , "]) == 2
    assert "--nodes: no type names given" in capsys.readouterr().err


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/meta-api-specs is not here")
def test_importing_v25_into_our_spec_keeps_every_hand_written_fact(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    originals = {p.name: yaml.safe_load(p.read_text()) for p in (spec / "v25.0").glob("*.yaml")}
    texts = {p.name: p.read_text() for p in (spec / "v25.0").glob("*.yaml")}
    run_import(SHARED / "v25.0", spec)
    for name, data in originals.items():
        text = (spec / "v25.0" / name).read_text()
        assert _contains(yaml.safe_load(text), data), name
        comments = [line for line in texts[name].splitlines() if line.lstrip().startswith("#")]
        assert all(c in text for c in comments), name
    first = _tree(spec / "v25.0")
    # Every type of the snapshot has its file; the hand-written types Meta does not have (the CAPI structs) stay.
    assert {"ads_pixel.yaml", "ad_account.yaml", "server_event.yaml", "page.yaml"} <= set(first)
    assert len(first) == 993 + 2 + 6  # every type, version.yaml, errors.yaml and our six Conversions API structs
    report = run_import(SHARED / "v25.0", spec)
    assert _tree(spec / "v25.0") == first
    assert (report.new_files, report.changed_files, report.added) == (0, 0, 0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("node: Pixel\ncoverage: partial\nfields: {id: {type: string}\n", "pixel.yaml:4:1"),
        ("node: Pixel\ncoverage: partial\nfields:\n", "pixel.yaml:3:8 fields:"),
        ("- a list\n", "pixel.yaml:1:1"),
    ],
)
def test_a_broken_hand_written_file_is_reported_not_overwritten(tmp_path: Path, text: str, message: str) -> None:
    spec = _hand_written_folder(tmp_path)
    (spec / "v9.0" / "pixel.yaml").write_text(text, encoding="utf-8")
    before = _tree(spec / "v9.0")
    with pytest.raises(SpecError) as caught:
        run_import(SAMPLE, spec)
    assert message in caught.value.report()
    assert _tree(spec / "v9.0") == before
