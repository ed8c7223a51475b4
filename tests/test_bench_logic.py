"""The benchmark's own logic that is not timing: verdicts, the table, and the peers' pins."""

from __future__ import annotations

import importlib.metadata

import pytest

from bench.peers import project_pin, sdk_peer
from bench.table import Row, Skipped, render


def test_a_row_is_met_up_to_its_goal_and_missed_past_it() -> None:
    assert Row("r", "1.00 s", "1.00 s", 1.0, 1.0, "x").met
    assert not Row("r", "1.16 s", "1.00 s", 1.16, 1.15, "x").met
    assert Row("r", "20.0 ms", "-", 20.0, 25.0, "ms").cells()[3:] == ("20.0 ms", "<= 25 ms", "met")


def test_the_table_keeps_skipped_rows_in_place() -> None:
    text = render([Row("first", "1", "2", 0.5, 1.0, "x"), Skipped("second", "why"), Row("third", "1", "-", 2, 1, "s")])
    lines = text.splitlines()
    assert [line.split()[0] for line in lines] == ["figure", "first", "second", "third"]
    assert lines[2].endswith("skipped: why") and lines[3].endswith("missed")


def test_the_peers_black_is_the_generators_black() -> None:
    assert project_pin("black") == f"black=={importlib.metadata.version('black')}"
    assert sdk_peer().version("black") == importlib.metadata.version("black")


def test_an_unpinned_distribution_is_refused() -> None:
    with pytest.raises(LookupError, match="no exact version of jinja2"):
        project_pin("jinja2")
