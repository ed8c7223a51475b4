"""AdsPixel and the types that belong to it (Graph API v25.0).

A Facebook pixel: a small piece of JavaScript code that an advertiser places on every page of their website. It sends user-specific events and event-specific custom data to Facebook, captures intent information about how people use the website, and is used to create website custom audiences.

Fields: documented. Source: AdsPixel reference page, Graph API v25.0 (its example reads GET /v25.0/{ads-pixel-id}).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from pydantic import Tag
from fbgraph._runtime.models import keyed_union
from fbgraph._runtime.models import GraphModel
from fbgraph._runtime.request_models import RequestModel
from datetime import datetime
from enum import StrEnum
from typing import Annotated
from pydantic import ConfigDict, Field
from fbgraph.v25_0.models._refs import AdAccount, Business, OfflineConversionDataSetUsage, User


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
    config: str | None = None
    description: str | None = None
    duplicate_entries: int | None = None
    enable_auto_assign_to_accounts: bool | None = None
    event_stats: str | None = None
    event_time_max: int | None = None
    event_time_min: int | None = None
    has_1p_pixel_event: bool | None = None
    is_consolidated_container: bool | None = None
    is_crm: bool | None = None
    is_mta_use: bool | None = None
    is_restricted_use: bool | None = None
    last_upload_app: str | None = None
    last_upload_app_changed_time: int | None = None
    match_rate_approx: int | None = None
    matched_entries: int | None = None
    usage: OfflineConversionDataSetUsage | None = None
    user_access_expire_time: datetime | None = None
    valid_entries: int | None = None


class AdsPixelAgenciesPermittedTasks(GraphEnum):
    ADVERTISE = "ADVERTISE"
    ANALYZE = "ANALYZE"
    EDIT = "EDIT"
    UPLOAD = "UPLOAD"


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
    country = "country"
    db = "db"
    external_id = "external_id"


class AdsPixelCreateAssignedUserResult(GraphModel):
    success: bool | None = None


class AdsPixelCreateAssignedUserResultField(GraphEnum):
    """Fields of AdsPixelCreateAssignedUserResult to ask for with `fields=`."""

    success = "success"


class AdsPixelCreateEventPlatform(RequestModel):
    name: str
    type: str
    version: str | None = None


class AdsPixelCreateEventPlatformField(GraphEnum):
    """
    Fields of AdsPixelCreateEventPlatform to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    name_ = "name"
    type = "type"
    version = "version"


class AdsPixelCreateEventProgress(RequestModel):
    start_inclusive: int | None = None
    end_exclusive: int | None = None


class AdsPixelCreateEventProgressField(GraphEnum):
    """Fields of AdsPixelCreateEventProgress to ask for with `fields=`."""

    start_inclusive = "start_inclusive"
    end_exclusive = "end_exclusive"


class AdsPixelCreateSharedAccountResult(GraphModel):
    success: bool | None = None


class AdsPixelCreateSharedAccountResultField(GraphEnum):
    """Fields of AdsPixelCreateSharedAccountResult to ask for with `fields=`."""

    success = "success"


class AdsPixelDaChecksConnectionMethod(GraphEnum):
    ALL = "ALL"
    APP = "APP"
    BROWSER = "BROWSER"
    SERVER = "SERVER"


class AdsPixelDataUseSetting(GraphEnum):
    """How pixel data may be used."""

    EMPTY = "EMPTY"
    ADVERTISING_AND_ANALYTICS = "ADVERTISING_AND_ANALYTICS"
    ANALYTICS_ONLY = "ANALYTICS_ONLY"


class AdsPixelDeleteSharedAccountsResult(GraphModel):
    success: bool | None = None


class AdsPixelDeleteSharedAccountsResultField(GraphEnum):
    """Fields of AdsPixelDeleteSharedAccountsResult to ask for with `fields=`."""

    success = "success"


