"""Profile and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from enum import StrEnum
from fbgraph.v25_0.models._refs import ProfilePictureSource
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict


class Profile(GraphModel):
    can_post: bool | None = None
    id: str
    link: str | None = None
    name: str | None = None
    pic: str | None = None
    pic_crop: ProfilePictureSource | None = None
    pic_large: str | None = None
    pic_small: str | None = None
    pic_square: str | None = None
    profile_type: ProfileProfileType | None = None
    username: str | None = None


class ProfileField(GraphEnum):
    """
    Fields of Profile to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    can_post = "can_post"
    id = "id"
    link = "link"
    name_ = "name"
    pic = "pic"
    pic_crop = "pic_crop"
    pic_large = "pic_large"
    pic_small = "pic_small"
    pic_square = "pic_square"
    profile_type = "profile_type"
    username = "username"


class ProfileProfileType(GraphEnum):
    application = "application"
    event = "event"
    group = "group"
    page = "page"
    user = "user"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
ProfileProfileTypeLiteral = Literal[
    "application",
    "event",
    "group",
    "page",
    "user",
]
ProfileFieldLiteral = Literal[
    "can_post",
    "id",
    "link",
    "name",
    "pic",
    "pic_crop",
    "pic_large",
    "pic_small",
    "pic_square",
    "profile_type",
    "username",
]
