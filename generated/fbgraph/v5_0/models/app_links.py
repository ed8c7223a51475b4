"""AppLinks and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v5_0.models._refs import (
    AndroidAppLink,
    IosAppLink,
    WebAppLink,
    WindowsAppLink,
    WindowsPhoneAppLink,
)
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class AppLinks(GraphModel):
    android: list[AndroidAppLink] | None = None
    id: str
    ios: list[IosAppLink] | None = None
    ipad: list[IosAppLink] | None = None
    iphone: list[IosAppLink] | None = None
    web: WebAppLink | None = None
    windows: list[WindowsAppLink] | None = None
    windows_phone: list[WindowsPhoneAppLink] | None = None
    windows_universal: list[WindowsAppLink] | None = None


class AppLinksField(GraphEnum):
    """Fields of AppLinks to ask for with `fields=`."""

    android = "android"
    id = "id"
    ios = "ios"
    ipad = "ipad"
    iphone = "iphone"
    web = "web"
    windows = "windows"
    windows_phone = "windows_phone"
    windows_universal = "windows_universal"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AppLinksFieldLiteral = Literal[
    "android",
    "id",
    "ios",
    "ipad",
    "iphone",
    "web",
    "windows",
    "windows_phone",
    "windows_universal",
]