class AdsPixelEventAttribution(GraphModel):
    applink_class: str | None = None
    applink_url: str | None = None
    applink_args: str | None = None
    is_fb: bool | None = None
    is_paid: bool | None = None
    account_id: str | None = None
    ad_id: str | None = None
    ad_objective_name: str | None = None
    adgroup_id: str | None = None
    adgroup_name: str | None = None
    campaign_id: str | None = None
    campaign_name: str | None = None
    campaign_group_id: str | None = None
    campaign_group_name: str | None = None
    click_time: datetime | None = None
    is_mobile_data_terms_signed: bool | None = None
    is_external: bool | None = None
    is_instagram: bool | None = None
    is_view_through: bool | None = None
    is_modeled: bool | None = None
    is_same_ip: bool | None = None
    device_model: str | None = None
    os_version: str | None = None
    view_time: datetime | None = None
    is_playable_ad: bool | None = None
    is_aaa_campaign: bool | None = None
    creative_id: str | None = None
    engagement_type: str | None = None
    trace_id: str | None = None
    fbclid: str | None = None
    event_id: str | None = None
    vertical: str | None = None
    sub_vertical: str | None = None
    advertiser_region: str | None = None
    additional_touchpoints: list[AdsPixelEventAttributionAdditionalTouchpoint] | None = None
    video_completion_percent: float | None = None
    dwell_ms: int | None = None
    publisher_platform: str | None = None
    platform_position: str | None = None
    auditing_token: str | None = None
    hashed_ad_network_publisher_app_id: str | None = None


class AdsPixelEventAttributionAdditionalTouchpoint(GraphModel):
    ad_id: str | None = None
    adgroup_id: str | None = None
    adgroup_name: str | None = None
    campaign_id: str | None = None
    campaign_name: str | None = None
    campaign_group_id: str | None = None
    campaign_group_name: str | None = None
    account_id: str | None = None
    is_view_through: bool | None = None
    click_time: datetime | None = None
    view_time: datetime | None = None
    engagement_type: str | None = None
    is_external: bool | None = None
    is_instagram: bool | None = None
    publisher_platform: str | None = None
    is_aaa_campaign: bool | None = None
    creative_id: str | None = None
    vertical: str | None = None
    sub_vertical: str | None = None
    advertiser_region: str | None = None


class AdsPixelEventAttributionAdditionalTouchpointField(GraphEnum):
    """Fields of AdsPixelEventAttributionAdditionalTouchpoint to ask for with `fields=`."""

    ad_id = "ad_id"
    adgroup_id = "adgroup_id"
    adgroup_name = "adgroup_name"
    campaign_id = "campaign_id"
    campaign_name = "campaign_name"
    campaign_group_id = "campaign_group_id"
    campaign_group_name = "campaign_group_name"
    account_id = "account_id"
    is_view_through = "is_view_through"
    click_time = "click_time"
    view_time = "view_time"
    engagement_type = "engagement_type"
    is_external = "is_external"
    is_instagram = "is_instagram"
    publisher_platform = "publisher_platform"
    is_aaa_campaign = "is_aaa_campaign"
    creative_id = "creative_id"
    vertical = "vertical"
    sub_vertical = "sub_vertical"
    advertiser_region = "advertiser_region"


class AdsPixelEventAttributionField(GraphEnum):
    """Fields of AdsPixelEventAttribution to ask for with `fields=`."""

    applink_class = "applink_class"
    applink_url = "applink_url"
    applink_args = "applink_args"
    is_fb = "is_fb"
    is_paid = "is_paid"
    account_id = "account_id"
    ad_id = "ad_id"
    ad_objective_name = "ad_objective_name"
    adgroup_id = "adgroup_id"
    adgroup_name = "adgroup_name"
    campaign_id = "campaign_id"
    campaign_name = "campaign_name"
    campaign_group_id = "campaign_group_id"
    campaign_group_name = "campaign_group_name"
    click_time = "click_time"
    is_mobile_data_terms_signed = "is_mobile_data_terms_signed"
    is_external = "is_external"
    is_instagram = "is_instagram"
    is_view_through = "is_view_through"
    is_modeled = "is_modeled"
    is_same_ip = "is_same_ip"
    device_model = "device_model"
    os_version = "os_version"
    view_time = "view_time"
    is_playable_ad = "is_playable_ad"
    is_aaa_campaign = "is_aaa_campaign"
    creative_id = "creative_id"
    engagement_type = "engagement_type"
    trace_id = "trace_id"
    fbclid = "fbclid"
    event_id = "event_id"
    vertical = "vertical"
    sub_vertical = "sub_vertical"
    advertiser_region = "advertiser_region"
    additional_touchpoints = "additional_touchpoints"
    video_completion_percent = "video_completion_percent"
    dwell_ms = "dwell_ms"
    publisher_platform = "publisher_platform"
    platform_position = "platform_position"
    auditing_token = "auditing_token"
    hashed_ad_network_publisher_app_id = "hashed_ad_network_publisher_app_id"


