"""Models of Graph API v25.0: one module per node or struct, imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_getattr

if TYPE_CHECKING:
    from .ad_account import AdAccount as AdAccount
    from .ad_account import AdAccountField as AdAccountField
    from .ad_account_marketing_messages_settings import (
        AdAccountMarketingMessagesSettings as AdAccountMarketingMessagesSettings,
    )
    from .ad_account_marketing_messages_settings import (
        AdAccountMarketingMessagesSettingsField as AdAccountMarketingMessagesSettingsField,
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
    from .ad_campaign_group_advantage_state import (
        AdCampaignGroupAdvantageState as AdCampaignGroupAdvantageState,
    )
    from .ad_campaign_group_advantage_state import (
        AdCampaignGroupAdvantageStateField as AdCampaignGroupAdvantageStateField,
    )
    from .ad_campaign_issues_info import AdCampaignIssuesInfo as AdCampaignIssuesInfo
    from .ad_campaign_issues_info import AdCampaignIssuesInfoField as AdCampaignIssuesInfoField
    from .ad_campaign_learning_stage_info import (
        AdCampaignLearningStageInfo as AdCampaignLearningStageInfo,
    )
    from .ad_campaign_learning_stage_info import (
        AdCampaignLearningStageInfoField as AdCampaignLearningStageInfoField,
    )
    from .ad_label import AdLabel as AdLabel
    from .ad_label import AdLabelField as AdLabelField
    from .ad_place_page_set import AdPlacePageSet as AdPlacePageSet
    from .ad_place_page_set import AdPlacePageSetField as AdPlacePageSetField
    from .ad_promoted_object import AdPromotedObject as AdPromotedObject
    from .ad_promoted_object import (
        AdPromotedObjectCustomEventType as AdPromotedObjectCustomEventType,
    )
    from .ad_promoted_object import (
        AdPromotedObjectFullFunnelObjective as AdPromotedObjectFullFunnelObjective,
    )
    from .ad_promoted_object import (
        AdPromotedObjectLeadAdsCustomEventType as AdPromotedObjectLeadAdsCustomEventType,
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
    from .ads_pixel import AdsPixelAgenciesPermittedTasks as AdsPixelAgenciesPermittedTasks
    from .ads_pixel import AdsPixelDaChecksConnectionMethod as AdsPixelDaChecksConnectionMethod
    from .ads_pixel import AdsPixelOfflineEventUploadsOrder as AdsPixelOfflineEventUploadsOrder
    from .ads_pixel import AdsPixelOfflineEventUploadsSortBy as AdsPixelOfflineEventUploadsSortBy
    from .ads_pixel import AdsPixelField as AdsPixelField
    from .ads_pixel import UpdateAdsPixelResultField as UpdateAdsPixelResultField
    from .ads_pixel import CreateAdsPixelResultField as CreateAdsPixelResultField
    from .ads_pixel import CreateBusinessAdsPixelResultField as CreateBusinessAdsPixelResultField
    from .ads_pixel import (
        AdsPixelCreateAssignedUserResultField as AdsPixelCreateAssignedUserResultField,
    )
    from .ads_pixel import AdsPixelGetAudiencesActionSource as AdsPixelGetAudiencesActionSource
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
    from .age_range import AgeRange as AgeRange
    from .age_range import AgeRangeField as AgeRangeField
    from .agency_client_declaration import AgencyClientDeclaration as AgencyClientDeclaration
    from .agency_client_declaration import (
        AgencyClientDeclarationField as AgencyClientDeclarationField,
    )
    from .app_data import AppData as AppData
    from .app_data import AppDataField as AppDataField
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
    from .audio_isrc import AudioIsrc as AudioIsrc
    from .audio_isrc import AudioIsrcField as AudioIsrcField
    from .brand_safety_campaign_config import BrandSafetyCampaignConfig as BrandSafetyCampaignConfig
    from .brand_safety_campaign_config import (
        BrandSafetyCampaignConfigField as BrandSafetyCampaignConfigField,
    )
    from .business import Business as Business
    from .business import BusinessVerificationStatus as BusinessVerificationStatus
    from .business import (
        BusinessWhatsappBusinessManagerMessagingLimit as BusinessWhatsappBusinessManagerMessagingLimit,
    )
    from .business import BusinessField as BusinessField
    from .business_managed_partner_eligibility import (
        BusinessManagedPartnerEligibility as BusinessManagedPartnerEligibility,
    )
    from .business_managed_partner_eligibility import (
        BusinessManagedPartnerEligibilityField as BusinessManagedPartnerEligibilityField,
    )
    from .business_partner_premium_options import (
        BusinessPartnerPremiumOptions as BusinessPartnerPremiumOptions,
    )
    from .business_partner_premium_options import (
        BusinessPartnerPremiumOptionsField as BusinessPartnerPremiumOptionsField,
    )
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
    from .collaborative_ads_share_settings import (
        CollaborativeAdsShareSettings as CollaborativeAdsShareSettings,
    )
    from .collaborative_ads_share_settings import (
        CollaborativeAdsShareSettingsField as CollaborativeAdsShareSettingsField,
    )
    from .commerce_merchant_settings import CommerceMerchantSettings as CommerceMerchantSettings
    from .commerce_merchant_settings import (
        CommerceMerchantSettingsField as CommerceMerchantSettingsField,
    )
    from .connections_targeting import ConnectionsTargeting as ConnectionsTargeting
    from .connections_targeting import ConnectionsTargetingField as ConnectionsTargetingField
    from .content import Content as Content
    from .content import ContentField as ContentField
    from .copyright_attribution_insights import (
        CopyrightAttributionInsights as CopyrightAttributionInsights,
    )
    from .copyright_attribution_insights import (
        CopyrightAttributionInsightsField as CopyrightAttributionInsightsField,
    )
    from .copyright_reference_container import (
        CopyrightReferenceContainer as CopyrightReferenceContainer,
    )
    from .copyright_reference_container import (
        CopyrightReferenceContainerField as CopyrightReferenceContainerField,
    )
    from .cover_photo import CoverPhoto as CoverPhoto
    from .cover_photo import CoverPhotoField as CoverPhotoField
    from .crm_address import CRMAddress as CRMAddress
    from .crm_address import CRMAddressField as CRMAddressField
    from .currency import Currency as Currency
    from .currency import CurrencyField as CurrencyField
    from .currency_amount import CurrencyAmount as CurrencyAmount
    from .currency_amount import CurrencyAmountField as CurrencyAmountField
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
    from .custom_audience_group import CustomAudienceGroup as CustomAudienceGroup
    from .custom_audience_group import CustomAudienceGroupField as CustomAudienceGroupField
    from .custom_audience_sharing_status import (
        CustomAudienceSharingStatus as CustomAudienceSharingStatus,
    )
    from .custom_audience_sharing_status import (
        CustomAudienceSharingStatusField as CustomAudienceSharingStatusField,
    )
    from .custom_audience_status import CustomAudienceStatus as CustomAudienceStatus
    from .custom_audience_status import CustomAudienceStatusField as CustomAudienceStatusField
    from .custom_data import CustomData as CustomData
    from .custom_data import CustomDataDeliveryCategory as CustomDataDeliveryCategory
    from .custom_data import CustomDataField as CustomDataField
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
    from .education_experience import EducationExperience as EducationExperience
    from .education_experience import EducationExperienceField as EducationExperienceField
    from .engagement import Engagement as Engagement
    from .engagement import EngagementField as EngagementField
    from .event import Event as Event
    from .event import EventCategory as EventCategory
    from .event import EventOnlineEventFormat as EventOnlineEventFormat
    from .event import EventType as EventType
    from .event import EventField as EventField
    from .event_registration_setting import EventRegistrationSetting as EventRegistrationSetting
    from .event_registration_setting import (
        EventRegistrationSettingField as EventRegistrationSettingField,
    )
    from .event_ticket_setting import EventTicketSetting as EventTicketSetting
    from .event_ticket_setting import EventTicketSettingField as EventTicketSettingField
    from .experience import Experience as Experience
    from .experience import ExperienceField as ExperienceField
    from .extended_credit import ExtendedCredit as ExtendedCredit
    from .extended_credit import ExtendedCreditField as ExtendedCreditField
    from .extended_credit_allocation_config import (
        ExtendedCreditAllocationConfig as ExtendedCreditAllocationConfig,
    )
    from .extended_credit_allocation_config import (
        ExtendedCreditAllocationConfigField as ExtendedCreditAllocationConfigField,
    )
    from .extended_credit_email import ExtendedCreditEmail as ExtendedCreditEmail
    from .extended_credit_email import ExtendedCreditEmailField as ExtendedCreditEmailField
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
    from .funding_source_details_coupon_tiering import (
        FundingSourceDetailsCouponTiering as FundingSourceDetailsCouponTiering,
    )
    from .funding_source_details_coupon_tiering import (
        FundingSourceDetailsCouponTieringField as FundingSourceDetailsCouponTieringField,
    )
    from .group import Group as Group
    from .group import GroupField as GroupField
    from .has_lead_access import HasLeadAccess as HasLeadAccess
    from .has_lead_access import HasLeadAccessField as HasLeadAccessField
    from .id_name import IDName as IDName
    from .id_name import IDNameField as IDNameField
    from .ig_comment import IGComment as IGComment
    from .ig_comment import IGCommentField as IGCommentField
    from .ig_comment_from_user import IGCommentFromUser as IGCommentFromUser
    from .ig_comment_from_user import IGCommentFromUserField as IGCommentFromUserField
    from .ig_media import IGMedia as IGMedia
    from .ig_media import IGMediaField as IGMediaField
    from .ig_media_boost_eligibility_info import (
        IGMediaBoostEligibilityInfo as IGMediaBoostEligibilityInfo,
    )
    from .ig_media_boost_eligibility_info import (
        IGMediaBoostEligibilityInfoField as IGMediaBoostEligibilityInfoField,
    )
    from .ig_user import IGUser as IGUser
    from .ig_user import IGUserField as IGUserField
    from .ig_video_copyright_check_matches_information import (
        IGVideoCopyrightCheckMatchesInformation as IGVideoCopyrightCheckMatchesInformation,
    )
    from .ig_video_copyright_check_matches_information import (
        IGVideoCopyrightCheckMatchesInformationField as IGVideoCopyrightCheckMatchesInformationField,
    )
    from .ig_video_copyright_check_status import (
        IGVideoCopyrightCheckStatus as IGVideoCopyrightCheckStatus,
    )
    from .ig_video_copyright_check_status import (
        IGVideoCopyrightCheckStatusField as IGVideoCopyrightCheckStatusField,
    )
    from .location import Location as Location
    from .location import LocationField as LocationField
    from .lookalike_spec import LookalikeSpec as LookalikeSpec
    from .lookalike_spec import LookalikeSpecField as LookalikeSpecField
    from .mailing_address import MailingAddress as MailingAddress
    from .mailing_address import MailingAddressField as MailingAddressField
    from .managed_partner_business import ManagedPartnerBusiness as ManagedPartnerBusiness
    from .managed_partner_business import ManagedPartnerBusinessField as ManagedPartnerBusinessField
    from .managed_partner_extended_credit import (
        ManagedPartnerExtendedCredit as ManagedPartnerExtendedCredit,
    )
    from .managed_partner_extended_credit import (
        ManagedPartnerExtendedCreditField as ManagedPartnerExtendedCreditField,
    )
    from .marketing_messages_onboarding_status import (
        MarketingMessagesOnboardingStatus as MarketingMessagesOnboardingStatus,
    )
    from .marketing_messages_onboarding_status import (
        MarketingMessagesOnboardingStatusField as MarketingMessagesOnboardingStatusField,
    )
    from .messaging_feature_status import MessagingFeatureStatus as MessagingFeatureStatus
    from .messaging_feature_status import MessagingFeatureStatusField as MessagingFeatureStatusField
    from .music_video_copyright import MusicVideoCopyright as MusicVideoCopyright
    from .music_video_copyright import MusicVideoCopyrightField as MusicVideoCopyrightField
    from .offline_conversion_data_set_upload import (
        OfflineConversionDataSetUpload as OfflineConversionDataSetUpload,
    )
    from .offline_conversion_data_set_upload import (
        OfflineConversionDataSetUploadField as OfflineConversionDataSetUploadField,
    )
    from .offline_conversion_data_set_usage import (
        OfflineConversionDataSetUsage as OfflineConversionDataSetUsage,
    )
    from .offline_conversion_data_set_usage import (
        OfflineConversionDataSetUsageField as OfflineConversionDataSetUsageField,
    )
    from .open_bridge_configuration import OpenBridgeConfiguration as OpenBridgeConfiguration
    from .open_bridge_configuration import (
        OpenBridgeConfigurationField as OpenBridgeConfigurationField,
    )
    from .original_event_data import OriginalEventData as OriginalEventData
    from .original_event_data import OriginalEventDataField as OriginalEventDataField
    from .page import PageNode as PageNode
    from .page import PageNodeField as PageNodeField
    from .page_category import PageCategory as PageCategory
    from .page_category import PageCategoryField as PageCategoryField
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
    from .place import Place as Place
    from .place import PlaceField as PlaceField
    from .placement_soft_opt_out import PlacementSoftOptOut as PlacementSoftOptOut
    from .placement_soft_opt_out import PlacementSoftOptOutField as PlacementSoftOptOutField
    from .privacy import Privacy as Privacy
    from .privacy import PrivacyField as PrivacyField
    from .product_catalog import ProductCatalog as ProductCatalog
    from .product_catalog import ProductCatalogField as ProductCatalogField
    from .product_catalog_image_settings import (
        ProductCatalogImageSettings as ProductCatalogImageSettings,
    )
    from .product_catalog_image_settings import (
        ProductCatalogImageSettingsField as ProductCatalogImageSettingsField,
    )
    from .product_catalog_image_settings_operation import (
        ProductCatalogImageSettingsOperation as ProductCatalogImageSettingsOperation,
    )
    from .product_catalog_image_settings_operation import (
        ProductCatalogImageSettingsOperationField as ProductCatalogImageSettingsOperationField,
    )
    from .product_set import ProductSet as ProductSet
    from .product_set import ProductSetField as ProductSetField
    from .product_set_metadata import ProductSetMetadata as ProductSetMetadata
    from .product_set_metadata import ProductSetMetadataField as ProductSetMetadataField
    from .profile import Profile as Profile
    from .profile import ProfileProfileType as ProfileProfileType
    from .profile import ProfileField as ProfileField
    from .profile_picture_source import ProfilePictureSource as ProfilePictureSource
    from .profile_picture_source import ProfilePictureSourceField as ProfilePictureSourceField
    from .raw_custom_audience import RawCustomAudience as RawCustomAudience
    from .raw_custom_audience import RawCustomAudienceField as RawCustomAudienceField
    from .reach_frequency_spec import ReachFrequencySpec as ReachFrequencySpec
    from .reach_frequency_spec import ReachFrequencySpecField as ReachFrequencySpecField
    from .regional_regulation_identities import (
        RegionalRegulationIdentities as RegionalRegulationIdentities,
    )
    from .regional_regulation_identities import (
        RegionalRegulationIdentitiesField as RegionalRegulationIdentitiesField,
    )
    from .server_event import ServerEvent as ServerEvent
    from .server_event import ServerEventActionSource as ServerEventActionSource
    from .server_event import ServerEventCustomerSegmentation as ServerEventCustomerSegmentation
    from .server_event import ServerEventField as ServerEventField
    from .shop import Shop as Shop
    from .shop import ShopField as ShopField
    from .store_catalog_settings import StoreCatalogSettings as StoreCatalogSettings
    from .store_catalog_settings import StoreCatalogSettingsField as StoreCatalogSettingsField
    from .targeting import Targeting as Targeting
    from .targeting import TargetingDevicePlatforms as TargetingDevicePlatforms
    from .targeting import TargetingEffectiveDevicePlatforms as TargetingEffectiveDevicePlatforms
    from .targeting import TargetingField as TargetingField
    from .targeting_automation import TargetingAutomation as TargetingAutomation
    from .targeting_automation import TargetingAutomationField as TargetingAutomationField
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
    from .targeting_relaxation import TargetingRelaxation as TargetingRelaxation
    from .targeting_relaxation import TargetingRelaxationField as TargetingRelaxationField
    from .trending_topics_spec import TrendingTopicsSpec as TrendingTopicsSpec
    from .trending_topics_spec import TrendingTopicsSpecField as TrendingTopicsSpecField
    from .user import User as User
    from .user import UserField as UserField
    from .user_cover_photo import UserCoverPhoto as UserCoverPhoto
    from .user_cover_photo import UserCoverPhotoField as UserCoverPhotoField
    from .user_data import UserData as UserData
    from .user_data import UserDataField as UserDataField
    from .video_copyright import VideoCopyright as VideoCopyright
    from .video_copyright import VideoCopyrightField as VideoCopyrightField
    from .video_copyright_check_status import VideoCopyrightCheckStatus as VideoCopyrightCheckStatus
    from .video_copyright_check_status import (
        VideoCopyrightCheckStatusField as VideoCopyrightCheckStatusField,
    )
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
    from .video_status import VideoStatus as VideoStatus
    from .video_status import VideoStatusField as VideoStatusField
    from .video_status_error import VideoStatusError as VideoStatusError
    from .video_status_error import VideoStatusErrorField as VideoStatusErrorField
    from .video_status_processing_phase import (
        VideoStatusProcessingPhase as VideoStatusProcessingPhase,
    )
    from .video_status_processing_phase import (
        VideoStatusProcessingPhaseField as VideoStatusProcessingPhaseField,
    )
    from .video_status_publishing_phase import (
        VideoStatusPublishingPhase as VideoStatusPublishingPhase,
    )
    from .video_status_publishing_phase import (
        VideoStatusPublishingPhaseField as VideoStatusPublishingPhaseField,
    )
    from .video_status_uploading_phase import VideoStatusUploadingPhase as VideoStatusUploadingPhase
    from .video_status_uploading_phase import (
        VideoStatusUploadingPhaseField as VideoStatusUploadingPhaseField,
    )
    from .video_upload_limits import VideoUploadLimits as VideoUploadLimits
    from .video_upload_limits import VideoUploadLimitsField as VideoUploadLimitsField
    from .voip_info import VoipInfo as VoipInfo
    from .voip_info import VoipInfoField as VoipInfoField

__getattr__ = lazy_getattr(
    __name__,
    {
        "AdAccount": "ad_account",
        "AdAccountField": "ad_account",
        "AdAccountMarketingMessagesSettings": "ad_account_marketing_messages_settings",
        "AdAccountMarketingMessagesSettingsField": "ad_account_marketing_messages_settings",
        "AdAccountPromotableObjects": "ad_account_promotable_objects",
        "AdAccountPromotableObjectsField": "ad_account_promotable_objects",
        "AdBidAdjustments": "ad_bid_adjustments",
        "AdBidAdjustmentsField": "ad_bid_adjustments",
        "AdCampaignBidConstraint": "ad_campaign_bid_constraint",
        "AdCampaignBidConstraintField": "ad_campaign_bid_constraint",
        "AdCampaignFrequencyControlSpecs": "ad_campaign_frequency_control_specs",
        "AdCampaignFrequencyControlSpecsField": "ad_campaign_frequency_control_specs",
        "AdCampaignGroupAdvantageState": "ad_campaign_group_advantage_state",
        "AdCampaignGroupAdvantageStateField": "ad_campaign_group_advantage_state",
        "AdCampaignIssuesInfo": "ad_campaign_issues_info",
        "AdCampaignIssuesInfoField": "ad_campaign_issues_info",
        "AdCampaignLearningStageInfo": "ad_campaign_learning_stage_info",
        "AdCampaignLearningStageInfoField": "ad_campaign_learning_stage_info",
        "AdLabel": "ad_label",
        "AdLabelField": "ad_label",
        "AdPlacePageSet": "ad_place_page_set",
        "AdPlacePageSetField": "ad_place_page_set",
        "AdPromotedObject": "ad_promoted_object",
        "AdPromotedObjectCustomEventType": "ad_promoted_object",
        "AdPromotedObjectFullFunnelObjective": "ad_promoted_object",
        "AdPromotedObjectLeadAdsCustomEventType": "ad_promoted_object",
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
        "AdsPixelAgenciesPermittedTasks": "ads_pixel",
        "AdsPixelDaChecksConnectionMethod": "ads_pixel",
        "AdsPixelOfflineEventUploadsOrder": "ads_pixel",
        "AdsPixelOfflineEventUploadsSortBy": "ads_pixel",
        "AdsPixelField": "ads_pixel",
        "UpdateAdsPixelResultField": "ads_pixel",
        "CreateAdsPixelResultField": "ads_pixel",
        "CreateBusinessAdsPixelResultField": "ads_pixel",
        "AdsPixelCreateAssignedUserResultField": "ads_pixel",
        "AdsPixelGetAudiencesActionSource": "ads_pixel",
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
        "AgeRange": "age_range",
        "AgeRangeField": "age_range",
        "AgencyClientDeclaration": "agency_client_declaration",
        "AgencyClientDeclarationField": "agency_client_declaration",
        "AppData": "app_data",
        "AppDataField": "app_data",
        "AssignedUser": "assigned_user",
        "AssignedUserField": "assigned_user",
        "AttributionSpec": "attribution_spec",
        "AttributionSpecField": "attribution_spec",
        "AudiencePermissionForActions": "audience_permission_for_actions",
        "AudiencePermissionForActionsField": "audience_permission_for_actions",
        "AudioIsrc": "audio_isrc",
        "AudioIsrcField": "audio_isrc",
        "BrandSafetyCampaignConfig": "brand_safety_campaign_config",
        "BrandSafetyCampaignConfigField": "brand_safety_campaign_config",
        "Business": "business",
        "BusinessVerificationStatus": "business",
        "BusinessWhatsappBusinessManagerMessagingLimit": "business",
        "BusinessField": "business",
        "BusinessManagedPartnerEligibility": "business_managed_partner_eligibility",
        "BusinessManagedPartnerEligibilityField": "business_managed_partner_eligibility",
        "BusinessPartnerPremiumOptions": "business_partner_premium_options",
        "BusinessPartnerPremiumOptionsField": "business_partner_premium_options",
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
        "CollaborativeAdsShareSettings": "collaborative_ads_share_settings",
        "CollaborativeAdsShareSettingsField": "collaborative_ads_share_settings",
        "CommerceMerchantSettings": "commerce_merchant_settings",
        "CommerceMerchantSettingsField": "commerce_merchant_settings",
        "ConnectionsTargeting": "connections_targeting",
        "ConnectionsTargetingField": "connections_targeting",
        "Content": "content",
        "ContentField": "content",
        "CopyrightAttributionInsights": "copyright_attribution_insights",
        "CopyrightAttributionInsightsField": "copyright_attribution_insights",
        "CopyrightReferenceContainer": "copyright_reference_container",
        "CopyrightReferenceContainerField": "copyright_reference_container",
        "CoverPhoto": "cover_photo",
        "CoverPhotoField": "cover_photo",
        "CRMAddress": "crm_address",
        "CRMAddressField": "crm_address",
        "Currency": "currency",
        "CurrencyField": "currency",
        "CurrencyAmount": "currency_amount",
        "CurrencyAmountField": "currency_amount",
        "CustomAudience": "custom_audience",
        "CustomAudienceSubtype": "custom_audience",
        "CustomAudienceField": "custom_audience",
        "CustomAudienceDataSource": "custom_audience_data_source",
        "CustomAudienceDataSourceSubType": "custom_audience_data_source",
        "CustomAudienceDataSourceType": "custom_audience_data_source",
        "CustomAudienceDataSourceField": "custom_audience_data_source",
        "CustomAudienceGroup": "custom_audience_group",
        "CustomAudienceGroupField": "custom_audience_group",
        "CustomAudienceSharingStatus": "custom_audience_sharing_status",
        "CustomAudienceSharingStatusField": "custom_audience_sharing_status",
        "CustomAudienceStatus": "custom_audience_status",
        "CustomAudienceStatusField": "custom_audience_status",
        "CustomData": "custom_data",
        "CustomDataDeliveryCategory": "custom_data",
        "CustomDataField": "custom_data",
        "DACheck": "da_check",
        "DACheckField": "da_check",
        "DayPart": "day_part",
        "DayPartField": "day_part",
        "DeliveryCheck": "delivery_check",
        "DeliveryCheckField": "delivery_check",
        "DeliveryCheckExtraInfo": "delivery_check_extra_info",
        "DeliveryCheckExtraInfoField": "delivery_check_extra_info",
        "EducationExperience": "education_experience",
        "EducationExperienceField": "education_experience",
        "Engagement": "engagement",
        "EngagementField": "engagement",
        "Event": "event",
        "EventCategory": "event",
        "EventOnlineEventFormat": "event",
        "EventType": "event",
        "EventField": "event",
        "EventRegistrationSetting": "event_registration_setting",
        "EventRegistrationSettingField": "event_registration_setting",
        "EventTicketSetting": "event_ticket_setting",
        "EventTicketSettingField": "event_ticket_setting",
        "Experience": "experience",
        "ExperienceField": "experience",
        "ExtendedCredit": "extended_credit",
        "ExtendedCreditField": "extended_credit",
        "ExtendedCreditAllocationConfig": "extended_credit_allocation_config",
        "ExtendedCreditAllocationConfigField": "extended_credit_allocation_config",
        "ExtendedCreditEmail": "extended_credit_email",
        "ExtendedCreditEmailField": "extended_credit_email",
        "ExtendedCreditInvoiceGroup": "extended_credit_invoice_group",
        "ExtendedCreditInvoiceGroupField": "extended_credit_invoice_group",
        "FlexibleTargeting": "flexible_targeting",
        "FlexibleTargetingField": "flexible_targeting",
        "FundingSourceDetails": "funding_source_details",
        "FundingSourceDetailsField": "funding_source_details",
        "FundingSourceDetailsCoupon": "funding_source_details_coupon",
        "FundingSourceDetailsCouponField": "funding_source_details_coupon",
        "FundingSourceDetailsCouponTiering": "funding_source_details_coupon_tiering",
        "FundingSourceDetailsCouponTieringField": "funding_source_details_coupon_tiering",
        "Group": "group",
        "GroupField": "group",
        "HasLeadAccess": "has_lead_access",
        "HasLeadAccessField": "has_lead_access",
        "IDName": "id_name",
        "IDNameField": "id_name",
        "IGComment": "ig_comment",
        "IGCommentField": "ig_comment",
        "IGCommentFromUser": "ig_comment_from_user",
        "IGCommentFromUserField": "ig_comment_from_user",
        "IGMedia": "ig_media",
        "IGMediaField": "ig_media",
        "IGMediaBoostEligibilityInfo": "ig_media_boost_eligibility_info",
        "IGMediaBoostEligibilityInfoField": "ig_media_boost_eligibility_info",
        "IGUser": "ig_user",
        "IGUserField": "ig_user",
        "IGVideoCopyrightCheckMatchesInformation": "ig_video_copyright_check_matches_information",
        "IGVideoCopyrightCheckMatchesInformationField": "ig_video_copyright_check_matches_information",
        "IGVideoCopyrightCheckStatus": "ig_video_copyright_check_status",
        "IGVideoCopyrightCheckStatusField": "ig_video_copyright_check_status",
        "Location": "location",
        "LocationField": "location",
        "LookalikeSpec": "lookalike_spec",
        "LookalikeSpecField": "lookalike_spec",
        "MailingAddress": "mailing_address",
        "MailingAddressField": "mailing_address",
        "ManagedPartnerBusiness": "managed_partner_business",
        "ManagedPartnerBusinessField": "managed_partner_business",
        "ManagedPartnerExtendedCredit": "managed_partner_extended_credit",
        "ManagedPartnerExtendedCreditField": "managed_partner_extended_credit",
        "MarketingMessagesOnboardingStatus": "marketing_messages_onboarding_status",
        "MarketingMessagesOnboardingStatusField": "marketing_messages_onboarding_status",
        "MessagingFeatureStatus": "messaging_feature_status",
        "MessagingFeatureStatusField": "messaging_feature_status",
        "MusicVideoCopyright": "music_video_copyright",
        "MusicVideoCopyrightField": "music_video_copyright",
        "OfflineConversionDataSetUpload": "offline_conversion_data_set_upload",
        "OfflineConversionDataSetUploadField": "offline_conversion_data_set_upload",
        "OfflineConversionDataSetUsage": "offline_conversion_data_set_usage",
        "OfflineConversionDataSetUsageField": "offline_conversion_data_set_usage",
        "OpenBridgeConfiguration": "open_bridge_configuration",
        "OpenBridgeConfigurationField": "open_bridge_configuration",
        "OriginalEventData": "original_event_data",
        "OriginalEventDataField": "original_event_data",
        "PageNode": "page",
        "PageNodeField": "page",
        "PageCategory": "page_category",
        "PageCategoryField": "page_category",
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
        "Place": "place",
        "PlaceField": "place",
        "PlacementSoftOptOut": "placement_soft_opt_out",
        "PlacementSoftOptOutField": "placement_soft_opt_out",
        "Privacy": "privacy",
        "PrivacyField": "privacy",
        "ProductCatalog": "product_catalog",
        "ProductCatalogField": "product_catalog",
        "ProductCatalogImageSettings": "product_catalog_image_settings",
        "ProductCatalogImageSettingsField": "product_catalog_image_settings",
        "ProductCatalogImageSettingsOperation": "product_catalog_image_settings_operation",
        "ProductCatalogImageSettingsOperationField": "product_catalog_image_settings_operation",
        "ProductSet": "product_set",
        "ProductSetField": "product_set",
        "ProductSetMetadata": "product_set_metadata",
        "ProductSetMetadataField": "product_set_metadata",
        "Profile": "profile",
        "ProfileProfileType": "profile",
        "ProfileField": "profile",
        "ProfilePictureSource": "profile_picture_source",
        "ProfilePictureSourceField": "profile_picture_source",
        "RawCustomAudience": "raw_custom_audience",
        "RawCustomAudienceField": "raw_custom_audience",
        "ReachFrequencySpec": "reach_frequency_spec",
        "ReachFrequencySpecField": "reach_frequency_spec",
        "RegionalRegulationIdentities": "regional_regulation_identities",
        "RegionalRegulationIdentitiesField": "regional_regulation_identities",
        "ServerEvent": "server_event",
        "ServerEventActionSource": "server_event",
        "ServerEventCustomerSegmentation": "server_event",
        "ServerEventField": "server_event",
        "Shop": "shop",
        "ShopField": "shop",
        "StoreCatalogSettings": "store_catalog_settings",
        "StoreCatalogSettingsField": "store_catalog_settings",
        "Targeting": "targeting",
        "TargetingDevicePlatforms": "targeting",
        "TargetingEffectiveDevicePlatforms": "targeting",
        "TargetingField": "targeting",
        "TargetingAutomation": "targeting_automation",
        "TargetingAutomationField": "targeting_automation",
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
        "TargetingRelaxation": "targeting_relaxation",
        "TargetingRelaxationField": "targeting_relaxation",
        "TrendingTopicsSpec": "trending_topics_spec",
        "TrendingTopicsSpecField": "trending_topics_spec",
        "User": "user",
        "UserField": "user",
        "UserCoverPhoto": "user_cover_photo",
        "UserCoverPhotoField": "user_cover_photo",
        "UserData": "user_data",
        "UserDataField": "user_data",
        "VideoCopyright": "video_copyright",
        "VideoCopyrightField": "video_copyright",
        "VideoCopyrightCheckStatus": "video_copyright_check_status",
        "VideoCopyrightCheckStatusField": "video_copyright_check_status",
        "VideoCopyrightConditionGroup": "video_copyright_condition_group",
        "VideoCopyrightConditionGroupField": "video_copyright_condition_group",
        "VideoCopyrightGeoGate": "video_copyright_geo_gate",
        "VideoCopyrightGeoGateField": "video_copyright_geo_gate",
        "VideoCopyrightRule": "video_copyright_rule",
        "VideoCopyrightRuleField": "video_copyright_rule",
        "VideoCopyrightSegment": "video_copyright_segment",
        "VideoCopyrightSegmentField": "video_copyright_segment",
        "VideoStatus": "video_status",
        "VideoStatusField": "video_status",
        "VideoStatusError": "video_status_error",
        "VideoStatusErrorField": "video_status_error",
        "VideoStatusProcessingPhase": "video_status_processing_phase",
        "VideoStatusProcessingPhaseField": "video_status_processing_phase",
        "VideoStatusPublishingPhase": "video_status_publishing_phase",
        "VideoStatusPublishingPhaseField": "video_status_publishing_phase",
        "VideoStatusUploadingPhase": "video_status_uploading_phase",
        "VideoStatusUploadingPhaseField": "video_status_uploading_phase",
        "VideoUploadLimits": "video_upload_limits",
        "VideoUploadLimitsField": "video_upload_limits",
        "VoipInfo": "voip_info",
        "VoipInfoField": "voip_info",
    },
)
