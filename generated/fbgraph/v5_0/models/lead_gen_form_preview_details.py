"""LeadGenFormPreviewDetails and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Any
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class LeadGenFormPreviewDetails(GraphModel):
    call_to_action_title: str | None = None
    default_appointment_scheduling_inline_context: str | None = None
    default_thank_you_page: dict[str, Any] | None = None
    edit_text: str | None = None
    email_inline_context_text: str | None = None
    next_button_text: str | None = None
    personal_info_text: str | None = None
    phone_number_inline_context_text: str | None = None
    review_your_info_text: str | None = None
    secure_sharing_text: str | None = None
    slide_to_submit_text: str | None = None
    submit_button_text: str | None = None


class LeadGenFormPreviewDetailsField(GraphEnum):
    """Fields of LeadGenFormPreviewDetails to ask for with `fields=`."""

    call_to_action_title = "call_to_action_title"
    default_appointment_scheduling_inline_context = "default_appointment_scheduling_inline_context"
    default_thank_you_page = "default_thank_you_page"
    edit_text = "edit_text"
    email_inline_context_text = "email_inline_context_text"
    next_button_text = "next_button_text"
    personal_info_text = "personal_info_text"
    phone_number_inline_context_text = "phone_number_inline_context_text"
    review_your_info_text = "review_your_info_text"
    secure_sharing_text = "secure_sharing_text"
    slide_to_submit_text = "slide_to_submit_text"
    submit_button_text = "submit_button_text"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
LeadGenFormPreviewDetailsFieldLiteral = Literal[
    "call_to_action_title",
    "default_appointment_scheduling_inline_context",
    "default_thank_you_page",
    "edit_text",
    "email_inline_context_text",
    "next_button_text",
    "personal_info_text",
    "phone_number_inline_context_text",
    "review_your_info_text",
    "secure_sharing_text",
    "slide_to_submit_text",
    "submit_button_text",
]
