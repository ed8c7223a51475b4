"""Business and the types that belong to it (Graph API v5.0).

A business in Business Manager.

Fields: documented. Source: Meta's facebook-business Python SDK 5.0.3, generated for API v5.0 (adobjects/adspixel.py and the classes it returns).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Annotated, Any
from pydantic import ConfigDict, Field
from datetime import datetime
from fbgraph.v5_0.models._refs import PageNode
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class Business(GraphModel):
    """
    A business in Business Manager.

    Attributes:
        id: The business account ID.
        name: The name of the business.
        created_time: The time the business was created.
        is_hidden: Whether the business is hidden.
        link: URI for the business profile page.
        profile_picture_uri: The profile picture URI of the business.
        timezone_id: The timezone of the business.
        two_factor_type: The two-factor authentication type the business requires.
        updated_time: The last time the business was updated.
        verification_status: Verification status of the business.
        vertical: The vertical industry the business is in.
    """

    id: Annotated[str, Field(description="The business account ID.")]
    name: Annotated[str | None, Field(description="The name of the business.")] = None
    created_time: Annotated[
        datetime | None, Field(description="The time the business was created.")
    ] = None
    is_hidden: Annotated[bool | None, Field(description="Whether the business is hidden.")] = None
    link: Annotated[str | None, Field(description="URI for the business profile page.")] = None
    profile_picture_uri: Annotated[
        str | None, Field(description="The profile picture URI of the business.")
    ] = None
    timezone_id: Annotated[int | None, Field(description="The timezone of the business.")] = None
    two_factor_type: Annotated[
        str | None, Field(description="The two-factor authentication type the business requires.")
    ] = None
    updated_time: Annotated[
        datetime | None, Field(description="The last time the business was updated.")
    ] = None
    verification_status: Annotated[
        str | None, Field(description="Verification status of the business.")
    ] = None
    vertical: Annotated[
        str | None, Field(description="The vertical industry the business is in.")
    ] = None
    block_offline_analytics: bool | None = None
    created_by: dict[str, Any] | None = None
    extended_updated_time: datetime | None = None
    is_instagram_enabled_in_fb_analytics: bool | None = None
    payment_account_id: str | None = None
    primary_page: PageNode | None = None
    updated_by: dict[str, Any] | None = None
    vertical_id: int | None = None


class BusinessField(GraphEnum):
    """
    Fields of Business to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

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


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
BusinessFieldLiteral = Literal[
    "id",
    "name",
    "created_time",
    "is_hidden",
    "link",
    "profile_picture_uri",
    "timezone_id",
    "two_factor_type",
    "updated_time",
    "verification_status",
    "vertical",
    "block_offline_analytics",
    "created_by",
    "extended_updated_time",
    "is_instagram_enabled_in_fb_analytics",
    "payment_account_id",
    "primary_page",
    "updated_by",
    "vertical_id",
]
