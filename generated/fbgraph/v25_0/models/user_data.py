"""UserData and the types that belong to it (Graph API v25.0).

Customer information parameters. Contact information is normalised and hashed with SHA-256 before it is sent, as the rule of each field says; a value that is already a SHA-256 hex digest is sent unchanged. Identifiers Graph must see as they are (fbc, fbp, the client's IP address and user agent, ...) are never hashed.

Fields: documented. Source: Conversions API reference, Customer Information Parameters (user_data).
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import ClassVar, Literal
from fbgraph._runtime.normalize import FieldRule
from typing import Annotated
from pydantic import Field
from fbgraph._runtime.normalize import NormalizedModel
from enum import StrEnum


class UserData(NormalizedModel):
    """
    Customer information parameters. Contact information is normalised and hashed with SHA-256 before it is sent, as the rule of each field says; a value that is already a SHA-256 hex digest is sent unchanged. Identifiers Graph must see as they are (fbc, fbp, the client's IP address and user agent, ...) are never hashed.

    Attributes:
        em: Email address.
        ph: Phone number, digits only, with the country code; symbols, letters and leading zeros removed.
        fn: First name.
        ln: Last name.
        ge: Gender: f or m.
        db: Date of birth as YYYYMMDD.
        ct: City, lowercase, with no punctuation, special characters or spaces.
        st: State or province; for the US its 2-letter code, lowercase.
        zp: Postal code, lowercase, no spaces and no dash; US codes keep their first 5 digits.
        country: Country as a lowercase ISO 3166-1 alpha-2 code.
        external_id: An id of the customer from the advertiser (loyalty id, user id); hashing is recommended.
        client_ip_address: The client's IPv4 or IPv6 address; never hashed.
        client_user_agent: The browser's user agent; required for website events.
        fbc: The click id from the _fbc cookie; never hashed.
        fbp: The browser id from the _fbp cookie; never hashed.
        subscription_id: The subscription id of this transaction.
        fb_login_id: The app-scoped id from Facebook Login.
        lead_id: The lead id from Lead Ads.
        anon_id: The app install id; app events only.
        madid: The mobile advertiser id (Android advertising id or iOS IDFA).
        page_id: The id of the page the event is about.
        page_scoped_user_id: The page-scoped user id from the Messenger webhook.
        ctwa_clid: The click id of a click-to-WhatsApp ad.
        ig_account_id: The Instagram business account id.
        ig_sid: The Instagram-scoped user id.
    """

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
    em: Annotated[str | list[str] | None, Field(description="Email address.")] = None
    ph: Annotated[
        str | list[str] | None,
        Field(
            description="Phone number, digits only, with the country code; symbols, letters and leading zeros removed."
        ),
    ] = None
    fn: Annotated[str | list[str] | None, Field(description="First name.")] = None
    ln: Annotated[str | list[str] | None, Field(description="Last name.")] = None
    ge: Annotated[str | list[str] | None, Field(description="Gender: f or m.")] = None
    db: Annotated[str | list[str] | None, Field(description="Date of birth as YYYYMMDD.")] = None
    ct: Annotated[
        str | list[str] | None,
        Field(description="City, lowercase, with no punctuation, special characters or spaces."),
    ] = None
    st: Annotated[
        str | list[str] | None,
        Field(description="State or province; for the US its 2-letter code, lowercase."),
    ] = None
    zp: Annotated[
        str | list[str] | None,
        Field(
            description="Postal code, lowercase, no spaces and no dash; US codes keep their first 5 digits."
        ),
    ] = None
    country: Annotated[
        str | list[str] | None, Field(description="Country as a lowercase ISO 3166-1 alpha-2 code.")
    ] = None
    external_id: Annotated[
        str | list[str] | None,
        Field(
            description="An id of the customer from the advertiser (loyalty id, user id); hashing is recommended."
        ),
    ] = None
    client_ip_address: Annotated[
        str | None, Field(description="The client's IPv4 or IPv6 address; never hashed.")
    ] = None
    client_user_agent: Annotated[
        str | None, Field(description="The browser's user agent; required for website events.")
    ] = None
    fbc: Annotated[
        str | None, Field(description="The click id from the _fbc cookie; never hashed.")
    ] = None
    fbp: Annotated[
        str | None, Field(description="The browser id from the _fbp cookie; never hashed.")
    ] = None
    subscription_id: Annotated[
        str | None, Field(description="The subscription id of this transaction.")
    ] = None
    fb_login_id: Annotated[
        int | None, Field(description="The app-scoped id from Facebook Login.")
    ] = None
    lead_id: Annotated[int | None, Field(description="The lead id from Lead Ads.")] = None
    anon_id: Annotated[str | None, Field(description="The app install id; app events only.")] = None
    madid: Annotated[
        str | None,
        Field(description="The mobile advertiser id (Android advertising id or iOS IDFA)."),
    ] = None
    page_id: Annotated[str | None, Field(description="The id of the page the event is about.")] = (
        None
    )
    page_scoped_user_id: Annotated[
        str | None, Field(description="The page-scoped user id from the Messenger webhook.")
    ] = None
    ctwa_clid: Annotated[
        str | None, Field(description="The click id of a click-to-WhatsApp ad.")
    ] = None
    ig_account_id: Annotated[
        str | None, Field(description="The Instagram business account id.")
    ] = None
    ig_sid: Annotated[str | None, Field(description="The Instagram-scoped user id.")] = None


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


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
UserDataFieldLiteral = Literal[
    "em",
    "ph",
    "fn",
    "ln",
    "ge",
    "db",
    "ct",
    "st",
    "zp",
    "country",
    "external_id",
    "client_ip_address",
    "client_user_agent",
    "fbc",
    "fbp",
    "subscription_id",
    "fb_login_id",
    "lead_id",
    "anon_id",
    "madid",
    "page_id",
    "page_scoped_user_id",
    "ctwa_clid",
    "ig_account_id",
    "ig_sid",
]
