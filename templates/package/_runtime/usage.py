"""Graph's rate-limit usage headers, parsed.

``X-App-Usage`` and ``X-Ad-Account-Usage`` hold a JSON object; ``X-Business-Use-Case-Usage`` holds an object
keyed by business id whose values are lists of usage entries. Percentages run from 0 to 100.

A header Graph did not send (or sent unreadable) parses to an empty part, never to None: ``usage.app`` is always an
``AppUsage``, whose fields are None when unknown and which is falsy when it holds nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .safe_json import load_json

__all__ = [
    "AD_ACCOUNT_USAGE",
    "APP_USAGE",
    "AdAccountUsage",
    "AppUsage",
    "BUSINESS_USE_CASE_USAGE",
    "BusinessUseCaseUsage",
    "Usage",
    "parse_usage",
    "retry_after",
]

APP_USAGE = "x-app-usage"
AD_ACCOUNT_USAGE = "x-ad-account-usage"
BUSINESS_USE_CASE_USAGE = "x-business-use-case-usage"


class _Part:
    """A usage part is truthy when its header said anything."""

    def __bool__(self) -> bool:
        return any(value is not None for value in vars(self).values())


@dataclass(frozen=True)
class AppUsage(_Part):
    """``X-App-Usage``: the app's share of its hourly limits, in percent. Every field is None without the header."""

    call_count: float | None = None
    total_cputime: float | None = None
    total_time: float | None = None


@dataclass(frozen=True)
class AdAccountUsage(_Part):
    """``X-Ad-Account-Usage``. Every field is None without the header."""

    acc_id_util_pct: float | None = None
    reset_time_duration: float | None = None  # seconds until the score resets
    ads_api_access_tier: str | None = None


@dataclass(frozen=True)
class BusinessUseCaseUsage:
    business_id: str
    type: str | None = None
    call_count: float | None = None
    total_cputime: float | None = None
    total_time: float | None = None
    estimated_time_to_regain_access: float | None = None  # minutes
    ads_api_access_tier: str | None = None


@dataclass(frozen=True)
class Usage:
    """What the usage headers of one answer said; a part whose header was absent or unreadable is empty."""

    app: AppUsage = field(default_factory=AppUsage)
    ad_account: AdAccountUsage = field(default_factory=AdAccountUsage)
    business_use_case: tuple[BusinessUseCaseUsage, ...] = ()
    raw: Mapping[str, str] = field(default_factory=dict)

    @property
    def seconds_to_regain_access(self) -> float | None:
        """The longest wait any Business Use Case entry announces, in seconds; see ``retry_after``."""
        return retry_after(self)

    def __bool__(self) -> bool:
        return bool(self.raw)


def retry_after(usage: Usage) -> float | None:
    """How many seconds Graph asks a throttled caller to wait, or None when its headers do not say.

    The Business Use Case header gives ``estimated_time_to_regain_access`` in minutes, per business and use case;
    the longest of them is the wait, converted to seconds.
    """
    waits = [
        e.estimated_time_to_regain_access
        for e in usage.business_use_case
        if e.estimated_time_to_regain_access
    ]
    return max(waits) * 60 if waits else None


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _json(text: str | None) -> Any:
    if not text:
        return None
    try:
        return load_json(text)
    except (ValueError, RecursionError):
        return None  # unreadable or nested too deeply: the usage it held is unknown


def parse_usage(headers: Mapping[str, str]) -> Usage:
    lowered = {k.lower(): v for k, v in headers.items()}
    raw = {
        k: lowered[k]
        for k in (APP_USAGE, AD_ACCOUNT_USAGE, BUSINESS_USE_CASE_USAGE)
        if k in lowered
    }
    app_data = _json(raw.get(APP_USAGE))
    app = (
        AppUsage(
            _number(app_data.get("call_count")),
            _number(app_data.get("total_cputime")),
            _number(app_data.get("total_time")),
        )
        if isinstance(app_data, dict)
        else AppUsage()
    )
    account_data = _json(raw.get(AD_ACCOUNT_USAGE))
    account = (
        AdAccountUsage(
            _number(account_data.get("acc_id_util_pct")),
            _number(account_data.get("reset_time_duration")),
            _text(account_data.get("ads_api_access_tier")),
        )
        if isinstance(account_data, dict)
        else AdAccountUsage()
    )
    entries: list[BusinessUseCaseUsage] = []
    buc_data = _json(raw.get(BUSINESS_USE_CASE_USAGE))
    if isinstance(buc_data, dict):
        for business_id, items in sorted(buc_data.items()):
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict):
                    entries.append(
                        BusinessUseCaseUsage(
                            business_id=str(business_id),
                            type=_text(item.get("type")),
                            call_count=_number(item.get("call_count")),
                            total_cputime=_number(item.get("total_cputime")),
                            total_time=_number(item.get("total_time")),
                            estimated_time_to_regain_access=_number(
                                item.get("estimated_time_to_regain_access")
                            ),
                            ads_api_access_tier=_text(item.get("ads_api_access_tier")),
                        )
                    )
    return Usage(app, account, tuple(entries), raw)
