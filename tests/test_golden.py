"""The committed generated/ is the golden: regenerating must reproduce it byte for byte."""

from __future__ import annotations

import difflib
from pathlib import Path

from generator import pipeline
from generator.config import Config
from fnmatch import fnmatch

from generator.writing import HAND_MAINTAINED
from tests.helpers import ROOT, owned_tree, run_cli, tree

UPDATE = "graph-codegen generate"


def test_generated_matches_golden(tmp_path: Path) -> None:
    config = Config.load(ROOT)
    out = tmp_path / "generated"
    pipeline.generate(Config(config.root, config.spec_dir, out, config.package, config.distribution))
    golden = owned_tree(config.output_dir)
    fresh = tree(out)
    others = sorted(set(tree(config.output_dir)) - set(golden))
    assert all(
        any(fnmatch(rel, pattern) for pattern in HAND_MAINTAINED) for rel in others
    ), f"files in generated/ that neither the generator nor a documented hand-maintained place owns: {others}"
    problems: list[str] = []
    for rel in sorted(golden.keys() - fresh.keys()):
        problems.append(f"in generated/ but no longer produced: {rel}")
    for rel in sorted(fresh.keys() - golden.keys()):
        problems.append(f"produced but missing from generated/: {rel}")
    for rel in sorted(golden.keys() & fresh.keys()):
        if golden[rel] != fresh[rel]:
            diff = difflib.unified_diff(
                golden[rel].decode("utf-8", "replace").splitlines(keepends=True),
                fresh[rel].decode("utf-8", "replace").splitlines(keepends=True),
                fromfile=f"generated/{rel}",
                tofile=f"regenerated/{rel}",
            )
            problems.append("".join(diff))
    assert not problems, "\n".join(problems) + f"\n\ngenerated/ is stale; update it with: {UPDATE}"


def test_check_passes_on_the_committed_tree() -> None:
    result = run_cli("check", cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_editor_schema_is_current() -> None:
    from generator.spec.editor_schema import SCHEMA_PATH, schema_text

    committed = (ROOT / "spec" / SCHEMA_PATH).read_text()
    assert committed == schema_text(), "spec/graph-spec.schema.json is stale; update it with: graph-codegen schema"


def test_every_spec_file_points_editors_at_the_schema() -> None:
    for path in sorted((ROOT / "spec").glob("v*/*.yaml")):
        first = path.read_text().splitlines()[0]
        assert first == "# yaml-language-server: $schema=../graph-spec.schema.json", path
