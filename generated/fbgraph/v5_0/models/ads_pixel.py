"""AdsPixel and the types that belong to it (Graph API v5.0).

A Facebook pixel: a small piece of JavaScript code that an advertiser places on every page of their website. It sends user-specific events and event-specific custom data to Facebook, captures intent information about how people use the website, and is used to create website custom audiences.

Fields: documented. Source: AdsPixel reference page, Graph API v5.0 (scraped copy; the edge table and some type lines are garbled).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from fbgraph._runtime.models import GraphModel
from enum import StrEnum
from datetime import datetime
from fbgraph.v5_0.models._refs import AdAccount, Business, User
from pydantic import ConfigDict


class AdsPixel(GraphModel):
    """A Facebook pixel: a small piece of JavaScript code that an advertiser places on every page of their website. It sends user-specific events and event-specific custom data to Facebook, captures intent information about how people use the website, and is used to create website custom audiences."""

    id: str
    """ID of the pixel"""
    automatic_matching_fields: list[AdsPixelAutomaticMatchingFields] | None = None
    """Advanced matching fields which are enabled for automatic advanced matching"""
    can_proxy: bool | None = None
    code: str | None = None
    """Pixel code to be placed on the website"""
    creation_time: datetime | None = None
    """Time at which the pixel was created"""
    creator: User | None = None
    """The user who created this pixel"""
    data_use_setting: AdsPixelDataUseSetting | None = None
    """Setting to capture how pixel data should be used"""
    enable_automatic_matching: bool | None = None
    """Represents whether automatic advanced matching is enabled for the pixel for identity matching purposes"""
    first_party_cookie_status: AdsPixelFirstPartyCookieStatus | None = None
    """First party cookie status to indicate whether first party cookies can be set for this pixel"""
    is_created_by_business: bool | None = None
    """Flag stands for if a pixel is created by busines"""
    is_unavailable: bool | None = None
    """Whether this pixel is unavailable"""
    last_fired_time: datetime | None = None
    """Time at which the pixel was last fired"""
    name: str | None = None
    """Name of the pixel"""
    owner_ad_account: AdAccount | None = None
    """Ad Account that owns this pixel"""
    owner_business: Business | None = None
    """ID of the business that owns this pixel or null if the pixel has not been claimed by any business yet."""


class AdsPixelAutomaticMatchingFields(GraphEnum):
    """Customer-information keys that automatic advanced matching can use."""

    em = "em"
    fn = "fn"
    ln = "ln"
    ph = "ph"
    ge = "ge"
    zp = "zp"
    ct = "ct"
    st = "st"


class AdsPixelCreateAssignedUserResult(GraphModel):
    success: bool | None = None


class AdsPixelCreateAssignedUserResultField(GraphEnum):
    """Fields of AdsPixelCreateAssignedUserResult to ask for with `fields=`."""

    success = "success"


class AdsPixelCreateEventResult(GraphModel):
    events_received: int | None = None
    messages: list[str] | None = None
    fbtrace_id: str | None = None


class AdsPixelCreateEventResultField(GraphEnum):
    """Fields of AdsPixelCreateEventResult to ask for with `fields=`."""

    events_received = "events_received"
    messages = "messages"
    fbtrace_id = "fbtrace_id"


class AdsPixelCreateSharedAccountResult(GraphModel):
    success: bool | None = None


class AdsPixelCreateSharedAccountResultField(GraphEnum):
    """Fields of AdsPixelCreateSharedAccountResult to ask for with `fields=`."""

    success = "success"


class AdsPixelDataUseSetting(GraphEnum):
    """How pixel data may be used."""

    EMPTY = "EMPTY"
    ADVERTISING_AND_ANALYTICS = "ADVERTISING_AND_ANALYTICS"
    ANALYTICS_ONLY = "ANALYTICS_ONLY"


class AdsPixelDeleteAssignedUsersResult(GraphModel):
    success: bool | None = None


class AdsPixelDeleteAssignedUsersResultField(GraphEnum):
    """Fields of AdsPixelDeleteAssignedUsersResult to ask for with `fields=`."""

    success = "success"


class AdsPixelDeleteSharedAccountsResult(GraphModel):
    success: bool | None = None


class AdsPixelDeleteSharedAccountsResultField(GraphEnum):
    """Fields of AdsPixelDeleteSharedAccountsResult to ask for with `fields=`."""

    success = "success"


class AdsPixelField(GraphEnum):
    """Fields of AdsPixel to ask for with `fields=`."""

    id = "id"
    automatic_matching_fields = "automatic_matching_fields"
    can_proxy = "can_proxy"
    code = "code"
    creation_time = "creation_time"
    creator = "creator"
    data_use_setting = "data_use_setting"
    enable_automatic_matching = "enable_automatic_matching"
    first_party_cookie_status = "first_party_cookie_status"
    is_created_by_business = "is_created_by_business"
    is_unavailable = "is_unavailable"
    last_fired_time = "last_fired_time"
    name_ = "name"
    owner_ad_account = "owner_ad_account"
    owner_business = "owner_business"


class AdsPixelFirstPartyCookieStatus(GraphEnum):
    """Whether first-party cookies can be set for the pixel."""

    EMPTY = "EMPTY"
    FIRST_PARTY_COOKIE_ENABLED = "FIRST_PARTY_COOKIE_ENABLED"
    FIRST_PARTY_COOKIE_DISABLED = "FIRST_PARTY_COOKIE_DISABLED"


class AdsPixelTasks(GraphEnum):
    """Tasks a business user can be given on the pixel."""

    ANALYZE = "ANALYZE"
    EDIT = "EDIT"


class CreateAdsPixelResult(GraphModel):
    id: str | None = None


class CreateAdsPixelResultField(GraphEnum):
    """Fields of CreateAdsPixelResult to ask for with `fields=`."""

    id = "id"


class CreateBusinessAdsPixelResult(GraphModel):
    id: str | None = None


class CreateBusinessAdsPixelResultField(GraphEnum):
    """Fields of CreateBusinessAdsPixelResult to ask for with `fields=`."""

    id = "id"


class UpdateAdsPixelResult(GraphModel):
    success: bool | None = None


class UpdateAdsPixelResultField(GraphEnum):
    """Fields of UpdateAdsPixelResult to ask for with `fields=`."""

    success = "success"
