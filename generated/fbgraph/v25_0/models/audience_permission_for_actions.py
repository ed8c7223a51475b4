"""AudiencePermissionForActions and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AudiencePermissionForActions(GraphModel):
    can_edit: bool | None = None
    can_see_insight: bool | None = None
    can_share: bool | None = None
    subtype_supports_lookalike: bool | None = None
    supports_recipient_lookalike: bool | None = None


class AudiencePermissionForActionsField(GraphEnum):
    """Fields of AudiencePermissionForActions to ask for with `fields=`."""

    can_edit = "can_edit"
    can_see_insight = "can_see_insight"
    can_share = "can_share"
    subtype_supports_lookalike = "subtype_supports_lookalike"
    supports_recipient_lookalike = "supports_recipient_lookalike"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AudiencePermissionForActionsFieldLiteral = Literal[
    "can_edit",
    "can_see_insight",
    "can_share",
    "subtype_supports_lookalike",
    "supports_recipient_lookalike",
]
