"""Classes that models of one module use from another, resolved when a model is first built.

Type checkers see the real classes; at run time each name is a LazyType, so that modules referring to each other
in cycles import in any order and only when used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime.models import LazyType

if TYPE_CHECKING:
    from .ad_account import AdAccount as AdAccount
    from .ad_account_marketing_messages_settings import (
        AdAccountMarketingMessagesSettings as AdAccountMarketingMessagesSettings,
    )
    from .ad_account_promotable_objects import (
        AdAccountPromotableObjects as AdAccountPromotableObjects,
    )
    from .ad_bid_adjustments import AdBidAdjustments as AdBidAdjustments
    from .ad_campaign_bid_constraint import AdCampaignBidConstraint as AdCampaignBidConstraint
    from .ad_campaign_frequency_control_specs import (
        AdCampaignFrequencyControlSpecs as AdCampaignFrequencyControlSpecs,
    )
    from .ad_campaign_group_advantage_state import (
        AdCampaignGroupAdvantageState as AdCampaignGroupAdvantageState,
    )
    from .ad_campaign_issues_info import AdCampaignIssuesInfo as AdCampaignIssuesInfo
    from .ad_campaign_learning_stage_info import (
        AdCampaignLearningStageInfo as AdCampaignLearningStageInfo,
    )
    from .ad_label import AdLabel as AdLabel
    from .ad_place_page_set import AdPlacePageSet as AdPlacePageSet
    from .ad_promoted_object import AdPromotedObject as AdPromotedObject
    from .ad_recommendation import AdRecommendation as AdRecommendation
    from .ad_recommendation_data import AdRecommendationData as AdRecommendationData
    from .ad_set import AdSet as AdSet
    from .ad_study import AdStudy as AdStudy
    from .ad_video import AdVideo as AdVideo
    from .ads_pixel import AdsPixel as AdsPixel
    from .ads_pixel_stats import AdsPixelStats as AdsPixelStats
    from .age_range import AgeRange as AgeRange
    from .agency_client_declaration import AgencyClientDeclaration as AgencyClientDeclaration
    from .app_data import AppData as AppData
    from .attribution_spec import AttributionSpec as AttributionSpec
    from .audience_permission_for_actions import (
        AudiencePermissionForActions as AudiencePermissionForActions,
    )
    from .audio_isrc import AudioIsrc as AudioIsrc
    from .brand_safety_campaign_config import BrandSafetyCampaignConfig as BrandSafetyCampaignConfig
    from .business import Business as Business
    from .business_managed_partner_eligibility import (
        BusinessManagedPartnerEligibility as BusinessManagedPartnerEligibility,
    )
    from .business_partner_premium_options import (
        BusinessPartnerPremiumOptions as BusinessPartnerPremiumOptions,
    )
    from .crm_address import CRMAddress as CRMAddress
    from .campaign import Campaign as Campaign
    from .catalog_based_targeting import CatalogBasedTargeting as CatalogBasedTargeting
    from .child_event import ChildEvent as ChildEvent
    from .collaborative_ads_share_settings import (
        CollaborativeAdsShareSettings as CollaborativeAdsShareSettings,
    )
    from .commerce_merchant_settings import CommerceMerchantSettings as CommerceMerchantSettings
    from .connections_targeting import ConnectionsTargeting as ConnectionsTargeting
    from .content import Content as Content
    from .copyright_attribution_insights import (
        CopyrightAttributionInsights as CopyrightAttributionInsights,
    )
    from .copyright_reference_container import (
        CopyrightReferenceContainer as CopyrightReferenceContainer,
    )
    from .cover_photo import CoverPhoto as CoverPhoto
    from .currency import Currency as Currency
    from .currency_amount import CurrencyAmount as CurrencyAmount
    from .custom_audience_data_source import CustomAudienceDataSource as CustomAudienceDataSource
    from .custom_audience_group import CustomAudienceGroup as CustomAudienceGroup
    from .custom_audience_sharing_status import (
        CustomAudienceSharingStatus as CustomAudienceSharingStatus,
    )
    from .custom_audience_status import CustomAudienceStatus as CustomAudienceStatus
    from .custom_data import CustomData as CustomData
    from .day_part import DayPart as DayPart
    from .delivery_check import DeliveryCheck as DeliveryCheck
    from .delivery_check_extra_info import DeliveryCheckExtraInfo as DeliveryCheckExtraInfo
    from .education_experience import EducationExperience as EducationExperience
    from .engagement import Engagement as Engagement
    from .event import Event as Event
    from .event_registration_setting import EventRegistrationSetting as EventRegistrationSetting
    from .event_ticket_setting import EventTicketSetting as EventTicketSetting
    from .experience import Experience as Experience
    from .extended_credit import ExtendedCredit as ExtendedCredit
    from .extended_credit_allocation_config import (
        ExtendedCreditAllocationConfig as ExtendedCreditAllocationConfig,
    )
    from .extended_credit_email import ExtendedCreditEmail as ExtendedCreditEmail
    from .extended_credit_invoice_group import (
        ExtendedCreditInvoiceGroup as ExtendedCreditInvoiceGroup,
    )
    from .flexible_targeting import FlexibleTargeting as FlexibleTargeting
    from .funding_source_details import FundingSourceDetails as FundingSourceDetails
    from .funding_source_details_coupon import (
        FundingSourceDetailsCoupon as FundingSourceDetailsCoupon,
    )
    from .funding_source_details_coupon_tiering import (
        FundingSourceDetailsCouponTiering as FundingSourceDetailsCouponTiering,
    )
    from .group import Group as Group
    from .has_lead_access import HasLeadAccess as HasLeadAccess
    from .id_name import IDName as IDName
    from .ig_comment import IGComment as IGComment
    from .ig_comment_from_user import IGCommentFromUser as IGCommentFromUser
    from .ig_media import IGMedia as IGMedia
    from .ig_media_boost_eligibility_info import (
        IGMediaBoostEligibilityInfo as IGMediaBoostEligibilityInfo,
    )
    from .ig_user import IGUser as IGUser
    from .ig_video_copyright_check_matches_information import (
        IGVideoCopyrightCheckMatchesInformation as IGVideoCopyrightCheckMatchesInformation,
    )
    from .ig_video_copyright_check_status import (
        IGVideoCopyrightCheckStatus as IGVideoCopyrightCheckStatus,
    )
    from .location import Location as Location
    from .lookalike_spec import LookalikeSpec as LookalikeSpec
    from .mailing_address import MailingAddress as MailingAddress
    from .managed_partner_business import ManagedPartnerBusiness as ManagedPartnerBusiness
    from .managed_partner_extended_credit import (
        ManagedPartnerExtendedCredit as ManagedPartnerExtendedCredit,
    )
    from .marketing_messages_onboarding_status import (
        MarketingMessagesOnboardingStatus as MarketingMessagesOnboardingStatus,
    )
    from .messaging_feature_status import MessagingFeatureStatus as MessagingFeatureStatus
    from .music_video_copyright import MusicVideoCopyright as MusicVideoCopyright
    from .offline_conversion_data_set_usage import (
        OfflineConversionDataSetUsage as OfflineConversionDataSetUsage,
    )
    from .original_event_data import OriginalEventData as OriginalEventData
    from .page_category import PageCategory as PageCategory
    from .page import PageNode as PageNode
    from .page_parking import PageParking as PageParking
    from .page_payment_options import PagePaymentOptions as PagePaymentOptions
    from .page_restaurant_services import PageRestaurantServices as PageRestaurantServices
    from .page_restaurant_specialties import PageRestaurantSpecialties as PageRestaurantSpecialties
    from .page_start_info import PageStartInfo as PageStartInfo
    from .payment_pricepoints import PaymentPricepoints as PaymentPricepoints
    from .place import Place as Place
    from .placement_soft_opt_out import PlacementSoftOptOut as PlacementSoftOptOut
    from .privacy import Privacy as Privacy
    from .product_catalog import ProductCatalog as ProductCatalog
    from .product_catalog_image_settings import (
        ProductCatalogImageSettings as ProductCatalogImageSettings,
    )
    from .product_catalog_image_settings_operation import (
        ProductCatalogImageSettingsOperation as ProductCatalogImageSettingsOperation,
    )
    from .product_set import ProductSet as ProductSet
    from .product_set_metadata import ProductSetMetadata as ProductSetMetadata
    from .profile import Profile as Profile
    from .profile_picture_source import ProfilePictureSource as ProfilePictureSource
    from .raw_custom_audience import RawCustomAudience as RawCustomAudience
    from .reach_frequency_spec import ReachFrequencySpec as ReachFrequencySpec
    from .regional_regulation_identities import (
        RegionalRegulationIdentities as RegionalRegulationIdentities,
    )
    from .shop import Shop as Shop
    from .store_catalog_settings import StoreCatalogSettings as StoreCatalogSettings
    from .targeting import Targeting as Targeting
    from .targeting_automation import TargetingAutomation as TargetingAutomation
    from .targeting_dynamic_rule import TargetingDynamicRule as TargetingDynamicRule
    from .targeting_geo_location import TargetingGeoLocation as TargetingGeoLocation
    from .targeting_geo_location_city import TargetingGeoLocationCity as TargetingGeoLocationCity
    from .targeting_geo_location_custom_location import (
        TargetingGeoLocationCustomLocation as TargetingGeoLocationCustomLocation,
    )
    from .targeting_geo_location_electoral_district import (
        TargetingGeoLocationElectoralDistrict as TargetingGeoLocationElectoralDistrict,
    )
    from .targeting_geo_location_geo_entities import (
        TargetingGeoLocationGeoEntities as TargetingGeoLocationGeoEntities,
    )
    from .targeting_geo_location_location_cluster import (
        TargetingGeoLocationLocationCluster as TargetingGeoLocationLocationCluster,
    )
    from .targeting_geo_location_market import (
        TargetingGeoLocationMarket as TargetingGeoLocationMarket,
    )
    from .targeting_geo_location_place import TargetingGeoLocationPlace as TargetingGeoLocationPlace
    from .targeting_geo_location_political_district import (
        TargetingGeoLocationPoliticalDistrict as TargetingGeoLocationPoliticalDistrict,
    )
    from .targeting_geo_location_region import (
        TargetingGeoLocationRegion as TargetingGeoLocationRegion,
    )
    from .targeting_geo_location_zip import TargetingGeoLocationZip as TargetingGeoLocationZip
    from .targeting_product_audience_spec import (
        TargetingProductAudienceSpec as TargetingProductAudienceSpec,
    )
    from .targeting_product_audience_sub_spec import (
        TargetingProductAudienceSubSpec as TargetingProductAudienceSubSpec,
    )
    from .targeting_prospecting_audience import (
        TargetingProspectingAudience as TargetingProspectingAudience,
    )
    from .targeting_relaxation import TargetingRelaxation as TargetingRelaxation
    from .trending_topics_spec import TrendingTopicsSpec as TrendingTopicsSpec
    from .user import User as User
    from .user_cover_photo import UserCoverPhoto as UserCoverPhoto
    from .user_data import UserData as UserData
    from .video_copyright import VideoCopyright as VideoCopyright
    from .video_copyright_check_status import VideoCopyrightCheckStatus as VideoCopyrightCheckStatus
    from .video_copyright_condition_group import (
        VideoCopyrightConditionGroup as VideoCopyrightConditionGroup,
    )
    from .video_copyright_geo_gate import VideoCopyrightGeoGate as VideoCopyrightGeoGate
    from .video_copyright_rule import VideoCopyrightRule as VideoCopyrightRule
    from .video_copyright_segment import VideoCopyrightSegment as VideoCopyrightSegment
    from .video_status import VideoStatus as VideoStatus
    from .video_status_error import VideoStatusError as VideoStatusError
    from .video_status_processing_phase import (
        VideoStatusProcessingPhase as VideoStatusProcessingPhase,
    )
    from .video_status_publishing_phase import (
        VideoStatusPublishingPhase as VideoStatusPublishingPhase,
    )
    from .video_status_uploading_phase import VideoStatusUploadingPhase as VideoStatusUploadingPhase
    from .video_upload_limits import VideoUploadLimits as VideoUploadLimits
    from .voip_info import VoipInfo as VoipInfo

    pass
else:
    _PACKAGE = __name__.rpartition(".")[0]
    AdAccount = LazyType(_PACKAGE, "ad_account", "AdAccount")
    AdAccountMarketingMessagesSettings = LazyType(
        _PACKAGE, "ad_account_marketing_messages_settings", "AdAccountMarketingMessagesSettings"
    )
    AdAccountPromotableObjects = LazyType(
        _PACKAGE, "ad_account_promotable_objects", "AdAccountPromotableObjects"
    )
    AdBidAdjustments = LazyType(_PACKAGE, "ad_bid_adjustments", "AdBidAdjustments")
    AdCampaignBidConstraint = LazyType(
        _PACKAGE, "ad_campaign_bid_constraint", "AdCampaignBidConstraint"
    )
    AdCampaignFrequencyControlSpecs = LazyType(
        _PACKAGE, "ad_campaign_frequency_control_specs", "AdCampaignFrequencyControlSpecs"
    )
    AdCampaignGroupAdvantageState = LazyType(
        _PACKAGE, "ad_campaign_group_advantage_state", "AdCampaignGroupAdvantageState"
    )
    AdCampaignIssuesInfo = LazyType(_PACKAGE, "ad_campaign_issues_info", "AdCampaignIssuesInfo")
    AdCampaignLearningStageInfo = LazyType(
        _PACKAGE, "ad_campaign_learning_stage_info", "AdCampaignLearningStageInfo"
    )
    AdLabel = LazyType(_PACKAGE, "ad_label", "AdLabel")
    AdPlacePageSet = LazyType(_PACKAGE, "ad_place_page_set", "AdPlacePageSet")
    AdPromotedObject = LazyType(_PACKAGE, "ad_promoted_object", "AdPromotedObject")
    AdRecommendation = LazyType(_PACKAGE, "ad_recommendation", "AdRecommendation")
    AdRecommendationData = LazyType(_PACKAGE, "ad_recommendation_data", "AdRecommendationData")
    AdSet = LazyType(_PACKAGE, "ad_set", "AdSet")
    AdStudy = LazyType(_PACKAGE, "ad_study", "AdStudy")
    AdVideo = LazyType(_PACKAGE, "ad_video", "AdVideo")
    AdsPixel = LazyType(_PACKAGE, "ads_pixel", "AdsPixel")
    AdsPixelStats = LazyType(_PACKAGE, "ads_pixel_stats", "AdsPixelStats")
    AgeRange = LazyType(_PACKAGE, "age_range", "AgeRange")
    AgencyClientDeclaration = LazyType(
        _PACKAGE, "agency_client_declaration", "AgencyClientDeclaration"
    )
    AppData = LazyType(_PACKAGE, "app_data", "AppData")
    AttributionSpec = LazyType(_PACKAGE, "attribution_spec", "AttributionSpec")
    AudiencePermissionForActions = LazyType(
        _PACKAGE, "audience_permission_for_actions", "AudiencePermissionForActions"
    )
    AudioIsrc = LazyType(_PACKAGE, "audio_isrc", "AudioIsrc")
    BrandSafetyCampaignConfig = LazyType(
        _PACKAGE, "brand_safety_campaign_config", "BrandSafetyCampaignConfig"
    )
    Business = LazyType(_PACKAGE, "business", "Business")
    BusinessManagedPartnerEligibility = LazyType(
        _PACKAGE, "business_managed_partner_eligibility", "BusinessManagedPartnerEligibility"
    )
    BusinessPartnerPremiumOptions = LazyType(
        _PACKAGE, "business_partner_premium_options", "BusinessPartnerPremiumOptions"
    )
    CRMAddress = LazyType(_PACKAGE, "crm_address", "CRMAddress")
    Campaign = LazyType(_PACKAGE, "campaign", "Campaign")
    CatalogBasedTargeting = LazyType(_PACKAGE, "catalog_based_targeting", "CatalogBasedTargeting")
    ChildEvent = LazyType(_PACKAGE, "child_event", "ChildEvent")
    CollaborativeAdsShareSettings = LazyType(
        _PACKAGE, "collaborative_ads_share_settings", "CollaborativeAdsShareSettings"
    )
    CommerceMerchantSettings = LazyType(
        _PACKAGE, "commerce_merchant_settings", "CommerceMerchantSettings"
    )
    ConnectionsTargeting = LazyType(_PACKAGE, "connections_targeting", "ConnectionsTargeting")
    Content = LazyType(_PACKAGE, "content", "Content")
    CopyrightAttributionInsights = LazyType(
        _PACKAGE, "copyright_attribution_insights", "CopyrightAttributionInsights"
    )
    CopyrightReferenceContainer = LazyType(
        _PACKAGE, "copyright_reference_container", "CopyrightReferenceContainer"
    )
    CoverPhoto = LazyType(_PACKAGE, "cover_photo", "CoverPhoto")
    Currency = LazyType(_PACKAGE, "currency", "Currency")
    CurrencyAmount = LazyType(_PACKAGE, "currency_amount", "CurrencyAmount")
    CustomAudienceDataSource = LazyType(
        _PACKAGE, "custom_audience_data_source", "CustomAudienceDataSource"
    )
    CustomAudienceGroup = LazyType(_PACKAGE, "custom_audience_group", "CustomAudienceGroup")
    CustomAudienceSharingStatus = LazyType(
        _PACKAGE, "custom_audience_sharing_status", "CustomAudienceSharingStatus"
    )
    CustomAudienceStatus = LazyType(_PACKAGE, "custom_audience_status", "CustomAudienceStatus")
    CustomData = LazyType(_PACKAGE, "custom_data", "CustomData")
    DayPart = LazyType(_PACKAGE, "day_part", "DayPart")
    DeliveryCheck = LazyType(_PACKAGE, "delivery_check", "DeliveryCheck")
    DeliveryCheckExtraInfo = LazyType(
        _PACKAGE, "delivery_check_extra_info", "DeliveryCheckExtraInfo"
    )
    EducationExperience = LazyType(_PACKAGE, "education_experience", "EducationExperience")
    Engagement = LazyType(_PACKAGE, "engagement", "Engagement")
    Event = LazyType(_PACKAGE, "event", "Event")
    EventRegistrationSetting = LazyType(
        _PACKAGE, "event_registration_setting", "EventRegistrationSetting"
    )
    EventTicketSetting = LazyType(_PACKAGE, "event_ticket_setting", "EventTicketSetting")
    Experience = LazyType(_PACKAGE, "experience", "Experience")
    ExtendedCredit = LazyType(_PACKAGE, "extended_credit", "ExtendedCredit")
    ExtendedCreditAllocationConfig = LazyType(
        _PACKAGE, "extended_credit_allocation_config", "ExtendedCreditAllocationConfig"
    )
    ExtendedCreditEmail = LazyType(_PACKAGE, "extended_credit_email", "ExtendedCreditEmail")
    ExtendedCreditInvoiceGroup = LazyType(
        _PACKAGE, "extended_credit_invoice_group", "ExtendedCreditInvoiceGroup"
    )
    FlexibleTargeting = LazyType(_PACKAGE, "flexible_targeting", "FlexibleTargeting")
    FundingSourceDetails = LazyType(_PACKAGE, "funding_source_details", "FundingSourceDetails")
    FundingSourceDetailsCoupon = LazyType(
        _PACKAGE, "funding_source_details_coupon", "FundingSourceDetailsCoupon"
    )
    FundingSourceDetailsCouponTiering = LazyType(
        _PACKAGE, "funding_source_details_coupon_tiering", "FundingSourceDetailsCouponTiering"
    )
    Group = LazyType(_PACKAGE, "group", "Group")
    HasLeadAccess = LazyType(_PACKAGE, "has_lead_access", "HasLeadAccess")
    IDName = LazyType(_PACKAGE, "id_name", "IDName")
    IGComment = LazyType(_PACKAGE, "ig_comment", "IGComment")
    IGCommentFromUser = LazyType(_PACKAGE, "ig_comment_from_user", "IGCommentFromUser")
    IGMedia = LazyType(_PACKAGE, "ig_media", "IGMedia")
    IGMediaBoostEligibilityInfo = LazyType(
        _PACKAGE, "ig_media_boost_eligibility_info", "IGMediaBoostEligibilityInfo"
    )
    IGUser = LazyType(_PACKAGE, "ig_user", "IGUser")
    IGVideoCopyrightCheckMatchesInformation = LazyType(
        _PACKAGE,
        "ig_video_copyright_check_matches_information",
        "IGVideoCopyrightCheckMatchesInformation",
    )
    IGVideoCopyrightCheckStatus = LazyType(
        _PACKAGE, "ig_video_copyright_check_status", "IGVideoCopyrightCheckStatus"
    )
    Location = LazyType(_PACKAGE, "location", "Location")
    LookalikeSpec = LazyType(_PACKAGE, "lookalike_spec", "LookalikeSpec")
    MailingAddress = LazyType(_PACKAGE, "mailing_address", "MailingAddress")
    ManagedPartnerBusiness = LazyType(
        _PACKAGE, "managed_partner_business", "ManagedPartnerBusiness"
    )
    ManagedPartnerExtendedCredit = LazyType(
        _PACKAGE, "managed_partner_extended_credit", "ManagedPartnerExtendedCredit"
    )
    MarketingMessagesOnboardingStatus = LazyType(
        _PACKAGE, "marketing_messages_onboarding_status", "MarketingMessagesOnboardingStatus"
    )
    MessagingFeatureStatus = LazyType(
        _PACKAGE, "messaging_feature_status", "MessagingFeatureStatus"
    )
    MusicVideoCopyright = LazyType(_PACKAGE, "music_video_copyright", "MusicVideoCopyright")
    OfflineConversionDataSetUsage = LazyType(
        _PACKAGE, "offline_conversion_data_set_usage", "OfflineConversionDataSetUsage"
    )
    OriginalEventData = LazyType(_PACKAGE, "original_event_data", "OriginalEventData")
    PageCategory = LazyType(_PACKAGE, "page_category", "PageCategory")
    PageNode = LazyType(_PACKAGE, "page", "PageNode")
    PageParking = LazyType(_PACKAGE, "page_parking", "PageParking")
    PagePaymentOptions = LazyType(_PACKAGE, "page_payment_options", "PagePaymentOptions")
    PageRestaurantServices = LazyType(
        _PACKAGE, "page_restaurant_services", "PageRestaurantServices"
    )
    PageRestaurantSpecialties = LazyType(
        _PACKAGE, "page_restaurant_specialties", "PageRestaurantSpecialties"
    )
    PageStartInfo = LazyType(_PACKAGE, "page_start_info", "PageStartInfo")
    PaymentPricepoints = LazyType(_PACKAGE, "payment_pricepoints", "PaymentPricepoints")
    Place = LazyType(_PACKAGE, "place", "Place")
    PlacementSoftOptOut = LazyType(_PACKAGE, "placement_soft_opt_out", "PlacementSoftOptOut")
    Privacy = LazyType(_PACKAGE, "privacy", "Privacy")
    ProductCatalog = LazyType(_PACKAGE, "product_catalog", "ProductCatalog")
    ProductCatalogImageSettings = LazyType(
        _PACKAGE, "product_catalog_image_settings", "ProductCatalogImageSettings"
    )
    ProductCatalogImageSettingsOperation = LazyType(
        _PACKAGE, "product_catalog_image_settings_operation", "ProductCatalogImageSettingsOperation"
    )
    ProductSet = LazyType(_PACKAGE, "product_set", "ProductSet")
    ProductSetMetadata = LazyType(_PACKAGE, "product_set_metadata", "ProductSetMetadata")
    Profile = LazyType(_PACKAGE, "profile", "Profile")
    ProfilePictureSource = LazyType(_PACKAGE, "profile_picture_source", "ProfilePictureSource")
    RawCustomAudience = LazyType(_PACKAGE, "raw_custom_audience", "RawCustomAudience")
    ReachFrequencySpec = LazyType(_PACKAGE, "reach_frequency_spec", "ReachFrequencySpec")
    RegionalRegulationIdentities = LazyType(
        _PACKAGE, "regional_regulation_identities", "RegionalRegulationIdentities"
    )
    Shop = LazyType(_PACKAGE, "shop", "Shop")
    StoreCatalogSettings = LazyType(_PACKAGE, "store_catalog_settings", "StoreCatalogSettings")
    Targeting = LazyType(_PACKAGE, "targeting", "Targeting")
    TargetingAutomation = LazyType(_PACKAGE, "targeting_automation", "TargetingAutomation")
    TargetingDynamicRule = LazyType(_PACKAGE, "targeting_dynamic_rule", "TargetingDynamicRule")
    TargetingGeoLocation = LazyType(_PACKAGE, "targeting_geo_location", "TargetingGeoLocation")
    TargetingGeoLocationCity = LazyType(
        _PACKAGE, "targeting_geo_location_city", "TargetingGeoLocationCity"
    )
    TargetingGeoLocationCustomLocation = LazyType(
        _PACKAGE, "targeting_geo_location_custom_location", "TargetingGeoLocationCustomLocation"
    )
    TargetingGeoLocationElectoralDistrict = LazyType(
        _PACKAGE,
        "targeting_geo_location_electoral_district",
        "TargetingGeoLocationElectoralDistrict",
    )
    TargetingGeoLocationGeoEntities = LazyType(
        _PACKAGE, "targeting_geo_location_geo_entities", "TargetingGeoLocationGeoEntities"
    )
    TargetingGeoLocationLocationCluster = LazyType(
        _PACKAGE, "targeting_geo_location_location_cluster", "TargetingGeoLocationLocationCluster"
    )
    TargetingGeoLocationMarket = LazyType(
        _PACKAGE, "targeting_geo_location_market", "TargetingGeoLocationMarket"
    )
    TargetingGeoLocationPlace = LazyType(
        _PACKAGE, "targeting_geo_location_place", "TargetingGeoLocationPlace"
    )
    TargetingGeoLocationPoliticalDistrict = LazyType(
        _PACKAGE,
        "targeting_geo_location_political_district",
        "TargetingGeoLocationPoliticalDistrict",
    )
    TargetingGeoLocationRegion = LazyType(
        _PACKAGE, "targeting_geo_location_region", "TargetingGeoLocationRegion"
    )
    TargetingGeoLocationZip = LazyType(
        _PACKAGE, "targeting_geo_location_zip", "TargetingGeoLocationZip"
    )
    TargetingProductAudienceSpec = LazyType(
        _PACKAGE, "targeting_product_audience_spec", "TargetingProductAudienceSpec"
    )
    TargetingProductAudienceSubSpec = LazyType(
        _PACKAGE, "targeting_product_audience_sub_spec", "TargetingProductAudienceSubSpec"
    )
    TargetingProspectingAudience = LazyType(
        _PACKAGE, "targeting_prospecting_audience", "TargetingProspectingAudience"
    )
    TargetingRelaxation = LazyType(_PACKAGE, "targeting_relaxation", "TargetingRelaxation")
    TrendingTopicsSpec = LazyType(_PACKAGE, "trending_topics_spec", "TrendingTopicsSpec")
    User = LazyType(_PACKAGE, "user", "User")
    UserCoverPhoto = LazyType(_PACKAGE, "user_cover_photo", "UserCoverPhoto")
    UserData = LazyType(_PACKAGE, "user_data", "UserData")
    VideoCopyright = LazyType(_PACKAGE, "video_copyright", "VideoCopyright")
    VideoCopyrightCheckStatus = LazyType(
        _PACKAGE, "video_copyright_check_status", "VideoCopyrightCheckStatus"
    )
    VideoCopyrightConditionGroup = LazyType(
        _PACKAGE, "video_copyright_condition_group", "VideoCopyrightConditionGroup"
    )
    VideoCopyrightGeoGate = LazyType(_PACKAGE, "video_copyright_geo_gate", "VideoCopyrightGeoGate")
    VideoCopyrightRule = LazyType(_PACKAGE, "video_copyright_rule", "VideoCopyrightRule")
    VideoCopyrightSegment = LazyType(_PACKAGE, "video_copyright_segment", "VideoCopyrightSegment")
    VideoStatus = LazyType(_PACKAGE, "video_status", "VideoStatus")
    VideoStatusError = LazyType(_PACKAGE, "video_status_error", "VideoStatusError")
    VideoStatusProcessingPhase = LazyType(
        _PACKAGE, "video_status_processing_phase", "VideoStatusProcessingPhase"
    )
    VideoStatusPublishingPhase = LazyType(
        _PACKAGE, "video_status_publishing_phase", "VideoStatusPublishingPhase"
    )
    VideoStatusUploadingPhase = LazyType(
        _PACKAGE, "video_status_uploading_phase", "VideoStatusUploadingPhase"
    )
    VideoUploadLimits = LazyType(_PACKAGE, "video_upload_limits", "VideoUploadLimits")
    VoipInfo = LazyType(_PACKAGE, "voip_info", "VoipInfo")
    pass
