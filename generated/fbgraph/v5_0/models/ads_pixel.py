"""AdsPixel and the types that belong to it (Graph API v5.0).

A Facebook pixel: a small piece of JavaScript code that an advertiser places on every page of their website. It sends user-specific events and event-specific custom data to Facebook, captures intent information about how people use the website, and is used to create website custom audiences.

Fields: documented. Source: AdsPixel reference page, Graph API v5.0 (scraped copy; the edge table and some type lines are garbled).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph._runtime.models import GraphModel
from enum import StrEnum
from typing import Annotated
from pydantic import ConfigDict, Field
from datetime import datetime
from fbgraph.v5_0.models._refs import AdAccount, Business, User


class AdsPixel(GraphModel):
    """
    A Facebook pixel: a small piece of JavaScript code that an advertiser places on every page of their website. It sends user-specific events and event-specific custom data to Facebook, captures intent information about how people use the website, and is used to create website custom audiences.

    Attributes:
        id: ID of the pixel
        automatic_matching_fields: Advanced matching fields which are enabled for automatic advanced matching
        code: Pixel code to be placed on the website
        creation_time: Time at which the pixel was created
        creator: The user who created this pixel
        data_use_setting: Setting to capture how pixel data should be used
        enable_automatic_matching: Represents whether automatic advanced matching is enabled for the pixel for identity matching purposes
        first_party_cookie_status: First party cookie status to indicate whether first party cookies can be set for this pixel
        is_created_by_business: Flag stands for if a pixel is created by busines
        is_unavailable: Whether this pixel is unavailable
        last_fired_time: Time at which the pixel was last fired
        name: Name of the pixel
        owner_ad_account: Ad Account that owns this pixel
        owner_business: ID of the business that owns this pixel or null if the pixel has not been claimed by any business yet.
    """

    id: Annotated[str, Field(description="ID of the pixel")]
    automatic_matching_fields: Annotated[
        list[AdsPixelAutomaticMatchingFields] | None,
        Field(
            description="Advanced matching fields which are enabled for automatic advanced matching"
        ),
    ] = None
    can_proxy: bool | None = None
    code: Annotated[str | None, Field(description="Pixel code to be placed on the website")] = None
    creation_time: Annotated[
        datetime | None, Field(description="Time at which the pixel was created")
    ] = None
    creator: Annotated[User | None, Field(description="The user who created this pixel")] = None
    data_use_setting: Annotated[
        AdsPixelDataUseSetting | None,
        Field(description="Setting to capture how pixel data should be used"),
    ] = None
    enable_automatic_matching: Annotated[
        bool | None,
        Field(
            description="Represents whether automatic advanced matching is enabled for the pixel for identity matching purposes"
        ),
    ] = None
    first_party_cookie_status: Annotated[
        AdsPixelFirstPartyCookieStatus | None,
        Field(
            description="First party cookie status to indicate whether first party cookies can be set for this pixel"
        ),
    ] = None
    is_created_by_business: Annotated[
        bool | None, Field(description="Flag stands for if a pixel is created by busines")
    ] = None
    is_unavailable: Annotated[
        bool | None, Field(description="Whether this pixel is unavailable")
    ] = None
    last_fired_time: Annotated[
        datetime | None, Field(description="Time at which the pixel was last fired")
    ] = None
    name: Annotated[str | None, Field(description="Name of the pixel")] = None
    owner_ad_account: Annotated[
        AdAccount | None, Field(description="Ad Account that owns this pixel")
    ] = None
    owner_business: Annotated[
        Business | None,
        Field(
            description="ID of the business that owns this pixel or null if the pixel has not been claimed by any business yet."
        ),
    ] = None


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
    """
    Fields of AdsPixel to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

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


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
AdsPixelAutomaticMatchingFieldsLiteral = Literal[
    "em",
    "fn",
    "ln",
    "ph",
    "ge",
    "zp",
    "ct",
    "st",
]
AdsPixelDataUseSettingLiteral = Literal[
    "EMPTY",
    "ADVERTISING_AND_ANALYTICS",
    "ANALYTICS_ONLY",
]
AdsPixelFirstPartyCookieStatusLiteral = Literal[
    "EMPTY",
    "FIRST_PARTY_COOKIE_ENABLED",
    "FIRST_PARTY_COOKIE_DISABLED",
]
AdsPixelTasksLiteral = Literal[
    "ANALYZE",
    "EDIT",
]
AdsPixelFieldLiteral = Literal[
    "id",
    "automatic_matching_fields",
    "can_proxy",
    "code",
    "creation_time",
    "creator",
    "data_use_setting",
    "enable_automatic_matching",
    "first_party_cookie_status",
    "is_created_by_business",
    "is_unavailable",
    "last_fired_time",
    "name",
    "owner_ad_account",
    "owner_business",
]
UpdateAdsPixelResultFieldLiteral = Literal["success",]
CreateAdsPixelResultFieldLiteral = Literal["id",]
CreateBusinessAdsPixelResultFieldLiteral = Literal["id",]
AdsPixelCreateAssignedUserResultFieldLiteral = Literal["success",]
AdsPixelDeleteAssignedUsersResultFieldLiteral = Literal["success",]
AdsPixelCreateEventResultFieldLiteral = Literal[
    "events_received",
    "messages",
    "fbtrace_id",
]
AdsPixelCreateSharedAccountResultFieldLiteral = Literal["success",]
AdsPixelDeleteSharedAccountsResultFieldLiteral = Literal["success",]
