"""Python names made from Graph names: what is refused, and what is cleaned."""

from __future__ import annotations

import pytest

from generator.naming import (
    SIGNATURE_NAMES,
    attribute_name,
    distinct_name,
    enum_member_name,
    identifier_problem,
    snake_case,
)


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
    [
        ("name", "name"),
        ("fooBar", "foo_bar"),
        ("class", "class_"),
        ("model_x", "model_x_"),
        ("json", "json_"),
        ("3d_view", "field_3d_view"),
        ("1d_click", "field_1d_click"),
        ("100x100", "field_100x100"),
        ("post.object.wall", "post_object_wall"),
        ("a-b", "a_b"),
        ("_private", "private_"),
    ],
)
def test_attribute_names(graph: str, python: str) -> None:
    assert attribute_name(graph) == python


def test_parameter_names_follow_the_same_rule_with_their_own_prefix() -> None:
    assert [attribute_name(n, "param") for n in ("1d_window", "fields", "json", "class")] == [
        "param_1d_window",
        "fields",  # pydantic's reserved names do not apply to keywords; see distinct_name for signature names
        "json",
        "class_",
    ]


@pytest.mark.parametrize("graph", ["id\n", "naïve", "a b", "...", ""])
def test_attribute_names_that_cannot_be_made(graph: str) -> None:
    assert attribute_name(graph) is None


def test_distinct_names_for_keywords_the_signature_already_uses() -> None:
    assert distinct_name("fields", SIGNATURE_NAMES) == "fields_param"
    assert distinct_name("since", SIGNATURE_NAMES) == "since"
    assert distinct_name("client", {"client", "client_param"}) == "client_param2"


def test_the_empty_enum_value_has_a_stable_member_name() -> None:
    assert enum_member_name("") == "EMPTY_VALUE"


def test_snake_case() -> None:
    assert [snake_case(n) for n in ("AdsPixel", "DACheck", "AdsPixelStatsResult")] == [
        "ads_pixel",
        "da_check",
        "ads_pixel_stats_result",
    ]
