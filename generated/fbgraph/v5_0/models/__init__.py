"""Models of Graph API v5.0: one module per node or struct, imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_getattr

if TYPE_CHECKING:
    from .ad_account import AdAccount as AdAccount
    from .ad_account import AdAccountField as AdAccountField
    from .ad_account_creation_request import AdAccountCreationRequest as AdAccountCreationRequest
    from .ad_account_creation_request import (
        AdAccountCreationRequestField as AdAccountCreationRequestField,
    )
    from .ad_account_promotable_objects import (
        AdAccountPromotableObjects as AdAccountPromotableObjects,
    )
    from .ad_account_promotable_objects import (
        AdAccountPromotableObjectsField as AdAccountPromotableObjectsField,
    )
    from .ad_bid_adjustments import AdBidAdjustments as AdBidAdjustments
    from .ad_bid_adjustments import AdBidAdjustmentsField as AdBidAdjustmentsField
    from .ad_campaign_bid_constraint import AdCampaignBidConstraint as AdCampaignBidConstraint
    from .ad_campaign_bid_constraint import (
        AdCampaignBidConstraintField as AdCampaignBidConstraintField,
    )
    from .ad_campaign_frequency_control_specs import (
        AdCampaignFrequencyControlSpecs as AdCampaignFrequencyControlSpecs,
    )
    from .ad_campaign_frequency_control_specs import (
        AdCampaignFrequencyControlSpecsField as AdCampaignFrequencyControlSpecsField,
    )
    from .ad_campaign_issues_info import AdCampaignIssuesInfo as AdCampaignIssuesInfo
    from .ad_campaign_issues_info import AdCampaignIssuesInfoField as AdCampaignIssuesInfoField
    from .ad_label import AdLabel as AdLabel
    from .ad_label import AdLabelField as AdLabelField
    from .ad_promoted_object import AdPromotedObject as AdPromotedObject
    from .ad_promoted_object import (
        AdPromotedObjectCustomEventType as AdPromotedObjectCustomEventType,
    )
    from .ad_promoted_object import AdPromotedObjectField as AdPromotedObjectField
    from .ad_recommendation import AdRecommendation as AdRecommendation
    from .ad_recommendation import AdRecommendationConfidence as AdRecommendationConfidence
    from .ad_recommendation import AdRecommendationImportance as AdRecommendationImportance
    from .ad_recommendation import AdRecommendationField as AdRecommendationField
    from .ad_recommendation_data import AdRecommendationData as AdRecommendationData
    from .ad_recommendation_data import AdRecommendationDataField as AdRecommendationDataField
    from .ad_set import AdSet as AdSet
    from .ad_set import AdSetBidStrategy as AdSetBidStrategy
    from .ad_set import AdSetBillingEvent as AdSetBillingEvent
    from .ad_set import AdSetConfiguredStatus as AdSetConfiguredStatus
    from .ad_set import AdSetEffectiveStatus as AdSetEffectiveStatus
    from .ad_set import AdSetOptimizationGoal as AdSetOptimizationGoal
    from .ad_set import AdSetStatus as AdSetStatus
    from .ad_set import AdSetField as AdSetField
    from .ad_study import AdStudy as AdStudy
    from .ad_study import AdStudyField as AdStudyField
    from .ad_video import AdVideo as AdVideo
    from .ad_video import AdVideoField as AdVideoField
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
    from .ads_pixel import AdsPixelDataUseSetting as AdsPixelDataUseSetting
    from .ads_pixel import AdsPixelFirstPartyCookieStatus as AdsPixelFirstPartyCookieStatus
    from .ads_pixel import AdsPixelTasks as AdsPixelTasks
    from .ads_pixel import AdsPixelField as AdsPixelField
    from .ads_pixel import UpdateAdsPixelResultField as UpdateAdsPixelResultField
    from .ads_pixel import CreateAdsPixelResultField as CreateAdsPixelResultField
    from .ads_pixel import CreateBusinessAdsPixelResultField as CreateBusinessAdsPixelResultField
    from .ads_pixel import (
        AdsPixelCreateAssignedUserResultField as AdsPixelCreateAssignedUserResultField,
    )
    from .ads_pixel import (
        AdsPixelDeleteAssignedUsersResultField as AdsPixelDeleteAssignedUsersResultField,
    )
    from .ads_pixel import AdsPixelCreateEventResultField as AdsPixelCreateEventResultField
    from .ads_pixel import (
        AdsPixelCreateSharedAccountResultField as AdsPixelCreateSharedAccountResultField,
    )
    from .ads_pixel import (
        AdsPixelDeleteSharedAccountsResultField as AdsPixelDeleteSharedAccountsResultField,
    )
    from .ads_pixel_stats import AdsPixelStats as AdsPixelStats
    from .ads_pixel_stats import AdsPixelStatsField as AdsPixelStatsField
    from .ads_pixel_stats_result import AdsPixelStatsResult as AdsPixelStatsResult
    from .ads_pixel_stats_result import (
        AdsPixelStatsResultAggregation as AdsPixelStatsResultAggregation,
    )
    from .ads_pixel_stats_result import AdsPixelStatsResultField as AdsPixelStatsResultField
    from .age_range import AgeRange as AgeRange
    from .age_range import AgeRangeField as AgeRangeField
    from .agency_client_declaration import AgencyClientDeclaration as AgencyClientDeclaration
    from .agency_client_declaration import (
        AgencyClientDeclarationField as AgencyClientDeclarationField,
    )
    from .album import Album as Album
    from .album import AlbumField as AlbumField
    from .android_app_link import AndroidAppLink as AndroidAppLink
    from .android_app_link import AndroidAppLinkField as AndroidAppLinkField
    from .app_links import AppLinks as AppLinks
    from .app_links import AppLinksField as AppLinksField
    from .assigned_user import AssignedUser as AssignedUser
    from .assigned_user import AssignedUserField as AssignedUserField
    from .attribution_spec import AttributionSpec as AttributionSpec
    from .attribution_spec import AttributionSpecField as AttributionSpecField
    from .audience_permission_for_actions import (
        AudiencePermissionForActions as AudiencePermissionForActions,
    )
    from .audience_permission_for_actions import (
        AudiencePermissionForActionsField as AudiencePermissionForActionsField,
    )
    from .business import Business as Business
    from .business import BusinessField as BusinessField
    from .campaign import Campaign as Campaign
    from .campaign import CampaignBidStrategy as CampaignBidStrategy
    from .campaign import CampaignConfiguredStatus as CampaignConfiguredStatus
    from .campaign import CampaignEffectiveStatus as CampaignEffectiveStatus
    from .campaign import CampaignStatus as CampaignStatus
    from .campaign import CampaignField as CampaignField
    from .catalog_based_targeting import CatalogBasedTargeting as CatalogBasedTargeting
    from .catalog_based_targeting import CatalogBasedTargetingField as CatalogBasedTargetingField
    from .child_event import ChildEvent as ChildEvent
    from .child_event import ChildEventField as ChildEventField
    from .copyright_reference_container import (
        CopyrightReferenceContainer as CopyrightReferenceContainer,
    )
    from .copyright_reference_container import (
        CopyrightReferenceContainerField as CopyrightReferenceContainerField,
    )
    from .cover_photo import CoverPhoto as CoverPhoto
    from .cover_photo import CoverPhotoField as CoverPhotoField
    from .currency import Currency as Currency
    from .currency import CurrencyField as CurrencyField
    from .custom_audience import CustomAudience as CustomAudience
    from .custom_audience import CustomAudienceSubtype as CustomAudienceSubtype
    from .custom_audience import CustomAudienceField as CustomAudienceField
    from .custom_audience_data_source import CustomAudienceDataSource as CustomAudienceDataSource
    from .custom_audience_data_source import (
        CustomAudienceDataSourceSubType as CustomAudienceDataSourceSubType,
    )
    from .custom_audience_data_source import (
        CustomAudienceDataSourceType as CustomAudienceDataSourceType,
    )
    from .custom_audience_data_source import (
        CustomAudienceDataSourceField as CustomAudienceDataSourceField,
    )
    from .custom_audience_sharing_status import (
        CustomAudienceSharingStatus as CustomAudienceSharingStatus,
    )
    from .custom_audience_sharing_status import (
        CustomAudienceSharingStatusField as CustomAudienceSharingStatusField,
    )
    from .custom_audience_status import CustomAudienceStatus as CustomAudienceStatus
    from .custom_audience_status import CustomAudienceStatusField as CustomAudienceStatusField
    from .da_check import DACheck as DACheck
    from .da_check import DACheckField as DACheckField
    from .day_part import DayPart as DayPart
    from .day_part import DayPartField as DayPartField
    from .delivery_check import DeliveryCheck as DeliveryCheck
    from .delivery_check import DeliveryCheckField as DeliveryCheckField
    from .delivery_check_extra_info import DeliveryCheckExtraInfo as DeliveryCheckExtraInfo
    from .delivery_check_extra_info import (
        DeliveryCheckExtraInfoField as DeliveryCheckExtraInfoField,
    )
    from .engagement import Engagement as Engagement
    from .engagement import EngagementField as EngagementField
    from .entity_at_text_range import EntityAtTextRange as EntityAtTextRange
    from .entity_at_text_range import EntityAtTextRangeType as EntityAtTextRangeType
    from .entity_at_text_range import EntityAtTextRangeField as EntityAtTextRangeField
    from .event import Event as Event
    from .event import EventCategory as EventCategory
    from .event import EventType as EventType
    from .event import EventField as EventField
    from .experience import Experience as Experience
    from .experience import ExperienceField as ExperienceField
    from .extended_credit_invoice_group import (
        ExtendedCreditInvoiceGroup as ExtendedCreditInvoiceGroup,
    )
    from .extended_credit_invoice_group import (
        ExtendedCreditInvoiceGroupField as ExtendedCreditInvoiceGroupField,
    )
    from .flexible_targeting import FlexibleTargeting as FlexibleTargeting
    from .flexible_targeting import FlexibleTargetingField as FlexibleTargetingField
    from .funding_source_details import FundingSourceDetails as FundingSourceDetails
    from .funding_source_details import FundingSourceDetailsField as FundingSourceDetailsField
    from .funding_source_details_coupon import (
        FundingSourceDetailsCoupon as FundingSourceDetailsCoupon,
    )
    from .funding_source_details_coupon import (
        FundingSourceDetailsCouponField as FundingSourceDetailsCouponField,
    )
    from .group import Group as Group
    from .group import GroupField as GroupField
    from .id_name import IDName as IDName
    from .id_name import IDNameField as IDNameField
    from .ig_comment import IGComment as IGComment
    from .ig_comment import IGCommentField as IGCommentField
    from .ig_media import IGMedia as IGMedia
    from .ig_media import IGMediaField as IGMediaField
    from .ig_user import IGUser as IGUser
    from .ig_user import IGUserField as IGUserField
    from .ios_app_link import IosAppLink as IosAppLink
    from .ios_app_link import IosAppLinkField as IosAppLinkField
    from .lead_gen_form_preview_details import (
        LeadGenFormPreviewDetails as LeadGenFormPreviewDetails,
    )
    from .lead_gen_form_preview_details import (
        LeadGenFormPreviewDetailsField as LeadGenFormPreviewDetailsField,
    )
    from .location import Location as Location
    from .location import LocationField as LocationField
    from .lookalike_spec import LookalikeSpec as LookalikeSpec
    from .lookalike_spec import LookalikeSpecField as LookalikeSpecField
    from .mailing_address import MailingAddress as MailingAddress
    from .mailing_address import MailingAddressField as MailingAddressField
    from .messenger_destination_page_welcome_message import (
        MessengerDestinationPageWelcomeMessage as MessengerDestinationPageWelcomeMessage,
    )
    from .messenger_destination_page_welcome_message import (
        MessengerDestinationPageWelcomeMessageField as MessengerDestinationPageWelcomeMessageField,
    )
    from .music_video_copyright import MusicVideoCopyright as MusicVideoCopyright
    from .music_video_copyright import MusicVideoCopyrightField as MusicVideoCopyrightField
    from .page import PageNode as PageNode
    from .page import PageNodeField as PageNodeField
    from .page_about_story import PageAboutStory as PageAboutStory
    from .page_about_story import PageAboutStoryField as PageAboutStoryField
    from .page_admin_note import PageAdminNote as PageAdminNote
    from .page_admin_note import PageAdminNoteField as PageAdminNoteField
    from .page_category import PageCategory as PageCategory
    from .page_category import PageCategoryField as PageCategoryField
    from .page_label import PageLabel as PageLabel
    from .page_label import PageLabelField as PageLabelField
    from .page_parking import PageParking as PageParking
    from .page_parking import PageParkingField as PageParkingField
    from .page_payment_options import PagePaymentOptions as PagePaymentOptions
    from .page_payment_options import PagePaymentOptionsField as PagePaymentOptionsField
    from .page_restaurant_services import PageRestaurantServices as PageRestaurantServices
    from .page_restaurant_services import PageRestaurantServicesField as PageRestaurantServicesField
    from .page_restaurant_specialties import PageRestaurantSpecialties as PageRestaurantSpecialties
    from .page_restaurant_specialties import (
        PageRestaurantSpecialtiesField as PageRestaurantSpecialtiesField,
    )
    from .page_start_info import PageStartInfo as PageStartInfo
    from .page_start_info import PageStartInfoField as PageStartInfoField
    from .payment_pricepoints import PaymentPricepoints as PaymentPricepoints
    from .payment_pricepoints import PaymentPricepointsField as PaymentPricepointsField
    from .photo import Photo as Photo
    from .photo import PhotoField as PhotoField
    from .place import Place as Place
    from .place import PlaceField as PlaceField
    from .platform_image_source import PlatformImageSource as PlatformImageSource
    from .platform_image_source import PlatformImageSourceField as PlatformImageSourceField
    from .privacy import Privacy as Privacy
    from .privacy import PrivacyField as PrivacyField
    from .profile import Profile as Profile
    from .profile import ProfileProfileType as ProfileProfileType
    from .profile import ProfileField as ProfileField
    from .profile_picture_source import ProfilePictureSource as ProfilePictureSource
    from .profile_picture_source import ProfilePictureSourceField as ProfilePictureSourceField
    from .raw_custom_audience import RawCustomAudience as RawCustomAudience
    from .raw_custom_audience import RawCustomAudienceField as RawCustomAudienceField
    from .reach_frequency_spec import ReachFrequencySpec as ReachFrequencySpec
    from .reach_frequency_spec import ReachFrequencySpecField as ReachFrequencySpecField
    from .security_settings import SecuritySettings as SecuritySettings
    from .security_settings import SecuritySettingsField as SecuritySettingsField
    from .targeting import Targeting as Targeting
    from .targeting import TargetingDevicePlatforms as TargetingDevicePlatforms
    from .targeting import TargetingEffectiveDevicePlatforms as TargetingEffectiveDevicePlatforms
    from .targeting import TargetingField as TargetingField
    from .targeting_dynamic_rule import TargetingDynamicRule as TargetingDynamicRule
    from .targeting_dynamic_rule import TargetingDynamicRuleField as TargetingDynamicRuleField
    from .targeting_geo_location import TargetingGeoLocation as TargetingGeoLocation
    from .targeting_geo_location import TargetingGeoLocationField as TargetingGeoLocationField
    from .targeting_geo_location_city import TargetingGeoLocationCity as TargetingGeoLocationCity
    from .targeting_geo_location_city import (
        TargetingGeoLocationCityField as TargetingGeoLocationCityField,
    )
    from .targeting_geo_location_custom_location import (
        TargetingGeoLocationCustomLocation as TargetingGeoLocationCustomLocation,
    )
    from .targeting_geo_location_custom_location import (
        TargetingGeoLocationCustomLocationField as TargetingGeoLocationCustomLocationField,
    )
    from .targeting_geo_location_electoral_district import (
        TargetingGeoLocationElectoralDistrict as TargetingGeoLocationElectoralDistrict,
    )
    from .targeting_geo_location_electoral_district import (
        TargetingGeoLocationElectoralDistrictField as TargetingGeoLocationElectoralDistrictField,
    )
    from .targeting_geo_location_geo_entities import (
        TargetingGeoLocationGeoEntities as TargetingGeoLocationGeoEntities,
    )
    from .targeting_geo_location_geo_entities import (
        TargetingGeoLocationGeoEntitiesField as TargetingGeoLocationGeoEntitiesField,
    )
    from .targeting_geo_location_location_cluster import (
        TargetingGeoLocationLocationCluster as TargetingGeoLocationLocationCluster,
    )
    from .targeting_geo_location_location_cluster import (
        TargetingGeoLocationLocationClusterField as TargetingGeoLocationLocationClusterField,
    )
    from .targeting_geo_location_location_expansion import (
        TargetingGeoLocationLocationExpansion as TargetingGeoLocationLocationExpansion,
    )
    from .targeting_geo_location_location_expansion import (
        TargetingGeoLocationLocationExpansionField as TargetingGeoLocationLocationExpansionField,
    )
    from .targeting_geo_location_market import (
        TargetingGeoLocationMarket as TargetingGeoLocationMarket,
    )
    from .targeting_geo_location_market import (
        TargetingGeoLocationMarketField as TargetingGeoLocationMarketField,
    )
    from .targeting_geo_location_place import TargetingGeoLocationPlace as TargetingGeoLocationPlace
    from .targeting_geo_location_place import (
        TargetingGeoLocationPlaceField as TargetingGeoLocationPlaceField,
    )
    from .targeting_geo_location_political_district import (
        TargetingGeoLocationPoliticalDistrict as TargetingGeoLocationPoliticalDistrict,
    )
    from .targeting_geo_location_political_district import (
        TargetingGeoLocationPoliticalDistrictField as TargetingGeoLocationPoliticalDistrictField,
    )
    from .targeting_geo_location_region import (
        TargetingGeoLocationRegion as TargetingGeoLocationRegion,
    )
    from .targeting_geo_location_region import (
        TargetingGeoLocationRegionField as TargetingGeoLocationRegionField,
    )
    from .targeting_geo_location_zip import TargetingGeoLocationZip as TargetingGeoLocationZip
    from .targeting_geo_location_zip import (
        TargetingGeoLocationZipField as TargetingGeoLocationZipField,
    )
    from .targeting_product_audience_spec import (
        TargetingProductAudienceSpec as TargetingProductAudienceSpec,
    )
    from .targeting_product_audience_spec import (
        TargetingProductAudienceSpecField as TargetingProductAudienceSpecField,
    )
    from .targeting_product_audience_sub_spec import (
        TargetingProductAudienceSubSpec as TargetingProductAudienceSubSpec,
    )
    from .targeting_product_audience_sub_spec import (
        TargetingProductAudienceSubSpecField as TargetingProductAudienceSubSpecField,
    )
    from .targeting_prospecting_audience import (
        TargetingProspectingAudience as TargetingProspectingAudience,
    )
    from .targeting_prospecting_audience import (
        TargetingProspectingAudienceField as TargetingProspectingAudienceField,
    )
    from .user import User as User
    from .user import UserField as UserField
    from .user_cover_photo import UserCoverPhoto as UserCoverPhoto
    from .user_cover_photo import UserCoverPhotoField as UserCoverPhotoField
    from .user_device import UserDevice as UserDevice
    from .user_device import UserDeviceField as UserDeviceField
    from .video_copyright import VideoCopyright as VideoCopyright
    from .video_copyright import VideoCopyrightField as VideoCopyrightField
    from .video_copyright_condition_group import (
        VideoCopyrightConditionGroup as VideoCopyrightConditionGroup,
    )
    from .video_copyright_condition_group import (
        VideoCopyrightConditionGroupField as VideoCopyrightConditionGroupField,
    )
    from .video_copyright_geo_gate import VideoCopyrightGeoGate as VideoCopyrightGeoGate
    from .video_copyright_geo_gate import VideoCopyrightGeoGateField as VideoCopyrightGeoGateField
    from .video_copyright_rule import VideoCopyrightRule as VideoCopyrightRule
    from .video_copyright_rule import VideoCopyrightRuleField as VideoCopyrightRuleField
    from .video_copyright_segment import VideoCopyrightSegment as VideoCopyrightSegment
    from .video_copyright_segment import VideoCopyrightSegmentField as VideoCopyrightSegmentField
    from .video_upload_limits import VideoUploadLimits as VideoUploadLimits
    from .video_upload_limits import VideoUploadLimitsField as VideoUploadLimitsField
    from .voip_info import VoipInfo as VoipInfo
    from .voip_info import VoipInfoField as VoipInfoField
    from .web_app_link import WebAppLink as WebAppLink
    from .web_app_link import WebAppLinkField as WebAppLinkField
    from .windows_app_link import WindowsAppLink as WindowsAppLink
    from .windows_app_link import WindowsAppLinkField as WindowsAppLinkField
    from .windows_phone_app_link import WindowsPhoneAppLink as WindowsPhoneAppLink
    from .windows_phone_app_link import WindowsPhoneAppLinkField as WindowsPhoneAppLinkField

__getattr__ = lazy_getattr(
    __name__,
    {
        "AdAccount": "ad_account",
        "AdAccountField": "ad_account",
        "AdAccountCreationRequest": "ad_account_creation_request",
        "AdAccountCreationRequestField": "ad_account_creation_request",
        "AdAccountPromotableObjects": "ad_account_promotable_objects",
        "AdAccountPromotableObjectsField": "ad_account_promotable_objects",
        "AdBidAdjustments": "ad_bid_adjustments",
        "AdBidAdjustmentsField": "ad_bid_adjustments",
        "AdCampaignBidConstraint": "ad_campaign_bid_constraint",
        "AdCampaignBidConstraintField": "ad_campaign_bid_constraint",
        "AdCampaignFrequencyControlSpecs": "ad_campaign_frequency_control_specs",
        "AdCampaignFrequencyControlSpecsField": "ad_campaign_frequency_control_specs",
        "AdCampaignIssuesInfo": "ad_campaign_issues_info",
        "AdCampaignIssuesInfoField": "ad_campaign_issues_info",
        "AdLabel": "ad_label",
        "AdLabelField": "ad_label",
        "AdPromotedObject": "ad_promoted_object",
        "AdPromotedObjectCustomEventType": "ad_promoted_object",
        "AdPromotedObjectField": "ad_promoted_object",
        "AdRecommendation": "ad_recommendation",
        "AdRecommendationConfidence": "ad_recommendation",
        "AdRecommendationImportance": "ad_recommendation",
        "AdRecommendationField": "ad_recommendation",
        "AdRecommendationData": "ad_recommendation_data",
        "AdRecommendationDataField": "ad_recommendation_data",
        "AdSet": "ad_set",
        "AdSetBidStrategy": "ad_set",
        "AdSetBillingEvent": "ad_set",
        "AdSetConfiguredStatus": "ad_set",
        "AdSetEffectiveStatus": "ad_set",
        "AdSetOptimizationGoal": "ad_set",
        "AdSetStatus": "ad_set",
        "AdSetField": "ad_set",
        "AdStudy": "ad_study",
        "AdStudyField": "ad_study",
        "AdVideo": "ad_video",
        "AdVideoField": "ad_video",
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
        "AdsPixelDataUseSetting": "ads_pixel",
        "AdsPixelFirstPartyCookieStatus": "ads_pixel",
        "AdsPixelTasks": "ads_pixel",
        "AdsPixelField": "ads_pixel",
        "UpdateAdsPixelResultField": "ads_pixel",
        "CreateAdsPixelResultField": "ads_pixel",
        "CreateBusinessAdsPixelResultField": "ads_pixel",
        "AdsPixelCreateAssignedUserResultField": "ads_pixel",
        "AdsPixelDeleteAssignedUsersResultField": "ads_pixel",
        "AdsPixelCreateEventResultField": "ads_pixel",
        "AdsPixelCreateSharedAccountResultField": "ads_pixel",
        "AdsPixelDeleteSharedAccountsResultField": "ads_pixel",
        "AdsPixelStats": "ads_pixel_stats",
        "AdsPixelStatsField": "ads_pixel_stats",
        "AdsPixelStatsResult": "ads_pixel_stats_result",
        "AdsPixelStatsResultAggregation": "ads_pixel_stats_result",
        "AdsPixelStatsResultField": "ads_pixel_stats_result",
        "AgeRange": "age_range",
        "AgeRangeField": "age_range",
        "AgencyClientDeclaration": "agency_client_declaration",
        "AgencyClientDeclarationField": "agency_client_declaration",
        "Album": "album",
        "AlbumField": "album",
        "AndroidAppLink": "android_app_link",
        "AndroidAppLinkField": "android_app_link",
        "AppLinks": "app_links",
        "AppLinksField": "app_links",
        "AssignedUser": "assigned_user",
        "AssignedUserField": "assigned_user",
        "AttributionSpec": "attribution_spec",
        "AttributionSpecField": "attribution_spec",
        "AudiencePermissionForActions": "audience_permission_for_actions",
        "AudiencePermissionForActionsField": "audience_permission_for_actions",
        "Business": "business",
        "BusinessField": "business",
        "Campaign": "campaign",
        "CampaignBidStrategy": "campaign",
        "CampaignConfiguredStatus": "campaign",
        "CampaignEffectiveStatus": "campaign",
        "CampaignStatus": "campaign",
        "CampaignField": "campaign",
        "CatalogBasedTargeting": "catalog_based_targeting",
        "CatalogBasedTargetingField": "catalog_based_targeting",
        "ChildEvent": "child_event",
        "ChildEventField": "child_event",
        "CopyrightReferenceContainer": "copyright_reference_container",
        "CopyrightReferenceContainerField": "copyright_reference_container",
        "CoverPhoto": "cover_photo",
        "CoverPhotoField": "cover_photo",
        "Currency": "currency",
        "CurrencyField": "currency",
        "CustomAudience": "custom_audience",
        "CustomAudienceSubtype": "custom_audience",
        "CustomAudienceField": "custom_audience",
        "CustomAudienceDataSource": "custom_audience_data_source",
        "CustomAudienceDataSourceSubType": "custom_audience_data_source",
        "CustomAudienceDataSourceType": "custom_audience_data_source",
        "CustomAudienceDataSourceField": "custom_audience_data_source",
        "CustomAudienceSharingStatus": "custom_audience_sharing_status",
        "CustomAudienceSharingStatusField": "custom_audience_sharing_status",
        "CustomAudienceStatus": "custom_audience_status",
        "CustomAudienceStatusField": "custom_audience_status",
        "DACheck": "da_check",
        "DACheckField": "da_check",
        "DayPart": "day_part",
        "DayPartField": "day_part",
        "DeliveryCheck": "delivery_check",
        "DeliveryCheckField": "delivery_check",
        "DeliveryCheckExtraInfo": "delivery_check_extra_info",
        "DeliveryCheckExtraInfoField": "delivery_check_extra_info",
        "Engagement": "engagement",
        "EngagementField": "engagement",
        "EntityAtTextRange": "entity_at_text_range",
        "EntityAtTextRangeType": "entity_at_text_range",
        "EntityAtTextRangeField": "entity_at_text_range",
        "Event": "event",
        "EventCategory": "event",
        "EventType": "event",
        "EventField": "event",
        "Experience": "experience",
        "ExperienceField": "experience",
        "ExtendedCreditInvoiceGroup": "extended_credit_invoice_group",
        "ExtendedCreditInvoiceGroupField": "extended_credit_invoice_group",
        "FlexibleTargeting": "flexible_targeting",
        "FlexibleTargetingField": "flexible_targeting",
        "FundingSourceDetails": "funding_source_details",
        "FundingSourceDetailsField": "funding_source_details",
        "FundingSourceDetailsCoupon": "funding_source_details_coupon",
        "FundingSourceDetailsCouponField": "funding_source_details_coupon",
        "Group": "group",
        "GroupField": "group",
        "IDName": "id_name",
        "IDNameField": "id_name",
        "IGComment": "ig_comment",
        "IGCommentField": "ig_comment",
        "IGMedia": "ig_media",
        "IGMediaField": "ig_media",
        "IGUser": "ig_user",
        "IGUserField": "ig_user",
        "IosAppLink": "ios_app_link",
        "IosAppLinkField": "ios_app_link",
        "LeadGenFormPreviewDetails": "lead_gen_form_preview_details",
        "LeadGenFormPreviewDetailsField": "lead_gen_form_preview_details",
        "Location": "location",
        "LocationField": "location",
        "LookalikeSpec": "lookalike_spec",
        "LookalikeSpecField": "lookalike_spec",
        "MailingAddress": "mailing_address",
        "MailingAddressField": "mailing_address",
        "MessengerDestinationPageWelcomeMessage": "messenger_destination_page_welcome_message",
        "MessengerDestinationPageWelcomeMessageField": "messenger_destination_page_welcome_message",
        "MusicVideoCopyright": "music_video_copyright",
        "MusicVideoCopyrightField": "music_video_copyright",
        "PageNode": "page",
        "PageNodeField": "page",
        "PageAboutStory": "page_about_story",
        "PageAboutStoryField": "page_about_story",
        "PageAdminNote": "page_admin_note",
        "PageAdminNoteField": "page_admin_note",
        "PageCategory": "page_category",
        "PageCategoryField": "page_category",
        "PageLabel": "page_label",
        "PageLabelField": "page_label",
        "PageParking": "page_parking",
        "PageParkingField": "page_parking",
        "PagePaymentOptions": "page_payment_options",
        "PagePaymentOptionsField": "page_payment_options",
        "PageRestaurantServices": "page_restaurant_services",
        "PageRestaurantServicesField": "page_restaurant_services",
        "PageRestaurantSpecialties": "page_restaurant_specialties",
        "PageRestaurantSpecialtiesField": "page_restaurant_specialties",
        "PageStartInfo": "page_start_info",
        "PageStartInfoField": "page_start_info",
        "PaymentPricepoints": "payment_pricepoints",
        "PaymentPricepointsField": "payment_pricepoints",
        "Photo": "photo",
        "PhotoField": "photo",
        "Place": "place",
        "PlaceField": "place",
        "PlatformImageSource": "platform_image_source",
        "PlatformImageSourceField": "platform_image_source",
        "Privacy": "privacy",
        "PrivacyField": "privacy",
        "Profile": "profile",
        "ProfileProfileType": "profile",
        "ProfileField": "profile",
        "ProfilePictureSource": "profile_picture_source",
        "ProfilePictureSourceField": "profile_picture_source",
        "RawCustomAudience": "raw_custom_audience",
        "RawCustomAudienceField": "raw_custom_audience",
        "ReachFrequencySpec": "reach_frequency_spec",
        "ReachFrequencySpecField": "reach_frequency_spec",
        "SecuritySettings": "security_settings",
        "SecuritySettingsField": "security_settings",
        "Targeting": "targeting",
        "TargetingDevicePlatforms": "targeting",
        "TargetingEffectiveDevicePlatforms": "targeting",
        "TargetingField": "targeting",
        "TargetingDynamicRule": "targeting_dynamic_rule",
        "TargetingDynamicRuleField": "targeting_dynamic_rule",
        "TargetingGeoLocation": "targeting_geo_location",
        "TargetingGeoLocationField": "targeting_geo_location",
        "TargetingGeoLocationCity": "targeting_geo_location_city",
        "TargetingGeoLocationCityField": "targeting_geo_location_city",
        "TargetingGeoLocationCustomLocation": "targeting_geo_location_custom_location",
        "TargetingGeoLocationCustomLocationField": "targeting_geo_location_custom_location",
        "TargetingGeoLocationElectoralDistrict": "targeting_geo_location_electoral_district",
        "TargetingGeoLocationElectoralDistrictField": "targeting_geo_location_electoral_district",
        "TargetingGeoLocationGeoEntities": "targeting_geo_location_geo_entities",
        "TargetingGeoLocationGeoEntitiesField": "targeting_geo_location_geo_entities",
        "TargetingGeoLocationLocationCluster": "targeting_geo_location_location_cluster",
        "TargetingGeoLocationLocationClusterField": "targeting_geo_location_location_cluster",
        "TargetingGeoLocationLocationExpansion": "targeting_geo_location_location_expansion",
        "TargetingGeoLocationLocationExpansionField": "targeting_geo_location_location_expansion",
        "TargetingGeoLocationMarket": "targeting_geo_location_market",
        "TargetingGeoLocationMarketField": "targeting_geo_location_market",
        "TargetingGeoLocationPlace": "targeting_geo_location_place",
        "TargetingGeoLocationPlaceField": "targeting_geo_location_place",
        "TargetingGeoLocationPoliticalDistrict": "targeting_geo_location_political_district",
        "TargetingGeoLocationPoliticalDistrictField": "targeting_geo_location_political_district",
        "TargetingGeoLocationRegion": "targeting_geo_location_region",
        "TargetingGeoLocationRegionField": "targeting_geo_location_region",
        "TargetingGeoLocationZip": "targeting_geo_location_zip",
        "TargetingGeoLocationZipField": "targeting_geo_location_zip",
        "TargetingProductAudienceSpec": "targeting_product_audience_spec",
        "TargetingProductAudienceSpecField": "targeting_product_audience_spec",
        "TargetingProductAudienceSubSpec": "targeting_product_audience_sub_spec",
        "TargetingProductAudienceSubSpecField": "targeting_product_audience_sub_spec",
        "TargetingProspectingAudience": "targeting_prospecting_audience",
        "TargetingProspectingAudienceField": "targeting_prospecting_audience",
        "User": "user",
        "UserField": "user",
        "UserCoverPhoto": "user_cover_photo",
        "UserCoverPhotoField": "user_cover_photo",
        "UserDevice": "user_device",
        "UserDeviceField": "user_device",
        "VideoCopyright": "video_copyright",
        "VideoCopyrightField": "video_copyright",
        "VideoCopyrightConditionGroup": "video_copyright_condition_group",
        "VideoCopyrightConditionGroupField": "video_copyright_condition_group",
        "VideoCopyrightGeoGate": "video_copyright_geo_gate",
        "VideoCopyrightGeoGateField": "video_copyright_geo_gate",
        "VideoCopyrightRule": "video_copyright_rule",
        "VideoCopyrightRuleField": "video_copyright_rule",
        "VideoCopyrightSegment": "video_copyright_segment",
        "VideoCopyrightSegmentField": "video_copyright_segment",
        "VideoUploadLimits": "video_upload_limits",
        "VideoUploadLimitsField": "video_upload_limits",
        "VoipInfo": "voip_info",
        "VoipInfoField": "voip_info",
        "WebAppLink": "web_app_link",
        "WebAppLinkField": "web_app_link",
        "WindowsAppLink": "windows_app_link",
        "WindowsAppLinkField": "windows_app_link",
        "WindowsPhoneAppLink": "windows_phone_app_link",
        "WindowsPhoneAppLinkField": "windows_phone_app_link",
    },
)