class AdsPixelEventClaims(GraphModel):
    claims: list[AdsPixelEventClaimsClaim] | None = None


class AdsPixelEventClaimsClaim(GraphModel):
    is_fb: bool | None = None
    ad_objective_name: str | None = None
    ad_id: str | None = None
    adgroup_id: str | None = None
    adgroup_name: str | None = None
    campaign_id: str | None = None
    campaign_name: str | None = None
    campaign_group_id: str | None = None
    campaign_group_name: str | None = None
    account_id: str | None = None
    touchpoint_type: str | None = None
    touchpoint_ts: datetime | None = None
    auditing_token: str | None = None
    exp_id: int | None = None
    publisher_platform: str | None = None
    publisher_placement: str | None = None
    device_platform: str | None = None
    device_model: str | None = None
    event_id: str | None = None
    event_name: str | None = None
    advertiser_direct_amm_metadata: dict[str, str] | None = None
    claim_storage_type: str | None = None
    is_modeled: bool | None = None


class AdsPixelEventClaimsClaimField(GraphEnum):
    """Fields of AdsPixelEventClaimsClaim to ask for with `fields=`."""

    is_fb = "is_fb"
    ad_objective_name = "ad_objective_name"
    ad_id = "ad_id"
    adgroup_id = "adgroup_id"
    adgroup_name = "adgroup_name"
    campaign_id = "campaign_id"
    campaign_name = "campaign_name"
    campaign_group_id = "campaign_group_id"
    campaign_group_name = "campaign_group_name"
    account_id = "account_id"
    touchpoint_type = "touchpoint_type"
    touchpoint_ts = "touchpoint_ts"
    auditing_token = "auditing_token"
    exp_id = "exp_id"
    publisher_platform = "publisher_platform"
    publisher_placement = "publisher_placement"
    device_platform = "device_platform"
    device_model = "device_model"
    event_id = "event_id"
    event_name = "event_name"
    advertiser_direct_amm_metadata = "advertiser_direct_amm_metadata"
    claim_storage_type = "claim_storage_type"
    is_modeled = "is_modeled"


class AdsPixelEventClaimsField(GraphEnum):
    """Fields of AdsPixelEventClaims to ask for with `fields=`."""

    claims = "claims"


class AdsPixelEventSuccess(GraphModel):
    success: bool | None = None


class AdsPixelEventSuccessField(GraphEnum):
    """Fields of AdsPixelEventSuccess to ask for with `fields=`."""

    success = "success"


class AdsPixelEventsReceived(GraphModel):
    events_received: int | None = None
    messages: list[str] | None = None
    fbtrace_id: str | None = None


class AdsPixelEventsReceivedField(GraphEnum):
    """Fields of AdsPixelEventsReceived to ask for with `fields=`."""

    events_received = "events_received"
    messages = "messages"
    fbtrace_id = "fbtrace_id"


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
    config = "config"
    description = "description"
    duplicate_entries = "duplicate_entries"
    enable_auto_assign_to_accounts = "enable_auto_assign_to_accounts"
    event_stats = "event_stats"
    event_time_max = "event_time_max"
    event_time_min = "event_time_min"
    has_1p_pixel_event = "has_1p_pixel_event"
    is_consolidated_container = "is_consolidated_container"
    is_crm = "is_crm"
    is_mta_use = "is_mta_use"
    is_restricted_use = "is_restricted_use"
    last_upload_app = "last_upload_app"
    last_upload_app_changed_time = "last_upload_app_changed_time"
    match_rate_approx = "match_rate_approx"
    matched_entries = "matched_entries"
    usage = "usage"
    user_access_expire_time = "user_access_expire_time"
    valid_entries = "valid_entries"


