"""What the two seed pages document, written down once as data (read from ../shared/seeds by hand).

001_b0e75f122ce53c64.txt: the AdsPixel reference page, v5.0. 000_9aadf6212a95f681.txt: the events edge, v25.0.
"""

from __future__ import annotations

from typing import Any

V5_NODE_FIELDS = [
    "id", "automatic_matching_fields", "can_proxy", "code", "creation_time", "creator", "data_use_setting",
    "enable_automatic_matching", "first_party_cookie_status", "is_created_by_business", "is_unavailable",
    "last_fired_time", "name", "owner_ad_account", "owner_business",
]  # fmt: skip
V5_EDGES = ["assigned_users", "audiences", "da_checks", "shared_accounts", "shared_agencies", "stats", "events"]
V5_ENUMS = {
    "AdsPixelAutomaticMatchingFields": ["em", "fn", "ln", "ph", "ge", "zp", "ct", "st"],
    "AdsPixelDataUseSetting": ["EMPTY", "ADVERTISING_AND_ANALYTICS", "ANALYTICS_ONLY"],
    "AdsPixelFirstPartyCookieStatus": ["EMPTY", "FIRST_PARTY_COOKIE_ENABLED", "FIRST_PARTY_COOKIE_DISABLED"],
}

# function -> (parameters with required flags, result fields, error codes)
V5_OPERATIONS: dict[str, dict[str, Any]] = {
    "get_ads_pixel": {"params": {}, "errors": [100, 278, 80004, 200]},
    "create_ads_pixel": {
        "params": {"name": False},
        "result": ["id"],
        "errors": [200, 6202, 6200, 100, 294, 2633],
    },
    "create_business_ads_pixel": {"params": {"name": True}, "result": ["id"], "errors": [100]},
    "create_event": {
        "params": {"data": True, "test_event_code": False, "trace": False},
        "result": ["events_received", "messages", "fbtrace_id"],
        "errors": [100, 200, 278, 105, 270],
    },
    "update_ads_pixel": {
        "params": {
            "automatic_matching_fields": False,
            "data_use_setting": False,
            "enable_automatic_matching": False,
            "first_party_cookie_status": False,
            "name": False,
            "server_events_business_id": False,
        },
        "result": ["success"],
        "errors": [100, 294],
    },
}
V5_UNSUPPORTED = [("DELETE", "/{ads_pixel_id}")]

V25_EVENTS_UNION = {
    "AdsPixelEventsReceived": ["events_received", "messages", "fbtrace_id"],
    "AdsPixelEventAttribution": [
        "applink_class", "applink_url", "applink_args", "is_fb", "is_paid", "account_id", "ad_id",
        "ad_objective_name", "adgroup_id", "adgroup_name", "campaign_id", "campaign_name", "campaign_group_id",
        "campaign_group_name", "click_time", "is_mobile_data_terms_signed", "is_external", "is_instagram",
        "is_view_through", "is_modeled", "is_same_ip", "device_model", "os_version", "view_time", "is_playable_ad",
        "is_aaa_campaign", "creative_id", "engagement_type", "trace_id", "fbclid", "event_id", "vertical",
        "sub_vertical", "advertiser_region", "additional_touchpoints", "video_completion_percent", "dwell_ms",
        "publisher_platform", "platform_position", "auditing_token", "hashed_ad_network_publisher_app_id",
    ],
    "AdsPixelEventSuccess": ["success"],
    "AdsPixelEventClaims": ["claims"],
}  # fmt: skip
V25_TOUCHPOINT_FIELDS = [
    "ad_id", "adgroup_id", "adgroup_name", "campaign_id", "campaign_name", "campaign_group_id", "campaign_group_name",
    "account_id", "is_view_through", "click_time", "view_time", "engagement_type", "is_external", "is_instagram",
    "publisher_platform", "is_aaa_campaign", "creative_id", "vertical", "sub_vertical", "advertiser_region",
]  # fmt: skip
V25_CLAIM_FIELDS = [
    "is_fb", "ad_objective_name", "ad_id", "adgroup_id", "adgroup_name", "campaign_id", "campaign_name",
    "campaign_group_id", "campaign_group_name", "account_id", "touchpoint_type", "touchpoint_ts", "auditing_token",
    "exp_id", "publisher_platform", "publisher_placement", "device_platform", "device_model", "event_id",
    "event_name", "advertiser_direct_amm_metadata", "claim_storage_type", "is_modeled",
]  # fmt: skip
V25_EVENTS_SEED_PARAMS = {"data": True, "platforms": False, "progress": False, "test_event_code": False}
# What Meta's v25.0 spec snapshot adds to the page's parameters (all optional); the spec cites the snapshot for them.
V25_EVENTS_SNAPSHOT_PARAMS = ["namespace_id", "partner_agent", "trace", "upload_id", "upload_source", "upload_tag"]
V25_OPERATIONS: dict[str, dict[str, Any]] = {
    "create_event": {
        "params": {**V25_EVENTS_SEED_PARAMS, **dict.fromkeys(V25_EVENTS_SNAPSHOT_PARAMS, False)},
        "errors": [200, 100, 190],
    },
}
V25_CHILD_PARAMS = {
    # The page requires only name and type.
    "AdsPixelCreateEventPlatform": {"name": True, "type": True, "version": False},
    "AdsPixelCreateEventProgress": {"start_inclusive": False, "end_exclusive": False},
}
V25_UNSUPPORTED = [("GET", "/{ads_pixel_id}/events"), ("DELETE", "/{ads_pixel_id}/events")]

