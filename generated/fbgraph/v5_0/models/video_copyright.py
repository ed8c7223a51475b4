"""VideoCopyright and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v5_0.models._refs import (
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
    copyright_content_id: str | None = None
    creator: User | None = None
    excluded_ownership_segments: list[VideoCopyrightSegment] | None = None
    id: str
    in_conflict: bool | None = None
    monitoring_status: str | None = None
    monitoring_type: str | None = None
    ownership_countries: VideoCopyrightGeoGate | None = None
    reference_file: CopyrightReferenceContainer | None = None
    reference_file_disabled: bool | None = None
    reference_file_disabled_by_ops: bool | None = None
    reference_file_expired: bool | None = None
    reference_owner_id: str | None = None
    rule_ids: list[VideoCopyrightRule] | None = None
    whitelisted_ids: list[str] | None = None


class VideoCopyrightField(GraphEnum):
    """Fields of VideoCopyright to ask for with `fields=`."""

    content_category = "content_category"
    copyright_content_id = "copyright_content_id"
    creator = "creator"
    excluded_ownership_segments = "excluded_ownership_segments"
    id = "id"
    in_conflict = "in_conflict"
    monitoring_status = "monitoring_status"
    monitoring_type = "monitoring_type"
    ownership_countries = "ownership_countries"
    reference_file = "reference_file"
    reference_file_disabled = "reference_file_disabled"
    reference_file_disabled_by_ops = "reference_file_disabled_by_ops"
    reference_file_expired = "reference_file_expired"
    reference_owner_id = "reference_owner_id"
    rule_ids = "rule_ids"
    whitelisted_ids = "whitelisted_ids"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
VideoCopyrightFieldLiteral = Literal[
    "content_category",
    "copyright_content_id",
    "creator",
    "excluded_ownership_segments",
    "id",
    "in_conflict",
    "monitoring_status",
    "monitoring_type",
    "ownership_countries",
    "reference_file",
    "reference_file_disabled",
    "reference_file_disabled_by_ops",
    "reference_file_expired",
    "reference_owner_id",
    "rule_ids",
    "whitelisted_ids",
]
