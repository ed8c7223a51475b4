"""TargetingDynamicRule and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Annotated
from pydantic import Field
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class TargetingDynamicRule(GraphModel):
    action_type: Annotated[str | None, Field(alias="action.type")] = None
    ad_group_id: str | None = None
    campaign_group_id: str | None = None
    campaign_id: str | None = None
    impression_count: str | None = None
    page_id: str | None = None
    post: str | None = None
    retention_seconds: str | None = None


class TargetingDynamicRuleField(GraphEnum):
    """
    Fields of TargetingDynamicRule to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``action_type`` is 'action.type'. Calls also take the value as a string.
    """

    action_type = "action.type"
    ad_group_id = "ad_group_id"
    campaign_group_id = "campaign_group_id"
    campaign_id = "campaign_id"
    impression_count = "impression_count"
    page_id = "page_id"
    post = "post"
    retention_seconds = "retention_seconds"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
TargetingDynamicRuleFieldLiteral = Literal[
    "action.type",
    "ad_group_id",
    "campaign_group_id",
    "campaign_id",
    "impression_count",
    "page_id",
    "post",
    "retention_seconds",
]
