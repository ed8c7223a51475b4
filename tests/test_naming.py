"""Python names made from Graph names: what is refused, and what is cleaned."""

from __future__ import annotations

import pytest

from generator.naming import attribute_name, enum_member_name, identifier_problem, snake_case


@pytest.mark.parametrize("name", ["A\n", "id\n", "class", "match", "3d", "naïve", "a-b", ""])
def test_names_python_cannot_take_as_they_are_are_refused(name: str) -> None:
    assert identifier_problem(name) is not None


@pytest.mark.parametrize(
    ("value", "member"),
    [
        ("EMPTY", "EMPTY"),
        ("A\n", "A"),  # a trailing newline is not part of an identifier
        ("count", "count_"),  # str.count
        ("1d_click", "V_1d_click"),
        ('"""', "V_22_22_22"),
        ("class", "class_"),
    ],
)
def test_enum_member_names(value: str, member: str) -> None:
    assert enum_member_name(value) == member


@pytest.mark.parametrize(
    ("graph", "python"),
    [("name", "name"), ("fooBar", "foo_bar"), ("class", "class_"), ("model_x", "model_x_"), ("json", "json_")],
)
def test_attribute_names(graph: str, python: str) -> None:
    assert attribute_name(graph) == python


@pytest.mark.parametrize("graph", ["id\n", "3d_view", "naïve", "a-b"])
def test_attribute_names_that_cannot_be_made(graph: str) -> None:
    assert attribute_name(graph) is None


def test_snake_case() -> None:
    assert [snake_case(n) for n in ("AdsPixel", "DACheck", "AdsPixelStatsResult")] == [
        "ads_pixel",
        "da_check",
        "ads_pixel_stats_result",
    ]
