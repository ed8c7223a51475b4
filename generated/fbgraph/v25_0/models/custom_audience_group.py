"""CustomAudienceGroup and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class CustomAudienceGroup(GraphModel):
    audience_type_param_name: str | None = None
    existing_customer_tag: str | None = None
    new_customer_tag: str | None = None


class CustomAudienceGroupField(GraphEnum):
    """Fields of CustomAudienceGroup to ask for with `fields=`."""

    audience_type_param_name = "audience_type_param_name"
    existing_customer_tag = "existing_customer_tag"
    new_customer_tag = "new_customer_tag"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
CustomAudienceGroupFieldLiteral = Literal[
    "audience_type_param_name",
    "existing_customer_tag",
    "new_customer_tag",
]
