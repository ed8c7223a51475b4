"""VoipInfo and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class VoipInfo(GraphModel):
    has_mobile_app: bool | None = None
    has_permission: bool | None = None
    is_callable: bool | None = None
    is_callable_webrtc: bool | None = None
    is_pushable: bool | None = None
    reason_code: int | None = None
    reason_description: str | None = None


class VoipInfoField(GraphEnum):
    """Fields of VoipInfo to ask for with `fields=`."""

    has_mobile_app = "has_mobile_app"
    has_permission = "has_permission"
    is_callable = "is_callable"
    is_callable_webrtc = "is_callable_webrtc"
    is_pushable = "is_pushable"
    reason_code = "reason_code"
    reason_description = "reason_description"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
VoipInfoFieldLiteral = Literal[
    "has_mobile_app",
    "has_permission",
    "is_callable",
    "is_callable_webrtc",
    "is_pushable",
    "reason_code",
    "reason_description",
]
