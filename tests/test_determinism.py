"""Output is the same bytes on every run, whatever the hash seed, and an unchanged tree is not rewritten."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator import pipeline
from tests.helpers import ROOT, owned_tree, run_cli, spec_files, tree, write_project


def test_same_output_under_two_hash_seeds(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"seed{seed}"
        result = run_cli("--output", str(out), "generate", cwd=ROOT, env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        outputs.append(tree(out))
    assert outputs[0] == outputs[1]
    assert outputs[0] == owned_tree(ROOT / "generated")


def test_regenerating_an_unchanged_tree_writes_nothing(tmp_path: Path) -> None:
    config = write_project(tmp_path, spec_files())
    first = pipeline.generate(config)
    assert first.changes.written
    stamps = {p: p.stat().st_mtime_ns for p in config.output_dir.rglob("*") if p.is_file()}
    second = pipeline.generate(config)
    assert second.changes.written == [] and second.changes.removed == []
    assert stamps == {p: p.stat().st_mtime_ns for p in config.output_dir.rglob("*") if p.is_file()}


def test_only_changed_files_are_rewritten_and_dropped_ones_removed(tmp_path: Path) -> None:
    config = write_project(tmp_path, spec_files())
    pipeline.generate(config)
    # Owner stops referring back to Widget: only its module (and the lazy reference table) change.
    owner = (config.spec_dir / "v1.0" / "owner.yaml").read_text().replace("  widgets: {type: list<Widget>}\n", "")
    (config.spec_dir / "v1.0" / "owner.yaml").write_text(owner)
    changes = pipeline.generate(config).changes
    assert sorted(changes.written) == [
        ".graph-codegen-manifest.json",
        "fbtest/v1_0/models/_refs.py",
        "fbtest/v1_0/models/owner.py",
    ]
    # A node without operations or references elsewhere disappears with its file.
    shutil.rmtree(config.spec_dir / "v1.0")
    (config.spec_dir / "v1.0").mkdir()
    files = spec_files(owner__yaml=None, widget__yaml=OWNERLESS_WIDGET)
    for name, text in files.items():
        (config.spec_dir / "v1.0" / name).write_text(text)
    changes = pipeline.generate(config).changes
    assert "fbtest/v1_0/models/owner.py" in changes.removed
    assert not (config.output_dir / "fbtest/v1_0/models/owner.py").exists()


OWNERLESS_WIDGET = """\
node: Widget
source: test
coverage: minimal
fields:
  id: {type: numeric string}
  name: {type: string}
read:
  errors: [100]
"""
