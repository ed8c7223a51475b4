"""Output is the same bytes with a cold cache, a warm cache, one worker or two; the caches never go stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.synthetic_spec import touch_node, write_spec
from generator import pipeline
from generator.cache import Cache
from generator.writing import HandEditError
from tests.helpers import tree, write_project, spec_files
from generator.config import Config


def _generate(config: Config, workers: int, cache: Path | None) -> dict[str, bytes]:
    pipeline.generate(config, pipeline.Options(workers=workers, cache_dir=cache))
    return tree(config.output_dir)


def test_output_is_identical_with_cold_and_warm_cache_and_one_or_two_workers(tmp_path: Path) -> None:
    root = tmp_path / "project"
    folder = write_spec(root, 6)
    config = Config.load(root)
    cache = tmp_path / "cache"
    reference = _generate(config, 1, None)

    runs = {
        "1 worker, cold cache": (1, cache),
        "1 worker, warm cache": (1, cache),
        "2 workers, no cache": (2, None),
    }
    for name, (workers, cache_dir) in runs.items():
        for path in config.output_dir.rglob("*"):
            if path.is_file():
                path.unlink()  # start from an empty output folder each time
        assert _generate(config, workers, cache_dir) == reference, name
    second_cache = tmp_path / "cache2"
    assert _generate(config, 2, second_cache) == reference, "2 workers, cold cache"
    assert _generate(config, 2, second_cache) == reference, "2 workers, warm cache"

    # After an edit, a warm cache gives what a run without any cache gives.
    touch_node(folder, 3, 6, variant=7)
    warm = _generate(config, 2, cache)
    assert warm == _generate(config, 1, None)
    assert b"Revision 7." in warm["synthgraph/v1_0/models/synth_node0003.py"]


def test_the_stamp_notices_hand_edits_and_spec_edits(tmp_path: Path) -> None:
    config = write_project(tmp_path, spec_files())
    options = pipeline.Options(workers=1, cache_dir=tmp_path / "cache")
    pipeline.generate(config, options)
    assert pipeline.generate(config, options).timings.skipped
    module = config.output_dir / "fbtest/v1_0/widget.py"
    module.write_text(module.read_text() + "# edited\n")
    assert pipeline.check(config, options).edited == ["fbtest/v1_0/widget.py"]
    with pytest.raises(HandEditError):
        pipeline.generate(config, options)
    result = pipeline.generate(config, options, force=True)
    assert not result.timings.skipped and result.changes.written == ["fbtest/v1_0/widget.py"]
    widget = config.spec_dir / "v1.0/widget.yaml"
    widget.write_text(widget.read_text().replace("The name.", "The widget's name."))
    assert "fbtest/v1_0/models/widget.py" in pipeline.check(config, options).written


def test_cache_entries_are_keyed_by_content(tmp_path: Path) -> None:
    from generator.formatting import format_source

    cache = Cache(tmp_path)
    first = format_source("a.py", "x=1\n", cache)
    assert first == "x = 1\n"
    assert format_source("a.py", "x=1\n", cache) == first
    assert format_source("b.py", "y  =  2\n", cache) == "y = 2\n"
    assert len(list((tmp_path / "black").rglob("*"))) == 4  # two entries, each in a folder of its own