# The three example requests the seeds print, as (method, path, body). The v5.0 page and the v25.0 page each
# give an events example; only event_time differs.
SEED_EVENT_V5 = [
    {
        "event_name": "PageView",
        "event_time": 1573840396,
        "user_data": {
            "fbc": "fb.1.1554763741205.AbCdEfGhIjKlMnOpQrStUvWxYz1234567890",
            "fbp": "fb.1.1558571054389.1098115397",
            "em": "309a0a5c3e211326ae75ca18196d301a9bdbd1a882a4d2569511033da23f0abd",
        },
    }
]
SEED_EVENT_V25 = [{**SEED_EVENT_V5[0], "event_time": 1778607673}]
SEED_REQUESTS = {
    "read": ("GET", "/v5.0/{ads-pixel-id}", b""),
    "create": ("POST", "/v5.0/act_<AD_ACCOUNT_ID>/adspixels", b"name=My+WCA+Pixel"),
    "events_v5": (
        "POST",
        "/v5.0/<PIXEL_ID>/events",
        b"data=%5B%7B%22event_name%22%3A%22PageView%22%2C%22event_time%22%3A1573840396%2C%22user_data%22%3A%7B"
        b"%22fbc%22%3A%22fb.1.1554763741205.AbCdEfGhIjKlMnOpQrStUvWxYz1234567890%22%2C%22fbp%22%3A%22fb.1."
        b"1558571054389.1098115397%22%2C%22em%22%3A%22309a0a5c3e211326ae75ca18196d301a9bdbd1a882a4d2569511033"
        b"da23f0abd%22%7D%7D%5D",
    ),
    "events_v25": (
        "POST",
        "/v25.0/<PIXEL_ID>/events",
        b"data=%5B%7B%22event_name%22%3A%22PageView%22%2C%22event_time%22%3A1778607673%2C%22user_data%22%3A%7B"
        b"%22fbc%22%3A%22fb.1.1554763741205.AbCdEfGhIjKlMnOpQrStUvWxYz1234567890%22%2C%22fbp%22%3A%22fb.1."
        b"1558571054389.1098115397%22%2C%22em%22%3A%22309a0a5c3e211326ae75ca18196d301a9bdbd1a882a4d2569511033"
        b"da23f0abd%22%7D%7D%5D",
    ),
}
SEED_ERROR_CODES = {"v5.0": [100, 278, 80004, 200, 6202, 6200, 294, 2633, 105, 270], "v25.0": [200, 100, 190]}
