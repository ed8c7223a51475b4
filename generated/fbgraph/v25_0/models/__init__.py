"""Models of Graph API v25.0: one module per node or struct, imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_getattr

if TYPE_CHECKING:
    from .ad_account import AdAccount as AdAccount
    from .ad_account import AdAccountField as AdAccountField
    from .ad_account import AdAccountFieldLiteral as AdAccountFieldLiteral
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
    from .ads_pixel import (
        AdsPixelAutomaticMatchingFieldsLiteral as AdsPixelAutomaticMatchingFieldsLiteral,
    )
    from .ads_pixel import AdsPixelDataUseSetting as AdsPixelDataUseSetting
    from .ads_pixel import AdsPixelDataUseSettingLiteral as AdsPixelDataUseSettingLiteral
    from .ads_pixel import AdsPixelFirstPartyCookieStatus as AdsPixelFirstPartyCookieStatus
    from .ads_pixel import (
        AdsPixelFirstPartyCookieStatusLiteral as AdsPixelFirstPartyCookieStatusLiteral,
    )
    from .ads_pixel import AdsPixelTasks as AdsPixelTasks
    from .ads_pixel import AdsPixelTasksLiteral as AdsPixelTasksLiteral
    from .ads_pixel import AdsPixelField as AdsPixelField
    from .ads_pixel import AdsPixelFieldLiteral as AdsPixelFieldLiteral
    from .ads_pixel import UpdateAdsPixelResultField as UpdateAdsPixelResultField
    from .ads_pixel import UpdateAdsPixelResultFieldLiteral as UpdateAdsPixelResultFieldLiteral
    from .ads_pixel import CreateAdsPixelResultField as CreateAdsPixelResultField
    from .ads_pixel import CreateAdsPixelResultFieldLiteral as CreateAdsPixelResultFieldLiteral
    from .ads_pixel import CreateBusinessAdsPixelResultField as CreateBusinessAdsPixelResultField
    from .ads_pixel import (
        CreateBusinessAdsPixelResultFieldLiteral as CreateBusinessAdsPixelResultFieldLiteral,
    )
    from .ads_pixel import AdsPixelGetAudiencesActionSource as AdsPixelGetAudiencesActionSource
    from .ads_pixel import (
        AdsPixelGetAudiencesActionSourceLiteral as AdsPixelGetAudiencesActionSourceLiteral,
    )
    from .ads_pixel import (
        AdsPixelGetDaChecksConnectionMethod as AdsPixelGetDaChecksConnectionMethod,
    )
    from .ads_pixel import (
        AdsPixelGetDaChecksConnectionMethodLiteral as AdsPixelGetDaChecksConnectionMethodLiteral,
    )
    from .ads_pixel import AdsPixelCreateEventPlatformField as AdsPixelCreateEventPlatformField
    from .ads_pixel import (
        AdsPixelCreateEventPlatformFieldLiteral as AdsPixelCreateEventPlatformFieldLiteral,
    )
    from .ads_pixel import AdsPixelCreateEventProgressField as AdsPixelCreateEventProgressField
    from .ads_pixel import (
        AdsPixelCreateEventProgressFieldLiteral as AdsPixelCreateEventProgressFieldLiteral,
    )
    from .ads_pixel import AdsPixelEventsReceivedField as AdsPixelEventsReceivedField
    from .ads_pixel import AdsPixelEventsReceivedFieldLiteral as AdsPixelEventsReceivedFieldLiteral
    from .ads_pixel import (
        AdsPixelEventAttributionAdditionalTouchpointField as AdsPixelEventAttributionAdditionalTouchpointField,
    )
    from .ads_pixel import (
        AdsPixelEventAttributionAdditionalTouchpointFieldLiteral as AdsPixelEventAttributionAdditionalTouchpointFieldLiteral,
    )
    from .ads_pixel import AdsPixelEventAttributionField as AdsPixelEventAttributionField
    from .ads_pixel import (
        AdsPixelEventAttributionFieldLiteral as AdsPixelEventAttributionFieldLiteral,
    )
    from .ads_pixel import AdsPixelEventSuccessField as AdsPixelEventSuccessField
    from .ads_pixel import AdsPixelEventSuccessFieldLiteral as AdsPixelEventSuccessFieldLiteral
    from .ads_pixel import AdsPixelEventClaimsClaimField as AdsPixelEventClaimsClaimField
    from .ads_pixel import (
        AdsPixelEventClaimsClaimFieldLiteral as AdsPixelEventClaimsClaimFieldLiteral,
    )
    from .ads_pixel import AdsPixelEventClaimsField as AdsPixelEventClaimsField
    from .ads_pixel import AdsPixelEventClaimsFieldLiteral as AdsPixelEventClaimsFieldLiteral
    from .ads_pixel import (
        AdsPixelCreateSharedAccountResultField as AdsPixelCreateSharedAccountResultField,
    )
    from .ads_pixel import (
        AdsPixelCreateSharedAccountResultFieldLiteral as AdsPixelCreateSharedAccountResultFieldLiteral,
    )
    from .ads_pixel import (
        AdsPixelDeleteSharedAccountsResultField as AdsPixelDeleteSharedAccountsResultField,
    )
    from .ads_pixel import (
        AdsPixelDeleteSharedAccountsResultFieldLiteral as AdsPixelDeleteSharedAccountsResultFieldLiteral,
    )
    from .ads_pixel import AdsPixelCreateEventResult as AdsPixelCreateEventResult
    from .ads_pixel_stats import AdsPixelStats as AdsPixelStats
    from .ads_pixel_stats import AdsPixelStatsField as AdsPixelStatsField
    from .ads_pixel_stats import AdsPixelStatsFieldLiteral as AdsPixelStatsFieldLiteral
    from .ads_pixel_stats_result import AdsPixelStatsResult as AdsPixelStatsResult
    from .ads_pixel_stats_result import (
        AdsPixelStatsResultAggregation as AdsPixelStatsResultAggregation,
    )
    from .ads_pixel_stats_result import (
        AdsPixelStatsResultAggregationLiteral as AdsPixelStatsResultAggregationLiteral,
    )
    from .ads_pixel_stats_result import AdsPixelStatsResultField as AdsPixelStatsResultField
    from .ads_pixel_stats_result import (
        AdsPixelStatsResultFieldLiteral as AdsPixelStatsResultFieldLiteral,
    )
    from .app_data import AppData as AppData
    from .app_data import AppDataField as AppDataField
    from .app_data import AppDataFieldLiteral as AppDataFieldLiteral
    from .assigned_user import AssignedUser as AssignedUser
    from .assigned_user import AssignedUserField as AssignedUserField
    from .assigned_user import AssignedUserFieldLiteral as AssignedUserFieldLiteral
    from .business import Business as Business
    from .business import BusinessField as BusinessField
    from .business import BusinessFieldLiteral as BusinessFieldLiteral
    from .content import Content as Content
    from .content import ContentField as ContentField
    from .content import ContentFieldLiteral as ContentFieldLiteral
    from .custom_audience import CustomAudience as CustomAudience
    from .custom_audience import CustomAudienceSubtype as CustomAudienceSubtype
    from .custom_audience import CustomAudienceSubtypeLiteral as CustomAudienceSubtypeLiteral
    from .custom_audience import CustomAudienceField as CustomAudienceField
    from .custom_audience import CustomAudienceFieldLiteral as CustomAudienceFieldLiteral
    from .custom_data import CustomData as CustomData
    from .custom_data import CustomDataDeliveryCategory as CustomDataDeliveryCategory
    from .custom_data import CustomDataDeliveryCategoryLiteral as CustomDataDeliveryCategoryLiteral
    from .custom_data import CustomDataField as CustomDataField
    from .custom_data import CustomDataFieldLiteral as CustomDataFieldLiteral
    from .da_check import DACheck as DACheck
    from .da_check import DACheckField as DACheckField
    from .da_check import DACheckFieldLiteral as DACheckFieldLiteral
    from .original_event_data import OriginalEventData as OriginalEventData
    from .original_event_data import OriginalEventDataField as OriginalEventDataField
    from .original_event_data import OriginalEventDataFieldLiteral as OriginalEventDataFieldLiteral
    from .server_event import ServerEvent as ServerEvent
    from .server_event import ServerEventActionSource as ServerEventActionSource
    from .server_event import ServerEventActionSourceLiteral as ServerEventActionSourceLiteral
    from .server_event import ServerEventCustomerSegmentation as ServerEventCustomerSegmentation
    from .server_event import (
        ServerEventCustomerSegmentationLiteral as ServerEventCustomerSegmentationLiteral,
    )
    from .server_event import ServerEventField as ServerEventField
    from .server_event import ServerEventFieldLiteral as ServerEventFieldLiteral
    from .user import User as User
    from .user import UserField as UserField
    from .user import UserFieldLiteral as UserFieldLiteral
    from .user_data import UserData as UserData
    from .user_data import UserDataField as UserDataField
    from .user_data import UserDataFieldLiteral as UserDataFieldLiteral

__all__ = [
    "AdAccount",
    "AdAccountField",
    "AdAccountFieldLiteral",
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
    "AdsPixelAutomaticMatchingFieldsLiteral",
    "AdsPixelDataUseSetting",
    "AdsPixelDataUseSettingLiteral",
    "AdsPixelFirstPartyCookieStatus",
    "AdsPixelFirstPartyCookieStatusLiteral",
    "AdsPixelTasks",
    "AdsPixelTasksLiteral",
    "AdsPixelField",
    "AdsPixelFieldLiteral",
    "UpdateAdsPixelResultField",
    "UpdateAdsPixelResultFieldLiteral",
    "CreateAdsPixelResultField",
    "CreateAdsPixelResultFieldLiteral",
    "CreateBusinessAdsPixelResultField",
    "CreateBusinessAdsPixelResultFieldLiteral",
    "AdsPixelGetAudiencesActionSource",
    "AdsPixelGetAudiencesActionSourceLiteral",
    "AdsPixelGetDaChecksConnectionMethod",
    "AdsPixelGetDaChecksConnectionMethodLiteral",
    "AdsPixelCreateEventPlatformField",
    "AdsPixelCreateEventPlatformFieldLiteral",
    "AdsPixelCreateEventProgressField",
    "AdsPixelCreateEventProgressFieldLiteral",
    "AdsPixelEventsReceivedField",
    "AdsPixelEventsReceivedFieldLiteral",
    "AdsPixelEventAttributionAdditionalTouchpointField",
    "AdsPixelEventAttributionAdditionalTouchpointFieldLiteral",
    "AdsPixelEventAttributionField",
    "AdsPixelEventAttributionFieldLiteral",
    "AdsPixelEventSuccessField",
    "AdsPixelEventSuccessFieldLiteral",
    "AdsPixelEventClaimsClaimField",
    "AdsPixelEventClaimsClaimFieldLiteral",
    "AdsPixelEventClaimsField",
    "AdsPixelEventClaimsFieldLiteral",
    "AdsPixelCreateSharedAccountResultField",
    "AdsPixelCreateSharedAccountResultFieldLiteral",
    "AdsPixelDeleteSharedAccountsResultField",
    "AdsPixelDeleteSharedAccountsResultFieldLiteral",
    "AdsPixelCreateEventResult",
    "AdsPixelStats",
    "AdsPixelStatsField",
    "AdsPixelStatsFieldLiteral",
    "AdsPixelStatsResult",
    "AdsPixelStatsResultAggregation",
    "AdsPixelStatsResultAggregationLiteral",
    "AdsPixelStatsResultField",
    "AdsPixelStatsResultFieldLiteral",
    "AppData",
    "AppDataField",
    "AppDataFieldLiteral",
    "AssignedUser",
    "AssignedUserField",
    "AssignedUserFieldLiteral",
    "Business",
    "BusinessField",
    "BusinessFieldLiteral",
    "Content",
    "ContentField",
    "ContentFieldLiteral",
    "CustomAudience",
    "CustomAudienceSubtype",
    "CustomAudienceSubtypeLiteral",
    "CustomAudienceField",
    "CustomAudienceFieldLiteral",
    "CustomData",
    "CustomDataDeliveryCategory",
    "CustomDataDeliveryCategoryLiteral",
    "CustomDataField",
    "CustomDataFieldLiteral",
    "DACheck",
    "DACheckField",
    "DACheckFieldLiteral",
    "OriginalEventData",
    "OriginalEventDataField",
    "OriginalEventDataFieldLiteral",
    "ServerEvent",
    "ServerEventActionSource",
    "ServerEventActionSourceLiteral",
    "ServerEventCustomerSegmentation",
    "ServerEventCustomerSegmentationLiteral",
    "ServerEventField",
    "ServerEventFieldLiteral",
    "User",
    "UserField",
    "UserFieldLiteral",
    "UserData",
    "UserDataField",
    "UserDataFieldLiteral",
]

__getattr__ = lazy_getattr(
    __name__,
    {
        "AdAccount": "ad_account",
        "AdAccountField": "ad_account",
        "AdAccountFieldLiteral": "ad_account",
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
        "AdsPixelAutomaticMatchingFieldsLiteral": "ads_pixel",
        "AdsPixelDataUseSetting": "ads_pixel",
        "AdsPixelDataUseSettingLiteral": "ads_pixel",
        "AdsPixelFirstPartyCookieStatus": "ads_pixel",
        "AdsPixelFirstPartyCookieStatusLiteral": "ads_pixel",
        "AdsPixelTasks": "ads_pixel",
        "AdsPixelTasksLiteral": "ads_pixel",
        "AdsPixelField": "ads_pixel",
        "AdsPixelFieldLiteral": "ads_pixel",
        "UpdateAdsPixelResultField": "ads_pixel",
        "UpdateAdsPixelResultFieldLiteral": "ads_pixel",
        "CreateAdsPixelResultField": "ads_pixel",
        "CreateAdsPixelResultFieldLiteral": "ads_pixel",
        "CreateBusinessAdsPixelResultField": "ads_pixel",
        "CreateBusinessAdsPixelResultFieldLiteral": "ads_pixel",
        "AdsPixelGetAudiencesActionSource": "ads_pixel",
        "AdsPixelGetAudiencesActionSourceLiteral": "ads_pixel",
        "AdsPixelGetDaChecksConnectionMethod": "ads_pixel",
        "AdsPixelGetDaChecksConnectionMethodLiteral": "ads_pixel",
        "AdsPixelCreateEventPlatformField": "ads_pixel",
        "AdsPixelCreateEventPlatformFieldLiteral": "ads_pixel",
        "AdsPixelCreateEventProgressField": "ads_pixel",
        "AdsPixelCreateEventProgressFieldLiteral": "ads_pixel",
        "AdsPixelEventsReceivedField": "ads_pixel",
        "AdsPixelEventsReceivedFieldLiteral": "ads_pixel",
        "AdsPixelEventAttributionAdditionalTouchpointField": "ads_pixel",
        "AdsPixelEventAttributionAdditionalTouchpointFieldLiteral": "ads_pixel",
        "AdsPixelEventAttributionField": "ads_pixel",
        "AdsPixelEventAttributionFieldLiteral": "ads_pixel",
        "AdsPixelEventSuccessField": "ads_pixel",
        "AdsPixelEventSuccessFieldLiteral": "ads_pixel",
        "AdsPixelEventClaimsClaimField": "ads_pixel",
        "AdsPixelEventClaimsClaimFieldLiteral": "ads_pixel",
        "AdsPixelEventClaimsField": "ads_pixel",
        "AdsPixelEventClaimsFieldLiteral": "ads_pixel",
        "AdsPixelCreateSharedAccountResultField": "ads_pixel",
        "AdsPixelCreateSharedAccountResultFieldLiteral": "ads_pixel",
        "AdsPixelDeleteSharedAccountsResultField": "ads_pixel",
        "AdsPixelDeleteSharedAccountsResultFieldLiteral": "ads_pixel",
        "AdsPixelCreateEventResult": "ads_pixel",
        "AdsPixelStats": "ads_pixel_stats",
        "AdsPixelStatsField": "ads_pixel_stats",
        "AdsPixelStatsFieldLiteral": "ads_pixel_stats",
        "AdsPixelStatsResult": "ads_pixel_stats_result",
        "AdsPixelStatsResultAggregation": "ads_pixel_stats_result",
        "AdsPixelStatsResultAggregationLiteral": "ads_pixel_stats_result",
        "AdsPixelStatsResultField": "ads_pixel_stats_result",
        "AdsPixelStatsResultFieldLiteral": "ads_pixel_stats_result",
        "AppData": "app_data",
        "AppDataField": "app_data",
        "AppDataFieldLiteral": "app_data",
        "AssignedUser": "assigned_user",
        "AssignedUserField": "assigned_user",
        "AssignedUserFieldLiteral": "assigned_user",
        "Business": "business",
        "BusinessField": "business",
        "BusinessFieldLiteral": "business",
        "Content": "content",
        "ContentField": "content",
        "ContentFieldLiteral": "content",
        "CustomAudience": "custom_audience",
        "CustomAudienceSubtype": "custom_audience",
        "CustomAudienceSubtypeLiteral": "custom_audience",
        "CustomAudienceField": "custom_audience",
        "CustomAudienceFieldLiteral": "custom_audience",
        "CustomData": "custom_data",
        "CustomDataDeliveryCategory": "custom_data",
        "CustomDataDeliveryCategoryLiteral": "custom_data",
        "CustomDataField": "custom_data",
        "CustomDataFieldLiteral": "custom_data",
        "DACheck": "da_check",
        "DACheckField": "da_check",
        "DACheckFieldLiteral": "da_check",
        "OriginalEventData": "original_event_data",
        "OriginalEventDataField": "original_event_data",
        "OriginalEventDataFieldLiteral": "original_event_data",
        "ServerEvent": "server_event",
        "ServerEventActionSource": "server_event",
        "ServerEventActionSourceLiteral": "server_event",
        "ServerEventCustomerSegmentation": "server_event",
        "ServerEventCustomerSegmentationLiteral": "server_event",
        "ServerEventField": "server_event",
        "ServerEventFieldLiteral": "server_event",
        "User": "user",
        "UserField": "user",
        "UserFieldLiteral": "user",
        "UserData": "user_data",
        "UserDataField": "user_data",
        "UserDataFieldLiteral": "user_data",
    },
)
