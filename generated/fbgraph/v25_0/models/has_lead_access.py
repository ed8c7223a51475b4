"""HasLeadAccess and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class HasLeadAccess(GraphModel):
    app_has_leads_permission: bool | None = None
    can_access_lead: bool | None = None
    enabled_lead_access_manager: bool | None = None
    failure_reason: str | None = None
    failure_resolution: str | None = None
    is_page_admin: bool | None = None
    page_id: str | None = None
    user_has_leads_permission: bool | None = None
    user_id: str | None = None


class HasLeadAccessField(GraphEnum):
    """Fields of HasLeadAccess to ask for with `fields=`."""

    app_has_leads_permission = "app_has_leads_permission"
    can_access_lead = "can_access_lead"
    enabled_lead_access_manager = "enabled_lead_access_manager"
    failure_reason = "failure_reason"
    failure_resolution = "failure_resolution"
    is_page_admin = "is_page_admin"
    page_id = "page_id"
    user_has_leads_permission = "user_has_leads_permission"
    user_id = "user_id"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
HasLeadAccessFieldLiteral = Literal[
    "app_has_leads_permission",
    "can_access_lead",
    "enabled_lead_access_manager",
    "failure_reason",
    "failure_resolution",
    "is_page_admin",
    "page_id",
    "user_has_leads_permission",
    "user_id",
]
