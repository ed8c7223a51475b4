"""Models of Graph API v25.0: one module per node or struct, imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_getattr

if TYPE_CHECKING:
    from .ad_account import AdAccount as AdAccount
    from .ad_account import AdAccountField as AdAccountField
    from .ad_account import AdAccountFieldLiteral as AdAccountFieldLiteral
    from .ad_account_marketing_messages_settings import (
        AdAccountMarketingMessagesSettings as AdAccountMarketingMessagesSettings,
    )
    from .ad_account_marketing_messages_settings import (
        AdAccountMarketingMessagesSettingsField as AdAccountMarketingMessagesSettingsField,
    )
    from .ad_account_marketing_messages_settings import (
        AdAccountMarketingMessagesSettingsFieldLiteral as AdAccountMarketingMessagesSettingsFieldLiteral,
    )
    from .ad_account_promotable_objects import (
        AdAccountPromotableObjects as AdAccountPromotableObjects,
    )
    from .ad_account_promotable_objects import (
        AdAccountPromotableObjectsField as AdAccountPromotableObjectsField,
    )
    from .ad_account_promotable_objects import (
        AdAccountPromotableObjectsFieldLiteral as AdAccountPromotableObjectsFieldLiteral,
    )
    from .ad_bid_adjustments import AdBidAdjustments as AdBidAdjustments
    from .ad_bid_adjustments import AdBidAdjustmentsField as AdBidAdjustmentsField
    from .ad_bid_adjustments import AdBidAdjustmentsFieldLiteral as AdBidAdjustmentsFieldLiteral
    from .ad_campaign_bid_constraint import AdCampaignBidConstraint as AdCampaignBidConstraint
    from .ad_campaign_bid_constraint import (
        AdCampaignBidConstraintField as AdCampaignBidConstraintField,
    )
    from .ad_campaign_bid_constraint import (
        AdCampaignBidConstraintFieldLiteral as AdCampaignBidConstraintFieldLiteral,
    )
    from .ad_campaign_frequency_control_specs import (
        AdCampaignFrequencyControlSpecs as AdCampaignFrequencyControlSpecs,
    )
    from .ad_campaign_frequency_control_specs import (
        AdCampaignFrequencyControlSpecsField as AdCampaignFrequencyControlSpecsField,
    )
    from .ad_campaign_frequency_control_specs import (
        AdCampaignFrequencyControlSpecsFieldLiteral as AdCampaignFrequencyControlSpecsFieldLiteral,
    )
    from .ad_campaign_group_advantage_state import (
        AdCampaignGroupAdvantageState as AdCampaignGroupAdvantageState,
    )
    from .ad_campaign_group_advantage_state import (
        AdCampaignGroupAdvantageStateField as AdCampaignGroupAdvantageStateField,
    )
    from .ad_campaign_group_advantage_state import (
        AdCampaignGroupAdvantageStateFieldLiteral as AdCampaignGroupAdvantageStateFieldLiteral,
    )
    from .ad_campaign_issues_info import AdCampaignIssuesInfo as AdCampaignIssuesInfo
    from .ad_campaign_issues_info import AdCampaignIssuesInfoField as AdCampaignIssuesInfoField
    from .ad_campaign_issues_info import (
        AdCampaignIssuesInfoFieldLiteral as AdCampaignIssuesInfoFieldLiteral,
    )
    from .ad_campaign_learning_stage_info import (
        AdCampaignLearningStageInfo as AdCampaignLearningStageInfo,
    )
    from .ad_campaign_learning_stage_info import (
        AdCampaignLearningStageInfoField as AdCampaignLearningStageInfoField,
    )
    from .ad_campaign_learning_stage_info import (
        AdCampaignLearningStageInfoFieldLiteral as AdCampaignLearningStageInfoFieldLiteral,
    )
    from .ad_label import AdLabel as AdLabel
    from .ad_label import AdLabelField as AdLabelField
    from .ad_label import AdLabelFieldLiteral as AdLabelFieldLiteral
    from .ad_place_page_set import AdPlacePageSet as AdPlacePageSet
    from .ad_place_page_set import AdPlacePageSetField as AdPlacePageSetField
    from .ad_place_page_set import AdPlacePageSetFieldLiteral as AdPlacePageSetFieldLiteral
    from .ad_promoted_object import AdPromotedObject as AdPromotedObject
    from .ad_promoted_object import (
        AdPromotedObjectCustomEventType as AdPromotedObjectCustomEventType,
    )
    from .ad_promoted_object import (
        AdPromotedObjectCustomEventTypeLiteral as AdPromotedObjectCustomEventTypeLiteral,
    )
    from .ad_promoted_object import (
        AdPromotedObjectFullFunnelObjective as AdPromotedObjectFullFunnelObjective,
    )
    from .ad_promoted_object import (
        AdPromotedObjectFullFunnelObjectiveLiteral as AdPromotedObjectFullFunnelObjectiveLiteral,
    )
    from .ad_promoted_object import (
        AdPromotedObjectLeadAdsCustomEventType as AdPromotedObjectLeadAdsCustomEventType,
    )
    from .ad_promoted_object import (
        AdPromotedObjectLeadAdsCustomEventTypeLiteral as AdPromotedObjectLeadAdsCustomEventTypeLiteral,
    )
    from .ad_promoted_object import AdPromotedObjectField as AdPromotedObjectField
    from .ad_promoted_object import AdPromotedObjectFieldLiteral as AdPromotedObjectFieldLiteral
    from .ad_recommendation import AdRecommendation as AdRecommendation
    from .ad_recommendation import AdRecommendationConfidence as AdRecommendationConfidence
    from .ad_recommendation import (
        AdRecommendationConfidenceLiteral as AdRecommendationConfidenceLiteral,
    )
    from .ad_recommendation import AdRecommendationImportance as AdRecommendationImportance
    from .ad_recommendation import (
        AdRecommendationImportanceLiteral as AdRecommendationImportanceLiteral,
    )
    from .ad_recommendation import AdRecommendationField as AdRecommendationField
    from .ad_recommendation import AdRecommendationFieldLiteral as AdRecommendationFieldLiteral
    from .ad_recommendation_data import AdRecommendationData as AdRecommendationData
    from .ad_recommendation_data import AdRecommendationDataField as AdRecommendationDataField
    from .ad_recommendation_data import (
        AdRecommendationDataFieldLiteral as AdRecommendationDataFieldLiteral,
    )
    from .ad_set import AdSet as AdSet
    from .ad_set import AdSetBidStrategy as AdSetBidStrategy
    from .ad_set import AdSetBidStrategyLiteral as AdSetBidStrategyLiteral
    from .ad_set import AdSetBillingEvent as AdSetBillingEvent
    from .ad_set import AdSetBillingEventLiteral as AdSetBillingEventLiteral
    from .ad_set import AdSetConfiguredStatus as AdSetConfiguredStatus
    from .ad_set import AdSetConfiguredStatusLiteral as AdSetConfiguredStatusLiteral
    from .ad_set import AdSetEffectiveStatus as AdSetEffectiveStatus
    from .ad_set import AdSetEffectiveStatusLiteral as AdSetEffectiveStatusLiteral
    from .ad_set import AdSetOptimizationGoal as AdSetOptimizationGoal
    from .ad_set import AdSetOptimizationGoalLiteral as AdSetOptimizationGoalLiteral
    from .ad_set import AdSetStatus as AdSetStatus
    from .ad_set import AdSetStatusLiteral as AdSetStatusLiteral
    from .ad_set import AdSetField as AdSetField
    from .ad_set import AdSetFieldLiteral as AdSetFieldLiteral
    from .ad_study import AdStudy as AdStudy
    from .ad_study import AdStudyField as AdStudyField
    from .ad_study import AdStudyFieldLiteral as AdStudyFieldLiteral
    from .ad_video import AdVideo as AdVideo
    from .ad_video import AdVideoField as AdVideoField
    from .ad_video import AdVideoFieldLiteral as AdVideoFieldLiteral
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
    from .ads_pixel import AdsPixelAgenciesPermittedTasks as AdsPixelAgenciesPermittedTasks
    from .ads_pixel import (
        AdsPixelAgenciesPermittedTasksLiteral as AdsPixelAgenciesPermittedTasksLiteral,
    )
    from .ads_pixel import AdsPixelDaChecksConnectionMethod as AdsPixelDaChecksConnectionMethod
    from .ads_pixel import (
        AdsPixelDaChecksConnectionMethodLiteral as AdsPixelDaChecksConnectionMethodLiteral,
    )
    from .ads_pixel import AdsPixelOfflineEventUploadsOrder as AdsPixelOfflineEventUploadsOrder
    from .ads_pixel import (
        AdsPixelOfflineEventUploadsOrderLiteral as AdsPixelOfflineEventUploadsOrderLiteral,
    )
    from .ads_pixel import AdsPixelOfflineEventUploadsSortBy as AdsPixelOfflineEventUploadsSortBy
    from .ads_pixel import (
        AdsPixelOfflineEventUploadsSortByLiteral as AdsPixelOfflineEventUploadsSortByLiteral,
    )
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
    from .ads_pixel import AdsPixelGetAudiencesActionSource as AdsPixelGetAudiencesActionSource
    from .ads_pixel import (
        AdsPixelGetAudiencesActionSourceLiteral as AdsPixelGetAudiencesActionSourceLiteral,
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
    from .age_range import AgeRange as AgeRange
    from .age_range import AgeRangeField as AgeRangeField
    from .age_range import AgeRangeFieldLiteral as AgeRangeFieldLiteral
    from .agency_client_declaration import AgencyClientDeclaration as AgencyClientDeclaration
    from .agency_client_declaration import (
        AgencyClientDeclarationField as AgencyClientDeclarationField,
    )
    from .agency_client_declaration import (
        AgencyClientDeclarationFieldLiteral as AgencyClientDeclarationFieldLiteral,
    )
    from .app_data import AppData as AppData
    from .app_data import AppDataField as AppDataField
    from .app_data import AppDataFieldLiteral as AppDataFieldLiteral
    from .assigned_user import AssignedUser as AssignedUser
    from .assigned_user import AssignedUserField as AssignedUserField
    from .assigned_user import AssignedUserFieldLiteral as AssignedUserFieldLiteral
    from .attribution_spec import AttributionSpec as AttributionSpec
    from .attribution_spec import AttributionSpecField as AttributionSpecField
    from .attribution_spec import AttributionSpecFieldLiteral as AttributionSpecFieldLiteral
    from .audience_permission_for_actions import (
        AudiencePermissionForActions as AudiencePermissionForActions,
    )
    from .audience_permission_for_actions import (
        AudiencePermissionForActionsField as AudiencePermissionForActionsField,
    )
    from .audience_permission_for_actions import (
        AudiencePermissionForActionsFieldLiteral as AudiencePermissionForActionsFieldLiteral,
    )
    from .audio_isrc import AudioIsrc as AudioIsrc
    from .audio_isrc import AudioIsrcField as AudioIsrcField
    from .audio_isrc import AudioIsrcFieldLiteral as AudioIsrcFieldLiteral
    from .brand_safety_campaign_config import BrandSafetyCampaignConfig as BrandSafetyCampaignConfig
    from .brand_safety_campaign_config import (
        BrandSafetyCampaignConfigField as BrandSafetyCampaignConfigField,
    )
    from .brand_safety_campaign_config import (
        BrandSafetyCampaignConfigFieldLiteral as BrandSafetyCampaignConfigFieldLiteral,
    )
    from .business import Business as Business
    from .business import BusinessVerificationStatus as BusinessVerificationStatus
    from .business import BusinessVerificationStatusLiteral as BusinessVerificationStatusLiteral
    from .business import (
        BusinessWhatsappBusinessManagerMessagingLimit as BusinessWhatsappBusinessManagerMessagingLimit,
    )
    from .business import (
        BusinessWhatsappBusinessManagerMessagingLimitLiteral as BusinessWhatsappBusinessManagerMessagingLimitLiteral,
    )
    from .business import BusinessField as BusinessField
    from .business import BusinessFieldLiteral as BusinessFieldLiteral
    from .business_managed_partner_eligibility import (
        BusinessManagedPartnerEligibility as BusinessManagedPartnerEligibility,
    )
    from .business_managed_partner_eligibility import (
        BusinessManagedPartnerEligibilityField as BusinessManagedPartnerEligibilityField,
    )
    from .business_managed_partner_eligibility import (
        BusinessManagedPartnerEligibilityFieldLiteral as BusinessManagedPartnerEligibilityFieldLiteral,
    )
    from .business_partner_premium_options import (
        BusinessPartnerPremiumOptions as BusinessPartnerPremiumOptions,
    )
    from .business_partner_premium_options import (
        BusinessPartnerPremiumOptionsField as BusinessPartnerPremiumOptionsField,
    )
    from .business_partner_premium_options import (
        BusinessPartnerPremiumOptionsFieldLiteral as BusinessPartnerPremiumOptionsFieldLiteral,
    )
    from .campaign import Campaign as Campaign
    from .campaign import CampaignBidStrategy as CampaignBidStrategy
    from .campaign import CampaignBidStrategyLiteral as CampaignBidStrategyLiteral
    from .campaign import CampaignConfiguredStatus as CampaignConfiguredStatus
    from .campaign import CampaignConfiguredStatusLiteral as CampaignConfiguredStatusLiteral
    from .campaign import CampaignEffectiveStatus as CampaignEffectiveStatus
    from .campaign import CampaignEffectiveStatusLiteral as CampaignEffectiveStatusLiteral
    from .campaign import CampaignStatus as CampaignStatus
    from .campaign import CampaignStatusLiteral as CampaignStatusLiteral
    from .campaign import CampaignField as CampaignField
    from .campaign import CampaignFieldLiteral as CampaignFieldLiteral
    from .catalog_based_targeting import CatalogBasedTargeting as CatalogBasedTargeting
    from .catalog_based_targeting import CatalogBasedTargetingField as CatalogBasedTargetingField
    from .catalog_based_targeting import (
        CatalogBasedTargetingFieldLiteral as CatalogBasedTargetingFieldLiteral,
    )
    from .child_event import ChildEvent as ChildEvent
    from .child_event import ChildEventField as ChildEventField
    from .child_event import ChildEventFieldLiteral as ChildEventFieldLiteral
    from .collaborative_ads_share_settings import (
        CollaborativeAdsShareSettings as CollaborativeAdsShareSettings,
    )
    from .collaborative_ads_share_settings import (
        CollaborativeAdsShareSettingsField as CollaborativeAdsShareSettingsField,
    )
    from .collaborative_ads_share_settings import (
        CollaborativeAdsShareSettingsFieldLiteral as CollaborativeAdsShareSettingsFieldLiteral,
    )
    from .commerce_merchant_settings import CommerceMerchantSettings as CommerceMerchantSettings
    from .commerce_merchant_settings import (
        CommerceMerchantSettingsField as CommerceMerchantSettingsField,
    )
    from .commerce_merchant_settings import (
        CommerceMerchantSettingsFieldLiteral as CommerceMerchantSettingsFieldLiteral,
    )
    from .connections_targeting import ConnectionsTargeting as ConnectionsTargeting
    from .connections_targeting import ConnectionsTargetingField as ConnectionsTargetingField
    from .connections_targeting import (
        ConnectionsTargetingFieldLiteral as ConnectionsTargetingFieldLiteral,
    )
    from .content import Content as Content
    from .content import ContentField as ContentField
    from .content import ContentFieldLiteral as ContentFieldLiteral
    from .copyright_attribution_insights import (
        CopyrightAttributionInsights as CopyrightAttributionInsights,
    )
    from .copyright_attribution_insights import (
        CopyrightAttributionInsightsField as CopyrightAttributionInsightsField,
    )
    from .copyright_attribution_insights import (
        CopyrightAttributionInsightsFieldLiteral as CopyrightAttributionInsightsFieldLiteral,
    )
    from .copyright_reference_container import (
        CopyrightReferenceContainer as CopyrightReferenceContainer,
    )
    from .copyright_reference_container import (
        CopyrightReferenceContainerField as CopyrightReferenceContainerField,
    )
    from .copyright_reference_container import (
        CopyrightReferenceContainerFieldLiteral as CopyrightReferenceContainerFieldLiteral,
    )
    from .cover_photo import CoverPhoto as CoverPhoto
    from .cover_photo import CoverPhotoField as CoverPhotoField
    from .cover_photo import CoverPhotoFieldLiteral as CoverPhotoFieldLiteral
    from .crm_address import CRMAddress as CRMAddress
    from .crm_address import CRMAddressField as CRMAddressField
    from .crm_address import CRMAddressFieldLiteral as CRMAddressFieldLiteral
    from .currency import Currency as Currency
    from .currency import CurrencyField as CurrencyField
    from .currency import CurrencyFieldLiteral as CurrencyFieldLiteral
    from .currency_amount import CurrencyAmount as CurrencyAmount
    from .currency_amount import CurrencyAmountField as CurrencyAmountField
    from .currency_amount import CurrencyAmountFieldLiteral as CurrencyAmountFieldLiteral
    from .custom_audience import CustomAudience as CustomAudience
    from .custom_audience import CustomAudienceSubtype as CustomAudienceSubtype
    from .custom_audience import CustomAudienceSubtypeLiteral as CustomAudienceSubtypeLiteral
    from .custom_audience import CustomAudienceField as CustomAudienceField
    from .custom_audience import CustomAudienceFieldLiteral as CustomAudienceFieldLiteral
    from .custom_audience_data_source import CustomAudienceDataSource as CustomAudienceDataSource
    from .custom_audience_data_source import (
        CustomAudienceDataSourceSubType as CustomAudienceDataSourceSubType,
    )
    from .custom_audience_data_source import (
        CustomAudienceDataSourceSubTypeLiteral as CustomAudienceDataSourceSubTypeLiteral,
    )
    from .custom_audience_data_source import (
        CustomAudienceDataSourceType as CustomAudienceDataSourceType,
    )
    from .custom_audience_data_source import (
        CustomAudienceDataSourceTypeLiteral as CustomAudienceDataSourceTypeLiteral,
    )
    from .custom_audience_data_source import (
        CustomAudienceDataSourceField as CustomAudienceDataSourceField,
    )
    from .custom_audience_data_source import (
        CustomAudienceDataSourceFieldLiteral as CustomAudienceDataSourceFieldLiteral,
    )
    from .custom_audience_group import CustomAudienceGroup as CustomAudienceGroup
    from .custom_audience_group import CustomAudienceGroupField as CustomAudienceGroupField
    from .custom_audience_group import (
        CustomAudienceGroupFieldLiteral as CustomAudienceGroupFieldLiteral,
    )
    from .custom_audience_sharing_status import (
        CustomAudienceSharingStatus as CustomAudienceSharingStatus,
    )
    from .custom_audience_sharing_status import (
        CustomAudienceSharingStatusField as CustomAudienceSharingStatusField,
    )
    from .custom_audience_sharing_status import (
        CustomAudienceSharingStatusFieldLiteral as CustomAudienceSharingStatusFieldLiteral,
    )
    from .custom_audience_status import CustomAudienceStatus as CustomAudienceStatus
    from .custom_audience_status import CustomAudienceStatusField as CustomAudienceStatusField
    from .custom_audience_status import (
        CustomAudienceStatusFieldLiteral as CustomAudienceStatusFieldLiteral,
    )
    from .custom_data import CustomData as CustomData
    from .custom_data import CustomDataDeliveryCategory as CustomDataDeliveryCategory
    from .custom_data import CustomDataDeliveryCategoryLiteral as CustomDataDeliveryCategoryLiteral
    from .custom_data import CustomDataField as CustomDataField
    from .custom_data import CustomDataFieldLiteral as CustomDataFieldLiteral
    from .da_check import DACheck as DACheck
    from .da_check import DACheckField as DACheckField
    from .da_check import DACheckFieldLiteral as DACheckFieldLiteral
    from .day_part import DayPart as DayPart
    from .day_part import DayPartField as DayPartField
    from .day_part import DayPartFieldLiteral as DayPartFieldLiteral
    from .delivery_check import DeliveryCheck as DeliveryCheck
    from .delivery_check import DeliveryCheckField as DeliveryCheckField
    from .delivery_check import DeliveryCheckFieldLiteral as DeliveryCheckFieldLiteral
    from .delivery_check_extra_info import DeliveryCheckExtraInfo as DeliveryCheckExtraInfo
    from .delivery_check_extra_info import (
        DeliveryCheckExtraInfoField as DeliveryCheckExtraInfoField,
    )
    from .delivery_check_extra_info import (
        DeliveryCheckExtraInfoFieldLiteral as DeliveryCheckExtraInfoFieldLiteral,
    )
    from .education_experience import EducationExperience as EducationExperience
    from .education_experience import EducationExperienceField as EducationExperienceField
    from .education_experience import (
        EducationExperienceFieldLiteral as EducationExperienceFieldLiteral,
    )
    from .engagement import Engagement as Engagement
    from .engagement import EngagementField as EngagementField
    from .engagement import EngagementFieldLiteral as EngagementFieldLiteral
    from .event import Event as Event
    from .event import EventCategory as EventCategory
    from .event import EventCategoryLiteral as EventCategoryLiteral
    from .event import EventOnlineEventFormat as EventOnlineEventFormat
    from .event import EventOnlineEventFormatLiteral as EventOnlineEventFormatLiteral
    from .event import EventType as EventType
    from .event import EventTypeLiteral as EventTypeLiteral
    from .event import EventField as EventField
    from .event import EventFieldLiteral as EventFieldLiteral
    from .event_registration_setting import EventRegistrationSetting as EventRegistrationSetting
    from .event_registration_setting import (
        EventRegistrationSettingField as EventRegistrationSettingField,
    )
    from .event_registration_setting import (
        EventRegistrationSettingFieldLiteral as EventRegistrationSettingFieldLiteral,
    )
    from .event_ticket_setting import EventTicketSetting as EventTicketSetting
    from .event_ticket_setting import EventTicketSettingField as EventTicketSettingField
    from .event_ticket_setting import (
        EventTicketSettingFieldLiteral as EventTicketSettingFieldLiteral,
    )
    from .experience import Experience as Experience
    from .experience import ExperienceField as ExperienceField
    from .experience import ExperienceFieldLiteral as ExperienceFieldLiteral
    from .extended_credit import ExtendedCredit as ExtendedCredit
    from .extended_credit import ExtendedCreditField as ExtendedCreditField
    from .extended_credit import ExtendedCreditFieldLiteral as ExtendedCreditFieldLiteral
    from .extended_credit_allocation_config import (
        ExtendedCreditAllocationConfig as ExtendedCreditAllocationConfig,
    )
    from .extended_credit_allocation_config import (
        ExtendedCreditAllocationConfigField as ExtendedCreditAllocationConfigField,
    )
    from .extended_credit_allocation_config import (
        ExtendedCreditAllocationConfigFieldLiteral as ExtendedCreditAllocationConfigFieldLiteral,
    )
    from .extended_credit_email import ExtendedCreditEmail as ExtendedCreditEmail
    from .extended_credit_email import ExtendedCreditEmailField as ExtendedCreditEmailField
    from .extended_credit_email import (
        ExtendedCreditEmailFieldLiteral as ExtendedCreditEmailFieldLiteral,
    )
    from .extended_credit_invoice_group import (
        ExtendedCreditInvoiceGroup as ExtendedCreditInvoiceGroup,
    )
    from .extended_credit_invoice_group import (
        ExtendedCreditInvoiceGroupField as ExtendedCreditInvoiceGroupField,
    )
    from .extended_credit_invoice_group import (
        ExtendedCreditInvoiceGroupFieldLiteral as ExtendedCreditInvoiceGroupFieldLiteral,
    )
    from .flexible_targeting import FlexibleTargeting as FlexibleTargeting
    from .flexible_targeting import FlexibleTargetingField as FlexibleTargetingField
    from .flexible_targeting import FlexibleTargetingFieldLiteral as FlexibleTargetingFieldLiteral
    from .funding_source_details import FundingSourceDetails as FundingSourceDetails
    from .funding_source_details import FundingSourceDetailsField as FundingSourceDetailsField
    from .funding_source_details import (
        FundingSourceDetailsFieldLiteral as FundingSourceDetailsFieldLiteral,
    )
    from .funding_source_details_coupon import (
        FundingSourceDetailsCoupon as FundingSourceDetailsCoupon,
    )
    from .funding_source_details_coupon import (
        FundingSourceDetailsCouponField as FundingSourceDetailsCouponField,
    )
    from .funding_source_details_coupon import (
        FundingSourceDetailsCouponFieldLiteral as FundingSourceDetailsCouponFieldLiteral,
    )
    from .funding_source_details_coupon_tiering import (
        FundingSourceDetailsCouponTiering as FundingSourceDetailsCouponTiering,
    )
    from .funding_source_details_coupon_tiering import (
        FundingSourceDetailsCouponTieringField as FundingSourceDetailsCouponTieringField,
    )
    from .funding_source_details_coupon_tiering import (
        FundingSourceDetailsCouponTieringFieldLiteral as FundingSourceDetailsCouponTieringFieldLiteral,
    )
    from .group import Group as Group
    from .group import GroupField as GroupField
    from .group import GroupFieldLiteral as GroupFieldLiteral
    from .has_lead_access import HasLeadAccess as HasLeadAccess
    from .has_lead_access import HasLeadAccessField as HasLeadAccessField
    from .has_lead_access import HasLeadAccessFieldLiteral as HasLeadAccessFieldLiteral
    from .id_name import IDName as IDName
    from .id_name import IDNameField as IDNameField
    from .id_name import IDNameFieldLiteral as IDNameFieldLiteral
    from .ig_comment import IGComment as IGComment
    from .ig_comment import IGCommentField as IGCommentField
    from .ig_comment import IGCommentFieldLiteral as IGCommentFieldLiteral
    from .ig_comment_from_user import IGCommentFromUser as IGCommentFromUser
    from .ig_comment_from_user import IGCommentFromUserField as IGCommentFromUserField
    from .ig_comment_from_user import IGCommentFromUserFieldLiteral as IGCommentFromUserFieldLiteral
    from .ig_media import IGMedia as IGMedia
    from .ig_media import IGMediaField as IGMediaField
    from .ig_media import IGMediaFieldLiteral as IGMediaFieldLiteral
    from .ig_media_boost_eligibility_info import (
        IGMediaBoostEligibilityInfo as IGMediaBoostEligibilityInfo,
    )
    from .ig_media_boost_eligibility_info import (
        IGMediaBoostEligibilityInfoField as IGMediaBoostEligibilityInfoField,
    )
    from .ig_media_boost_eligibility_info import (
        IGMediaBoostEligibilityInfoFieldLiteral as IGMediaBoostEligibilityInfoFieldLiteral,
    )
    from .ig_user import IGUser as IGUser
    from .ig_user import IGUserField as IGUserField
    from .ig_user import IGUserFieldLiteral as IGUserFieldLiteral
    from .ig_video_copyright_check_matches_information import (
        IGVideoCopyrightCheckMatchesInformation as IGVideoCopyrightCheckMatchesInformation,
    )
    from .ig_video_copyright_check_matches_information import (
        IGVideoCopyrightCheckMatchesInformationField as IGVideoCopyrightCheckMatchesInformationField,
    )
    from .ig_video_copyright_check_matches_information import (
        IGVideoCopyrightCheckMatchesInformationFieldLiteral as IGVideoCopyrightCheckMatchesInformationFieldLiteral,
    )
    from .ig_video_copyright_check_status import (
        IGVideoCopyrightCheckStatus as IGVideoCopyrightCheckStatus,
    )
    from .ig_video_copyright_check_status import (
        IGVideoCopyrightCheckStatusField as IGVideoCopyrightCheckStatusField,
    )
    from .ig_video_copyright_check_status import (
        IGVideoCopyrightCheckStatusFieldLiteral as IGVideoCopyrightCheckStatusFieldLiteral,
    )
    from .location import Location as Location
    from .location import LocationField as LocationField
    from .location import LocationFieldLiteral as LocationFieldLiteral
    from .lookalike_spec import LookalikeSpec as LookalikeSpec
    from .lookalike_spec import LookalikeSpecField as LookalikeSpecField
    from .lookalike_spec import LookalikeSpecFieldLiteral as LookalikeSpecFieldLiteral
    from .mailing_address import MailingAddress as MailingAddress
    from .mailing_address import MailingAddressField as MailingAddressField
    from .mailing_address import MailingAddressFieldLiteral as MailingAddressFieldLiteral
    from .managed_partner_business import ManagedPartnerBusiness as ManagedPartnerBusiness
    from .managed_partner_business import ManagedPartnerBusinessField as ManagedPartnerBusinessField
    from .managed_partner_business import (
        ManagedPartnerBusinessFieldLiteral as ManagedPartnerBusinessFieldLiteral,
    )
    from .managed_partner_extended_credit import (
        ManagedPartnerExtendedCredit as ManagedPartnerExtendedCredit,
    )
    from .managed_partner_extended_credit import (
        ManagedPartnerExtendedCreditField as ManagedPartnerExtendedCreditField,
    )
    from .managed_partner_extended_credit import (
        ManagedPartnerExtendedCreditFieldLiteral as ManagedPartnerExtendedCreditFieldLiteral,
    )
    from .marketing_messages_onboarding_status import (
        MarketingMessagesOnboardingStatus as MarketingMessagesOnboardingStatus,
    )
    from .marketing_messages_onboarding_status import (
        MarketingMessagesOnboardingStatusField as MarketingMessagesOnboardingStatusField,
    )
    from .marketing_messages_onboarding_status import (
        MarketingMessagesOnboardingStatusFieldLiteral as MarketingMessagesOnboardingStatusFieldLiteral,
    )
    from .messaging_feature_status import MessagingFeatureStatus as MessagingFeatureStatus
    from .messaging_feature_status import MessagingFeatureStatusField as MessagingFeatureStatusField
    from .messaging_feature_status import (
        MessagingFeatureStatusFieldLiteral as MessagingFeatureStatusFieldLiteral,
    )
    from .music_video_copyright import MusicVideoCopyright as MusicVideoCopyright
    from .music_video_copyright import MusicVideoCopyrightField as MusicVideoCopyrightField
    from .music_video_copyright import (
        MusicVideoCopyrightFieldLiteral as MusicVideoCopyrightFieldLiteral,
    )
    from .offline_conversion_data_set_upload import (
        OfflineConversionDataSetUpload as OfflineConversionDataSetUpload,
    )
    from .offline_conversion_data_set_upload import (
        OfflineConversionDataSetUploadField as OfflineConversionDataSetUploadField,
    )
    from .offline_conversion_data_set_upload import (
        OfflineConversionDataSetUploadFieldLiteral as OfflineConversionDataSetUploadFieldLiteral,
    )
    from .offline_conversion_data_set_usage import (
        OfflineConversionDataSetUsage as OfflineConversionDataSetUsage,
    )
    from .offline_conversion_data_set_usage import (
        OfflineConversionDataSetUsageField as OfflineConversionDataSetUsageField,
    )
    from .offline_conversion_data_set_usage import (
        OfflineConversionDataSetUsageFieldLiteral as OfflineConversionDataSetUsageFieldLiteral,
    )
    from .open_bridge_configuration import OpenBridgeConfiguration as OpenBridgeConfiguration
    from .open_bridge_configuration import (
        OpenBridgeConfigurationField as OpenBridgeConfigurationField,
    )
    from .open_bridge_configuration import (
        OpenBridgeConfigurationFieldLiteral as OpenBridgeConfigurationFieldLiteral,
    )
    from .original_event_data import OriginalEventData as OriginalEventData
    from .original_event_data import OriginalEventDataField as OriginalEventDataField
    from .original_event_data import OriginalEventDataFieldLiteral as OriginalEventDataFieldLiteral
    from .page import PageNode as PageNode
    from .page import PageNodeField as PageNodeField
    from .page import PageNodeFieldLiteral as PageNodeFieldLiteral
    from .page_category import PageCategory as PageCategory
    from .page_category import PageCategoryField as PageCategoryField
    from .page_category import PageCategoryFieldLiteral as PageCategoryFieldLiteral
    from .page_parking import PageParking as PageParking
    from .page_parking import PageParkingField as PageParkingField
    from .page_parking import PageParkingFieldLiteral as PageParkingFieldLiteral
    from .page_payment_options import PagePaymentOptions as PagePaymentOptions
    from .page_payment_options import PagePaymentOptionsField as PagePaymentOptionsField
    from .page_payment_options import (
        PagePaymentOptionsFieldLiteral as PagePaymentOptionsFieldLiteral,
    )
    from .page_restaurant_services import PageRestaurantServices as PageRestaurantServices
    from .page_restaurant_services import PageRestaurantServicesField as PageRestaurantServicesField
    from .page_restaurant_services import (
        PageRestaurantServicesFieldLiteral as PageRestaurantServicesFieldLiteral,
    )
    from .page_restaurant_specialties import PageRestaurantSpecialties as PageRestaurantSpecialties
    from .page_restaurant_specialties import (
        PageRestaurantSpecialtiesField as PageRestaurantSpecialtiesField,
    )
    from .page_restaurant_specialties import (
        PageRestaurantSpecialtiesFieldLiteral as PageRestaurantSpecialtiesFieldLiteral,
    )
    from .page_start_info import PageStartInfo as PageStartInfo
    from .page_start_info import PageStartInfoField as PageStartInfoField
    from .page_start_info import PageStartInfoFieldLiteral as PageStartInfoFieldLiteral
    from .payment_pricepoints import PaymentPricepoints as PaymentPricepoints
    from .payment_pricepoints import PaymentPricepointsField as PaymentPricepointsField
    from .payment_pricepoints import (
        PaymentPricepointsFieldLiteral as PaymentPricepointsFieldLiteral,
    )
    from .place import Place as Place
    from .place import PlaceField as PlaceField
    from .place import PlaceFieldLiteral as PlaceFieldLiteral
    from .placement_soft_opt_out import PlacementSoftOptOut as PlacementSoftOptOut
    from .placement_soft_opt_out import PlacementSoftOptOutField as PlacementSoftOptOutField
    from .placement_soft_opt_out import (
        PlacementSoftOptOutFieldLiteral as PlacementSoftOptOutFieldLiteral,
    )
    from .privacy import Privacy as Privacy
    from .privacy import PrivacyField as PrivacyField
    from .privacy import PrivacyFieldLiteral as PrivacyFieldLiteral
    from .product_catalog import ProductCatalog as ProductCatalog
    from .product_catalog import ProductCatalogField as ProductCatalogField
    from .product_catalog import ProductCatalogFieldLiteral as ProductCatalogFieldLiteral
    from .product_catalog_image_settings import (
        ProductCatalogImageSettings as ProductCatalogImageSettings,
    )
    from .product_catalog_image_settings import (
        ProductCatalogImageSettingsField as ProductCatalogImageSettingsField,
    )
    from .product_catalog_image_settings import (
        ProductCatalogImageSettingsFieldLiteral as ProductCatalogImageSettingsFieldLiteral,
    )
    from .product_catalog_image_settings_operation import (
        ProductCatalogImageSettingsOperation as ProductCatalogImageSettingsOperation,
    )
    from .product_catalog_image_settings_operation import (
        ProductCatalogImageSettingsOperationField as ProductCatalogImageSettingsOperationField,
    )
    from .product_catalog_image_settings_operation import (
        ProductCatalogImageSettingsOperationFieldLiteral as ProductCatalogImageSettingsOperationFieldLiteral,
    )
    from .product_set import ProductSet as ProductSet
    from .product_set import ProductSetField as ProductSetField
    from .product_set import ProductSetFieldLiteral as ProductSetFieldLiteral
    from .product_set_metadata import ProductSetMetadata as ProductSetMetadata
    from .product_set_metadata import ProductSetMetadataField as ProductSetMetadataField
    from .product_set_metadata import (
        ProductSetMetadataFieldLiteral as ProductSetMetadataFieldLiteral,
    )
    from .profile import Profile as Profile
    from .profile import ProfileProfileType as ProfileProfileType
    from .profile import ProfileProfileTypeLiteral as ProfileProfileTypeLiteral
    from .profile import ProfileField as ProfileField
    from .profile import ProfileFieldLiteral as ProfileFieldLiteral
    from .profile_picture_source import ProfilePictureSource as ProfilePictureSource
    from .profile_picture_source import ProfilePictureSourceField as ProfilePictureSourceField
    from .profile_picture_source import (
        ProfilePictureSourceFieldLiteral as ProfilePictureSourceFieldLiteral,
    )
    from .raw_custom_audience import RawCustomAudience as RawCustomAudience
    from .raw_custom_audience import RawCustomAudienceField as RawCustomAudienceField
    from .raw_custom_audience import RawCustomAudienceFieldLiteral as RawCustomAudienceFieldLiteral
    from .reach_frequency_spec import ReachFrequencySpec as ReachFrequencySpec
    from .reach_frequency_spec import ReachFrequencySpecField as ReachFrequencySpecField
    from .reach_frequency_spec import (
        ReachFrequencySpecFieldLiteral as ReachFrequencySpecFieldLiteral,
    )
    from .regional_regulation_identities import (
        RegionalRegulationIdentities as RegionalRegulationIdentities,
    )
    from .regional_regulation_identities import (
        RegionalRegulationIdentitiesField as RegionalRegulationIdentitiesField,
    )
    from .regional_regulation_identities import (
        RegionalRegulationIdentitiesFieldLiteral as RegionalRegulationIdentitiesFieldLiteral,
    )
    from .server_event import ServerEvent as ServerEvent
    from .server_event import ServerEventActionSource as ServerEventActionSource
    from .server_event import ServerEventActionSourceLiteral as ServerEventActionSourceLiteral
    from .server_event import ServerEventCustomerSegmentation as ServerEventCustomerSegmentation
    from .server_event import (
        ServerEventCustomerSegmentationLiteral as ServerEventCustomerSegmentationLiteral,
    )
    from .server_event import ServerEventField as ServerEventField
    from .server_event import ServerEventFieldLiteral as ServerEventFieldLiteral
    from .shop import Shop as Shop
    from .shop import ShopField as ShopField
    from .shop import ShopFieldLiteral as ShopFieldLiteral
    from .store_catalog_settings import StoreCatalogSettings as StoreCatalogSettings
    from .store_catalog_settings import StoreCatalogSettingsField as StoreCatalogSettingsField
    from .store_catalog_settings import (
        StoreCatalogSettingsFieldLiteral as StoreCatalogSettingsFieldLiteral,
    )
    from .targeting import Targeting as Targeting
    from .targeting import TargetingDevicePlatforms as TargetingDevicePlatforms
    from .targeting import TargetingDevicePlatformsLiteral as TargetingDevicePlatformsLiteral
    from .targeting import TargetingEffectiveDevicePlatforms as TargetingEffectiveDevicePlatforms
    from .targeting import (
        TargetingEffectiveDevicePlatformsLiteral as TargetingEffectiveDevicePlatformsLiteral,
    )
    from .targeting import TargetingField as TargetingField
    from .targeting import TargetingFieldLiteral as TargetingFieldLiteral
    from .targeting_automation import TargetingAutomation as TargetingAutomation
    from .targeting_automation import TargetingAutomationField as TargetingAutomationField
    from .targeting_automation import (
        TargetingAutomationFieldLiteral as TargetingAutomationFieldLiteral,
    )
    from .targeting_dynamic_rule import TargetingDynamicRule as TargetingDynamicRule
    from .targeting_dynamic_rule import TargetingDynamicRuleField as TargetingDynamicRuleField
    from .targeting_dynamic_rule import (
        TargetingDynamicRuleFieldLiteral as TargetingDynamicRuleFieldLiteral,
    )
    from .targeting_geo_location import TargetingGeoLocation as TargetingGeoLocation
    from .targeting_geo_location import TargetingGeoLocationField as TargetingGeoLocationField
    from .targeting_geo_location import (
        TargetingGeoLocationFieldLiteral as TargetingGeoLocationFieldLiteral,
    )
    from .targeting_geo_location_city import TargetingGeoLocationCity as TargetingGeoLocationCity
    from .targeting_geo_location_city import (
        TargetingGeoLocationCityField as TargetingGeoLocationCityField,
    )
    from .targeting_geo_location_city import (
        TargetingGeoLocationCityFieldLiteral as TargetingGeoLocationCityFieldLiteral,
    )
    from .targeting_geo_location_custom_location import (
        TargetingGeoLocationCustomLocation as TargetingGeoLocationCustomLocation,
    )
    from .targeting_geo_location_custom_location import (
        TargetingGeoLocationCustomLocationField as TargetingGeoLocationCustomLocationField,
    )
    from .targeting_geo_location_custom_location import (
        TargetingGeoLocationCustomLocationFieldLiteral as TargetingGeoLocationCustomLocationFieldLiteral,
    )
    from .targeting_geo_location_electoral_district import (
        TargetingGeoLocationElectoralDistrict as TargetingGeoLocationElectoralDistrict,
    )
    from .targeting_geo_location_electoral_district import (
        TargetingGeoLocationElectoralDistrictField as TargetingGeoLocationElectoralDistrictField,
    )
    from .targeting_geo_location_electoral_district import (
        TargetingGeoLocationElectoralDistrictFieldLiteral as TargetingGeoLocationElectoralDistrictFieldLiteral,
    )
    from .targeting_geo_location_geo_entities import (
        TargetingGeoLocationGeoEntities as TargetingGeoLocationGeoEntities,
    )
    from .targeting_geo_location_geo_entities import (
        TargetingGeoLocationGeoEntitiesField as TargetingGeoLocationGeoEntitiesField,
    )
    from .targeting_geo_location_geo_entities import (
        TargetingGeoLocationGeoEntitiesFieldLiteral as TargetingGeoLocationGeoEntitiesFieldLiteral,
    )
    from .targeting_geo_location_location_cluster import (
        TargetingGeoLocationLocationCluster as TargetingGeoLocationLocationCluster,
    )
    from .targeting_geo_location_location_cluster import (
        TargetingGeoLocationLocationClusterField as TargetingGeoLocationLocationClusterField,
    )
    from .targeting_geo_location_location_cluster import (
        TargetingGeoLocationLocationClusterFieldLiteral as TargetingGeoLocationLocationClusterFieldLiteral,
    )
    from .targeting_geo_location_market import (
        TargetingGeoLocationMarket as TargetingGeoLocationMarket,
    )
    from .targeting_geo_location_market import (
        TargetingGeoLocationMarketField as TargetingGeoLocationMarketField,
    )
    from .targeting_geo_location_market import (
        TargetingGeoLocationMarketFieldLiteral as TargetingGeoLocationMarketFieldLiteral,
    )
    from .targeting_geo_location_place import TargetingGeoLocationPlace as TargetingGeoLocationPlace
    from .targeting_geo_location_place import (
        TargetingGeoLocationPlaceField as TargetingGeoLocationPlaceField,
    )
    from .targeting_geo_location_place import (
        TargetingGeoLocationPlaceFieldLiteral as TargetingGeoLocationPlaceFieldLiteral,
    )
    from .targeting_geo_location_political_district import (
        TargetingGeoLocationPoliticalDistrict as TargetingGeoLocationPoliticalDistrict,
    )
    from .targeting_geo_location_political_district import (
        TargetingGeoLocationPoliticalDistrictField as TargetingGeoLocationPoliticalDistrictField,
    )
    from .targeting_geo_location_political_district import (
        TargetingGeoLocationPoliticalDistrictFieldLiteral as TargetingGeoLocationPoliticalDistrictFieldLiteral,
    )
    from .targeting_geo_location_region import (
        TargetingGeoLocationRegion as TargetingGeoLocationRegion,
    )
    from .targeting_geo_location_region import (
        TargetingGeoLocationRegionField as TargetingGeoLocationRegionField,
    )
    from .targeting_geo_location_region import (
        TargetingGeoLocationRegionFieldLiteral as TargetingGeoLocationRegionFieldLiteral,
    )
    from .targeting_geo_location_zip import TargetingGeoLocationZip as TargetingGeoLocationZip
    from .targeting_geo_location_zip import (
        TargetingGeoLocationZipField as TargetingGeoLocationZipField,
    )
    from .targeting_geo_location_zip import (
        TargetingGeoLocationZipFieldLiteral as TargetingGeoLocationZipFieldLiteral,
    )
    from .targeting_product_audience_spec import (
        TargetingProductAudienceSpec as TargetingProductAudienceSpec,
    )
    from .targeting_product_audience_spec import (
        TargetingProductAudienceSpecField as TargetingProductAudienceSpecField,
    )
    from .targeting_product_audience_spec import (
        TargetingProductAudienceSpecFieldLiteral as TargetingProductAudienceSpecFieldLiteral,
    )
    from .targeting_product_audience_sub_spec import (
        TargetingProductAudienceSubSpec as TargetingProductAudienceSubSpec,
    )
    from .targeting_product_audience_sub_spec import (
        TargetingProductAudienceSubSpecField as TargetingProductAudienceSubSpecField,
    )
    from .targeting_product_audience_sub_spec import (
        TargetingProductAudienceSubSpecFieldLiteral as TargetingProductAudienceSubSpecFieldLiteral,
    )
    from .targeting_prospecting_audience import (
        TargetingProspectingAudience as TargetingProspectingAudience,
    )
    from .targeting_prospecting_audience import (
        TargetingProspectingAudienceField as TargetingProspectingAudienceField,
    )
    from .targeting_prospecting_audience import (
        TargetingProspectingAudienceFieldLiteral as TargetingProspectingAudienceFieldLiteral,
    )
    from .targeting_relaxation import TargetingRelaxation as TargetingRelaxation
    from .targeting_relaxation import TargetingRelaxationField as TargetingRelaxationField
    from .targeting_relaxation import (
        TargetingRelaxationFieldLiteral as TargetingRelaxationFieldLiteral,
    )
    from .trending_topics_spec import TrendingTopicsSpec as TrendingTopicsSpec
    from .trending_topics_spec import TrendingTopicsSpecField as TrendingTopicsSpecField
    from .trending_topics_spec import (
        TrendingTopicsSpecFieldLiteral as TrendingTopicsSpecFieldLiteral,
    )
    from .user import User as User
    from .user import UserField as UserField
    from .user import UserFieldLiteral as UserFieldLiteral
    from .user_cover_photo import UserCoverPhoto as UserCoverPhoto
    from .user_cover_photo import UserCoverPhotoField as UserCoverPhotoField
    from .user_cover_photo import UserCoverPhotoFieldLiteral as UserCoverPhotoFieldLiteral
    from .user_data import UserData as UserData
    from .user_data import UserDataField as UserDataField
    from .user_data import UserDataFieldLiteral as UserDataFieldLiteral
    from .video_copyright import VideoCopyright as VideoCopyright
    from .video_copyright import VideoCopyrightField as VideoCopyrightField
    from .video_copyright import VideoCopyrightFieldLiteral as VideoCopyrightFieldLiteral
    from .video_copyright_check_status import VideoCopyrightCheckStatus as VideoCopyrightCheckStatus
    from .video_copyright_check_status import (
        VideoCopyrightCheckStatusField as VideoCopyrightCheckStatusField,
    )
    from .video_copyright_check_status import (
        VideoCopyrightCheckStatusFieldLiteral as VideoCopyrightCheckStatusFieldLiteral,
    )
    from .video_copyright_condition_group import (
        VideoCopyrightConditionGroup as VideoCopyrightConditionGroup,
    )
    from .video_copyright_condition_group import (
        VideoCopyrightConditionGroupField as VideoCopyrightConditionGroupField,
    )
    from .video_copyright_condition_group import (
        VideoCopyrightConditionGroupFieldLiteral as VideoCopyrightConditionGroupFieldLiteral,
    )
    from .video_copyright_geo_gate import VideoCopyrightGeoGate as VideoCopyrightGeoGate
    from .video_copyright_geo_gate import VideoCopyrightGeoGateField as VideoCopyrightGeoGateField
    from .video_copyright_geo_gate import (
        VideoCopyrightGeoGateFieldLiteral as VideoCopyrightGeoGateFieldLiteral,
    )
    from .video_copyright_rule import VideoCopyrightRule as VideoCopyrightRule
    from .video_copyright_rule import VideoCopyrightRuleField as VideoCopyrightRuleField
    from .video_copyright_rule import (
        VideoCopyrightRuleFieldLiteral as VideoCopyrightRuleFieldLiteral,
    )
    from .video_copyright_segment import VideoCopyrightSegment as VideoCopyrightSegment
    from .video_copyright_segment import VideoCopyrightSegmentField as VideoCopyrightSegmentField
    from .video_copyright_segment import (
        VideoCopyrightSegmentFieldLiteral as VideoCopyrightSegmentFieldLiteral,
    )
    from .video_status import VideoStatus as VideoStatus
    from .video_status import VideoStatusField as VideoStatusField
    from .video_status import VideoStatusFieldLiteral as VideoStatusFieldLiteral
    from .video_status_error import VideoStatusError as VideoStatusError
    from .video_status_error import VideoStatusErrorField as VideoStatusErrorField
    from .video_status_error import VideoStatusErrorFieldLiteral as VideoStatusErrorFieldLiteral
    from .video_status_processing_phase import (
        VideoStatusProcessingPhase as VideoStatusProcessingPhase,
    )
    from .video_status_processing_phase import (
        VideoStatusProcessingPhaseField as VideoStatusProcessingPhaseField,
    )
    from .video_status_processing_phase import (
        VideoStatusProcessingPhaseFieldLiteral as VideoStatusProcessingPhaseFieldLiteral,
    )
    from .video_status_publishing_phase import (
        VideoStatusPublishingPhase as VideoStatusPublishingPhase,
    )
    from .video_status_publishing_phase import (
        VideoStatusPublishingPhaseField as VideoStatusPublishingPhaseField,
    )
    from .video_status_publishing_phase import (
        VideoStatusPublishingPhaseFieldLiteral as VideoStatusPublishingPhaseFieldLiteral,
    )
    from .video_status_uploading_phase import VideoStatusUploadingPhase as VideoStatusUploadingPhase
    from .video_status_uploading_phase import (
        VideoStatusUploadingPhaseField as VideoStatusUploadingPhaseField,
    )
    from .video_status_uploading_phase import (
        VideoStatusUploadingPhaseFieldLiteral as VideoStatusUploadingPhaseFieldLiteral,
    )
    from .video_upload_limits import VideoUploadLimits as VideoUploadLimits
    from .video_upload_limits import VideoUploadLimitsField as VideoUploadLimitsField
    from .video_upload_limits import VideoUploadLimitsFieldLiteral as VideoUploadLimitsFieldLiteral
    from .voip_info import VoipInfo as VoipInfo
    from .voip_info import VoipInfoField as VoipInfoField
    from .voip_info import VoipInfoFieldLiteral as VoipInfoFieldLiteral

__all__ = [
    "AdAccount",
    "AdAccountField",
    "AdAccountFieldLiteral",
    "AdAccountMarketingMessagesSettings",
    "AdAccountMarketingMessagesSettingsField",
    "AdAccountMarketingMessagesSettingsFieldLiteral",
    "AdAccountPromotableObjects",
    "AdAccountPromotableObjectsField",
    "AdAccountPromotableObjectsFieldLiteral",
    "AdBidAdjustments",
    "AdBidAdjustmentsField",
    "AdBidAdjustmentsFieldLiteral",
    "AdCampaignBidConstraint",
    "AdCampaignBidConstraintField",
    "AdCampaignBidConstraintFieldLiteral",
    "AdCampaignFrequencyControlSpecs",
    "AdCampaignFrequencyControlSpecsField",
    "AdCampaignFrequencyControlSpecsFieldLiteral",
    "AdCampaignGroupAdvantageState",
    "AdCampaignGroupAdvantageStateField",
    "AdCampaignGroupAdvantageStateFieldLiteral",
    "AdCampaignIssuesInfo",
    "AdCampaignIssuesInfoField",
    "AdCampaignIssuesInfoFieldLiteral",
    "AdCampaignLearningStageInfo",
    "AdCampaignLearningStageInfoField",
    "AdCampaignLearningStageInfoFieldLiteral",
    "AdLabel",
    "AdLabelField",
    "AdLabelFieldLiteral",
    "AdPlacePageSet",
    "AdPlacePageSetField",
    "AdPlacePageSetFieldLiteral",
    "AdPromotedObject",
    "AdPromotedObjectCustomEventType",
    "AdPromotedObjectCustomEventTypeLiteral",
    "AdPromotedObjectFullFunnelObjective",
    "AdPromotedObjectFullFunnelObjectiveLiteral",
    "AdPromotedObjectLeadAdsCustomEventType",
    "AdPromotedObjectLeadAdsCustomEventTypeLiteral",
    "AdPromotedObjectField",
    "AdPromotedObjectFieldLiteral",
    "AdRecommendation",
    "AdRecommendationConfidence",
    "AdRecommendationConfidenceLiteral",
    "AdRecommendationImportance",
    "AdRecommendationImportanceLiteral",
    "AdRecommendationField",
    "AdRecommendationFieldLiteral",
    "AdRecommendationData",
    "AdRecommendationDataField",
    "AdRecommendationDataFieldLiteral",
    "AdSet",
    "AdSetBidStrategy",
    "AdSetBidStrategyLiteral",
    "AdSetBillingEvent",
    "AdSetBillingEventLiteral",
    "AdSetConfiguredStatus",
    "AdSetConfiguredStatusLiteral",
    "AdSetEffectiveStatus",
    "AdSetEffectiveStatusLiteral",
    "AdSetOptimizationGoal",
    "AdSetOptimizationGoalLiteral",
    "AdSetStatus",
    "AdSetStatusLiteral",
    "AdSetField",
    "AdSetFieldLiteral",
    "AdStudy",
    "AdStudyField",
    "AdStudyFieldLiteral",
    "AdVideo",
    "AdVideoField",
    "AdVideoFieldLiteral",
    "AdsPixel",
    "UpdateAdsPixelResult",
    "CreateAdsPixelResult",
    "CreateBusinessAdsPixelResult",
    "AdsPixelCreateAssignedUserResult",
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
    "AdsPixelAgenciesPermittedTasks",
    "AdsPixelAgenciesPermittedTasksLiteral",
    "AdsPixelDaChecksConnectionMethod",
    "AdsPixelDaChecksConnectionMethodLiteral",
    "AdsPixelOfflineEventUploadsOrder",
    "AdsPixelOfflineEventUploadsOrderLiteral",
    "AdsPixelOfflineEventUploadsSortBy",
    "AdsPixelOfflineEventUploadsSortByLiteral",
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
    "AdsPixelGetAudiencesActionSource",
    "AdsPixelGetAudiencesActionSourceLiteral",
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
    "AgeRange",
    "AgeRangeField",
    "AgeRangeFieldLiteral",
    "AgencyClientDeclaration",
    "AgencyClientDeclarationField",
    "AgencyClientDeclarationFieldLiteral",
    "AppData",
    "AppDataField",
    "AppDataFieldLiteral",
    "AssignedUser",
    "AssignedUserField",
    "AssignedUserFieldLiteral",
    "AttributionSpec",
    "AttributionSpecField",
    "AttributionSpecFieldLiteral",
    "AudiencePermissionForActions",
    "AudiencePermissionForActionsField",
    "AudiencePermissionForActionsFieldLiteral",
    "AudioIsrc",
    "AudioIsrcField",
    "AudioIsrcFieldLiteral",
    "BrandSafetyCampaignConfig",
    "BrandSafetyCampaignConfigField",
    "BrandSafetyCampaignConfigFieldLiteral",
    "Business",
    "BusinessVerificationStatus",
    "BusinessVerificationStatusLiteral",
    "BusinessWhatsappBusinessManagerMessagingLimit",
    "BusinessWhatsappBusinessManagerMessagingLimitLiteral",
    "BusinessField",
    "BusinessFieldLiteral",
    "BusinessManagedPartnerEligibility",
    "BusinessManagedPartnerEligibilityField",
    "BusinessManagedPartnerEligibilityFieldLiteral",
    "BusinessPartnerPremiumOptions",
    "BusinessPartnerPremiumOptionsField",
    "BusinessPartnerPremiumOptionsFieldLiteral",
    "Campaign",
    "CampaignBidStrategy",
    "CampaignBidStrategyLiteral",
    "CampaignConfiguredStatus",
    "CampaignConfiguredStatusLiteral",
    "CampaignEffectiveStatus",
    "CampaignEffectiveStatusLiteral",
    "CampaignStatus",
    "CampaignStatusLiteral",
    "CampaignField",
    "CampaignFieldLiteral",
    "CatalogBasedTargeting",
    "CatalogBasedTargetingField",
    "CatalogBasedTargetingFieldLiteral",
    "ChildEvent",
    "ChildEventField",
    "ChildEventFieldLiteral",
    "CollaborativeAdsShareSettings",
    "CollaborativeAdsShareSettingsField",
    "CollaborativeAdsShareSettingsFieldLiteral",
    "CommerceMerchantSettings",
    "CommerceMerchantSettingsField",
    "CommerceMerchantSettingsFieldLiteral",
    "ConnectionsTargeting",
    "ConnectionsTargetingField",
    "ConnectionsTargetingFieldLiteral",
    "Content",
    "ContentField",
    "ContentFieldLiteral",
    "CopyrightAttributionInsights",
    "CopyrightAttributionInsightsField",
    "CopyrightAttributionInsightsFieldLiteral",
    "CopyrightReferenceContainer",
    "CopyrightReferenceContainerField",
    "CopyrightReferenceContainerFieldLiteral",
    "CoverPhoto",
    "CoverPhotoField",
    "CoverPhotoFieldLiteral",
    "CRMAddress",
    "CRMAddressField",
    "CRMAddressFieldLiteral",
    "Currency",
    "CurrencyField",
    "CurrencyFieldLiteral",
    "CurrencyAmount",
    "CurrencyAmountField",
    "CurrencyAmountFieldLiteral",
    "CustomAudience",
    "CustomAudienceSubtype",
    "CustomAudienceSubtypeLiteral",
    "CustomAudienceField",
    "CustomAudienceFieldLiteral",
    "CustomAudienceDataSource",
    "CustomAudienceDataSourceSubType",
    "CustomAudienceDataSourceSubTypeLiteral",
    "CustomAudienceDataSourceType",
    "CustomAudienceDataSourceTypeLiteral",
    "CustomAudienceDataSourceField",
    "CustomAudienceDataSourceFieldLiteral",
    "CustomAudienceGroup",
    "CustomAudienceGroupField",
    "CustomAudienceGroupFieldLiteral",
    "CustomAudienceSharingStatus",
    "CustomAudienceSharingStatusField",
    "CustomAudienceSharingStatusFieldLiteral",
    "CustomAudienceStatus",
    "CustomAudienceStatusField",
    "CustomAudienceStatusFieldLiteral",
    "CustomData",
    "CustomDataDeliveryCategory",
    "CustomDataDeliveryCategoryLiteral",
    "CustomDataField",
    "CustomDataFieldLiteral",
    "DACheck",
    "DACheckField",
    "DACheckFieldLiteral",
    "DayPart",
    "DayPartField",
    "DayPartFieldLiteral",
    "DeliveryCheck",
    "DeliveryCheckField",
    "DeliveryCheckFieldLiteral",
    "DeliveryCheckExtraInfo",
    "DeliveryCheckExtraInfoField",
    "DeliveryCheckExtraInfoFieldLiteral",
    "EducationExperience",
    "EducationExperienceField",
    "EducationExperienceFieldLiteral",
    "Engagement",
    "EngagementField",
    "EngagementFieldLiteral",
    "Event",
    "EventCategory",
    "EventCategoryLiteral",
    "EventOnlineEventFormat",
    "EventOnlineEventFormatLiteral",
    "EventType",
    "EventTypeLiteral",
    "EventField",
    "EventFieldLiteral",
    "EventRegistrationSetting",
    "EventRegistrationSettingField",
    "EventRegistrationSettingFieldLiteral",
    "EventTicketSetting",
    "EventTicketSettingField",
    "EventTicketSettingFieldLiteral",
    "Experience",
    "ExperienceField",
    "ExperienceFieldLiteral",
    "ExtendedCredit",
    "ExtendedCreditField",
    "ExtendedCreditFieldLiteral",
    "ExtendedCreditAllocationConfig",
    "ExtendedCreditAllocationConfigField",
    "ExtendedCreditAllocationConfigFieldLiteral",
    "ExtendedCreditEmail",
    "ExtendedCreditEmailField",
    "ExtendedCreditEmailFieldLiteral",
    "ExtendedCreditInvoiceGroup",
    "ExtendedCreditInvoiceGroupField",
    "ExtendedCreditInvoiceGroupFieldLiteral",
    "FlexibleTargeting",
    "FlexibleTargetingField",
    "FlexibleTargetingFieldLiteral",
    "FundingSourceDetails",
    "FundingSourceDetailsField",
    "FundingSourceDetailsFieldLiteral",
    "FundingSourceDetailsCoupon",
    "FundingSourceDetailsCouponField",
    "FundingSourceDetailsCouponFieldLiteral",
    "FundingSourceDetailsCouponTiering",
    "FundingSourceDetailsCouponTieringField",
    "FundingSourceDetailsCouponTieringFieldLiteral",
    "Group",
    "GroupField",
    "GroupFieldLiteral",
    "HasLeadAccess",
    "HasLeadAccessField",
    "HasLeadAccessFieldLiteral",
    "IDName",
    "IDNameField",
    "IDNameFieldLiteral",
    "IGComment",
    "IGCommentField",
    "IGCommentFieldLiteral",
    "IGCommentFromUser",
    "IGCommentFromUserField",
    "IGCommentFromUserFieldLiteral",
    "IGMedia",
    "IGMediaField",
    "IGMediaFieldLiteral",
    "IGMediaBoostEligibilityInfo",
    "IGMediaBoostEligibilityInfoField",
    "IGMediaBoostEligibilityInfoFieldLiteral",
    "IGUser",
    "IGUserField",
    "IGUserFieldLiteral",
    "IGVideoCopyrightCheckMatchesInformation",
    "IGVideoCopyrightCheckMatchesInformationField",
    "IGVideoCopyrightCheckMatchesInformationFieldLiteral",
    "IGVideoCopyrightCheckStatus",
    "IGVideoCopyrightCheckStatusField",
    "IGVideoCopyrightCheckStatusFieldLiteral",
    "Location",
    "LocationField",
    "LocationFieldLiteral",
    "LookalikeSpec",
    "LookalikeSpecField",
    "LookalikeSpecFieldLiteral",
    "MailingAddress",
    "MailingAddressField",
    "MailingAddressFieldLiteral",
    "ManagedPartnerBusiness",
    "ManagedPartnerBusinessField",
    "ManagedPartnerBusinessFieldLiteral",
    "ManagedPartnerExtendedCredit",
    "ManagedPartnerExtendedCreditField",
    "ManagedPartnerExtendedCreditFieldLiteral",
    "MarketingMessagesOnboardingStatus",
    "MarketingMessagesOnboardingStatusField",
    "MarketingMessagesOnboardingStatusFieldLiteral",
    "MessagingFeatureStatus",
    "MessagingFeatureStatusField",
    "MessagingFeatureStatusFieldLiteral",
    "MusicVideoCopyright",
    "MusicVideoCopyrightField",
    "MusicVideoCopyrightFieldLiteral",
    "OfflineConversionDataSetUpload",
    "OfflineConversionDataSetUploadField",
    "OfflineConversionDataSetUploadFieldLiteral",
    "OfflineConversionDataSetUsage",
    "OfflineConversionDataSetUsageField",
    "OfflineConversionDataSetUsageFieldLiteral",
    "OpenBridgeConfiguration",
    "OpenBridgeConfigurationField",
    "OpenBridgeConfigurationFieldLiteral",
    "OriginalEventData",
    "OriginalEventDataField",
    "OriginalEventDataFieldLiteral",
    "PageNode",
    "PageNodeField",
    "PageNodeFieldLiteral",
    "PageCategory",
    "PageCategoryField",
    "PageCategoryFieldLiteral",
    "PageParking",
    "PageParkingField",
    "PageParkingFieldLiteral",
    "PagePaymentOptions",
    "PagePaymentOptionsField",
    "PagePaymentOptionsFieldLiteral",
    "PageRestaurantServices",
    "PageRestaurantServicesField",
    "PageRestaurantServicesFieldLiteral",
    "PageRestaurantSpecialties",
    "PageRestaurantSpecialtiesField",
    "PageRestaurantSpecialtiesFieldLiteral",
    "PageStartInfo",
    "PageStartInfoField",
    "PageStartInfoFieldLiteral",
    "PaymentPricepoints",
    "PaymentPricepointsField",
    "PaymentPricepointsFieldLiteral",
    "Place",
    "PlaceField",
    "PlaceFieldLiteral",
    "PlacementSoftOptOut",
    "PlacementSoftOptOutField",
    "PlacementSoftOptOutFieldLiteral",
    "Privacy",
    "PrivacyField",
    "PrivacyFieldLiteral",
    "ProductCatalog",
    "ProductCatalogField",
    "ProductCatalogFieldLiteral",
    "ProductCatalogImageSettings",
    "ProductCatalogImageSettingsField",
    "ProductCatalogImageSettingsFieldLiteral",
    "ProductCatalogImageSettingsOperation",
    "ProductCatalogImageSettingsOperationField",
    "ProductCatalogImageSettingsOperationFieldLiteral",
    "ProductSet",
    "ProductSetField",
    "ProductSetFieldLiteral",
    "ProductSetMetadata",
    "ProductSetMetadataField",
    "ProductSetMetadataFieldLiteral",
    "Profile",
    "ProfileProfileType",
    "ProfileProfileTypeLiteral",
    "ProfileField",
    "ProfileFieldLiteral",
    "ProfilePictureSource",
    "ProfilePictureSourceField",
    "ProfilePictureSourceFieldLiteral",
    "RawCustomAudience",
    "RawCustomAudienceField",
    "RawCustomAudienceFieldLiteral",
    "ReachFrequencySpec",
    "ReachFrequencySpecField",
    "ReachFrequencySpecFieldLiteral",
    "RegionalRegulationIdentities",
    "RegionalRegulationIdentitiesField",
    "RegionalRegulationIdentitiesFieldLiteral",
    "ServerEvent",
    "ServerEventActionSource",
    "ServerEventActionSourceLiteral",
    "ServerEventCustomerSegmentation",
    "ServerEventCustomerSegmentationLiteral",
    "ServerEventField",
    "ServerEventFieldLiteral",
    "Shop",
    "ShopField",
    "ShopFieldLiteral",
    "StoreCatalogSettings",
    "StoreCatalogSettingsField",
    "StoreCatalogSettingsFieldLiteral",
    "Targeting",
    "TargetingDevicePlatforms",
    "TargetingDevicePlatformsLiteral",
    "TargetingEffectiveDevicePlatforms",
    "TargetingEffectiveDevicePlatformsLiteral",
    "TargetingField",
    "TargetingFieldLiteral",
    "TargetingAutomation",
    "TargetingAutomationField",
    "TargetingAutomationFieldLiteral",
    "TargetingDynamicRule",
    "TargetingDynamicRuleField",
    "TargetingDynamicRuleFieldLiteral",
    "TargetingGeoLocation",
    "TargetingGeoLocationField",
    "TargetingGeoLocationFieldLiteral",
    "TargetingGeoLocationCity",
    "TargetingGeoLocationCityField",
    "TargetingGeoLocationCityFieldLiteral",
    "TargetingGeoLocationCustomLocation",
    "TargetingGeoLocationCustomLocationField",
    "TargetingGeoLocationCustomLocationFieldLiteral",
    "TargetingGeoLocationElectoralDistrict",
    "TargetingGeoLocationElectoralDistrictField",
    "TargetingGeoLocationElectoralDistrictFieldLiteral",
    "TargetingGeoLocationGeoEntities",
    "TargetingGeoLocationGeoEntitiesField",
    "TargetingGeoLocationGeoEntitiesFieldLiteral",
    "TargetingGeoLocationLocationCluster",
    "TargetingGeoLocationLocationClusterField",
    "TargetingGeoLocationLocationClusterFieldLiteral",
    "TargetingGeoLocationMarket",
    "TargetingGeoLocationMarketField",
    "TargetingGeoLocationMarketFieldLiteral",
    "TargetingGeoLocationPlace",
    "TargetingGeoLocationPlaceField",
    "TargetingGeoLocationPlaceFieldLiteral",
    "TargetingGeoLocationPoliticalDistrict",
    "TargetingGeoLocationPoliticalDistrictField",
    "TargetingGeoLocationPoliticalDistrictFieldLiteral",
    "TargetingGeoLocationRegion",
    "TargetingGeoLocationRegionField",
    "TargetingGeoLocationRegionFieldLiteral",
    "TargetingGeoLocationZip",
    "TargetingGeoLocationZipField",
    "TargetingGeoLocationZipFieldLiteral",
    "TargetingProductAudienceSpec",
    "TargetingProductAudienceSpecField",
    "TargetingProductAudienceSpecFieldLiteral",
    "TargetingProductAudienceSubSpec",
    "TargetingProductAudienceSubSpecField",
    "TargetingProductAudienceSubSpecFieldLiteral",
    "TargetingProspectingAudience",
    "TargetingProspectingAudienceField",
    "TargetingProspectingAudienceFieldLiteral",
    "TargetingRelaxation",
    "TargetingRelaxationField",
    "TargetingRelaxationFieldLiteral",
    "TrendingTopicsSpec",
    "TrendingTopicsSpecField",
    "TrendingTopicsSpecFieldLiteral",
    "User",
    "UserField",
    "UserFieldLiteral",
    "UserCoverPhoto",
    "UserCoverPhotoField",
    "UserCoverPhotoFieldLiteral",
    "UserData",
    "UserDataField",
    "UserDataFieldLiteral",
    "VideoCopyright",
    "VideoCopyrightField",
    "VideoCopyrightFieldLiteral",
    "VideoCopyrightCheckStatus",
    "VideoCopyrightCheckStatusField",
    "VideoCopyrightCheckStatusFieldLiteral",
    "VideoCopyrightConditionGroup",
    "VideoCopyrightConditionGroupField",
    "VideoCopyrightConditionGroupFieldLiteral",
    "VideoCopyrightGeoGate",
    "VideoCopyrightGeoGateField",
    "VideoCopyrightGeoGateFieldLiteral",
    "VideoCopyrightRule",
    "VideoCopyrightRuleField",
    "VideoCopyrightRuleFieldLiteral",
    "VideoCopyrightSegment",
    "VideoCopyrightSegmentField",
    "VideoCopyrightSegmentFieldLiteral",
    "VideoStatus",
    "VideoStatusField",
    "VideoStatusFieldLiteral",
    "VideoStatusError",
    "VideoStatusErrorField",
    "VideoStatusErrorFieldLiteral",
    "VideoStatusProcessingPhase",
    "VideoStatusProcessingPhaseField",
    "VideoStatusProcessingPhaseFieldLiteral",
    "VideoStatusPublishingPhase",
    "VideoStatusPublishingPhaseField",
    "VideoStatusPublishingPhaseFieldLiteral",
    "VideoStatusUploadingPhase",
    "VideoStatusUploadingPhaseField",
    "VideoStatusUploadingPhaseFieldLiteral",
    "VideoUploadLimits",
    "VideoUploadLimitsField",
    "VideoUploadLimitsFieldLiteral",
    "VoipInfo",
    "VoipInfoField",
    "VoipInfoFieldLiteral",
]

__getattr__ = lazy_getattr(
    __name__,
    {
        "AdAccount": "ad_account",
        "AdAccountField": "ad_account",
        "AdAccountFieldLiteral": "ad_account",
        "AdAccountMarketingMessagesSettings": "ad_account_marketing_messages_settings",
        "AdAccountMarketingMessagesSettingsField": "ad_account_marketing_messages_settings",
        "AdAccountMarketingMessagesSettingsFieldLiteral": "ad_account_marketing_messages_settings",
        "AdAccountPromotableObjects": "ad_account_promotable_objects",
        "AdAccountPromotableObjectsField": "ad_account_promotable_objects",
        "AdAccountPromotableObjectsFieldLiteral": "ad_account_promotable_objects",
        "AdBidAdjustments": "ad_bid_adjustments",
        "AdBidAdjustmentsField": "ad_bid_adjustments",
        "AdBidAdjustmentsFieldLiteral": "ad_bid_adjustments",
        "AdCampaignBidConstraint": "ad_campaign_bid_constraint",
        "AdCampaignBidConstraintField": "ad_campaign_bid_constraint",
        "AdCampaignBidConstraintFieldLiteral": "ad_campaign_bid_constraint",
        "AdCampaignFrequencyControlSpecs": "ad_campaign_frequency_control_specs",
        "AdCampaignFrequencyControlSpecsField": "ad_campaign_frequency_control_specs",
        "AdCampaignFrequencyControlSpecsFieldLiteral": "ad_campaign_frequency_control_specs",
        "AdCampaignGroupAdvantageState": "ad_campaign_group_advantage_state",
        "AdCampaignGroupAdvantageStateField": "ad_campaign_group_advantage_state",
        "AdCampaignGroupAdvantageStateFieldLiteral": "ad_campaign_group_advantage_state",
        "AdCampaignIssuesInfo": "ad_campaign_issues_info",
        "AdCampaignIssuesInfoField": "ad_campaign_issues_info",
        "AdCampaignIssuesInfoFieldLiteral": "ad_campaign_issues_info",
        "AdCampaignLearningStageInfo": "ad_campaign_learning_stage_info",
        "AdCampaignLearningStageInfoField": "ad_campaign_learning_stage_info",
        "AdCampaignLearningStageInfoFieldLiteral": "ad_campaign_learning_stage_info",
        "AdLabel": "ad_label",
        "AdLabelField": "ad_label",
        "AdLabelFieldLiteral": "ad_label",
        "AdPlacePageSet": "ad_place_page_set",
        "AdPlacePageSetField": "ad_place_page_set",
        "AdPlacePageSetFieldLiteral": "ad_place_page_set",
        "AdPromotedObject": "ad_promoted_object",
        "AdPromotedObjectCustomEventType": "ad_promoted_object",
        "AdPromotedObjectCustomEventTypeLiteral": "ad_promoted_object",
        "AdPromotedObjectFullFunnelObjective": "ad_promoted_object",
        "AdPromotedObjectFullFunnelObjectiveLiteral": "ad_promoted_object",
        "AdPromotedObjectLeadAdsCustomEventType": "ad_promoted_object",
        "AdPromotedObjectLeadAdsCustomEventTypeLiteral": "ad_promoted_object",
        "AdPromotedObjectField": "ad_promoted_object",
        "AdPromotedObjectFieldLiteral": "ad_promoted_object",
        "AdRecommendation": "ad_recommendation",
        "AdRecommendationConfidence": "ad_recommendation",
        "AdRecommendationConfidenceLiteral": "ad_recommendation",
        "AdRecommendationImportance": "ad_recommendation",
        "AdRecommendationImportanceLiteral": "ad_recommendation",
        "AdRecommendationField": "ad_recommendation",
        "AdRecommendationFieldLiteral": "ad_recommendation",
        "AdRecommendationData": "ad_recommendation_data",
        "AdRecommendationDataField": "ad_recommendation_data",
        "AdRecommendationDataFieldLiteral": "ad_recommendation_data",
        "AdSet": "ad_set",
        "AdSetBidStrategy": "ad_set",
        "AdSetBidStrategyLiteral": "ad_set",
        "AdSetBillingEvent": "ad_set",
        "AdSetBillingEventLiteral": "ad_set",
        "AdSetConfiguredStatus": "ad_set",
        "AdSetConfiguredStatusLiteral": "ad_set",
        "AdSetEffectiveStatus": "ad_set",
        "AdSetEffectiveStatusLiteral": "ad_set",
        "AdSetOptimizationGoal": "ad_set",
        "AdSetOptimizationGoalLiteral": "ad_set",
        "AdSetStatus": "ad_set",
        "AdSetStatusLiteral": "ad_set",
        "AdSetField": "ad_set",
        "AdSetFieldLiteral": "ad_set",
        "AdStudy": "ad_study",
        "AdStudyField": "ad_study",
        "AdStudyFieldLiteral": "ad_study",
        "AdVideo": "ad_video",
        "AdVideoField": "ad_video",
        "AdVideoFieldLiteral": "ad_video",
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
        "AdsPixelAutomaticMatchingFieldsLiteral": "ads_pixel",
        "AdsPixelDataUseSetting": "ads_pixel",
        "AdsPixelDataUseSettingLiteral": "ads_pixel",
        "AdsPixelFirstPartyCookieStatus": "ads_pixel",
        "AdsPixelFirstPartyCookieStatusLiteral": "ads_pixel",
        "AdsPixelTasks": "ads_pixel",
        "AdsPixelTasksLiteral": "ads_pixel",
        "AdsPixelAgenciesPermittedTasks": "ads_pixel",
        "AdsPixelAgenciesPermittedTasksLiteral": "ads_pixel",
        "AdsPixelDaChecksConnectionMethod": "ads_pixel",
        "AdsPixelDaChecksConnectionMethodLiteral": "ads_pixel",
        "AdsPixelOfflineEventUploadsOrder": "ads_pixel",
        "AdsPixelOfflineEventUploadsOrderLiteral": "ads_pixel",
        "AdsPixelOfflineEventUploadsSortBy": "ads_pixel",
        "AdsPixelOfflineEventUploadsSortByLiteral": "ads_pixel",
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
        "AdsPixelGetAudiencesActionSource": "ads_pixel",
        "AdsPixelGetAudiencesActionSourceLiteral": "ads_pixel",
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
        "AgeRange": "age_range",
        "AgeRangeField": "age_range",
        "AgeRangeFieldLiteral": "age_range",
        "AgencyClientDeclaration": "agency_client_declaration",
        "AgencyClientDeclarationField": "agency_client_declaration",
        "AgencyClientDeclarationFieldLiteral": "agency_client_declaration",
        "AppData": "app_data",
        "AppDataField": "app_data",
        "AppDataFieldLiteral": "app_data",
        "AssignedUser": "assigned_user",
        "AssignedUserField": "assigned_user",
        "AssignedUserFieldLiteral": "assigned_user",
        "AttributionSpec": "attribution_spec",
        "AttributionSpecField": "attribution_spec",
        "AttributionSpecFieldLiteral": "attribution_spec",
        "AudiencePermissionForActions": "audience_permission_for_actions",
        "AudiencePermissionForActionsField": "audience_permission_for_actions",
        "AudiencePermissionForActionsFieldLiteral": "audience_permission_for_actions",
        "AudioIsrc": "audio_isrc",
        "AudioIsrcField": "audio_isrc",
        "AudioIsrcFieldLiteral": "audio_isrc",
        "BrandSafetyCampaignConfig": "brand_safety_campaign_config",
        "BrandSafetyCampaignConfigField": "brand_safety_campaign_config",
        "BrandSafetyCampaignConfigFieldLiteral": "brand_safety_campaign_config",
        "Business": "business",
        "BusinessVerificationStatus": "business",
        "BusinessVerificationStatusLiteral": "business",
        "BusinessWhatsappBusinessManagerMessagingLimit": "business",
        "BusinessWhatsappBusinessManagerMessagingLimitLiteral": "business",
        "BusinessField": "business",
        "BusinessFieldLiteral": "business",
        "BusinessManagedPartnerEligibility": "business_managed_partner_eligibility",
        "BusinessManagedPartnerEligibilityField": "business_managed_partner_eligibility",
        "BusinessManagedPartnerEligibilityFieldLiteral": "business_managed_partner_eligibility",
        "BusinessPartnerPremiumOptions": "business_partner_premium_options",
        "BusinessPartnerPremiumOptionsField": "business_partner_premium_options",
        "BusinessPartnerPremiumOptionsFieldLiteral": "business_partner_premium_options",
        "Campaign": "campaign",
        "CampaignBidStrategy": "campaign",
        "CampaignBidStrategyLiteral": "campaign",
        "CampaignConfiguredStatus": "campaign",
        "CampaignConfiguredStatusLiteral": "campaign",
        "CampaignEffectiveStatus": "campaign",
        "CampaignEffectiveStatusLiteral": "campaign",
        "CampaignStatus": "campaign",
        "CampaignStatusLiteral": "campaign",
        "CampaignField": "campaign",
        "CampaignFieldLiteral": "campaign",
        "CatalogBasedTargeting": "catalog_based_targeting",
        "CatalogBasedTargetingField": "catalog_based_targeting",
        "CatalogBasedTargetingFieldLiteral": "catalog_based_targeting",
        "ChildEvent": "child_event",
        "ChildEventField": "child_event",
        "ChildEventFieldLiteral": "child_event",
        "CollaborativeAdsShareSettings": "collaborative_ads_share_settings",
        "CollaborativeAdsShareSettingsField": "collaborative_ads_share_settings",
        "CollaborativeAdsShareSettingsFieldLiteral": "collaborative_ads_share_settings",
        "CommerceMerchantSettings": "commerce_merchant_settings",
        "CommerceMerchantSettingsField": "commerce_merchant_settings",
        "CommerceMerchantSettingsFieldLiteral": "commerce_merchant_settings",
        "ConnectionsTargeting": "connections_targeting",
        "ConnectionsTargetingField": "connections_targeting",
        "ConnectionsTargetingFieldLiteral": "connections_targeting",
        "Content": "content",
        "ContentField": "content",
        "ContentFieldLiteral": "content",
        "CopyrightAttributionInsights": "copyright_attribution_insights",
        "CopyrightAttributionInsightsField": "copyright_attribution_insights",
        "CopyrightAttributionInsightsFieldLiteral": "copyright_attribution_insights",
        "CopyrightReferenceContainer": "copyright_reference_container",
        "CopyrightReferenceContainerField": "copyright_reference_container",
        "CopyrightReferenceContainerFieldLiteral": "copyright_reference_container",
        "CoverPhoto": "cover_photo",
        "CoverPhotoField": "cover_photo",
        "CoverPhotoFieldLiteral": "cover_photo",
        "CRMAddress": "crm_address",
        "CRMAddressField": "crm_address",
        "CRMAddressFieldLiteral": "crm_address",
        "Currency": "currency",
        "CurrencyField": "currency",
        "CurrencyFieldLiteral": "currency",
        "CurrencyAmount": "currency_amount",
        "CurrencyAmountField": "currency_amount",
        "CurrencyAmountFieldLiteral": "currency_amount",
        "CustomAudience": "custom_audience",
        "CustomAudienceSubtype": "custom_audience",
        "CustomAudienceSubtypeLiteral": "custom_audience",
        "CustomAudienceField": "custom_audience",
        "CustomAudienceFieldLiteral": "custom_audience",
        "CustomAudienceDataSource": "custom_audience_data_source",
        "CustomAudienceDataSourceSubType": "custom_audience_data_source",
        "CustomAudienceDataSourceSubTypeLiteral": "custom_audience_data_source",
        "CustomAudienceDataSourceType": "custom_audience_data_source",
        "CustomAudienceDataSourceTypeLiteral": "custom_audience_data_source",
        "CustomAudienceDataSourceField": "custom_audience_data_source",
        "CustomAudienceDataSourceFieldLiteral": "custom_audience_data_source",
        "CustomAudienceGroup": "custom_audience_group",
        "CustomAudienceGroupField": "custom_audience_group",
        "CustomAudienceGroupFieldLiteral": "custom_audience_group",
        "CustomAudienceSharingStatus": "custom_audience_sharing_status",
        "CustomAudienceSharingStatusField": "custom_audience_sharing_status",
        "CustomAudienceSharingStatusFieldLiteral": "custom_audience_sharing_status",
        "CustomAudienceStatus": "custom_audience_status",
        "CustomAudienceStatusField": "custom_audience_status",
        "CustomAudienceStatusFieldLiteral": "custom_audience_status",
        "CustomData": "custom_data",
        "CustomDataDeliveryCategory": "custom_data",
        "CustomDataDeliveryCategoryLiteral": "custom_data",
        "CustomDataField": "custom_data",
        "CustomDataFieldLiteral": "custom_data",
        "DACheck": "da_check",
        "DACheckField": "da_check",
        "DACheckFieldLiteral": "da_check",
        "DayPart": "day_part",
        "DayPartField": "day_part",
        "DayPartFieldLiteral": "day_part",
        "DeliveryCheck": "delivery_check",
        "DeliveryCheckField": "delivery_check",
        "DeliveryCheckFieldLiteral": "delivery_check",
        "DeliveryCheckExtraInfo": "delivery_check_extra_info",
        "DeliveryCheckExtraInfoField": "delivery_check_extra_info",
        "DeliveryCheckExtraInfoFieldLiteral": "delivery_check_extra_info",
        "EducationExperience": "education_experience",
        "EducationExperienceField": "education_experience",
        "EducationExperienceFieldLiteral": "education_experience",
        "Engagement": "engagement",
        "EngagementField": "engagement",
        "EngagementFieldLiteral": "engagement",
        "Event": "event",
        "EventCategory": "event",
        "EventCategoryLiteral": "event",
        "EventOnlineEventFormat": "event",
        "EventOnlineEventFormatLiteral": "event",
        "EventType": "event",
        "EventTypeLiteral": "event",
        "EventField": "event",
        "EventFieldLiteral": "event",
        "EventRegistrationSetting": "event_registration_setting",
        "EventRegistrationSettingField": "event_registration_setting",
        "EventRegistrationSettingFieldLiteral": "event_registration_setting",
        "EventTicketSetting": "event_ticket_setting",
        "EventTicketSettingField": "event_ticket_setting",
        "EventTicketSettingFieldLiteral": "event_ticket_setting",
        "Experience": "experience",
        "ExperienceField": "experience",
        "ExperienceFieldLiteral": "experience",
        "ExtendedCredit": "extended_credit",
        "ExtendedCreditField": "extended_credit",
        "ExtendedCreditFieldLiteral": "extended_credit",
        "ExtendedCreditAllocationConfig": "extended_credit_allocation_config",
        "ExtendedCreditAllocationConfigField": "extended_credit_allocation_config",
        "ExtendedCreditAllocationConfigFieldLiteral": "extended_credit_allocation_config",
        "ExtendedCreditEmail": "extended_credit_email",
        "ExtendedCreditEmailField": "extended_credit_email",
        "ExtendedCreditEmailFieldLiteral": "extended_credit_email",
        "ExtendedCreditInvoiceGroup": "extended_credit_invoice_group",
        "ExtendedCreditInvoiceGroupField": "extended_credit_invoice_group",
        "ExtendedCreditInvoiceGroupFieldLiteral": "extended_credit_invoice_group",
        "FlexibleTargeting": "flexible_targeting",
        "FlexibleTargetingField": "flexible_targeting",
        "FlexibleTargetingFieldLiteral": "flexible_targeting",
        "FundingSourceDetails": "funding_source_details",
        "FundingSourceDetailsField": "funding_source_details",
        "FundingSourceDetailsFieldLiteral": "funding_source_details",
        "FundingSourceDetailsCoupon": "funding_source_details_coupon",
        "FundingSourceDetailsCouponField": "funding_source_details_coupon",
        "FundingSourceDetailsCouponFieldLiteral": "funding_source_details_coupon",
        "FundingSourceDetailsCouponTiering": "funding_source_details_coupon_tiering",
        "FundingSourceDetailsCouponTieringField": "funding_source_details_coupon_tiering",
        "FundingSourceDetailsCouponTieringFieldLiteral": "funding_source_details_coupon_tiering",
        "Group": "group",
        "GroupField": "group",
        "GroupFieldLiteral": "group",
        "HasLeadAccess": "has_lead_access",
        "HasLeadAccessField": "has_lead_access",
        "HasLeadAccessFieldLiteral": "has_lead_access",
        "IDName": "id_name",
        "IDNameField": "id_name",
        "IDNameFieldLiteral": "id_name",
        "IGComment": "ig_comment",
        "IGCommentField": "ig_comment",
        "IGCommentFieldLiteral": "ig_comment",
        "IGCommentFromUser": "ig_comment_from_user",
        "IGCommentFromUserField": "ig_comment_from_user",
        "IGCommentFromUserFieldLiteral": "ig_comment_from_user",
        "IGMedia": "ig_media",
        "IGMediaField": "ig_media",
        "IGMediaFieldLiteral": "ig_media",
        "IGMediaBoostEligibilityInfo": "ig_media_boost_eligibility_info",
        "IGMediaBoostEligibilityInfoField": "ig_media_boost_eligibility_info",
        "IGMediaBoostEligibilityInfoFieldLiteral": "ig_media_boost_eligibility_info",
        "IGUser": "ig_user",
        "IGUserField": "ig_user",
        "IGUserFieldLiteral": "ig_user",
        "IGVideoCopyrightCheckMatchesInformation": "ig_video_copyright_check_matches_information",
        "IGVideoCopyrightCheckMatchesInformationField": "ig_video_copyright_check_matches_information",
        "IGVideoCopyrightCheckMatchesInformationFieldLiteral": "ig_video_copyright_check_matches_information",
        "IGVideoCopyrightCheckStatus": "ig_video_copyright_check_status",
        "IGVideoCopyrightCheckStatusField": "ig_video_copyright_check_status",
        "IGVideoCopyrightCheckStatusFieldLiteral": "ig_video_copyright_check_status",
        "Location": "location",
        "LocationField": "location",
        "LocationFieldLiteral": "location",
        "LookalikeSpec": "lookalike_spec",
        "LookalikeSpecField": "lookalike_spec",
        "LookalikeSpecFieldLiteral": "lookalike_spec",
        "MailingAddress": "mailing_address",
        "MailingAddressField": "mailing_address",
        "MailingAddressFieldLiteral": "mailing_address",
        "ManagedPartnerBusiness": "managed_partner_business",
        "ManagedPartnerBusinessField": "managed_partner_business",
        "ManagedPartnerBusinessFieldLiteral": "managed_partner_business",
        "ManagedPartnerExtendedCredit": "managed_partner_extended_credit",
        "ManagedPartnerExtendedCreditField": "managed_partner_extended_credit",
        "ManagedPartnerExtendedCreditFieldLiteral": "managed_partner_extended_credit",
        "MarketingMessagesOnboardingStatus": "marketing_messages_onboarding_status",
        "MarketingMessagesOnboardingStatusField": "marketing_messages_onboarding_status",
        "MarketingMessagesOnboardingStatusFieldLiteral": "marketing_messages_onboarding_status",
        "MessagingFeatureStatus": "messaging_feature_status",
        "MessagingFeatureStatusField": "messaging_feature_status",
        "MessagingFeatureStatusFieldLiteral": "messaging_feature_status",
        "MusicVideoCopyright": "music_video_copyright",
        "MusicVideoCopyrightField": "music_video_copyright",
        "MusicVideoCopyrightFieldLiteral": "music_video_copyright",
        "OfflineConversionDataSetUpload": "offline_conversion_data_set_upload",
        "OfflineConversionDataSetUploadField": "offline_conversion_data_set_upload",
        "OfflineConversionDataSetUploadFieldLiteral": "offline_conversion_data_set_upload",
        "OfflineConversionDataSetUsage": "offline_conversion_data_set_usage",
        "OfflineConversionDataSetUsageField": "offline_conversion_data_set_usage",
        "OfflineConversionDataSetUsageFieldLiteral": "offline_conversion_data_set_usage",
        "OpenBridgeConfiguration": "open_bridge_configuration",
        "OpenBridgeConfigurationField": "open_bridge_configuration",
        "OpenBridgeConfigurationFieldLiteral": "open_bridge_configuration",
        "OriginalEventData": "original_event_data",
        "OriginalEventDataField": "original_event_data",
        "OriginalEventDataFieldLiteral": "original_event_data",
        "PageNode": "page",
        "PageNodeField": "page",
        "PageNodeFieldLiteral": "page",
        "PageCategory": "page_category",
        "PageCategoryField": "page_category",
        "PageCategoryFieldLiteral": "page_category",
        "PageParking": "page_parking",
        "PageParkingField": "page_parking",
        "PageParkingFieldLiteral": "page_parking",
        "PagePaymentOptions": "page_payment_options",
        "PagePaymentOptionsField": "page_payment_options",
        "PagePaymentOptionsFieldLiteral": "page_payment_options",
        "PageRestaurantServices": "page_restaurant_services",
        "PageRestaurantServicesField": "page_restaurant_services",
        "PageRestaurantServicesFieldLiteral": "page_restaurant_services",
        "PageRestaurantSpecialties": "page_restaurant_specialties",
        "PageRestaurantSpecialtiesField": "page_restaurant_specialties",
        "PageRestaurantSpecialtiesFieldLiteral": "page_restaurant_specialties",
        "PageStartInfo": "page_start_info",
        "PageStartInfoField": "page_start_info",
        "PageStartInfoFieldLiteral": "page_start_info",
        "PaymentPricepoints": "payment_pricepoints",
        "PaymentPricepointsField": "payment_pricepoints",
        "PaymentPricepointsFieldLiteral": "payment_pricepoints",
        "Place": "place",
        "PlaceField": "place",
        "PlaceFieldLiteral": "place",
        "PlacementSoftOptOut": "placement_soft_opt_out",
        "PlacementSoftOptOutField": "placement_soft_opt_out",
        "PlacementSoftOptOutFieldLiteral": "placement_soft_opt_out",
        "Privacy": "privacy",
        "PrivacyField": "privacy",
        "PrivacyFieldLiteral": "privacy",
        "ProductCatalog": "product_catalog",
        "ProductCatalogField": "product_catalog",
        "ProductCatalogFieldLiteral": "product_catalog",
        "ProductCatalogImageSettings": "product_catalog_image_settings",
        "ProductCatalogImageSettingsField": "product_catalog_image_settings",
        "ProductCatalogImageSettingsFieldLiteral": "product_catalog_image_settings",
        "ProductCatalogImageSettingsOperation": "product_catalog_image_settings_operation",
        "ProductCatalogImageSettingsOperationField": "product_catalog_image_settings_operation",
        "ProductCatalogImageSettingsOperationFieldLiteral": "product_catalog_image_settings_operation",
        "ProductSet": "product_set",
        "ProductSetField": "product_set",
        "ProductSetFieldLiteral": "product_set",
        "ProductSetMetadata": "product_set_metadata",
        "ProductSetMetadataField": "product_set_metadata",
        "ProductSetMetadataFieldLiteral": "product_set_metadata",
        "Profile": "profile",
        "ProfileProfileType": "profile",
        "ProfileProfileTypeLiteral": "profile",
        "ProfileField": "profile",
        "ProfileFieldLiteral": "profile",
        "ProfilePictureSource": "profile_picture_source",
        "ProfilePictureSourceField": "profile_picture_source",
        "ProfilePictureSourceFieldLiteral": "profile_picture_source",
        "RawCustomAudience": "raw_custom_audience",
        "RawCustomAudienceField": "raw_custom_audience",
        "RawCustomAudienceFieldLiteral": "raw_custom_audience",
        "ReachFrequencySpec": "reach_frequency_spec",
        "ReachFrequencySpecField": "reach_frequency_spec",
        "ReachFrequencySpecFieldLiteral": "reach_frequency_spec",
        "RegionalRegulationIdentities": "regional_regulation_identities",
        "RegionalRegulationIdentitiesField": "regional_regulation_identities",
        "RegionalRegulationIdentitiesFieldLiteral": "regional_regulation_identities",
        "ServerEvent": "server_event",
        "ServerEventActionSource": "server_event",
        "ServerEventActionSourceLiteral": "server_event",
        "ServerEventCustomerSegmentation": "server_event",
        "ServerEventCustomerSegmentationLiteral": "server_event",
        "ServerEventField": "server_event",
        "ServerEventFieldLiteral": "server_event",
        "Shop": "shop",
        "ShopField": "shop",
        "ShopFieldLiteral": "shop",
        "StoreCatalogSettings": "store_catalog_settings",
        "StoreCatalogSettingsField": "store_catalog_settings",
        "StoreCatalogSettingsFieldLiteral": "store_catalog_settings",
        "Targeting": "targeting",
        "TargetingDevicePlatforms": "targeting",
        "TargetingDevicePlatformsLiteral": "targeting",
        "TargetingEffectiveDevicePlatforms": "targeting",
        "TargetingEffectiveDevicePlatformsLiteral": "targeting",
        "TargetingField": "targeting",
        "TargetingFieldLiteral": "targeting",
        "TargetingAutomation": "targeting_automation",
        "TargetingAutomationField": "targeting_automation",
        "TargetingAutomationFieldLiteral": "targeting_automation",
        "TargetingDynamicRule": "targeting_dynamic_rule",
        "TargetingDynamicRuleField": "targeting_dynamic_rule",
        "TargetingDynamicRuleFieldLiteral": "targeting_dynamic_rule",
        "TargetingGeoLocation": "targeting_geo_location",
        "TargetingGeoLocationField": "targeting_geo_location",
        "TargetingGeoLocationFieldLiteral": "targeting_geo_location",
        "TargetingGeoLocationCity": "targeting_geo_location_city",
        "TargetingGeoLocationCityField": "targeting_geo_location_city",
        "TargetingGeoLocationCityFieldLiteral": "targeting_geo_location_city",
        "TargetingGeoLocationCustomLocation": "targeting_geo_location_custom_location",
        "TargetingGeoLocationCustomLocationField": "targeting_geo_location_custom_location",
        "TargetingGeoLocationCustomLocationFieldLiteral": "targeting_geo_location_custom_location",
        "TargetingGeoLocationElectoralDistrict": "targeting_geo_location_electoral_district",
        "TargetingGeoLocationElectoralDistrictField": "targeting_geo_location_electoral_district",
        "TargetingGeoLocationElectoralDistrictFieldLiteral": "targeting_geo_location_electoral_district",
        "TargetingGeoLocationGeoEntities": "targeting_geo_location_geo_entities",
        "TargetingGeoLocationGeoEntitiesField": "targeting_geo_location_geo_entities",
        "TargetingGeoLocationGeoEntitiesFieldLiteral": "targeting_geo_location_geo_entities",
        "TargetingGeoLocationLocationCluster": "targeting_geo_location_location_cluster",
        "TargetingGeoLocationLocationClusterField": "targeting_geo_location_location_cluster",
        "TargetingGeoLocationLocationClusterFieldLiteral": "targeting_geo_location_location_cluster",
        "TargetingGeoLocationMarket": "targeting_geo_location_market",
        "TargetingGeoLocationMarketField": "targeting_geo_location_market",
        "TargetingGeoLocationMarketFieldLiteral": "targeting_geo_location_market",
        "TargetingGeoLocationPlace": "targeting_geo_location_place",
        "TargetingGeoLocationPlaceField": "targeting_geo_location_place",
        "TargetingGeoLocationPlaceFieldLiteral": "targeting_geo_location_place",
        "TargetingGeoLocationPoliticalDistrict": "targeting_geo_location_political_district",
        "TargetingGeoLocationPoliticalDistrictField": "targeting_geo_location_political_district",
        "TargetingGeoLocationPoliticalDistrictFieldLiteral": "targeting_geo_location_political_district",
        "TargetingGeoLocationRegion": "targeting_geo_location_region",
        "TargetingGeoLocationRegionField": "targeting_geo_location_region",
        "TargetingGeoLocationRegionFieldLiteral": "targeting_geo_location_region",
        "TargetingGeoLocationZip": "targeting_geo_location_zip",
        "TargetingGeoLocationZipField": "targeting_geo_location_zip",
        "TargetingGeoLocationZipFieldLiteral": "targeting_geo_location_zip",
        "TargetingProductAudienceSpec": "targeting_product_audience_spec",
        "TargetingProductAudienceSpecField": "targeting_product_audience_spec",
        "TargetingProductAudienceSpecFieldLiteral": "targeting_product_audience_spec",
        "TargetingProductAudienceSubSpec": "targeting_product_audience_sub_spec",
        "TargetingProductAudienceSubSpecField": "targeting_product_audience_sub_spec",
        "TargetingProductAudienceSubSpecFieldLiteral": "targeting_product_audience_sub_spec",
        "TargetingProspectingAudience": "targeting_prospecting_audience",
        "TargetingProspectingAudienceField": "targeting_prospecting_audience",
        "TargetingProspectingAudienceFieldLiteral": "targeting_prospecting_audience",
        "TargetingRelaxation": "targeting_relaxation",
        "TargetingRelaxationField": "targeting_relaxation",
        "TargetingRelaxationFieldLiteral": "targeting_relaxation",
        "TrendingTopicsSpec": "trending_topics_spec",
        "TrendingTopicsSpecField": "trending_topics_spec",
        "TrendingTopicsSpecFieldLiteral": "trending_topics_spec",
        "User": "user",
        "UserField": "user",
        "UserFieldLiteral": "user",
        "UserCoverPhoto": "user_cover_photo",
        "UserCoverPhotoField": "user_cover_photo",
        "UserCoverPhotoFieldLiteral": "user_cover_photo",
        "UserData": "user_data",
        "UserDataField": "user_data",
        "UserDataFieldLiteral": "user_data",
        "VideoCopyright": "video_copyright",
        "VideoCopyrightField": "video_copyright",
        "VideoCopyrightFieldLiteral": "video_copyright",
        "VideoCopyrightCheckStatus": "video_copyright_check_status",
        "VideoCopyrightCheckStatusField": "video_copyright_check_status",
        "VideoCopyrightCheckStatusFieldLiteral": "video_copyright_check_status",
        "VideoCopyrightConditionGroup": "video_copyright_condition_group",
        "VideoCopyrightConditionGroupField": "video_copyright_condition_group",
        "VideoCopyrightConditionGroupFieldLiteral": "video_copyright_condition_group",
        "VideoCopyrightGeoGate": "video_copyright_geo_gate",
        "VideoCopyrightGeoGateField": "video_copyright_geo_gate",
        "VideoCopyrightGeoGateFieldLiteral": "video_copyright_geo_gate",
        "VideoCopyrightRule": "video_copyright_rule",
        "VideoCopyrightRuleField": "video_copyright_rule",
        "VideoCopyrightRuleFieldLiteral": "video_copyright_rule",
        "VideoCopyrightSegment": "video_copyright_segment",
        "VideoCopyrightSegmentField": "video_copyright_segment",
        "VideoCopyrightSegmentFieldLiteral": "video_copyright_segment",
        "VideoStatus": "video_status",
        "VideoStatusField": "video_status",
        "VideoStatusFieldLiteral": "video_status",
        "VideoStatusError": "video_status_error",
        "VideoStatusErrorField": "video_status_error",
        "VideoStatusErrorFieldLiteral": "video_status_error",
        "VideoStatusProcessingPhase": "video_status_processing_phase",
        "VideoStatusProcessingPhaseField": "video_status_processing_phase",
        "VideoStatusProcessingPhaseFieldLiteral": "video_status_processing_phase",
        "VideoStatusPublishingPhase": "video_status_publishing_phase",
        "VideoStatusPublishingPhaseField": "video_status_publishing_phase",
        "VideoStatusPublishingPhaseFieldLiteral": "video_status_publishing_phase",
        "VideoStatusUploadingPhase": "video_status_uploading_phase",
        "VideoStatusUploadingPhaseField": "video_status_uploading_phase",
        "VideoStatusUploadingPhaseFieldLiteral": "video_status_uploading_phase",
        "VideoUploadLimits": "video_upload_limits",
        "VideoUploadLimitsField": "video_upload_limits",
        "VideoUploadLimitsFieldLiteral": "video_upload_limits",
        "VoipInfo": "voip_info",
        "VoipInfoField": "voip_info",
        "VoipInfoFieldLiteral": "voip_info",
    },
)
