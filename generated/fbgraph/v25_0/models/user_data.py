"""UserData and the types that belong to it (Graph API v25.0).

Customer information parameters. Contact information is normalised and hashed with SHA-256 before it is sent, as the rule of each field says; a value that is already a SHA-256 hex digest is sent unchanged. Identifiers Graph must see as they are (fbc, fbp, the client's IP address and user agent, ...) are never hashed.

Fields: documented. Source: Conversions API reference, Customer Information Parameters (user_data).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import ClassVar
from fbgraph._runtime.normalize import FieldRule
from fbgraph._runtime.normalize import NormalizedModel
from enum import StrEnum


class UserData(NormalizedModel):
    """Customer information parameters. Contact information is normalised and hashed with SHA-256 before it is sent, as the rule of each field says; a value that is already a SHA-256 hex digest is sent unchanged. Identifiers Graph must see as they are (fbc, fbp, the client's IP address and user agent, ...) are never hashed."""

    graph_rules: ClassVar[dict[str, FieldRule]] = {
        "em": FieldRule(
            steps=(
                "trim",
                "lowercase",
                "email",
            ),
            hash=True,
            many=True,
        ),
        "ph": FieldRule(
            steps=(
                "trim",
                "phone",
            ),
            hash=True,
            many=True,
        ),
        "fn": FieldRule(
            steps=(
                "trim",
                "lowercase",
                "no_punctuation",
            ),
            hash=True,
            many=True,
        ),
        "ln": FieldRule(
            steps=(
                "trim",
                "lowercase",
                "no_punctuation",
            ),
            hash=True,
            many=True,
        ),
        "ge": FieldRule(
            steps=(
                "trim",
                "lowercase",
                "gender",
            ),
            hash=True,
            many=True,
        ),
        "db": FieldRule(
            steps=(
                "trim",
                "date_of_birth",
            ),
            hash=True,
            many=True,
        ),
        "ct": FieldRule(
            steps=(
                "trim",
                "lowercase",
                "letters_only",
            ),
            hash=True,
            many=True,
        ),
        "st": FieldRule(
            steps=(
                "trim",
                "lowercase",
                "letters_only",
            ),
            hash=True,
            many=True,
        ),
        "zp": FieldRule(
            steps=(
                "trim",
                "lowercase",
                "zip",
            ),
            hash=True,
            many=True,
        ),
        "country": FieldRule(
            steps=(
                "trim",
                "lowercase",
                "country",
            ),
            hash=True,
            many=True,
        ),
        "external_id": FieldRule(steps=("trim",), hash=True, many=True),
        "client_ip_address": FieldRule(steps=(), hash=False, many=False),
        "client_user_agent": FieldRule(steps=(), hash=False, many=False),
        "fbc": FieldRule(steps=(), hash=False, many=False),
        "fbp": FieldRule(steps=(), hash=False, many=False),
        "subscription_id": FieldRule(steps=(), hash=False, many=False),
        "fb_login_id": FieldRule(steps=(), hash=False, many=False),
        "lead_id": FieldRule(steps=(), hash=False, many=False),
        "anon_id": FieldRule(steps=(), hash=False, many=False),
        "madid": FieldRule(steps=(), hash=False, many=False),
        "page_id": FieldRule(steps=(), hash=False, many=False),
        "page_scoped_user_id": FieldRule(steps=(), hash=False, many=False),
        "ctwa_clid": FieldRule(steps=(), hash=False, many=False),
        "ig_account_id": FieldRule(steps=(), hash=False, many=False),
        "ig_sid": FieldRule(steps=(), hash=False, many=False),
    }
    em: str | list[str] | None = None
    """Email address."""
    ph: str | list[str] | None = None
    """Phone number, digits only, with the country code; symbols, letters and leading zeros removed."""
    fn: str | list[str] | None = None
    """First name."""
    ln: str | list[str] | None = None
    """Last name."""
    ge: str | list[str] | None = None
    """Gender: f or m."""
    db: str | list[str] | None = None
    """Date of birth as YYYYMMDD."""
    ct: str | list[str] | None = None
    """City, lowercase, with no punctuation, special characters or spaces."""
    st: str | list[str] | None = None
    """State or province; for the US its 2-letter code, lowercase."""
    zp: str | list[str] | None = None
    """Postal code, lowercase, no spaces and no dash; US codes keep their first 5 digits."""
    country: str | list[str] | None = None
    """Country as a lowercase ISO 3166-1 alpha-2 code."""
    external_id: str | list[str] | None = None
    """An id of the customer from the advertiser (loyalty id, user id); hashing is recommended."""
    client_ip_address: str | None = None
    """The client's IPv4 or IPv6 address; never hashed."""
    client_user_agent: str | None = None
    """The browser's user agent; required for website events."""
    fbc: str | None = None
    """The click id from the _fbc cookie; never hashed."""
    fbp: str | None = None
    """The browser id from the _fbp cookie; never hashed."""
    subscription_id: str | None = None
    """The subscription id of this transaction."""
    fb_login_id: int | None = None
    """The app-scoped id from Facebook Login."""
    lead_id: int | None = None
    """The lead id from Lead Ads."""
    anon_id: str | None = None
    """The app install id; app events only."""
    madid: str | None = None
    """The mobile advertiser id (Android advertising id or iOS IDFA)."""
    page_id: str | None = None
    """The id of the page the event is about."""
    page_scoped_user_id: str | None = None
    """The page-scoped user id from the Messenger webhook."""
    ctwa_clid: str | None = None
    """The click id of a click-to-WhatsApp ad."""
    ig_account_id: str | None = None
    """The Instagram business account id."""
    ig_sid: str | None = None
    """The Instagram-scoped user id."""


class UserDataField(GraphEnum):
    """Fields of UserData to ask for with `fields=`."""

    em = "em"
    ph = "ph"
    fn = "fn"
    ln = "ln"
    ge = "ge"
    db = "db"
    ct = "ct"
    st = "st"
    zp = "zp"
    country = "country"
    external_id = "external_id"
    client_ip_address = "client_ip_address"
    client_user_agent = "client_user_agent"
    fbc = "fbc"
    fbp = "fbp"
    subscription_id = "subscription_id"
    fb_login_id = "fb_login_id"
    lead_id = "lead_id"
    anon_id = "anon_id"
    madid = "madid"
    page_id = "page_id"
    page_scoped_user_id = "page_scoped_user_id"
    ctwa_clid = "ctwa_clid"
    ig_account_id = "ig_account_id"
    ig_sid = "ig_sid"
