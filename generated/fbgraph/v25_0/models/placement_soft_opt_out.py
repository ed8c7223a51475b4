"""PlacementSoftOptOut and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class PlacementSoftOptOut(GraphModel):
    audience_network_positions: list[str] | None = None
    facebook_positions: list[str] | None = None
    instagram_positions: list[str] | None = None
    messenger_positions: list[str] | None = None
    oculus_positions: list[str] | None = None
    threads_positions: list[str] | None = None
    whatsapp_positions: list[str] | None = None


class PlacementSoftOptOutField(GraphEnum):
    """Fields of PlacementSoftOptOut to ask for with `fields=`."""

    audience_network_positions = "audience_network_positions"
    facebook_positions = "facebook_positions"
    instagram_positions = "instagram_positions"
    messenger_positions = "messenger_positions"
    oculus_positions = "oculus_positions"
    threads_positions = "threads_positions"
    whatsapp_positions = "whatsapp_positions"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
PlacementSoftOptOutFieldLiteral = Literal[
    "audience_network_positions",
    "facebook_positions",
    "instagram_positions",
    "messenger_positions",
    "oculus_positions",
    "threads_positions",
    "whatsapp_positions",
]
