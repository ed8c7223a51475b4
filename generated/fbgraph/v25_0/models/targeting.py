"""Targeting and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from enum import StrEnum
from fbgraph.v25_0.models._refs import (
    CatalogBasedTargeting,
    ConnectionsTargeting,
    FlexibleTargeting,
    IDName,
    RawCustomAudience,
    TargetingAutomation,
    TargetingDynamicRule,
    TargetingGeoLocation,
    TargetingProductAudienceSpec,
    TargetingProspectingAudience,
    TargetingRelaxation,
)
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict


class Targeting(GraphModel):
    adgroup_id: str | None = None
    age_max: int | None = None
    age_min: int | None = None
    age_range: list[int] | None = None
    alternate_auto_targeting_option: str | None = None
    app_install_state: str | None = None
    audience_network_positions: list[str] | None = None
    behaviors: list[IDName] | None = None
    brand_safety_content_filter_levels: list[str] | None = None
    catalog_based_targeting: CatalogBasedTargeting | None = None
    cities: list[IDName] | None = None
    college_years: list[int] | None = None
    connections: list[ConnectionsTargeting] | None = None
    contextual_targeting_categories: list[IDName] | None = None
    countries: list[str] | None = None
    country: list[str] | None = None
    country_groups: list[str] | None = None
    custom_audiences: list[RawCustomAudience] | None = None
    device_platforms: list[TargetingDevicePlatforms] | None = None
    direct_install_devices: bool | None = None
    dynamic_audience_ids: list[str] | None = None
    education_majors: list[IDName] | None = None
    education_schools: list[IDName] | None = None
    education_statuses: list[int] | None = None
    effective_audience_network_positions: list[str] | None = None
    effective_device_platforms: list[TargetingEffectiveDevicePlatforms] | None = None
    effective_facebook_positions: list[str] | None = None
    effective_instagram_positions: list[str] | None = None
    effective_messenger_positions: list[str] | None = None
    effective_publisher_platforms: list[str] | None = None
    effective_threads_positions: list[str] | None = None
    effective_whatsapp_positions: list[str] | None = None
    engagement_specs: list[TargetingDynamicRule] | None = None
    ethnic_affinity: list[IDName] | None = None
    exclude_reached_since: list[str] | None = None
    excluded_brand_safety_content_types: list[str] | None = None
    excluded_connections: list[ConnectionsTargeting] | None = None
    excluded_custom_audiences: list[RawCustomAudience] | None = None
    excluded_dynamic_audience_ids: list[str] | None = None
    excluded_engagement_specs: list[TargetingDynamicRule] | None = None
    excluded_geo_locations: TargetingGeoLocation | None = None
    excluded_mobile_device_model: list[str] | None = None
    excluded_product_audience_specs: list[TargetingProductAudienceSpec] | None = None
    excluded_publisher_categories: list[str] | None = None
    excluded_publisher_list_ids: list[str] | None = None
    excluded_user_device: list[str] | None = None
    exclusions: FlexibleTargeting | None = None
    facebook_positions: list[str] | None = None
    family_statuses: list[IDName] | None = None
    fb_deal_id: str | None = None
    flexible_spec: list[FlexibleTargeting] | None = None
    friends_of_connections: list[ConnectionsTargeting] | None = None
    genders: list[int] | None = None
    generation: list[IDName] | None = None
    geo_locations: TargetingGeoLocation | None = None
    home_ownership: list[IDName] | None = None
    home_type: list[IDName] | None = None
    home_value: list[IDName] | None = None
    household_composition: list[IDName] | None = None
    income: list[IDName] | None = None
    industries: list[IDName] | None = None
    instagram_positions: list[str] | None = None
    install_state_application: str | None = None
    instream_video_skippable_excluded: bool | None = None
    interested_in: list[int] | None = None
    interests: list[IDName] | None = None
    is_whatsapp_destination_ad: bool | None = None
    keywords: list[str] | None = None
    life_events: list[IDName] | None = None
    locales: list[int] | None = None
    messenger_positions: list[str] | None = None
    moms: list[IDName] | None = None
    net_worth: list[IDName] | None = None
    office_type: list[IDName] | None = None
    place_page_set_ids: list[str] | None = None
    political_views: list[int] | None = None
    politics: list[IDName] | None = None
    product_audience_specs: list[TargetingProductAudienceSpec] | None = None
    prospecting_audience: TargetingProspectingAudience | None = None
    publisher_platforms: list[str] | None = None
    radius: str | None = None
    regions: list[IDName] | None = None
    relationship_statuses: list[int] | None = None
    site_category: list[str] | None = None
    targeting_automation: TargetingAutomation | None = None
    targeting_optimization: str | None = None
    targeting_relaxation_types: TargetingRelaxation | None = None
    threads_positions: list[str] | None = None
    user_adclusters: list[IDName] | None = None
    user_age_unknown: bool | None = None
    user_device: list[str] | None = None
    user_event: list[int] | None = None
    user_os: list[str] | None = None
    whatsapp_positions: list[str] | None = None
    wireless_carrier: list[str] | None = None
    work_employers: list[IDName] | None = None
    work_positions: list[IDName] | None = None
    zips: list[str] | None = None


class TargetingDevicePlatforms(GraphEnum):
    desktop = "desktop"
    mobile = "mobile"


class TargetingEffectiveDevicePlatforms(GraphEnum):
    desktop = "desktop"
    mobile = "mobile"


class TargetingField(GraphEnum):
    """Fields of Targeting to ask for with `fields=`."""

    adgroup_id = "adgroup_id"
    age_max = "age_max"
    age_min = "age_min"
    age_range = "age_range"
    alternate_auto_targeting_option = "alternate_auto_targeting_option"
    app_install_state = "app_install_state"
    audience_network_positions = "audience_network_positions"
    behaviors = "behaviors"
    brand_safety_content_filter_levels = "brand_safety_content_filter_levels"
    catalog_based_targeting = "catalog_based_targeting"
    cities = "cities"
    college_years = "college_years"
    connections = "connections"
    contextual_targeting_categories = "contextual_targeting_categories"
    countries = "countries"
    country = "country"
    country_groups = "country_groups"
    custom_audiences = "custom_audiences"
    device_platforms = "device_platforms"
    direct_install_devices = "direct_install_devices"
    dynamic_audience_ids = "dynamic_audience_ids"
    education_majors = "education_majors"
    education_schools = "education_schools"
    education_statuses = "education_statuses"
    effective_audience_network_positions = "effective_audience_network_positions"
    effective_device_platforms = "effective_device_platforms"
    effective_facebook_positions = "effective_facebook_positions"
    effective_instagram_positions = "effective_instagram_positions"
    effective_messenger_positions = "effective_messenger_positions"
    effective_publisher_platforms = "effective_publisher_platforms"
    effective_threads_positions = "effective_threads_positions"
    effective_whatsapp_positions = "effective_whatsapp_positions"
    engagement_specs = "engagement_specs"
    ethnic_affinity = "ethnic_affinity"
    exclude_reached_since = "exclude_reached_since"
    excluded_brand_safety_content_types = "excluded_brand_safety_content_types"
    excluded_connections = "excluded_connections"
    excluded_custom_audiences = "excluded_custom_audiences"
    excluded_dynamic_audience_ids = "excluded_dynamic_audience_ids"
    excluded_engagement_specs = "excluded_engagement_specs"
    excluded_geo_locations = "excluded_geo_locations"
    excluded_mobile_device_model = "excluded_mobile_device_model"
    excluded_product_audience_specs = "excluded_product_audience_specs"
    excluded_publisher_categories = "excluded_publisher_categories"
    excluded_publisher_list_ids = "excluded_publisher_list_ids"
    excluded_user_device = "excluded_user_device"
    exclusions = "exclusions"
    facebook_positions = "facebook_positions"
    family_statuses = "family_statuses"
    fb_deal_id = "fb_deal_id"
    flexible_spec = "flexible_spec"
    friends_of_connections = "friends_of_connections"
    genders = "genders"
    generation = "generation"
    geo_locations = "geo_locations"
    home_ownership = "home_ownership"
    home_type = "home_type"
    home_value = "home_value"
    household_composition = "household_composition"
    income = "income"
    industries = "industries"
    instagram_positions = "instagram_positions"
    install_state_application = "install_state_application"
    instream_video_skippable_excluded = "instream_video_skippable_excluded"
    interested_in = "interested_in"
    interests = "interests"
    is_whatsapp_destination_ad = "is_whatsapp_destination_ad"
    keywords = "keywords"
    life_events = "life_events"
    locales = "locales"
    messenger_positions = "messenger_positions"
    moms = "moms"
    net_worth = "net_worth"
    office_type = "office_type"
    place_page_set_ids = "place_page_set_ids"
    political_views = "political_views"
    politics = "politics"
    product_audience_specs = "product_audience_specs"
    prospecting_audience = "prospecting_audience"
    publisher_platforms = "publisher_platforms"
    radius = "radius"
    regions = "regions"
    relationship_statuses = "relationship_statuses"
    site_category = "site_category"
    targeting_automation = "targeting_automation"
    targeting_optimization = "targeting_optimization"
    targeting_relaxation_types = "targeting_relaxation_types"
    threads_positions = "threads_positions"
    user_adclusters = "user_adclusters"
    user_age_unknown = "user_age_unknown"
    user_device = "user_device"
    user_event = "user_event"
    user_os = "user_os"
    whatsapp_positions = "whatsapp_positions"
    wireless_carrier = "wireless_carrier"
    work_employers = "work_employers"
    work_positions = "work_positions"
    zips = "zips"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
TargetingDevicePlatformsLiteral = Literal[
    "desktop",
    "mobile",
]
TargetingEffectiveDevicePlatformsLiteral = Literal[
    "desktop",
    "mobile",
]
TargetingFieldLiteral = Literal[
    "adgroup_id",
    "age_max",
    "age_min",
    "age_range",
    "alternate_auto_targeting_option",
    "app_install_state",
    "audience_network_positions",
    "behaviors",
    "brand_safety_content_filter_levels",
    "catalog_based_targeting",
    "cities",
    "college_years",
    "connections",
    "contextual_targeting_categories",
    "countries",
    "country",
    "country_groups",
    "custom_audiences",
    "device_platforms",
    "direct_install_devices",
    "dynamic_audience_ids",
    "education_majors",
    "education_schools",
    "education_statuses",
    "effective_audience_network_positions",
    "effective_device_platforms",
    "effective_facebook_positions",
    "effective_instagram_positions",
    "effective_messenger_positions",
    "effective_publisher_platforms",
    "effective_threads_positions",
    "effective_whatsapp_positions",
    "engagement_specs",
    "ethnic_affinity",
    "exclude_reached_since",
    "excluded_brand_safety_content_types",
    "excluded_connections",
    "excluded_custom_audiences",
    "excluded_dynamic_audience_ids",
    "excluded_engagement_specs",
    "excluded_geo_locations",
    "excluded_mobile_device_model",
    "excluded_product_audience_specs",
    "excluded_publisher_categories",
    "excluded_publisher_list_ids",
    "excluded_user_device",
    "exclusions",
    "facebook_positions",
    "family_statuses",
    "fb_deal_id",
    "flexible_spec",
    "friends_of_connections",
    "genders",
    "generation",
    "geo_locations",
    "home_ownership",
    "home_type",
    "home_value",
    "household_composition",
    "income",
    "industries",
    "instagram_positions",
    "install_state_application",
    "instream_video_skippable_excluded",
    "interested_in",
    "interests",
    "is_whatsapp_destination_ad",
    "keywords",
    "life_events",
    "locales",
    "messenger_positions",
    "moms",
    "net_worth",
    "office_type",
    "place_page_set_ids",
    "political_views",
    "politics",
    "product_audience_specs",
    "prospecting_audience",
    "publisher_platforms",
    "radius",
    "regions",
    "relationship_statuses",
    "site_category",
    "targeting_automation",
    "targeting_optimization",
    "targeting_relaxation_types",
    "threads_positions",
    "user_adclusters",
    "user_age_unknown",
    "user_device",
    "user_event",
    "user_os",
    "whatsapp_positions",
    "wireless_carrier",
    "work_employers",
    "work_positions",
    "zips",
]
