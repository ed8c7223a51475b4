"""AppData and the types that belong to it (Graph API v25.0).

App and device information of an app event.

Fields: partial. Source: Conversions API reference, App Data Parameters.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from fbgraph._runtime.request_models import RequestModel
from enum import StrEnum


class AppData(RequestModel):
    """App and device information of an app event."""

    advertiser_tracking_enabled: bool | None = None
    """Whether the user allows ad tracking."""
    application_tracking_enabled: bool | None = None
    """Whether the app allows tracking."""
    extinfo: list[str] | None = None
    """The 16 extended device fields, in order, version first."""
    campaign_ids: str | None = None
    """The campaign ids from the install referrer."""
    install_referrer: str | None = None
    """The install referrer."""
    installer_package: str | None = None
    """The installer package."""
    url_schemes: list[str] | None = None
    """The URL schemes of the app."""
    windows_attribution_id: str | None = None
    """The Windows attribution id."""


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
