"""WindowsPhoneAppLink and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class WindowsPhoneAppLink(GraphModel):
    app_id: str | None = None
    app_name: str | None = None
    url: str | None = None


class WindowsPhoneAppLinkField(GraphEnum):
    """Fields of WindowsPhoneAppLink to ask for with `fields=`."""

    app_id = "app_id"
    app_name = "app_name"
    url = "url"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
WindowsPhoneAppLinkFieldLiteral = Literal[
    "app_id",
    "app_name",
    "url",
]