class AdsPixelFirstPartyCookieStatus(GraphEnum):
    """Whether first-party cookies can be set for the pixel."""

    EMPTY = "EMPTY"
    FIRST_PARTY_COOKIE_ENABLED = "FIRST_PARTY_COOKIE_ENABLED"
    FIRST_PARTY_COOKIE_DISABLED = "FIRST_PARTY_COOKIE_DISABLED"


class AdsPixelGetAudiencesActionSource(GraphEnum):
    WEBSITE = "WEBSITE"
    PHYSICAL_STORE = "PHYSICAL_STORE"


class AdsPixelOfflineEventUploadsOrder(GraphEnum):
    ASCENDING = "ASCENDING"
    DESCENDING = "DESCENDING"


class AdsPixelOfflineEventUploadsSortBy(GraphEnum):
    API_CALLS = "API_CALLS"
    CREATION_TIME = "CREATION_TIME"
    EVENT_TIME_MAX = "EVENT_TIME_MAX"
    EVENT_TIME_MIN = "EVENT_TIME_MIN"
    FIRST_UPLOAD_TIME = "FIRST_UPLOAD_TIME"
    IS_EXCLUDED_FOR_LIFT = "IS_EXCLUDED_FOR_LIFT"
    LAST_UPLOAD_TIME = "LAST_UPLOAD_TIME"


class AdsPixelTasks(GraphEnum):
    """Tasks a business user can be given on the pixel."""

    AA_ANALYZE = "AA_ANALYZE"
    ADVERTISE = "ADVERTISE"
    ANALYZE = "ANALYZE"
    EDIT = "EDIT"
    UPLOAD = "UPLOAD"


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
    "country",
    "db",
    "external_id",
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
    "AA_ANALYZE",
    "ADVERTISE",
    "ANALYZE",
    "EDIT",
    "UPLOAD",
]
AdsPixelAgenciesPermittedTasksLiteral = Literal[
    "ADVERTISE",
    "ANALYZE",
    "EDIT",
    "UPLOAD",
]
AdsPixelDaChecksConnectionMethodLiteral = Literal[
    "ALL",
    "APP",
    "BROWSER",
    "SERVER",
]
AdsPixelOfflineEventUploadsOrderLiteral = Literal[
    "ASCENDING",
    "DESCENDING",
]
AdsPixelOfflineEventUploadsSortByLiteral = Literal[
    "API_CALLS",
    "CREATION_TIME",
    "EVENT_TIME_MAX",
    "EVENT_TIME_MIN",
    "FIRST_UPLOAD_TIME",
    "IS_EXCLUDED_FOR_LIFT",
    "LAST_UPLOAD_TIME",
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
    "config",
    "description",
    "duplicate_entries",
    "enable_auto_assign_to_accounts",
    "event_stats",
    "event_time_max",
    "event_time_min",
    "has_1p_pixel_event",
    "is_consolidated_container",
    "is_crm",
    "is_mta_use",
    "is_restricted_use",
    "last_upload_app",
    "last_upload_app_changed_time",
    "match_rate_approx",
    "matched_entries",
    "usage",
    "user_access_expire_time",
    "valid_entries",
]
UpdateAdsPixelResultFieldLiteral = Literal["success",]
CreateAdsPixelResultFieldLiteral = Literal["id",]
CreateBusinessAdsPixelResultFieldLiteral = Literal["id",]
AdsPixelCreateAssignedUserResultFieldLiteral = Literal["success",]
AdsPixelGetAudiencesActionSourceLiteral = Literal[
    "WEBSITE",
    "PHYSICAL_STORE",
]
AdsPixelCreateEventPlatformFieldLiteral = Literal[
    "name",
    "type",
    "version",
]
AdsPixelCreateEventProgressFieldLiteral = Literal[
    "start_inclusive",
    "end_exclusive",
]
AdsPixelEventsReceivedFieldLiteral = Literal[
    "events_received",
    "messages",
    "fbtrace_id",
]
AdsPixelEventAttributionAdditionalTouchpointFieldLiteral = Literal[
    "ad_id",
    "adgroup_id",
    "adgroup_name",
    "campaign_id",
    "campaign_name",
    "campaign_group_id",
    "campaign_group_name",
    "account_id",
    "is_view_through",
    "click_time",
    "view_time",
    "engagement_type",
    "is_external",
    "is_instagram",
    "publisher_platform",
    "is_aaa_campaign",
    "creative_id",
    "vertical",
    "sub_vertical",
    "advertiser_region",
]
AdsPixelEventAttributionFieldLiteral = Literal[
    "applink_class",
    "applink_url",
    "applink_args",
    "is_fb",
    "is_paid",
    "account_id",
    "ad_id",
    "ad_objective_name",
    "adgroup_id",
    "adgroup_name",
    "campaign_id",
    "campaign_name",
    "campaign_group_id",
    "campaign_group_name",
    "click_time",
    "is_mobile_data_terms_signed",
    "is_external",
    "is_instagram",
    "is_view_through",
    "is_modeled",
    "is_same_ip",
    "device_model",
    "os_version",
    "view_time",
    "is_playable_ad",
    "is_aaa_campaign",
    "creative_id",
    "engagement_type",
    "trace_id",
    "fbclid",
    "event_id",
    "vertical",
    "sub_vertical",
    "advertiser_region",
    "additional_touchpoints",
    "video_completion_percent",
    "dwell_ms",
    "publisher_platform",
    "platform_position",
    "auditing_token",
    "hashed_ad_network_publisher_app_id",
]
AdsPixelEventSuccessFieldLiteral = Literal["success",]
AdsPixelEventClaimsClaimFieldLiteral = Literal[
    "is_fb",
    "ad_objective_name",
    "ad_id",
    "adgroup_id",
    "adgroup_name",
    "campaign_id",
    "campaign_name",
    "campaign_group_id",
    "campaign_group_name",
    "account_id",
    "touchpoint_type",
    "touchpoint_ts",
    "auditing_token",
    "exp_id",
    "publisher_platform",
    "publisher_placement",
    "device_platform",
    "device_model",
    "event_id",
    "event_name",
    "advertiser_direct_amm_metadata",
    "claim_storage_type",
    "is_modeled",
]
AdsPixelEventClaimsFieldLiteral = Literal["claims",]
AdsPixelCreateSharedAccountResultFieldLiteral = Literal["success",]
AdsPixelDeleteSharedAccountsResultFieldLiteral = Literal["success",]


