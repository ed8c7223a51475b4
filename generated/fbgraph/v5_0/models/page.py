"""Page and the types that belong to it (Graph API v5.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit 993565c.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v5_0.models._refs import (
    AdSet,
    AdVideo,
    AppLinks,
    CoverPhoto,
    Engagement,
    IGUser,
    LeadGenFormPreviewDetails,
    Location,
    MailingAddress,
    MessengerDestinationPageWelcomeMessage,
    PageAboutStory,
    PageCategory,
    PageParking,
    PagePaymentOptions,
    PageRestaurantServices,
    PageRestaurantSpecialties,
    PageStartInfo,
    Targeting,
    User,
    VoipInfo,
)
from typing import Any
from datetime import datetime
from fbgraph._runtime.models import GraphModel
from pydantic import ConfigDict
from enum import StrEnum


class PageNode(GraphModel):
    about: str | None = None
    access_token: str | None = None
    ad_campaign: AdSet | None = None
    affiliation: str | None = None
    app_id: str | None = None
    app_links: AppLinks | None = None
    artists_we_like: str | None = None
    attire: str | None = None
    awards: str | None = None
    band_interests: str | None = None
    band_members: str | None = None
    best_page: PageNode | None = None
    bio: str | None = None
    birthday: str | None = None
    booking_agent: str | None = None
    built: str | None = None
    business: dict[str, Any] | None = None
    can_checkin: bool | None = None
    can_post: bool | None = None
    category: str | None = None
    category_list: list[PageCategory] | None = None
    checkins: int | None = None
    company_overview: str | None = None
    connected_instagram_account: IGUser | None = None
    contact_address: MailingAddress | None = None
    copyright_whitelisted_ig_partners: list[str] | None = None
    country_page_likes: int | None = None
    cover: CoverPhoto | None = None
    culinary_team: str | None = None
    current_location: str | None = None
    description: str | None = None
    description_html: str | None = None
    directed_by: str | None = None
    display_subtext: str | None = None
    displayed_message_response_time: str | None = None
    emails: list[str] | None = None
    engagement: Engagement | None = None
    fan_count: int | None = None
    featured_video: AdVideo | None = None
    features: str | None = None
    food_styles: list[str] | None = None
    founded: str | None = None
    general_info: str | None = None
    general_manager: str | None = None
    genre: str | None = None
    global_brand_page_name: str | None = None
    global_brand_root_id: str | None = None
    has_added_app: bool | None = None
    has_whatsapp_business_number: bool | None = None
    has_whatsapp_number: bool | None = None
    hometown: str | None = None
    hours: dict[str, str] | None = None
    id: str
    impressum: str | None = None
    influences: str | None = None
    instagram_business_account: IGUser | None = None
    instant_articles_review_status: str | None = None
    is_always_open: bool | None = None
    is_chain: bool | None = None
    is_community_page: bool | None = None
    is_eligible_for_branded_content: bool | None = None
    is_messenger_bot_get_started_enabled: bool | None = None
    is_messenger_platform_bot: bool | None = None
    is_owned: bool | None = None
    is_permanently_closed: bool | None = None
    is_published: bool | None = None
    is_unclaimed: bool | None = None
    is_verified: bool | None = None
    is_webhooks_subscribed: bool | None = None
    keywords: dict[str, Any] | None = None
    leadgen_form_preview_details: LeadGenFormPreviewDetails | None = None
    leadgen_tos_acceptance_time: datetime | None = None
    leadgen_tos_accepted: bool | None = None
    leadgen_tos_accepting_user: User | None = None
    link: str | None = None
    location: Location | None = None
    members: str | None = None
    merchant_id: str | None = None
    merchant_review_status: str | None = None
    messenger_ads_default_icebreakers: list[str] | None = None
    messenger_ads_default_page_welcome_message: MessengerDestinationPageWelcomeMessage | None = None
    messenger_ads_default_quick_replies: list[str] | None = None
    messenger_ads_quick_replies_type: str | None = None
    mission: str | None = None
    mpg: str | None = None
    name: str | None = None
    name_with_location_descriptor: str | None = None
    network: str | None = None
    new_like_count: int | None = None
    offer_eligible: bool | None = None
    overall_star_rating: float | None = None
    page_about_story: PageAboutStory | None = None
    page_token: str | None = None
    parent_page: PageNode | None = None
    parking: PageParking | None = None
    payment_options: PagePaymentOptions | None = None
    personal_info: str | None = None
    personal_interests: str | None = None
    pharma_safety_info: str | None = None
    phone: str | None = None
    place_type: str | None = None
    plot_outline: str | None = None
    preferred_audience: Targeting | None = None
    press_contact: str | None = None
    price_range: str | None = None
    privacy_info_url: str | None = None
    produced_by: str | None = None
    products: str | None = None
    promotion_eligible: bool | None = None
    promotion_ineligible_reason: str | None = None
    public_transit: str | None = None
    rating_count: int | None = None
    recipient: str | None = None
    record_label: str | None = None
    release_date: str | None = None
    restaurant_services: PageRestaurantServices | None = None
    restaurant_specialties: PageRestaurantSpecialties | None = None
    schedule: str | None = None
    screenplay_by: str | None = None
    season: str | None = None
    single_line_address: str | None = None
    starring: str | None = None
    start_info: PageStartInfo | None = None
    store_code: str | None = None
    store_location_descriptor: str | None = None
    store_number: int | None = None
    studio: str | None = None
    supports_instant_articles: bool | None = None
    talking_about_count: int | None = None
    unread_message_count: int | None = None
    unread_notif_count: int | None = None
    unseen_message_count: int | None = None
    username: str | None = None
    verification_status: str | None = None
    voip_info: VoipInfo | None = None
    website: str | None = None
    were_here_count: int | None = None
    whatsapp_number: str | None = None
    written_by: str | None = None


class PageNodeField(GraphEnum):
    """
    Fields of PageNode to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``name_`` is 'name'. Calls also take the value as a string.
    """

    about = "about"
    access_token = "access_token"
    ad_campaign = "ad_campaign"
    affiliation = "affiliation"
    app_id = "app_id"
    app_links = "app_links"
    artists_we_like = "artists_we_like"
    attire = "attire"
    awards = "awards"
    band_interests = "band_interests"
    band_members = "band_members"
    best_page = "best_page"
    bio = "bio"
    birthday = "birthday"
    booking_agent = "booking_agent"
    built = "built"
    business = "business"
    can_checkin = "can_checkin"
    can_post = "can_post"
    category = "category"
    category_list = "category_list"
    checkins = "checkins"
    company_overview = "company_overview"
    connected_instagram_account = "connected_instagram_account"
    contact_address = "contact_address"
    copyright_whitelisted_ig_partners = "copyright_whitelisted_ig_partners"
    country_page_likes = "country_page_likes"
    cover = "cover"
    culinary_team = "culinary_team"
    current_location = "current_location"
    description = "description"
    description_html = "description_html"
    directed_by = "directed_by"
    display_subtext = "display_subtext"
    displayed_message_response_time = "displayed_message_response_time"
    emails = "emails"
    engagement = "engagement"
    fan_count = "fan_count"
    featured_video = "featured_video"
    features = "features"
    food_styles = "food_styles"
    founded = "founded"
    general_info = "general_info"
    general_manager = "general_manager"
    genre = "genre"
    global_brand_page_name = "global_brand_page_name"
    global_brand_root_id = "global_brand_root_id"
    has_added_app = "has_added_app"
    has_whatsapp_business_number = "has_whatsapp_business_number"
    has_whatsapp_number = "has_whatsapp_number"
    hometown = "hometown"
    hours = "hours"
    id = "id"
    impressum = "impressum"
    influences = "influences"
    instagram_business_account = "instagram_business_account"
    instant_articles_review_status = "instant_articles_review_status"
    is_always_open = "is_always_open"
    is_chain = "is_chain"
    is_community_page = "is_community_page"
    is_eligible_for_branded_content = "is_eligible_for_branded_content"
    is_messenger_bot_get_started_enabled = "is_messenger_bot_get_started_enabled"
    is_messenger_platform_bot = "is_messenger_platform_bot"
    is_owned = "is_owned"
    is_permanently_closed = "is_permanently_closed"
    is_published = "is_published"
    is_unclaimed = "is_unclaimed"
    is_verified = "is_verified"
    is_webhooks_subscribed = "is_webhooks_subscribed"
    keywords = "keywords"
    leadgen_form_preview_details = "leadgen_form_preview_details"
    leadgen_tos_acceptance_time = "leadgen_tos_acceptance_time"
    leadgen_tos_accepted = "leadgen_tos_accepted"
    leadgen_tos_accepting_user = "leadgen_tos_accepting_user"
    link = "link"
    location = "location"
    members = "members"
    merchant_id = "merchant_id"
    merchant_review_status = "merchant_review_status"
    messenger_ads_default_icebreakers = "messenger_ads_default_icebreakers"
    messenger_ads_default_page_welcome_message = "messenger_ads_default_page_welcome_message"
    messenger_ads_default_quick_replies = "messenger_ads_default_quick_replies"
    messenger_ads_quick_replies_type = "messenger_ads_quick_replies_type"
    mission = "mission"
    mpg = "mpg"
    name_ = "name"
    name_with_location_descriptor = "name_with_location_descriptor"
    network = "network"
    new_like_count = "new_like_count"
    offer_eligible = "offer_eligible"
    overall_star_rating = "overall_star_rating"
    page_about_story = "page_about_story"
    page_token = "page_token"
    parent_page = "parent_page"
    parking = "parking"
    payment_options = "payment_options"
    personal_info = "personal_info"
    personal_interests = "personal_interests"
    pharma_safety_info = "pharma_safety_info"
    phone = "phone"
    place_type = "place_type"
    plot_outline = "plot_outline"
    preferred_audience = "preferred_audience"
    press_contact = "press_contact"
    price_range = "price_range"
    privacy_info_url = "privacy_info_url"
    produced_by = "produced_by"
    products = "products"
    promotion_eligible = "promotion_eligible"
    promotion_ineligible_reason = "promotion_ineligible_reason"
    public_transit = "public_transit"
    rating_count = "rating_count"
    recipient = "recipient"
    record_label = "record_label"
    release_date = "release_date"
    restaurant_services = "restaurant_services"
    restaurant_specialties = "restaurant_specialties"
    schedule = "schedule"
    screenplay_by = "screenplay_by"
    season = "season"
    single_line_address = "single_line_address"
    starring = "starring"
    start_info = "start_info"
    store_code = "store_code"
    store_location_descriptor = "store_location_descriptor"
    store_number = "store_number"
    studio = "studio"
    supports_instant_articles = "supports_instant_articles"
    talking_about_count = "talking_about_count"
    unread_message_count = "unread_message_count"
    unread_notif_count = "unread_notif_count"
    unseen_message_count = "unseen_message_count"
    username = "username"
    verification_status = "verification_status"
    voip_info = "voip_info"
    website = "website"
    were_here_count = "were_here_count"
    whatsapp_number = "whatsapp_number"
    written_by = "written_by"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
PageNodeFieldLiteral = Literal[
    "about",
    "access_token",
    "ad_campaign",
    "affiliation",
    "app_id",
    "app_links",
    "artists_we_like",
    "attire",
    "awards",
    "band_interests",
    "band_members",
    "best_page",
    "bio",
    "birthday",
    "booking_agent",
    "built",
    "business",
    "can_checkin",
    "can_post",
    "category",
    "category_list",
    "checkins",
    "company_overview",
    "connected_instagram_account",
    "contact_address",
    "copyright_whitelisted_ig_partners",
    "country_page_likes",
    "cover",
    "culinary_team",
    "current_location",
    "description",
    "description_html",
    "directed_by",
    "display_subtext",
    "displayed_message_response_time",
    "emails",
    "engagement",
    "fan_count",
    "featured_video",
    "features",
    "food_styles",
    "founded",
    "general_info",
    "general_manager",
    "genre",
    "global_brand_page_name",
    "global_brand_root_id",
    "has_added_app",
    "has_whatsapp_business_number",
    "has_whatsapp_number",
    "hometown",
    "hours",
    "id",
    "impressum",
    "influences",
    "instagram_business_account",
    "instant_articles_review_status",
    "is_always_open",
    "is_chain",
    "is_community_page",
    "is_eligible_for_branded_content",
    "is_messenger_bot_get_started_enabled",
    "is_messenger_platform_bot",
    "is_owned",
    "is_permanently_closed",
    "is_published",
    "is_unclaimed",
    "is_verified",
    "is_webhooks_subscribed",
    "keywords",
    "leadgen_form_preview_details",
    "leadgen_tos_acceptance_time",
    "leadgen_tos_accepted",
    "leadgen_tos_accepting_user",
    "link",
    "location",
    "members",
    "merchant_id",
    "merchant_review_status",
    "messenger_ads_default_icebreakers",
    "messenger_ads_default_page_welcome_message",
    "messenger_ads_default_quick_replies",
    "messenger_ads_quick_replies_type",
    "mission",
    "mpg",
    "name",
    "name_with_location_descriptor",
    "network",
    "new_like_count",
    "offer_eligible",
    "overall_star_rating",
    "page_about_story",
    "page_token",
    "parent_page",
    "parking",
    "payment_options",
    "personal_info",
    "personal_interests",
    "pharma_safety_info",
    "phone",
    "place_type",
    "plot_outline",
    "preferred_audience",
    "press_contact",
    "price_range",
    "privacy_info_url",
    "produced_by",
    "products",
    "promotion_eligible",
    "promotion_ineligible_reason",
    "public_transit",
    "rating_count",
    "recipient",
    "record_label",
    "release_date",
    "restaurant_services",
    "restaurant_specialties",
    "schedule",
    "screenplay_by",
    "season",
    "single_line_address",
    "starring",
    "start_info",
    "store_code",
    "store_location_descriptor",
    "store_number",
    "studio",
    "supports_instant_articles",
    "talking_about_count",
    "unread_message_count",
    "unread_notif_count",
    "unseen_message_count",
    "username",
    "verification_status",
    "voip_info",
    "website",
    "were_here_count",
    "whatsapp_number",
    "written_by",
]
