"""IGUser and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import Business, IGComment, IGMedia
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class IGUser(GraphModel):
    biography: str | None = None
    business_discovery: IGUser | None = None
    followers_count: int | None = None
    follows_count: int | None = None
    has_profile_pic: bool | None = None
    id: str
    ig_id: int | None = None
    is_published: bool | None = None
    legacy_instagram_user_id: str | None = None
    media_count: int | None = None
    mentioned_comment: IGComment | None = None
    mentioned_media: IGMedia | None = None
    name: str | None = None
    owner_business: Business | None = None
    profile_picture_url: str | None = None
    shopping_product_tag_eligibility: bool | None = None
    shopping_review_status: str | None = None
    username: str | None = None
    website: str | None = None


class IGUserField(GraphEnum):
    """
    Fields of IGUser to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    biography = "biography"
    business_discovery = "business_discovery"
    followers_count = "followers_count"
    follows_count = "follows_count"
    has_profile_pic = "has_profile_pic"
    id = "id"
    ig_id = "ig_id"
    is_published = "is_published"
    legacy_instagram_user_id = "legacy_instagram_user_id"
    media_count = "media_count"
    mentioned_comment = "mentioned_comment"
    mentioned_media = "mentioned_media"
    name_ = "name"
    owner_business = "owner_business"
    profile_picture_url = "profile_picture_url"
    shopping_product_tag_eligibility = "shopping_product_tag_eligibility"
    shopping_review_status = "shopping_review_status"
    username = "username"
    website = "website"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
IGUserFieldLiteral = Literal[
    "biography",
    "business_discovery",
    "followers_count",
    "follows_count",
    "has_profile_pic",
    "id",
    "ig_id",
    "is_published",
    "legacy_instagram_user_id",
    "media_count",
    "mentioned_comment",
    "mentioned_media",
    "name",
    "owner_business",
    "profile_picture_url",
    "shopping_product_tag_eligibility",
    "shopping_review_status",
    "username",
    "website",
]
