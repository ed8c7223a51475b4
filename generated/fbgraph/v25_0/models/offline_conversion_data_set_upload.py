"""OfflineConversionDataSetUpload and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class OfflineConversionDataSetUpload(GraphModel):
    api_calls: int | None = None
    creation_time: int | None = None
    duplicate_entries: int | None = None
    event_stats: str | None = None
    event_time_max: int | None = None
    event_time_min: int | None = None
    first_upload_time: int | None = None
    id: str
    is_excluded_for_lift: bool | None = None
    last_upload_time: int | None = None
    match_rate_approx: int | None = None
    matched_entries: int | None = None
    upload_tag: str | None = None
    valid_entries: int | None = None


class OfflineConversionDataSetUploadField(GraphEnum):
    """Fields of OfflineConversionDataSetUpload to ask for with `fields=`."""

    api_calls = "api_calls"
    creation_time = "creation_time"
    duplicate_entries = "duplicate_entries"
    event_stats = "event_stats"
    event_time_max = "event_time_max"
    event_time_min = "event_time_min"
    first_upload_time = "first_upload_time"
    id = "id"
    is_excluded_for_lift = "is_excluded_for_lift"
    last_upload_time = "last_upload_time"
    match_rate_approx = "match_rate_approx"
    matched_entries = "matched_entries"
    upload_tag = "upload_tag"
    valid_entries = "valid_entries"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
OfflineConversionDataSetUploadFieldLiteral = Literal[
    "api_calls",
    "creation_time",
    "duplicate_entries",
    "event_stats",
    "event_time_max",
    "event_time_min",
    "first_upload_time",
    "id",
    "is_excluded_for_lift",
    "last_upload_time",
    "match_rate_approx",
    "matched_entries",
    "upload_tag",
    "valid_entries",
]
