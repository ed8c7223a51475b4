"""Business and the types that belong to it (Graph API v5.0).

A business in Business Manager.

Fields: documented. Source: Meta's facebook-business Python SDK 5.0.3, generated for API v5.0 (adobjects/adspixel.py and the classes it returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from datetime import datetime
from typing import Any
from fbgraph.v5_0.models._refs import PageNode
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class Business(GraphModel):
    """A business in Business Manager."""

    id: str
    """The business account ID."""
    name: str | None = None
    """The name of the business."""
    created_time: datetime | None = None
    """The time the business was created."""
    is_hidden: bool | None = None
    """Whether the business is hidden."""
    link: str | None = None
    """URI for the business profile page."""
    profile_picture_uri: str | None = None
    """The profile picture URI of the business."""
    timezone_id: int | None = None
    """The timezone of the business."""
    two_factor_type: str | None = None
    """The two-factor authentication type the business requires."""
    updated_time: datetime | None = None
    """The last time the business was updated."""
    verification_status: str | None = None
    """Verification status of the business."""
    vertical: str | None = None
    """The vertical industry the business is in."""
    block_offline_analytics: bool | None = None
    created_by: dict[str, Any] | None = None
    extended_updated_time: datetime | None = None
    is_instagram_enabled_in_fb_analytics: bool | None = None
    payment_account_id: str | None = None
    primary_page: PageNode | None = None
    updated_by: dict[str, Any] | None = None
    vertical_id: int | None = None


class BusinessField(GraphEnum):
    """Fields of Business to ask for with `fields=`."""

    id = "id"
    name_ = "name"
    created_time = "created_time"
    is_hidden = "is_hidden"
    link = "link"
    profile_picture_uri = "profile_picture_uri"
    timezone_id = "timezone_id"
    two_factor_type = "two_factor_type"
    updated_time = "updated_time"
    verification_status = "verification_status"
    vertical = "vertical"
    block_offline_analytics = "block_offline_analytics"
    created_by = "created_by"
    extended_updated_time = "extended_updated_time"
    is_instagram_enabled_in_fb_analytics = "is_instagram_enabled_in_fb_analytics"
    payment_account_id = "payment_account_id"
    primary_page = "primary_page"
    updated_by = "updated_by"
    vertical_id = "vertical_id"
