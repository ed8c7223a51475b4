"""CopyrightReferenceContainer and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from datetime import datetime
from typing import Any
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class CopyrightReferenceContainer(GraphModel):
    content_type: str | None = None
    copyright_creation_time: datetime | None = None
    download_hd_url: str | None = None
    duration_in_sec: float | None = None
    id: str
    iswc: str | None = None
    metadata: dict[str, Any] | None = None
    playable_video_uri: str | None = None
    published_time: datetime | None = None
    thumbnail_url: str | None = None
    title: str | None = None
    universal_content_id: str | None = None
    writer_names: list[str] | None = None


class CopyrightReferenceContainerField(GraphEnum):
    """
    Fields of CopyrightReferenceContainer to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``title_`` is 'title'. Calls also take the value as a string.
    """

    content_type = "content_type"
    copyright_creation_time = "copyright_creation_time"
    download_hd_url = "download_hd_url"
    duration_in_sec = "duration_in_sec"
    id = "id"
    iswc = "iswc"
    metadata = "metadata"
    playable_video_uri = "playable_video_uri"
    published_time = "published_time"
    thumbnail_url = "thumbnail_url"
    title_ = "title"
    universal_content_id = "universal_content_id"
    writer_names = "writer_names"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
CopyrightReferenceContainerFieldLiteral = Literal[
    "content_type",
    "copyright_creation_time",
    "download_hd_url",
    "duration_in_sec",
    "id",
    "iswc",
    "metadata",
    "playable_video_uri",
    "published_time",
    "thumbnail_url",
    "title",
    "universal_content_id",
    "writer_names",
]
