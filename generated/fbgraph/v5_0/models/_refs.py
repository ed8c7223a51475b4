"""Classes that models of one module use from another, resolved when a model is first built.

Type checkers see the real classes; at run time each name is a LazyType, so that modules referring to each other
in cycles import in any order and only when used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime.models import LazyType

if TYPE_CHECKING:
    from .ad_account import AdAccount as AdAccount
    from .ad_account_creation_request import AdAccountCreationRequest as AdAccountCreationRequest
    from .ad_account_promotable_objects import (
        AdAccountPromotableObjects as AdAccountPromotableObjects,
    )
    from .ad_bid_adjustments import AdBidAdjustments as AdBidAdjustments
    from .ad_campaign_bid_constraint import AdCampaignBidConstraint as AdCampaignBidConstraint
    from .ad_campaign_frequency_control_specs import (
        AdCampaignFrequencyControlSpecs as AdCampaignFrequencyControlSpecs,
    )
    from .ad_campaign_issues_info import AdCampaignIssuesInfo as AdCampaignIssuesInfo
    from .ad_label import AdLabel as AdLabel
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
    from .album import Album as Album
    from .android_app_link import AndroidAppLink as AndroidAppLink
    from .app_links import AppLinks as AppLinks
    from .attribution_spec import AttributionSpec as AttributionSpec
    from .audience_permission_for_actions import (
        AudiencePermissionForActions as AudiencePermissionForActions,
    )
    from .business import Business as Business
    from .campaign import Campaign as Campaign
    from .catalog_based_targeting import CatalogBasedTargeting as CatalogBasedTargeting
    from .child_event import ChildEvent as ChildEvent
    from .copyright_reference_container import (
        CopyrightReferenceContainer as CopyrightReferenceContainer,
    )
    from .cover_photo import CoverPhoto as CoverPhoto
    from .currency import Currency as Currency
    from .custom_audience_data_source import CustomAudienceDataSource as CustomAudienceDataSource
    from .custom_audience_sharing_status import (
        CustomAudienceSharingStatus as CustomAudienceSharingStatus,
    )
    from .custom_audience_status import CustomAudienceStatus as CustomAudienceStatus
    from .day_part import DayPart as DayPart
    from .delivery_check import DeliveryCheck as DeliveryCheck
    from .delivery_check_extra_info import DeliveryCheckExtraInfo as DeliveryCheckExtraInfo
    from .engagement import Engagement as Engagement
    from .entity_at_text_range import EntityAtTextRange as EntityAtTextRange
    from .event import Event as Event
    from .experience import Experience as Experience
    from .extended_credit_invoice_group import (
        ExtendedCreditInvoiceGroup as ExtendedCreditInvoiceGroup,
    )
    from .flexible_targeting import FlexibleTargeting as FlexibleTargeting
    from .funding_source_details import FundingSourceDetails as FundingSourceDetails
    from .funding_source_details_coupon import (
        FundingSourceDetailsCoupon as FundingSourceDetailsCoupon,
    )
    from .group import Group as Group
    from .id_name import IDName as IDName
    from .ig_comment import IGComment as IGComment
    from .ig_media import IGMedia as IGMedia
    from .ig_user import IGUser as IGUser
    from .ios_app_link import IosAppLink as IosAppLink
    from .lead_gen_form_preview_details import (
        LeadGenFormPreviewDetails as LeadGenFormPreviewDetails,
    )
    from .location import Location as Location
    from .lookalike_spec import LookalikeSpec as LookalikeSpec
    from .mailing_address import MailingAddress as MailingAddress
    from .messenger_destination_page_welcome_message import (
        MessengerDestinationPageWelcomeMessage as MessengerDestinationPageWelcomeMessage,
    )
    from .music_video_copyright import MusicVideoCopyright as MusicVideoCopyright
    from .page_about_story import PageAboutStory as PageAboutStory
    from .page_admin_note import PageAdminNote as PageAdminNote
    from .page_category import PageCategory as PageCategory
    from .page_label import PageLabel as PageLabel
    from .page import PageNode as PageNode
    from .page_parking import PageParking as PageParking
    from .page_payment_options import PagePaymentOptions as PagePaymentOptions
    from .page_restaurant_services import PageRestaurantServices as PageRestaurantServices
    from .page_restaurant_specialties import PageRestaurantSpecialties as PageRestaurantSpecialties
    from .page_start_info import PageStartInfo as PageStartInfo
    from .payment_pricepoints import PaymentPricepoints as PaymentPricepoints
    from .photo import Photo as Photo
    from .place import Place as Place
    from .platform_image_source import PlatformImageSource as PlatformImageSource
    from .privacy import Privacy as Privacy
    from .profile import Profile as Profile
    from .profile_picture_source import ProfilePictureSource as ProfilePictureSource
    from .raw_custom_audience import RawCustomAudience as RawCustomAudience
    from .reach_frequency_spec import ReachFrequencySpec as ReachFrequencySpec
    from .security_settings import SecuritySettings as SecuritySettings
    from .targeting import Targeting as Targeting
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
    from .targeting_geo_location_location_expansion import (
        TargetingGeoLocationLocationExpansion as TargetingGeoLocationLocationExpansion,
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
    from .user import User as User
    from .user_cover_photo import UserCoverPhoto as UserCoverPhoto
    from .user_device import UserDevice as UserDevice
    from .video_copyright import VideoCopyright as VideoCopyright
    from .video_copyright_condition_group import (
        VideoCopyrightConditionGroup as VideoCopyrightConditionGroup,
    )
    from .video_copyright_geo_gate import VideoCopyrightGeoGate as VideoCopyrightGeoGate
    from .video_copyright_rule import VideoCopyrightRule as VideoCopyrightRule
    from .video_copyright_segment import VideoCopyrightSegment as VideoCopyrightSegment
    from .video_upload_limits import VideoUploadLimits as VideoUploadLimits
    from .voip_info import VoipInfo as VoipInfo
    from .web_app_link import WebAppLink as WebAppLink
    from .windows_app_link import WindowsAppLink as WindowsAppLink
    from .windows_phone_app_link import WindowsPhoneAppLink as WindowsPhoneAppLink

    pass
else:
    _PACKAGE = __name__.rpartition(".")[0]
    AdAccount = LazyType(_PACKAGE, "ad_account", "AdAccount")
    AdAccountCreationRequest = LazyType(
        _PACKAGE, "ad_account_creation_request", "AdAccountCreationRequest"
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
    AdCampaignIssuesInfo = LazyType(_PACKAGE, "ad_campaign_issues_info", "AdCampaignIssuesInfo")
    AdLabel = LazyType(_PACKAGE, "ad_label", "AdLabel")
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
    Album = LazyType(_PACKAGE, "album", "Album")
    AndroidAppLink = LazyType(_PACKAGE, "android_app_link", "AndroidAppLink")
    AppLinks = LazyType(_PACKAGE, "app_links", "AppLinks")
    AttributionSpec = LazyType(_PACKAGE, "attribution_spec", "AttributionSpec")
    AudiencePermissionForActions = LazyType(
        _PACKAGE, "audience_permission_for_actions", "AudiencePermissionForActions"
    )
    Business = LazyType(_PACKAGE, "business", "Business")
    Campaign = LazyType(_PACKAGE, "campaign", "Campaign")
    CatalogBasedTargeting = LazyType(_PACKAGE, "catalog_based_targeting", "CatalogBasedTargeting")
    ChildEvent = LazyType(_PACKAGE, "child_event", "ChildEvent")
    CopyrightReferenceContainer = LazyType(
        _PACKAGE, "copyright_reference_container", "CopyrightReferenceContainer"
    )
    CoverPhoto = LazyType(_PACKAGE, "cover_photo", "CoverPhoto")
    Currency = LazyType(_PACKAGE, "currency", "Currency")
    CustomAudienceDataSource = LazyType(
        _PACKAGE, "custom_audience_data_source", "CustomAudienceDataSource"
    )
    CustomAudienceSharingStatus = LazyType(
        _PACKAGE, "custom_audience_sharing_status", "CustomAudienceSharingStatus"
    )
    CustomAudienceStatus = LazyType(_PACKAGE, "custom_audience_status", "CustomAudienceStatus")
    DayPart = LazyType(_PACKAGE, "day_part", "DayPart")
    DeliveryCheck = LazyType(_PACKAGE, "delivery_check", "DeliveryCheck")
    DeliveryCheckExtraInfo = LazyType(
        _PACKAGE, "delivery_check_extra_info", "DeliveryCheckExtraInfo"
    )
    Engagement = LazyType(_PACKAGE, "engagement", "Engagement")
    EntityAtTextRange = LazyType(_PACKAGE, "entity_at_text_range", "EntityAtTextRange")
    Event = LazyType(_PACKAGE, "event", "Event")
    Experience = LazyType(_PACKAGE, "experience", "Experience")
    ExtendedCreditInvoiceGroup = LazyType(
        _PACKAGE, "extended_credit_invoice_group", "ExtendedCreditInvoiceGroup"
    )
    FlexibleTargeting = LazyType(_PACKAGE, "flexible_targeting", "FlexibleTargeting")
    FundingSourceDetails = LazyType(_PACKAGE, "funding_source_details", "FundingSourceDetails")
    FundingSourceDetailsCoupon = LazyType(
        _PACKAGE, "funding_source_details_coupon", "FundingSourceDetailsCoupon"
    )
    Group = LazyType(_PACKAGE, "group", "Group")
    IDName = LazyType(_PACKAGE, "id_name", "IDName")
    IGComment = LazyType(_PACKAGE, "ig_comment", "IGComment")
    IGMedia = LazyType(_PACKAGE, "ig_media", "IGMedia")
    IGUser = LazyType(_PACKAGE, "ig_user", "IGUser")
    IosAppLink = LazyType(_PACKAGE, "ios_app_link", "IosAppLink")
    LeadGenFormPreviewDetails = LazyType(
        _PACKAGE, "lead_gen_form_preview_details", "LeadGenFormPreviewDetails"
    )
    Location = LazyType(_PACKAGE, "location", "Location")
    LookalikeSpec = LazyType(_PACKAGE, "lookalike_spec", "LookalikeSpec")
    MailingAddress = LazyType(_PACKAGE, "mailing_address", "MailingAddress")
    MessengerDestinationPageWelcomeMessage = LazyType(
        _PACKAGE,
        "messenger_destination_page_welcome_message",
        "MessengerDestinationPageWelcomeMessage",
    )
    MusicVideoCopyright = LazyType(_PACKAGE, "music_video_copyright", "MusicVideoCopyright")
    PageAboutStory = LazyType(_PACKAGE, "page_about_story", "PageAboutStory")
    PageAdminNote = LazyType(_PACKAGE, "page_admin_note", "PageAdminNote")
    PageCategory = LazyType(_PACKAGE, "page_category", "PageCategory")
    PageLabel = LazyType(_PACKAGE, "page_label", "PageLabel")
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
    Photo = LazyType(_PACKAGE, "photo", "Photo")
    Place = LazyType(_PACKAGE, "place", "Place")
    PlatformImageSource = LazyType(_PACKAGE, "platform_image_source", "PlatformImageSource")
    Privacy = LazyType(_PACKAGE, "privacy", "Privacy")
    Profile = LazyType(_PACKAGE, "profile", "Profile")
    ProfilePictureSource = LazyType(_PACKAGE, "profile_picture_source", "ProfilePictureSource")
    RawCustomAudience = LazyType(_PACKAGE, "raw_custom_audience", "RawCustomAudience")
    ReachFrequencySpec = LazyType(_PACKAGE, "reach_frequency_spec", "ReachFrequencySpec")
    SecuritySettings = LazyType(_PACKAGE, "security_settings", "SecuritySettings")
    Targeting = LazyType(_PACKAGE, "targeting", "Targeting")
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
    TargetingGeoLocationLocationExpansion = LazyType(
        _PACKAGE,
        "targeting_geo_location_location_expansion",
        "TargetingGeoLocationLocationExpansion",
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
    User = LazyType(_PACKAGE, "user", "User")
    UserCoverPhoto = LazyType(_PACKAGE, "user_cover_photo", "UserCoverPhoto")
    UserDevice = LazyType(_PACKAGE, "user_device", "UserDevice")
    VideoCopyright = LazyType(_PACKAGE, "video_copyright", "VideoCopyright")
    VideoCopyrightConditionGroup = LazyType(
        _PACKAGE, "video_copyright_condition_group", "VideoCopyrightConditionGroup"
    )
    VideoCopyrightGeoGate = LazyType(_PACKAGE, "video_copyright_geo_gate", "VideoCopyrightGeoGate")
    VideoCopyrightRule = LazyType(_PACKAGE, "video_copyright_rule", "VideoCopyrightRule")
    VideoCopyrightSegment = LazyType(_PACKAGE, "video_copyright_segment", "VideoCopyrightSegment")
    VideoUploadLimits = LazyType(_PACKAGE, "video_upload_limits", "VideoUploadLimits")
    VoipInfo = LazyType(_PACKAGE, "voip_info", "VoipInfo")
    WebAppLink = LazyType(_PACKAGE, "web_app_link", "WebAppLink")
    WindowsAppLink = LazyType(_PACKAGE, "windows_app_link", "WindowsAppLink")
    WindowsPhoneAppLink = LazyType(_PACKAGE, "windows_phone_app_link", "WindowsPhoneAppLink")
    pass
