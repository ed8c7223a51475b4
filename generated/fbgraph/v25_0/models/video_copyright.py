"""VideoCopyright and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import (
    CopyrightReferenceContainer,
    User,
    VideoCopyrightGeoGate,
    VideoCopyrightRule,
    VideoCopyrightSegment,
)
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class VideoCopyright(GraphModel):
    content_category: str | None = None
    content_protect_protection_disabled_reason: str | None = None
    copyright_content_id: str | None = None
    creator: User | None = None
    disable_protection_by_content_protect_status: bool | None = None
    excluded_ownership_segments: list[VideoCopyrightSegment] | None = None
    id: str
    in_conflict: bool | None = None
    monitoring_status: str | None = None
    monitoring_type: str | None = None
    ownership_countries: VideoCopyrightGeoGate | None = None
    reference_file: CopyrightReferenceContainer | None = None
    reference_file_disabled: bool | None = None
    reference_file_disabled_by_ops: bool | None = None
    reference_owner_id: str | None = None
    rule_ids: list[VideoCopyrightRule] | None = None
    tags: list[str] | None = None
    whitelisted_ids: list[str] | None = None


class VideoCopyrightField(GraphEnum):
    """Fields of VideoCopyright to ask for with `fields=`."""

    content_category = "content_category"
    content_protect_protection_disabled_reason = "content_protect_protection_disabled_reason"
    copyright_content_id = "copyright_content_id"
    creator = "creator"
    disable_protection_by_content_protect_status = "disable_protection_by_content_protect_status"
    excluded_ownership_segments = "excluded_ownership_segments"
    id = "id"
    in_conflict = "in_conflict"
    monitoring_status = "monitoring_status"
    monitoring_type = "monitoring_type"
    ownership_countries = "ownership_countries"
    reference_file = "reference_file"
    reference_file_disabled = "reference_file_disabled"
    reference_file_disabled_by_ops = "reference_file_disabled_by_ops"
    reference_owner_id = "reference_owner_id"
    rule_ids = "rule_ids"
    tags = "tags"
    whitelisted_ids = "whitelisted_ids"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
VideoCopyrightFieldLiteral = Literal[
    "content_category",
    "content_protect_protection_disabled_reason",
    "copyright_content_id",
    "creator",
    "disable_protection_by_content_protect_status",
    "excluded_ownership_segments",
    "id",
    "in_conflict",
    "monitoring_status",
    "monitoring_type",
    "ownership_countries",
    "reference_file",
    "reference_file_disabled",
    "reference_file_disabled_by_ops",
    "reference_owner_id",
    "rule_ids",
    "tags",
    "whitelisted_ids",
]
