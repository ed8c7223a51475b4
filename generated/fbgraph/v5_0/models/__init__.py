"""Models of Graph API v5.0: one module per node or struct, imported on first use."""

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
    from .ads_pixel import AdsPixelCreateAssignedUserResult as AdsPixelCreateAssignedUserResult
    from .ads_pixel import AdsPixelDeleteAssignedUsersResult as AdsPixelDeleteAssignedUsersResult
    from .ads_pixel import AdsPixelCreateEventResult as AdsPixelCreateEventResult
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
    from .ads_pixel import (
        AdsPixelCreateAssignedUserResultField as AdsPixelCreateAssignedUserResultField,
    )
    from .ads_pixel import (
        AdsPixelCreateAssignedUserResultFieldLiteral as AdsPixelCreateAssignedUserResultFieldLiteral,
    )
    from .ads_pixel import (
        AdsPixelDeleteAssignedUsersResultField as AdsPixelDeleteAssignedUsersResultField,
    )
    from .ads_pixel import (
        AdsPixelDeleteAssignedUsersResultFieldLiteral as AdsPixelDeleteAssignedUsersResultFieldLiteral,
    )
    from .ads_pixel import AdsPixelCreateEventResultField as AdsPixelCreateEventResultField
    from .ads_pixel import (
        AdsPixelCreateEventResultFieldLiteral as AdsPixelCreateEventResultFieldLiteral,
    )
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
    from .assigned_user import AssignedUser as AssignedUser
    from .assigned_user import AssignedUserField as AssignedUserField
    from .assigned_user import AssignedUserFieldLiteral as AssignedUserFieldLiteral
    from .business import Business as Business
    from .business import BusinessField as BusinessField
    from .business import BusinessFieldLiteral as BusinessFieldLiteral
    from .custom_audience import CustomAudience as CustomAudience
    from .custom_audience import CustomAudienceSubtype as CustomAudienceSubtype
    from .custom_audience import CustomAudienceSubtypeLiteral as CustomAudienceSubtypeLiteral
    from .custom_audience import CustomAudienceField as CustomAudienceField
    from .custom_audience import CustomAudienceFieldLiteral as CustomAudienceFieldLiteral
    from .da_check import DACheck as DACheck
    from .da_check import DACheckField as DACheckField
    from .da_check import DACheckFieldLiteral as DACheckFieldLiteral
    from .user import User as User
    from .user import UserField as UserField
    from .user import UserFieldLiteral as UserFieldLiteral

__all__ = [
    "AdAccount",
    "AdAccountField",
    "AdAccountFieldLiteral",
    "AdsPixel",
    "UpdateAdsPixelResult",
    "CreateAdsPixelResult",
    "CreateBusinessAdsPixelResult",
    "AdsPixelCreateAssignedUserResult",
    "AdsPixelDeleteAssignedUsersResult",
    "AdsPixelCreateEventResult",
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
    "AdsPixelCreateAssignedUserResultField",
    "AdsPixelCreateAssignedUserResultFieldLiteral",
    "AdsPixelDeleteAssignedUsersResultField",
    "AdsPixelDeleteAssignedUsersResultFieldLiteral",
    "AdsPixelCreateEventResultField",
    "AdsPixelCreateEventResultFieldLiteral",
    "AdsPixelCreateSharedAccountResultField",
    "AdsPixelCreateSharedAccountResultFieldLiteral",
    "AdsPixelDeleteSharedAccountsResultField",
    "AdsPixelDeleteSharedAccountsResultFieldLiteral",
    "AdsPixelStats",
    "AdsPixelStatsField",
    "AdsPixelStatsFieldLiteral",
    "AdsPixelStatsResult",
    "AdsPixelStatsResultAggregation",
    "AdsPixelStatsResultAggregationLiteral",
    "AdsPixelStatsResultField",
    "AdsPixelStatsResultFieldLiteral",
    "AssignedUser",
    "AssignedUserField",
    "AssignedUserFieldLiteral",
    "Business",
    "BusinessField",
    "BusinessFieldLiteral",
    "CustomAudience",
    "CustomAudienceSubtype",
    "CustomAudienceSubtypeLiteral",
    "CustomAudienceField",
    "CustomAudienceFieldLiteral",
    "DACheck",
    "DACheckField",
    "DACheckFieldLiteral",
    "User",
    "UserField",
    "UserFieldLiteral",
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
        "AdsPixelCreateAssignedUserResult": "ads_pixel",
        "AdsPixelDeleteAssignedUsersResult": "ads_pixel",
        "AdsPixelCreateEventResult": "ads_pixel",
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
        "AdsPixelCreateAssignedUserResultField": "ads_pixel",
        "AdsPixelCreateAssignedUserResultFieldLiteral": "ads_pixel",
        "AdsPixelDeleteAssignedUsersResultField": "ads_pixel",
        "AdsPixelDeleteAssignedUsersResultFieldLiteral": "ads_pixel",
        "AdsPixelCreateEventResultField": "ads_pixel",
        "AdsPixelCreateEventResultFieldLiteral": "ads_pixel",
        "AdsPixelCreateSharedAccountResultField": "ads_pixel",
        "AdsPixelCreateSharedAccountResultFieldLiteral": "ads_pixel",
        "AdsPixelDeleteSharedAccountsResultField": "ads_pixel",
        "AdsPixelDeleteSharedAccountsResultFieldLiteral": "ads_pixel",
        "AdsPixelStats": "ads_pixel_stats",
        "AdsPixelStatsField": "ads_pixel_stats",
        "AdsPixelStatsFieldLiteral": "ads_pixel_stats",
        "AdsPixelStatsResult": "ads_pixel_stats_result",
        "AdsPixelStatsResultAggregation": "ads_pixel_stats_result",
        "AdsPixelStatsResultAggregationLiteral": "ads_pixel_stats_result",
        "AdsPixelStatsResultField": "ads_pixel_stats_result",
        "AdsPixelStatsResultFieldLiteral": "ads_pixel_stats_result",
        "AssignedUser": "assigned_user",
        "AssignedUserField": "assigned_user",
        "AssignedUserFieldLiteral": "assigned_user",
        "Business": "business",
        "BusinessField": "business",
        "BusinessFieldLiteral": "business",
        "CustomAudience": "custom_audience",
        "CustomAudienceSubtype": "custom_audience",
        "CustomAudienceSubtypeLiteral": "custom_audience",
        "CustomAudienceField": "custom_audience",
        "CustomAudienceFieldLiteral": "custom_audience",
        "DACheck": "da_check",
        "DACheckField": "da_check",
        "DACheckFieldLiteral": "da_check",
        "User": "user",
        "UserField": "user",
        "UserFieldLiteral": "user",
    },
)
