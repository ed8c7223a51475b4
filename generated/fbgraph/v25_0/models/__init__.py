"""Models of Graph API v25.0: one module per node or struct, imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_getattr

if TYPE_CHECKING:
    from .ad_account import AdAccount as AdAccount
    from .ad_account import AdAccountField as AdAccountField
    from .ads_pixel import AdsPixel as AdsPixel
    from .ads_pixel import UpdateAdsPixelResult as UpdateAdsPixelResult
    from .ads_pixel import CreateAdsPixelResult as CreateAdsPixelResult
    from .ads_pixel import CreateBusinessAdsPixelResult as CreateBusinessAdsPixelResult
    from .ads_pixel import AdsPixelCreateEventPlatform as AdsPixelCreateEventPlatform
    from .ads_pixel import AdsPixelCreateEventProgress as AdsPixelCreateEventProgress
    from .ads_pixel import AdsPixelEventsReceived as AdsPixelEventsReceived
    from .ads_pixel import (
        AdsPixelEventAttributionAdditionalTouchpoint as AdsPixelEventAttributionAdditionalTouchpoint,
    )
    from .ads_pixel import AdsPixelEventAttribution as AdsPixelEventAttribution
    from .ads_pixel import AdsPixelEventSuccess as AdsPixelEventSuccess
    from .ads_pixel import AdsPixelEventClaimsClaim as AdsPixelEventClaimsClaim
    from .ads_pixel import AdsPixelEventClaims as AdsPixelEventClaims
    from .ads_pixel import AdsPixelCreateSharedAccountResult as AdsPixelCreateSharedAccountResult
    from .ads_pixel import AdsPixelDeleteSharedAccountsResult as AdsPixelDeleteSharedAccountsResult
    from .ads_pixel import AdsPixelAutomaticMatchingFields as AdsPixelAutomaticMatchingFields
    from .ads_pixel import AdsPixelDataUseSetting as AdsPixelDataUseSetting
    from .ads_pixel import AdsPixelFirstPartyCookieStatus as AdsPixelFirstPartyCookieStatus
    from .ads_pixel import AdsPixelTasks as AdsPixelTasks
    from .ads_pixel import AdsPixelField as AdsPixelField
    from .ads_pixel import UpdateAdsPixelResultField as UpdateAdsPixelResultField
    from .ads_pixel import CreateAdsPixelResultField as CreateAdsPixelResultField
    from .ads_pixel import CreateBusinessAdsPixelResultField as CreateBusinessAdsPixelResultField
    from .ads_pixel import AdsPixelGetAudiencesActionSource as AdsPixelGetAudiencesActionSource
    from .ads_pixel import (
        AdsPixelGetDaChecksConnectionMethod as AdsPixelGetDaChecksConnectionMethod,
    )
    from .ads_pixel import AdsPixelCreateEventPlatformField as AdsPixelCreateEventPlatformField
    from .ads_pixel import AdsPixelCreateEventProgressField as AdsPixelCreateEventProgressField
    from .ads_pixel import AdsPixelEventsReceivedField as AdsPixelEventsReceivedField
    from .ads_pixel import (
        AdsPixelEventAttributionAdditionalTouchpointField as AdsPixelEventAttributionAdditionalTouchpointField,
    )
    from .ads_pixel import AdsPixelEventAttributionField as AdsPixelEventAttributionField
    from .ads_pixel import AdsPixelEventSuccessField as AdsPixelEventSuccessField
    from .ads_pixel import AdsPixelEventClaimsClaimField as AdsPixelEventClaimsClaimField
    from .ads_pixel import AdsPixelEventClaimsField as AdsPixelEventClaimsField
    from .ads_pixel import (
        AdsPixelCreateSharedAccountResultField as AdsPixelCreateSharedAccountResultField,
    )
    from .ads_pixel import (
        AdsPixelDeleteSharedAccountsResultField as AdsPixelDeleteSharedAccountsResultField,
    )
    from .ads_pixel import AdsPixelCreateEventResult as AdsPixelCreateEventResult
    from .ads_pixel_stats import AdsPixelStats as AdsPixelStats
    from .ads_pixel_stats import AdsPixelStatsField as AdsPixelStatsField
    from .ads_pixel_stats_result import AdsPixelStatsResult as AdsPixelStatsResult
    from .ads_pixel_stats_result import (
        AdsPixelStatsResultAggregation as AdsPixelStatsResultAggregation,
    )
    from .ads_pixel_stats_result import AdsPixelStatsResultField as AdsPixelStatsResultField
    from .app_data import AppData as AppData
    from .app_data import AppDataField as AppDataField
    from .assigned_user import AssignedUser as AssignedUser
    from .assigned_user import AssignedUserField as AssignedUserField
    from .business import Business as Business
    from .business import BusinessField as BusinessField
    from .content import Content as Content
    from .content import ContentField as ContentField
    from .custom_audience import CustomAudience as CustomAudience
    from .custom_audience import CustomAudienceSubtype as CustomAudienceSubtype
    from .custom_audience import CustomAudienceField as CustomAudienceField
    from .custom_data import CustomData as CustomData
    from .custom_data import CustomDataDeliveryCategory as CustomDataDeliveryCategory
    from .custom_data import CustomDataField as CustomDataField
    from .da_check import DACheck as DACheck
    from .da_check import DACheckField as DACheckField
    from .original_event_data import OriginalEventData as OriginalEventData
    from .original_event_data import OriginalEventDataField as OriginalEventDataField
    from .server_event import ServerEvent as ServerEvent
    from .server_event import ServerEventActionSource as ServerEventActionSource
    from .server_event import ServerEventCustomerSegmentation as ServerEventCustomerSegmentation
    from .server_event import ServerEventField as ServerEventField
    from .user import User as User
    from .user import UserField as UserField
    from .user_data import UserData as UserData
    from .user_data import UserDataField as UserDataField

__all__ = [
    "AdAccount",
    "AdAccountField",
    "AdsPixel",
    "UpdateAdsPixelResult",
    "CreateAdsPixelResult",
    "CreateBusinessAdsPixelResult",
    "AdsPixelCreateEventPlatform",
    "AdsPixelCreateEventProgress",
    "AdsPixelEventsReceived",
    "AdsPixelEventAttributionAdditionalTouchpoint",
    "AdsPixelEventAttribution",
    "AdsPixelEventSuccess",
    "AdsPixelEventClaimsClaim",
    "AdsPixelEventClaims",
    "AdsPixelCreateSharedAccountResult",
    "AdsPixelDeleteSharedAccountsResult",
    "AdsPixelAutomaticMatchingFields",
    "AdsPixelDataUseSetting",
    "AdsPixelFirstPartyCookieStatus",
    "AdsPixelTasks",
    "AdsPixelField",
    "UpdateAdsPixelResultField",
    "CreateAdsPixelResultField",
    "CreateBusinessAdsPixelResultField",
    "AdsPixelGetAudiencesActionSource",
    "AdsPixelGetDaChecksConnectionMethod",
    "AdsPixelCreateEventPlatformField",
    "AdsPixelCreateEventProgressField",
    "AdsPixelEventsReceivedField",
    "AdsPixelEventAttributionAdditionalTouchpointField",
    "AdsPixelEventAttributionField",
    "AdsPixelEventSuccessField",
    "AdsPixelEventClaimsClaimField",
    "AdsPixelEventClaimsField",
    "AdsPixelCreateSharedAccountResultField",
    "AdsPixelDeleteSharedAccountsResultField",
    "AdsPixelCreateEventResult",
    "AdsPixelStats",
    "AdsPixelStatsField",
    "AdsPixelStatsResult",
    "AdsPixelStatsResultAggregation",
    "AdsPixelStatsResultField",
    "AppData",
    "AppDataField",
    "AssignedUser",
    "AssignedUserField",
    "Business",
    "BusinessField",
    "Content",
    "ContentField",
    "CustomAudience",
    "CustomAudienceSubtype",
    "CustomAudienceField",
    "CustomData",
    "CustomDataDeliveryCategory",
    "CustomDataField",
    "DACheck",
    "DACheckField",
    "OriginalEventData",
    "OriginalEventDataField",
    "ServerEvent",
    "ServerEventActionSource",
    "ServerEventCustomerSegmentation",
    "ServerEventField",
    "User",
    "UserField",
    "UserData",
    "UserDataField",
]

__getattr__ = lazy_getattr(
    __name__,
    {
        "AdAccount": "ad_account",
        "AdAccountField": "ad_account",
        "AdsPixel": "ads_pixel",
        "UpdateAdsPixelResult": "ads_pixel",
        "CreateAdsPixelResult": "ads_pixel",
        "CreateBusinessAdsPixelResult": "ads_pixel",
        "AdsPixelCreateEventPlatform": "ads_pixel",
        "AdsPixelCreateEventProgress": "ads_pixel",
        "AdsPixelEventsReceived": "ads_pixel",
        "AdsPixelEventAttributionAdditionalTouchpoint": "ads_pixel",
        "AdsPixelEventAttribution": "ads_pixel",
        "AdsPixelEventSuccess": "ads_pixel",
        "AdsPixelEventClaimsClaim": "ads_pixel",
        "AdsPixelEventClaims": "ads_pixel",
        "AdsPixelCreateSharedAccountResult": "ads_pixel",
        "AdsPixelDeleteSharedAccountsResult": "ads_pixel",
        "AdsPixelAutomaticMatchingFields": "ads_pixel",
        "AdsPixelDataUseSetting": "ads_pixel",
        "AdsPixelFirstPartyCookieStatus": "ads_pixel",
        "AdsPixelTasks": "ads_pixel",
        "AdsPixelField": "ads_pixel",
        "UpdateAdsPixelResultField": "ads_pixel",
        "CreateAdsPixelResultField": "ads_pixel",
        "CreateBusinessAdsPixelResultField": "ads_pixel",
        "AdsPixelGetAudiencesActionSource": "ads_pixel",
        "AdsPixelGetDaChecksConnectionMethod": "ads_pixel",
        "AdsPixelCreateEventPlatformField": "ads_pixel",
        "AdsPixelCreateEventProgressField": "ads_pixel",
        "AdsPixelEventsReceivedField": "ads_pixel",
        "AdsPixelEventAttributionAdditionalTouchpointField": "ads_pixel",
        "AdsPixelEventAttributionField": "ads_pixel",
        "AdsPixelEventSuccessField": "ads_pixel",
        "AdsPixelEventClaimsClaimField": "ads_pixel",
        "AdsPixelEventClaimsField": "ads_pixel",
        "AdsPixelCreateSharedAccountResultField": "ads_pixel",
        "AdsPixelDeleteSharedAccountsResultField": "ads_pixel",
        "AdsPixelCreateEventResult": "ads_pixel",
        "AdsPixelStats": "ads_pixel_stats",
        "AdsPixelStatsField": "ads_pixel_stats",
        "AdsPixelStatsResult": "ads_pixel_stats_result",
        "AdsPixelStatsResultAggregation": "ads_pixel_stats_result",
        "AdsPixelStatsResultField": "ads_pixel_stats_result",
        "AppData": "app_data",
        "AppDataField": "app_data",
        "AssignedUser": "assigned_user",
        "AssignedUserField": "assigned_user",
        "Business": "business",
        "BusinessField": "business",
        "Content": "content",
        "ContentField": "content",
        "CustomAudience": "custom_audience",
        "CustomAudienceSubtype": "custom_audience",
        "CustomAudienceField": "custom_audience",
        "CustomData": "custom_data",
        "CustomDataDeliveryCategory": "custom_data",
        "CustomDataField": "custom_data",
        "DACheck": "da_check",
        "DACheckField": "da_check",
        "OriginalEventData": "original_event_data",
        "OriginalEventDataField": "original_event_data",
        "ServerEvent": "server_event",
        "ServerEventActionSource": "server_event",
        "ServerEventCustomerSegmentation": "server_event",
        "ServerEventField": "server_event",
        "User": "user",
        "UserField": "user",
        "UserData": "user_data",
        "UserDataField": "user_data",
    },
)
