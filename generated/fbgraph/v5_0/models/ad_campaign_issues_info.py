"""AdCampaignIssuesInfo and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AdCampaignIssuesInfo(GraphModel):
    error_code: int | None = None
    error_message: str | None = None
    error_summary: str | None = None
    error_type: str | None = None
    level: str | None = None


class AdCampaignIssuesInfoField(GraphEnum):
    """Fields of AdCampaignIssuesInfo to ask for with `fields=`."""

    error_code = "error_code"
    error_message = "error_message"
    error_summary = "error_summary"
    error_type = "error_type"
    level = "level"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdCampaignIssuesInfoFieldLiteral = Literal[
    "error_code",
    "error_message",
    "error_summary",
    "error_type",
    "level",
]
