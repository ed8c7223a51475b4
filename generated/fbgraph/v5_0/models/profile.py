"""Profile and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from enum import StrEnum
from fbgraph.v5_0.models._refs import ProfilePictureSource
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
    """Fields of Profile to ask for with `fields=`."""

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