# One of several results, told apart by the keys Graph sends.
AdsPixelCreateEventResult = Annotated[
    Annotated[AdsPixelEventsReceived, Tag("AdsPixelEventsReceived")]
    | Annotated[AdsPixelEventAttribution, Tag("AdsPixelEventAttribution")]
    | Annotated[AdsPixelEventSuccess, Tag("AdsPixelEventSuccess")]
    | Annotated[AdsPixelEventClaims, Tag("AdsPixelEventClaims")],
    keyed_union(
        {
            "AdsPixelEventsReceived": frozenset(
                {
                    "events_received",
                    "messages",
                    "fbtrace_id",
                }
            ),
            "AdsPixelEventAttribution": frozenset(
                {
                    "applink_class",
                    "applink_url",
                    "applink_args",
                    "is_fb",
                    "is_paid",
                    "account_id",
                    "ad_id",
                    "ad_objective_name",
                    "adgroup_id",
                    "adgroup_name",
                    "campaign_id",
                    "campaign_name",
                    "campaign_group_id",
                    "campaign_group_name",
                    "click_time",
                    "is_mobile_data_terms_signed",
                    "is_external",
                    "is_instagram",
                    "is_view_through",
                    "is_modeled",
                    "is_same_ip",
                    "device_model",
                    "os_version",
                    "view_time",
                    "is_playable_ad",
                    "is_aaa_campaign",
                    "creative_id",
                    "engagement_type",
                    "trace_id",
                    "fbclid",
                    "event_id",
                    "vertical",
                    "sub_vertical",
                    "advertiser_region",
                    "additional_touchpoints",
                    "video_completion_percent",
                    "dwell_ms",
                    "publisher_platform",
                    "platform_position",
                    "auditing_token",
                    "hashed_ad_network_publisher_app_id",
                }
            ),
            "AdsPixelEventSuccess": frozenset(
                {
                    "success",
                }
            ),
            "AdsPixelEventClaims": frozenset(
                {
                    "claims",
                }
            ),
        }
    ),
]
