"""Models of Graph API v5.0: one module per node or struct, imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_getattr

if TYPE_CHECKING:
    from .ad_account import AdAccount as AdAccount
    from .ad_account import AdAccountField as AdAccountField
    from .ad_account import AdAccountFieldLiteral as AdAccountFieldLiteral
    from .ad_account_creation_request import AdAccountCreationRequest as AdAccountCreationRequest
    from .ad_account_creation_request import (
        AdAccountCreationRequestField as AdAccountCreationRequestField,
    )
    from .ad_account_creation_request import (
        AdAccountCreationRequestFieldLiteral as AdAccountCreationRequestFieldLiteral,
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
    from .ad_campaign_issues_info import AdCampaignIssuesInfo as AdCampaignIssuesInfo
    from .ad_campaign_issues_info import AdCampaignIssuesInfoField as AdCampaignIssuesInfoField
    from .ad_campaign_issues_info import (
        AdCampaignIssuesInfoFieldLiteral as AdCampaignIssuesInfoFieldLiteral,
    )
    from .ad_label import AdLabel as AdLabel
    from .ad_label import AdLabelField as AdLabelField
    from .ad_label import AdLabelFieldLiteral as AdLabelFieldLiteral
    from .ad_promoted_object import AdPromotedObject as AdPromotedObject
    from .ad_promoted_object import (
        AdPromotedObjectCustomEventType as AdPromotedObjectCustomEventType,
    )
    from .ad_promoted_object import (
        AdPromotedObjectCustomEventTypeLiteral as AdPromotedObjectCustomEventTypeLiteral,
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
    from .album import Album as Album
    from .album import AlbumField as AlbumField
    from .album import AlbumFieldLiteral as AlbumFieldLiteral
    from .android_app_link import AndroidAppLink as AndroidAppLink
    from .android_app_link import AndroidAppLinkField as AndroidAppLinkField
    from .android_app_link import AndroidAppLinkFieldLiteral as AndroidAppLinkFieldLiteral
    from .app_links import AppLinks as AppLinks
    from .app_links import AppLinksField as AppLinksField
    from .app_links import AppLinksFieldLiteral as AppLinksFieldLiteral
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
    from .business import Business as Business
    from .business import BusinessField as BusinessField
    from .business import BusinessFieldLiteral as BusinessFieldLiteral
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
    from .currency import Currency as Currency
    from .currency import CurrencyField as CurrencyField
    from .currency import CurrencyFieldLiteral as CurrencyFieldLiteral
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
    from .engagement import Engagement as Engagement
    from .engagement import EngagementField as EngagementField
    from .engagement import EngagementFieldLiteral as EngagementFieldLiteral
    from .entity_at_text_range import EntityAtTextRange as EntityAtTextRange
    from .entity_at_text_range import EntityAtTextRangeType as EntityAtTextRangeType
    from .entity_at_text_range import EntityAtTextRangeTypeLiteral as EntityAtTextRangeTypeLiteral
    from .entity_at_text_range import EntityAtTextRangeField as EntityAtTextRangeField
    from .entity_at_text_range import EntityAtTextRangeFieldLiteral as EntityAtTextRangeFieldLiteral
    from .event import Event as Event
    from .event import EventCategory as EventCategory
    from .event import EventCategoryLiteral as EventCategoryLiteral
    from .event import EventType as EventType
    from .event import EventTypeLiteral as EventTypeLiteral
    from .event import EventField as EventField
    from .event import EventFieldLiteral as EventFieldLiteral
    from .experience import Experience as Experience
    from .experience import ExperienceField as ExperienceField
    from .experience import ExperienceFieldLiteral as ExperienceFieldLiteral
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
    from .group import Group as Group
    from .group import GroupField as GroupField
    from .group import GroupFieldLiteral as GroupFieldLiteral
    from .id_name import IDName as IDName
    from .id_name import IDNameField as IDNameField
    from .id_name import IDNameFieldLiteral as IDNameFieldLiteral
    from .ig_comment import IGComment as IGComment
    from .ig_comment import IGCommentField as IGCommentField
    from .ig_comment import IGCommentFieldLiteral as IGCommentFieldLiteral
    from .ig_media import IGMedia as IGMedia
    from .ig_media import IGMediaField as IGMediaField
    from .ig_media import IGMediaFieldLiteral as IGMediaFieldLiteral
    from .ig_user import IGUser as IGUser
    from .ig_user import IGUserField as IGUserField
    from .ig_user import IGUserFieldLiteral as IGUserFieldLiteral
    from .ios_app_link import IosAppLink as IosAppLink
    from .ios_app_link import IosAppLinkField as IosAppLinkField
    from .ios_app_link import IosAppLinkFieldLiteral as IosAppLinkFieldLiteral
    from .lead_gen_form_preview_details import (
        LeadGenFormPreviewDetails as LeadGenFormPreviewDetails,
    )
    from .lead_gen_form_preview_details import (
        LeadGenFormPreviewDetailsField as LeadGenFormPreviewDetailsField,
    )
    from .lead_gen_form_preview_details import (
        LeadGenFormPreviewDetailsFieldLiteral as LeadGenFormPreviewDetailsFieldLiteral,
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
    from .messenger_destination_page_welcome_message import (
        MessengerDestinationPageWelcomeMessage as MessengerDestinationPageWelcomeMessage,
    )
    from .messenger_destination_page_welcome_message import (
        MessengerDestinationPageWelcomeMessageField as MessengerDestinationPageWelcomeMessageField,
    )
    from .messenger_destination_page_welcome_message import (
        MessengerDestinationPageWelcomeMessageFieldLiteral as MessengerDestinationPageWelcomeMessageFieldLiteral,
    )
    from .music_video_copyright import MusicVideoCopyright as MusicVideoCopyright
    from .music_video_copyright import MusicVideoCopyrightField as MusicVideoCopyrightField
    from .music_video_copyright import (
        MusicVideoCopyrightFieldLiteral as MusicVideoCopyrightFieldLiteral,
    )
    from .page import PageNode as PageNode
    from .page import PageNodeField as PageNodeField
    from .page import PageNodeFieldLiteral as PageNodeFieldLiteral
    from .page_about_story import PageAboutStory as PageAboutStory
    from .page_about_story import PageAboutStoryField as PageAboutStoryField
    from .page_about_story import PageAboutStoryFieldLiteral as PageAboutStoryFieldLiteral
    from .page_admin_note import PageAdminNote as PageAdminNote
    from .page_admin_note import PageAdminNoteField as PageAdminNoteField
    from .page_admin_note import PageAdminNoteFieldLiteral as PageAdminNoteFieldLiteral
    from .page_category import PageCategory as PageCategory
    from .page_category import PageCategoryField as PageCategoryField
    from .page_category import PageCategoryFieldLiteral as PageCategoryFieldLiteral
    from .page_label import PageLabel as PageLabel
    from .page_label import PageLabelField as PageLabelField
    from .page_label import PageLabelFieldLiteral as PageLabelFieldLiteral
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
    from .photo import Photo as Photo
    from .photo import PhotoField as PhotoField
    from .photo import PhotoFieldLiteral as PhotoFieldLiteral
    from .place import Place as Place
    from .place import PlaceField as PlaceField
    from .place import PlaceFieldLiteral as PlaceFieldLiteral
    from .platform_image_source import PlatformImageSource as PlatformImageSource
    from .platform_image_source import PlatformImageSourceField as PlatformImageSourceField
    from .platform_image_source import (
        PlatformImageSourceFieldLiteral as PlatformImageSourceFieldLiteral,
    )
    from .privacy import Privacy as Privacy
    from .privacy import PrivacyField as PrivacyField
    from .privacy import PrivacyFieldLiteral as PrivacyFieldLiteral
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
    from .security_settings import SecuritySettings as SecuritySettings
    from .security_settings import SecuritySettingsField as SecuritySettingsField
    from .security_settings import SecuritySettingsFieldLiteral as SecuritySettingsFieldLiteral
    from .targeting import Targeting as Targeting
    from .targeting import TargetingDevicePlatforms as TargetingDevicePlatforms
    from .targeting import TargetingDevicePlatformsLiteral as TargetingDevicePlatformsLiteral
    from .targeting import TargetingEffectiveDevicePlatforms as TargetingEffectiveDevicePlatforms
    from .targeting import (
        TargetingEffectiveDevicePlatformsLiteral as TargetingEffectiveDevicePlatformsLiteral,
    )
    from .targeting import TargetingField as TargetingField
    from .targeting import TargetingFieldLiteral as TargetingFieldLiteral
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
    from .targeting_geo_location_location_expansion import (
        TargetingGeoLocationLocationExpansion as TargetingGeoLocationLocationExpansion,
    )
    from .targeting_geo_location_location_expansion import (
        TargetingGeoLocationLocationExpansionField as TargetingGeoLocationLocationExpansionField,
    )
    from .targeting_geo_location_location_expansion import (
        TargetingGeoLocationLocationExpansionFieldLiteral as TargetingGeoLocationLocationExpansionFieldLiteral,
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
    from .user import User as User
    from .user import UserField as UserField
    from .user import UserFieldLiteral as UserFieldLiteral
    from .user_cover_photo import UserCoverPhoto as UserCoverPhoto
    from .user_cover_photo import UserCoverPhotoField as UserCoverPhotoField
    from .user_cover_photo import UserCoverPhotoFieldLiteral as UserCoverPhotoFieldLiteral
    from .user_device import UserDevice as UserDevice
    from .user_device import UserDeviceField as UserDeviceField
    from .user_device import UserDeviceFieldLiteral as UserDeviceFieldLiteral
    from .video_copyright import VideoCopyright as VideoCopyright
    from .video_copyright import VideoCopyrightField as VideoCopyrightField
    from .video_copyright import VideoCopyrightFieldLiteral as VideoCopyrightFieldLiteral
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
    from .video_upload_limits import VideoUploadLimits as VideoUploadLimits
    from .video_upload_limits import VideoUploadLimitsField as VideoUploadLimitsField
    from .video_upload_limits import VideoUploadLimitsFieldLiteral as VideoUploadLimitsFieldLiteral
    from .voip_info import VoipInfo as VoipInfo
    from .voip_info import VoipInfoField as VoipInfoField
    from .voip_info import VoipInfoFieldLiteral as VoipInfoFieldLiteral
    from .web_app_link import WebAppLink as WebAppLink
    from .web_app_link import WebAppLinkField as WebAppLinkField
    from .web_app_link import WebAppLinkFieldLiteral as WebAppLinkFieldLiteral
    from .windows_app_link import WindowsAppLink as WindowsAppLink
    from .windows_app_link import WindowsAppLinkField as WindowsAppLinkField
    from .windows_app_link import WindowsAppLinkFieldLiteral as WindowsAppLinkFieldLiteral
    from .windows_phone_app_link import WindowsPhoneAppLink as WindowsPhoneAppLink
    from .windows_phone_app_link import WindowsPhoneAppLinkField as WindowsPhoneAppLinkField
    from .windows_phone_app_link import (
        WindowsPhoneAppLinkFieldLiteral as WindowsPhoneAppLinkFieldLiteral,
    )

__all__ = [
    "AdAccount",
    "AdAccountField",
    "AdAccountFieldLiteral",
    "AdAccountCreationRequest",
    "AdAccountCreationRequestField",
    "AdAccountCreationRequestFieldLiteral",
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
    "AdCampaignIssuesInfo",
    "AdCampaignIssuesInfoField",
    "AdCampaignIssuesInfoFieldLiteral",
    "AdLabel",
    "AdLabelField",
    "AdLabelFieldLiteral",
    "AdPromotedObject",
    "AdPromotedObjectCustomEventType",
    "AdPromotedObjectCustomEventTypeLiteral",
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
    "AgeRange",
    "AgeRangeField",
    "AgeRangeFieldLiteral",
    "AgencyClientDeclaration",
    "AgencyClientDeclarationField",
    "AgencyClientDeclarationFieldLiteral",
    "Album",
    "AlbumField",
    "AlbumFieldLiteral",
    "AndroidAppLink",
    "AndroidAppLinkField",
    "AndroidAppLinkFieldLiteral",
    "AppLinks",
    "AppLinksField",
    "AppLinksFieldLiteral",
    "AssignedUser",
    "AssignedUserField",
    "AssignedUserFieldLiteral",
    "AttributionSpec",
    "AttributionSpecField",
    "AttributionSpecFieldLiteral",
    "AudiencePermissionForActions",
    "AudiencePermissionForActionsField",
    "AudiencePermissionForActionsFieldLiteral",
    "Business",
    "BusinessField",
    "BusinessFieldLiteral",
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
    "CopyrightReferenceContainer",
    "CopyrightReferenceContainerField",
    "CopyrightReferenceContainerFieldLiteral",
    "CoverPhoto",
    "CoverPhotoField",
    "CoverPhotoFieldLiteral",
    "Currency",
    "CurrencyField",
    "CurrencyFieldLiteral",
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
    "CustomAudienceSharingStatus",
    "CustomAudienceSharingStatusField",
    "CustomAudienceSharingStatusFieldLiteral",
    "CustomAudienceStatus",
    "CustomAudienceStatusField",
    "CustomAudienceStatusFieldLiteral",
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
    "Engagement",
    "EngagementField",
    "EngagementFieldLiteral",
    "EntityAtTextRange",
    "EntityAtTextRangeType",
    "EntityAtTextRangeTypeLiteral",
    "EntityAtTextRangeField",
    "EntityAtTextRangeFieldLiteral",
    "Event",
    "EventCategory",
    "EventCategoryLiteral",
    "EventType",
    "EventTypeLiteral",
    "EventField",
    "EventFieldLiteral",
    "Experience",
    "ExperienceField",
    "ExperienceFieldLiteral",
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
    "Group",
    "GroupField",
    "GroupFieldLiteral",
    "IDName",
    "IDNameField",
    "IDNameFieldLiteral",
    "IGComment",
    "IGCommentField",
    "IGCommentFieldLiteral",
    "IGMedia",
    "IGMediaField",
    "IGMediaFieldLiteral",
    "IGUser",
    "IGUserField",
    "IGUserFieldLiteral",
    "IosAppLink",
    "IosAppLinkField",
    "IosAppLinkFieldLiteral",
    "LeadGenFormPreviewDetails",
    "LeadGenFormPreviewDetailsField",
    "LeadGenFormPreviewDetailsFieldLiteral",
    "Location",
    "LocationField",
    "LocationFieldLiteral",
    "LookalikeSpec",
    "LookalikeSpecField",
    "LookalikeSpecFieldLiteral",
    "MailingAddress",
    "MailingAddressField",
    "MailingAddressFieldLiteral",
    "MessengerDestinationPageWelcomeMessage",
    "MessengerDestinationPageWelcomeMessageField",
    "MessengerDestinationPageWelcomeMessageFieldLiteral",
    "MusicVideoCopyright",
    "MusicVideoCopyrightField",
    "MusicVideoCopyrightFieldLiteral",
    "PageNode",
    "PageNodeField",
    "PageNodeFieldLiteral",
    "PageAboutStory",
    "PageAboutStoryField",
    "PageAboutStoryFieldLiteral",
    "PageAdminNote",
    "PageAdminNoteField",
    "PageAdminNoteFieldLiteral",
    "PageCategory",
    "PageCategoryField",
    "PageCategoryFieldLiteral",
    "PageLabel",
    "PageLabelField",
    "PageLabelFieldLiteral",
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
    "Photo",
    "PhotoField",
    "PhotoFieldLiteral",
    "Place",
    "PlaceField",
    "PlaceFieldLiteral",
    "PlatformImageSource",
    "PlatformImageSourceField",
    "PlatformImageSourceFieldLiteral",
    "Privacy",
    "PrivacyField",
    "PrivacyFieldLiteral",
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
    "SecuritySettings",
    "SecuritySettingsField",
    "SecuritySettingsFieldLiteral",
    "Targeting",
    "TargetingDevicePlatforms",
    "TargetingDevicePlatformsLiteral",
    "TargetingEffectiveDevicePlatforms",
    "TargetingEffectiveDevicePlatformsLiteral",
    "TargetingField",
    "TargetingFieldLiteral",
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
    "TargetingGeoLocationLocationExpansion",
    "TargetingGeoLocationLocationExpansionField",
    "TargetingGeoLocationLocationExpansionFieldLiteral",
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
    "User",
    "UserField",
    "UserFieldLiteral",
    "UserCoverPhoto",
    "UserCoverPhotoField",
    "UserCoverPhotoFieldLiteral",
    "UserDevice",
    "UserDeviceField",
    "UserDeviceFieldLiteral",
    "VideoCopyright",
    "VideoCopyrightField",
    "VideoCopyrightFieldLiteral",
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
    "VideoUploadLimits",
    "VideoUploadLimitsField",
    "VideoUploadLimitsFieldLiteral",
    "VoipInfo",
    "VoipInfoField",
    "VoipInfoFieldLiteral",
    "WebAppLink",
    "WebAppLinkField",
    "WebAppLinkFieldLiteral",
    "WindowsAppLink",
    "WindowsAppLinkField",
    "WindowsAppLinkFieldLiteral",
    "WindowsPhoneAppLink",
    "WindowsPhoneAppLinkField",
    "WindowsPhoneAppLinkFieldLiteral",
]

__getattr__ = lazy_getattr(
    __name__,
    {
        "AdAccount": "ad_account",
        "AdAccountField": "ad_account",
        "AdAccountFieldLiteral": "ad_account",
        "AdAccountCreationRequest": "ad_account_creation_request",
        "AdAccountCreationRequestField": "ad_account_creation_request",
        "AdAccountCreationRequestFieldLiteral": "ad_account_creation_request",
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
        "AdCampaignIssuesInfo": "ad_campaign_issues_info",
        "AdCampaignIssuesInfoField": "ad_campaign_issues_info",
        "AdCampaignIssuesInfoFieldLiteral": "ad_campaign_issues_info",
        "AdLabel": "ad_label",
        "AdLabelField": "ad_label",
        "AdLabelFieldLiteral": "ad_label",
        "AdPromotedObject": "ad_promoted_object",
        "AdPromotedObjectCustomEventType": "ad_promoted_object",
        "AdPromotedObjectCustomEventTypeLiteral": "ad_promoted_object",
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
        "AgeRange": "age_range",
        "AgeRangeField": "age_range",
        "AgeRangeFieldLiteral": "age_range",
        "AgencyClientDeclaration": "agency_client_declaration",
        "AgencyClientDeclarationField": "agency_client_declaration",
        "AgencyClientDeclarationFieldLiteral": "agency_client_declaration",
        "Album": "album",
        "AlbumField": "album",
        "AlbumFieldLiteral": "album",
        "AndroidAppLink": "android_app_link",
        "AndroidAppLinkField": "android_app_link",
        "AndroidAppLinkFieldLiteral": "android_app_link",
        "AppLinks": "app_links",
        "AppLinksField": "app_links",
        "AppLinksFieldLiteral": "app_links",
        "AssignedUser": "assigned_user",
        "AssignedUserField": "assigned_user",
        "AssignedUserFieldLiteral": "assigned_user",
        "AttributionSpec": "attribution_spec",
        "AttributionSpecField": "attribution_spec",
        "AttributionSpecFieldLiteral": "attribution_spec",
        "AudiencePermissionForActions": "audience_permission_for_actions",
        "AudiencePermissionForActionsField": "audience_permission_for_actions",
        "AudiencePermissionForActionsFieldLiteral": "audience_permission_for_actions",
        "Business": "business",
        "BusinessField": "business",
        "BusinessFieldLiteral": "business",
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
        "CopyrightReferenceContainer": "copyright_reference_container",
        "CopyrightReferenceContainerField": "copyright_reference_container",
        "CopyrightReferenceContainerFieldLiteral": "copyright_reference_container",
        "CoverPhoto": "cover_photo",
        "CoverPhotoField": "cover_photo",
        "CoverPhotoFieldLiteral": "cover_photo",
        "Currency": "currency",
        "CurrencyField": "currency",
        "CurrencyFieldLiteral": "currency",
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
        "CustomAudienceSharingStatus": "custom_audience_sharing_status",
        "CustomAudienceSharingStatusField": "custom_audience_sharing_status",
        "CustomAudienceSharingStatusFieldLiteral": "custom_audience_sharing_status",
        "CustomAudienceStatus": "custom_audience_status",
        "CustomAudienceStatusField": "custom_audience_status",
        "CustomAudienceStatusFieldLiteral": "custom_audience_status",
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
        "Engagement": "engagement",
        "EngagementField": "engagement",
        "EngagementFieldLiteral": "engagement",
        "EntityAtTextRange": "entity_at_text_range",
        "EntityAtTextRangeType": "entity_at_text_range",
        "EntityAtTextRangeTypeLiteral": "entity_at_text_range",
        "EntityAtTextRangeField": "entity_at_text_range",
        "EntityAtTextRangeFieldLiteral": "entity_at_text_range",
        "Event": "event",
        "EventCategory": "event",
        "EventCategoryLiteral": "event",
        "EventType": "event",
        "EventTypeLiteral": "event",
        "EventField": "event",
        "EventFieldLiteral": "event",
        "Experience": "experience",
        "ExperienceField": "experience",
        "ExperienceFieldLiteral": "experience",
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
        "Group": "group",
        "GroupField": "group",
        "GroupFieldLiteral": "group",
        "IDName": "id_name",
        "IDNameField": "id_name",
        "IDNameFieldLiteral": "id_name",
        "IGComment": "ig_comment",
        "IGCommentField": "ig_comment",
        "IGCommentFieldLiteral": "ig_comment",
        "IGMedia": "ig_media",
        "IGMediaField": "ig_media",
        "IGMediaFieldLiteral": "ig_media",
        "IGUser": "ig_user",
        "IGUserField": "ig_user",
        "IGUserFieldLiteral": "ig_user",
        "IosAppLink": "ios_app_link",
        "IosAppLinkField": "ios_app_link",
        "IosAppLinkFieldLiteral": "ios_app_link",
        "LeadGenFormPreviewDetails": "lead_gen_form_preview_details",
        "LeadGenFormPreviewDetailsField": "lead_gen_form_preview_details",
        "LeadGenFormPreviewDetailsFieldLiteral": "lead_gen_form_preview_details",
        "Location": "location",
        "LocationField": "location",
        "LocationFieldLiteral": "location",
        "LookalikeSpec": "lookalike_spec",
        "LookalikeSpecField": "lookalike_spec",
        "LookalikeSpecFieldLiteral": "lookalike_spec",
        "MailingAddress": "mailing_address",
        "MailingAddressField": "mailing_address",
        "MailingAddressFieldLiteral": "mailing_address",
        "MessengerDestinationPageWelcomeMessage": "messenger_destination_page_welcome_message",
        "MessengerDestinationPageWelcomeMessageField": "messenger_destination_page_welcome_message",
        "MessengerDestinationPageWelcomeMessageFieldLiteral": "messenger_destination_page_welcome_message",
        "MusicVideoCopyright": "music_video_copyright",
        "MusicVideoCopyrightField": "music_video_copyright",
        "MusicVideoCopyrightFieldLiteral": "music_video_copyright",
        "PageNode": "page",
        "PageNodeField": "page",
        "PageNodeFieldLiteral": "page",
        "PageAboutStory": "page_about_story",
        "PageAboutStoryField": "page_about_story",
        "PageAboutStoryFieldLiteral": "page_about_story",
        "PageAdminNote": "page_admin_note",
        "PageAdminNoteField": "page_admin_note",
        "PageAdminNoteFieldLiteral": "page_admin_note",
        "PageCategory": "page_category",
        "PageCategoryField": "page_category",
        "PageCategoryFieldLiteral": "page_category",
        "PageLabel": "page_label",
        "PageLabelField": "page_label",
        "PageLabelFieldLiteral": "page_label",
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
        "Photo": "photo",
        "PhotoField": "photo",
        "PhotoFieldLiteral": "photo",
        "Place": "place",
        "PlaceField": "place",
        "PlaceFieldLiteral": "place",
        "PlatformImageSource": "platform_image_source",
        "PlatformImageSourceField": "platform_image_source",
        "PlatformImageSourceFieldLiteral": "platform_image_source",
        "Privacy": "privacy",
        "PrivacyField": "privacy",
        "PrivacyFieldLiteral": "privacy",
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
        "SecuritySettings": "security_settings",
        "SecuritySettingsField": "security_settings",
        "SecuritySettingsFieldLiteral": "security_settings",
        "Targeting": "targeting",
        "TargetingDevicePlatforms": "targeting",
        "TargetingDevicePlatformsLiteral": "targeting",
        "TargetingEffectiveDevicePlatforms": "targeting",
        "TargetingEffectiveDevicePlatformsLiteral": "targeting",
        "TargetingField": "targeting",
        "TargetingFieldLiteral": "targeting",
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
        "TargetingGeoLocationLocationExpansion": "targeting_geo_location_location_expansion",
        "TargetingGeoLocationLocationExpansionField": "targeting_geo_location_location_expansion",
        "TargetingGeoLocationLocationExpansionFieldLiteral": "targeting_geo_location_location_expansion",
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
        "User": "user",
        "UserField": "user",
        "UserFieldLiteral": "user",
        "UserCoverPhoto": "user_cover_photo",
        "UserCoverPhotoField": "user_cover_photo",
        "UserCoverPhotoFieldLiteral": "user_cover_photo",
        "UserDevice": "user_device",
        "UserDeviceField": "user_device",
        "UserDeviceFieldLiteral": "user_device",
        "VideoCopyright": "video_copyright",
        "VideoCopyrightField": "video_copyright",
        "VideoCopyrightFieldLiteral": "video_copyright",
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
        "VideoUploadLimits": "video_upload_limits",
        "VideoUploadLimitsField": "video_upload_limits",
        "VideoUploadLimitsFieldLiteral": "video_upload_limits",
        "VoipInfo": "voip_info",
        "VoipInfoField": "voip_info",
        "VoipInfoFieldLiteral": "voip_info",
        "WebAppLink": "web_app_link",
        "WebAppLinkField": "web_app_link",
        "WebAppLinkFieldLiteral": "web_app_link",
        "WindowsAppLink": "windows_app_link",
        "WindowsAppLinkField": "windows_app_link",
        "WindowsAppLinkFieldLiteral": "windows_app_link",
        "WindowsPhoneAppLink": "windows_phone_app_link",
        "WindowsPhoneAppLinkField": "windows_phone_app_link",
        "WindowsPhoneAppLinkFieldLiteral": "windows_phone_app_link",
    },
)
