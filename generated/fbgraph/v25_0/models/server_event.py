"""ServerEvent and the types that belong to it (Graph API v25.0).

One server event sent to a pixel's events edge (an element of its data parameter).

Fields: documented. Source: Conversions API reference, Server Event Parameters.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from enum import StrEnum
from typing import Annotated
from pydantic import ConfigDict, Field
from fbgraph.v25_0.models._refs import AppData, CustomData, OriginalEventData, UserData
from fbgraph._runtime.request_models import RequestModel


class ServerEvent(RequestModel):
    """
    One server event sent to a pixel's events edge (an element of its data parameter).

    Attributes:
        event_name: A standard or custom event name; with event_id it deduplicates events.
        event_time: Unix time in seconds, GMT. Graph rejects the whole request if an event is more than 7 days old (62 days for physical_store).
        user_data: Customer information that matches the event to people.
        custom_data: Business data about the event.
        event_source_url: The browser URL where the event happened; required for website events.
        opt_out: When true, the event is used for attribution only, not for optimising delivery.
        event_id: A unique id from the advertiser; equal to the browser event's eventID for deduplication.
        action_source: Where the conversion happened. Required by Graph.
        data_processing_options: Limited Data Use: ["LDU"], or [] to say it does not apply.
        data_processing_options_country: 1 for the USA, 0 to let Meta geolocate; required with LDU.
        data_processing_options_state: 1000 for California, 0 to let Meta geolocate.
        referrer_url: The HTTP referrer of the page that triggered the event.
        app_data: App and device information; required for app events.
        original_event_data: Links a delayed event to an earlier acquisition event.
        customer_segmentation: How the customer relates to the business.
        messaging_channel: For business_messaging events, the channel (e.g. whatsapp).
    """

    event_name: Annotated[
        str,
        Field(description="A standard or custom event name; with event_id it deduplicates events."),
    ]
    event_time: Annotated[
        int,
        Field(
            description="Unix time in seconds, GMT. Graph rejects the whole request if an event is more than 7 days old (62 days for physical_store)."
        ),
    ]
    user_data: Annotated[
        UserData, Field(description="Customer information that matches the event to people.")
    ]
    custom_data: Annotated[
        CustomData | None, Field(description="Business data about the event.")
    ] = None
    event_source_url: Annotated[
        str | None,
        Field(description="The browser URL where the event happened; required for website events."),
    ] = None
    opt_out: Annotated[
        bool | None,
        Field(
            description="When true, the event is used for attribution only, not for optimising delivery."
        ),
    ] = None
    event_id: Annotated[
        str | None,
        Field(
            description="A unique id from the advertiser; equal to the browser event's eventID for deduplication."
        ),
    ] = None
    action_source: Annotated[
        Annotated[
            ServerEventActionSource | ServerEventActionSourceLiteral,
            Field(union_mode="left_to_right"),
        ]
        | None,
        Field(description="Where the conversion happened. Required by Graph."),
    ] = None
    data_processing_options: Annotated[
        list[str] | None,
        Field(description='Limited Data Use: ["LDU"], or [] to say it does not apply.'),
    ] = None
    data_processing_options_country: Annotated[
        int | None, Field(description="1 for the USA, 0 to let Meta geolocate; required with LDU.")
    ] = None
    data_processing_options_state: Annotated[
        int | None, Field(description="1000 for California, 0 to let Meta geolocate.")
    ] = None
    referrer_url: Annotated[
        str | None, Field(description="The HTTP referrer of the page that triggered the event.")
    ] = None
    app_data: Annotated[
        AppData | None, Field(description="App and device information; required for app events.")
    ] = None
    original_event_data: Annotated[
        OriginalEventData | None,
        Field(description="Links a delayed event to an earlier acquisition event."),
    ] = None
    customer_segmentation: Annotated[
        Annotated[
            ServerEventCustomerSegmentation | ServerEventCustomerSegmentationLiteral,
            Field(union_mode="left_to_right"),
        ]
        | None,
        Field(description="How the customer relates to the business."),
    ] = None
    messaging_channel: Annotated[
        str | None, Field(description="For business_messaging events, the channel (e.g. whatsapp).")
    ] = None


class ServerEventActionSource(GraphEnum):
    email = "email"
    website = "website"
    app = "app"
    phone_call = "phone_call"
    chat = "chat"
    physical_store = "physical_store"
    system_generated = "system_generated"
    business_messaging = "business_messaging"
    other = "other"


class ServerEventCustomerSegmentation(GraphEnum):
    new_customer_to_business = "new_customer_to_business"
    new_customer_to_business_line = "new_customer_to_business_line"
    new_customer_to_product_area = "new_customer_to_product_area"
    new_customer_to_medium = "new_customer_to_medium"
    existing_customer_to_business = "existing_customer_to_business"
    existing_customer_to_business_line = "existing_customer_to_business_line"
    existing_customer_to_product_area = "existing_customer_to_product_area"
    existing_customer_to_medium = "existing_customer_to_medium"
    customer_in_loyalty_program = "customer_in_loyalty_program"


class ServerEventField(GraphEnum):
    """Fields of ServerEvent to ask for with `fields=`."""

    event_name = "event_name"
    event_time = "event_time"
    user_data = "user_data"
    custom_data = "custom_data"
    event_source_url = "event_source_url"
    opt_out = "opt_out"
    event_id = "event_id"
    action_source = "action_source"
    data_processing_options = "data_processing_options"
    data_processing_options_country = "data_processing_options_country"
    data_processing_options_state = "data_processing_options_state"
    referrer_url = "referrer_url"
    app_data = "app_data"
    original_event_data = "original_event_data"
    customer_segmentation = "customer_segmentation"
    messaging_channel = "messaging_channel"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
ServerEventActionSourceLiteral = Literal[
    "email",
    "website",
    "app",
    "phone_call",
    "chat",
    "physical_store",
    "system_generated",
    "business_messaging",
    "other",
]
ServerEventCustomerSegmentationLiteral = Literal[
    "new_customer_to_business",
    "new_customer_to_business_line",
    "new_customer_to_product_area",
    "new_customer_to_medium",
    "existing_customer_to_business",
    "existing_customer_to_business_line",
    "existing_customer_to_product_area",
    "existing_customer_to_medium",
    "customer_in_loyalty_program",
]
ServerEventFieldLiteral = Literal[
    "event_name",
    "event_time",
    "user_data",
    "custom_data",
    "event_source_url",
    "opt_out",
    "event_id",
    "action_source",
    "data_processing_options",
    "data_processing_options_country",
    "data_processing_options_state",
    "referrer_url",
    "app_data",
    "original_event_data",
    "customer_segmentation",
    "messaging_channel",
]
