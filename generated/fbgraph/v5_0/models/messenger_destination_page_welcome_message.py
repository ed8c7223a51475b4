"""MessengerDestinationPageWelcomeMessage and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class MessengerDestinationPageWelcomeMessage(GraphModel):
    id: str
    page_welcome_message_body: str | None = None
    page_welcome_message_type: str | None = None
    template_name: str | None = None
    time_created: datetime | None = None
    time_last_used: datetime | None = None


class MessengerDestinationPageWelcomeMessageField(GraphEnum):
    """Fields of MessengerDestinationPageWelcomeMessage to ask for with `fields=`."""

    id = "id"
    page_welcome_message_body = "page_welcome_message_body"
    page_welcome_message_type = "page_welcome_message_type"
    template_name = "template_name"
    time_created = "time_created"
    time_last_used = "time_last_used"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
MessengerDestinationPageWelcomeMessageFieldLiteral = Literal[
    "id",
    "page_welcome_message_body",
    "page_welcome_message_type",
    "template_name",
    "time_created",
    "time_last_used",
]
