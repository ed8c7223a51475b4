"""AppData and the types that belong to it (Graph API v25.0).

App and device information of an app event.

Fields: partial. Source: Conversions API reference, App Data Parameters.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from typing import Annotated
from pydantic import Field
from fbgraph._runtime.request_models import RequestModel
from enum import StrEnum


class AppData(RequestModel):
    """
    App and device information of an app event.

    Attributes:
        advertiser_tracking_enabled: Whether the user allows ad tracking.
        application_tracking_enabled: Whether the app allows tracking.
        extinfo: The 16 extended device fields, in order, version first.
        campaign_ids: The campaign ids from the install referrer.
        install_referrer: The install referrer.
        installer_package: The installer package.
        url_schemes: The URL schemes of the app.
        windows_attribution_id: The Windows attribution id.
    """

    advertiser_tracking_enabled: Annotated[
        bool | None, Field(description="Whether the user allows ad tracking.")
    ] = None
    application_tracking_enabled: Annotated[
        bool | None, Field(description="Whether the app allows tracking.")
    ] = None
    extinfo: Annotated[
        list[str] | None,
        Field(description="The 16 extended device fields, in order, version first."),
    ] = None
    campaign_ids: Annotated[
        str | None, Field(description="The campaign ids from the install referrer.")
    ] = None
    install_referrer: Annotated[str | None, Field(description="The install referrer.")] = None
    installer_package: Annotated[str | None, Field(description="The installer package.")] = None
    url_schemes: Annotated[list[str] | None, Field(description="The URL schemes of the app.")] = (
        None
    )
    windows_attribution_id: Annotated[
        str | None, Field(description="The Windows attribution id.")
    ] = None


class AppDataField(GraphEnum):
    """Fields of AppData to ask for with `fields=`."""

    advertiser_tracking_enabled = "advertiser_tracking_enabled"
    application_tracking_enabled = "application_tracking_enabled"
    extinfo = "extinfo"
    campaign_ids = "campaign_ids"
    install_referrer = "install_referrer"
    installer_package = "installer_package"
    url_schemes = "url_schemes"
    windows_attribution_id = "windows_attribution_id"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AppDataFieldLiteral = Literal[
    "advertiser_tracking_enabled",
    "application_tracking_enabled",
    "extinfo",
    "campaign_ids",
    "install_referrer",
    "installer_package",
    "url_schemes",
    "windows_attribution_id",
]
