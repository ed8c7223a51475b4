"""MusicVideoCopyright and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from datetime import datetime
from fbgraph.v5_0.models._refs import CopyrightReferenceContainer, VideoCopyrightRule
from typing import Any
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class MusicVideoCopyright(GraphModel):
    creation_time: datetime | None = None
    displayed_matches_count: int | None = None
    id: str
    in_conflict: bool | None = None
    isrc: str | None = None
    match_rule: VideoCopyrightRule | None = None
    ownership_countries: list[str] | None = None
    reference_file_status: str | None = None
    ridge_monitoring_status: str | None = None
    update_time: datetime | None = None
    video_asset: CopyrightReferenceContainer | None = None
    whitelisted_fb_users: list[dict[str, Any]] | None = None
    whitelisted_ig_users: list[str] | None = None


class MusicVideoCopyrightField(GraphEnum):
    """Fields of MusicVideoCopyright to ask for with `fields=`."""

    creation_time = "creation_time"
    displayed_matches_count = "displayed_matches_count"
    id = "id"
    in_conflict = "in_conflict"
    isrc = "isrc"
    match_rule = "match_rule"
    ownership_countries = "ownership_countries"
    reference_file_status = "reference_file_status"
    ridge_monitoring_status = "ridge_monitoring_status"
    update_time = "update_time"
    video_asset = "video_asset"
    whitelisted_fb_users = "whitelisted_fb_users"
    whitelisted_ig_users = "whitelisted_ig_users"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
MusicVideoCopyrightFieldLiteral = Literal[
    "creation_time",
    "displayed_matches_count",
    "id",
    "in_conflict",
    "isrc",
    "match_rule",
    "ownership_countries",
    "reference_file_status",
    "ridge_monitoring_status",
    "update_time",
    "video_asset",
    "whitelisted_fb_users",
    "whitelisted_ig_users",
]
