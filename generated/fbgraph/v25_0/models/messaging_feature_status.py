"""MessagingFeatureStatus and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class MessagingFeatureStatus(GraphModel):
    hop_v2: bool | None = None
    ig_multi_app: bool | None = None
    msgr_multi_app: bool | None = None


class MessagingFeatureStatusField(GraphEnum):
    """Fields of MessagingFeatureStatus to ask for with `fields=`."""

    hop_v2 = "hop_v2"
    ig_multi_app = "ig_multi_app"
    msgr_multi_app = "msgr_multi_app"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
MessagingFeatureStatusFieldLiteral = Literal[
    "hop_v2",
    "ig_multi_app",
    "msgr_multi_app",
]
