"""Parsing Graph's rate-limit usage headers: whatever a header holds, parsing never fails, and keeps what it can."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from rtpkg._runtime.usage import (
    AdAccountUsage,
    AppUsage,
    BusinessUseCaseUsage,
    Usage,
    parse_usage,
)

APP = "X-App-Usage"
AD_ACCOUNT = "X-Ad-Account-Usage"
BUC = "X-Business-Use-Case-Usage"


def header(value: Any) -> str:
    return json.dumps(value)


# -- valid headers -------------------------------------------------------------------------------------------


def test_app_usage_is_read() -> None:
    usage = parse_usage({APP: header({"call_count": 28, "total_time": 25, "total_cputime": 7.5})})
    assert usage.app == AppUsage(call_count=28.0, total_cputime=7.5, total_time=25.0)


def test_ad_account_usage_is_read() -> None:
    value = {"acc_id_util_pct": 9.67, "reset_time_duration": 120, "ads_api_access_tier": "standard_access"}
    usage = parse_usage({AD_ACCOUNT: header(value)})
    assert usage.ad_account == AdAccountUsage(
        acc_id_util_pct=9.67, reset_time_duration=120.0, ads_api_access_tier="standard_access"
    )


def test_business_use_case_entries_are_read_for_every_business() -> None:
    value = {
        "222": [{"type": "ads_insights", "call_count": 5, "total_cputime": 1, "total_time": 2}],
        "111": [
            {
                "type": "ads_management",
                "call_count": 95,
                "total_cputime": 20,
                "total_time": 30,
                "estimated_time_to_regain_access": 3,
                "ads_api_access_tier": "development_access",
            },
            {"type": "custom_audience", "call_count": 1},
        ],
    }
    usage = parse_usage({BUC: header(value)})
    # Ordered by business id, then as Graph listed them, whatever order the header had.
    assert usage.business_use_case == (
        BusinessUseCaseUsage("111", "ads_management", 95.0, 20.0, 30.0, 3.0, "development_access"),
        BusinessUseCaseUsage("111", "custom_audience", 1.0),
        BusinessUseCaseUsage("222", "ads_insights", 5.0, 1.0, 2.0),
    )


def test_header_names_are_case_insensitive() -> None:
    value = header({"call_count": 1})
    for name in ("x-app-usage", "X-APP-USAGE", "X-App-Usage"):
        usage = parse_usage({name: value})
        assert usage.app == AppUsage(call_count=1.0)
        assert usage.raw == {"x-app-usage": value}


def test_raw_keeps_only_the_usage_headers() -> None:
    headers = {APP: "{}", "Content-Type": "application/json", "x-fb-trace-id": "abc", BUC: "{}"}
    assert parse_usage(headers).raw == {"x-app-usage": "{}", "x-business-use-case-usage": "{}"}


def test_all_three_headers_together() -> None:
    usage = parse_usage(
        {
            APP: header({"call_count": 1}),
            AD_ACCOUNT: header({"acc_id_util_pct": 2}),
            BUC: header({"9": [{"type": "pages", "call_count": 3}]}),
        }
    )
    assert usage.app == AppUsage(call_count=1.0)
    assert usage.ad_account == AdAccountUsage(acc_id_util_pct=2.0)
    assert usage.business_use_case == (BusinessUseCaseUsage("9", "pages", 3.0),)


# -- missing and unreadable headers -----------------------------------------------------------------------------


def test_no_usage_headers_give_empty_usage() -> None:
    usage = parse_usage({"Content-Type": "application/json"})
    assert usage == Usage()
    assert (usage.app, usage.ad_account, usage.business_use_case, dict(usage.raw)) == (
        AppUsage(),
        AdAccountUsage(),
        (),
        {},
    )
    assert not usage.app and not usage.ad_account  # an absent part is empty and falsy, never None
    assert not usage


def test_any_usage_header_makes_usage_true() -> None:
    assert parse_usage({APP: "not json"})


@pytest.mark.parametrize("text", ["", "{", "call_count=1", "{'call_count': 1}", "\x00"])
def test_malformed_json_gives_no_part_but_keeps_the_raw_text(text: str) -> None:
    usage = parse_usage({APP: text, AD_ACCOUNT: text, BUC: text})
    assert (usage.app, usage.ad_account, usage.business_use_case) == (AppUsage(), AdAccountUsage(), ())
    assert usage.raw["x-app-usage"] == text


@pytest.mark.parametrize("value", [[1, 2], "call_count", 12, None, True])
def test_json_that_is_not_an_object_gives_no_part(value: Any) -> None:
    usage = parse_usage({APP: header(value), AD_ACCOUNT: header(value), BUC: header(value)})
    assert (usage.app, usage.ad_account, usage.business_use_case) == (AppUsage(), AdAccountUsage(), ())


def test_one_bad_header_does_not_spoil_the_others() -> None:
    usage = parse_usage({APP: "{broken", AD_ACCOUNT: header({"acc_id_util_pct": 50})})
    assert usage.app == AppUsage() and not usage.app
    assert usage.ad_account == AdAccountUsage(acc_id_util_pct=50.0)


# -- wrong types and partial data --------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["28", True, False, None, [28], {"n": 28}])
def test_numbers_of_another_type_are_dropped(value: Any) -> None:
    usage = parse_usage({APP: header({"call_count": value, "total_time": 4})})
    assert usage.app == AppUsage(call_count=None, total_cputime=None, total_time=4.0)


@pytest.mark.parametrize("value", [3, True, None, ["standard_access"]])
def test_access_tier_of_another_type_is_dropped(value: Any) -> None:
    usage = parse_usage({AD_ACCOUNT: header({"acc_id_util_pct": 1, "ads_api_access_tier": value})})
    assert usage.ad_account == AdAccountUsage(acc_id_util_pct=1.0, ads_api_access_tier=None)


def test_partial_objects_leave_the_rest_none() -> None:
    usage = parse_usage({APP: header({"call_count": 5}), AD_ACCOUNT: header({})})
    assert usage.app == AppUsage(call_count=5.0)
    assert usage.ad_account == AdAccountUsage()


def test_unknown_keys_are_ignored() -> None:
    usage = parse_usage({APP: header({"call_count": 5, "new_metric": 1})})
    assert usage.app == AppUsage(call_count=5.0)


def test_business_use_case_entries_of_the_wrong_shape_are_skipped() -> None:
    value = {
        "1": {"type": "ads_management"},  # not a list
        "2": ["text", 3, None, {"type": 7, "call_count": "9"}],
        "3": [],
    }
    usage = parse_usage({BUC: header(value)})
    # Only the one mapping survives, with its badly typed fields dropped.
    assert usage.business_use_case == (BusinessUseCaseUsage("2"),)


# -- the announced wait --------------------------------------------------------------------------------------------


def test_seconds_to_regain_access_is_the_longest_announced_wait_in_seconds() -> None:
    value = {
        "1": [{"estimated_time_to_regain_access": 2}],
        "2": [{"estimated_time_to_regain_access": 0.5}, {"estimated_time_to_regain_access": 7}],
    }
    assert parse_usage({BUC: header(value)}).seconds_to_regain_access == 420.0


@pytest.mark.parametrize(
    "value",
    [{}, {"1": [{"call_count": 100}]}, {"1": [{"estimated_time_to_regain_access": 0}]}],
    ids=["no-entries", "not-announced", "zero"],
)
def test_seconds_to_regain_access_is_none_without_a_block(value: Any) -> None:
    assert parse_usage({BUC: header(value)}).seconds_to_regain_access is None


def test_usage_is_immutable() -> None:
    usage = parse_usage({APP: header({"call_count": 1})})
    with pytest.raises(dataclasses.FrozenInstanceError):
        usage.app = None  # type: ignore[misc]
