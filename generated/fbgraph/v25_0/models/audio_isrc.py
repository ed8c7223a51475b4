"""AudioIsrc and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Any
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class AudioIsrc(GraphModel):
    all_kg_featured_artists: str | None = None
    all_kg_main_artists: str | None = None
    artist_profile_picture_url: str | None = None
    id: str
    isrc: str | None = None
    publishing_rights_data: dict[str, Any] | None = None
    top_searchable_artist_id: str | None = None
    top_searchable_artist_name: str | None = None
    top_searchable_artist_profile_pic_url: str | None = None


class AudioIsrcField(GraphEnum):
    """Fields of AudioIsrc to ask for with `fields=`."""

    all_kg_featured_artists = "all_kg_featured_artists"
    all_kg_main_artists = "all_kg_main_artists"
    artist_profile_picture_url = "artist_profile_picture_url"
    id = "id"
    isrc = "isrc"
    publishing_rights_data = "publishing_rights_data"
    top_searchable_artist_id = "top_searchable_artist_id"
    top_searchable_artist_name = "top_searchable_artist_name"
    top_searchable_artist_profile_pic_url = "top_searchable_artist_profile_pic_url"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AudioIsrcFieldLiteral = Literal[
    "all_kg_featured_artists",
    "all_kg_main_artists",
    "artist_profile_picture_url",
    "id",
    "isrc",
    "publishing_rights_data",
    "top_searchable_artist_id",
    "top_searchable_artist_name",
    "top_searchable_artist_profile_pic_url",
]
