"""ServerEvent and the types that belong to it (Graph API v25.0).

One server event sent to a pixel's events edge (an element of its data parameter).

Fields: documented. Source: Conversions API reference, Server Event Parameters.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from enum import StrEnum
from fbgraph.v25_0.models._refs import AppData, CustomData, OriginalEventData, UserData
from fbgraph._runtime.request_models import RequestModel
from pydantic import ConfigDict


class ServerEvent(RequestModel):
    """One server event sent to a pixel's events edge (an element of its data parameter)."""

    event_name: str
    """A standard or custom event name; with event_id it deduplicates events."""
    event_time: int
    """Unix time in seconds, GMT. Graph rejects the whole request if an event is more than 7 days old (62 days for physical_store)."""
    user_data: UserData
    """Customer information that matches the event to people."""
    custom_data: CustomData | None = None
    """Business data about the event."""
    event_source_url: str | None = None
    """The browser URL where the event happened; required for website events."""
    opt_out: bool | None = None
    """When true, the event is used for attribution only, not for optimising delivery."""
    event_id: str | None = None
    """A unique id from the advertiser; equal to the browser event's eventID for deduplication."""
    action_source: ServerEventActionSource | None = None
    """Where the conversion happened. Required by Graph."""
    data_processing_options: list[str] | None = None
    """Limited Data Use: ["LDU"], or [] to say it does not apply."""
    data_processing_options_country: int | None = None
    """1 for the USA, 0 to let Meta geolocate; required with LDU."""
    data_processing_options_state: int | None = None
    """1000 for California, 0 to let Meta geolocate."""
    referrer_url: str | None = None
    """The HTTP referrer of the page that triggered the event."""
    app_data: AppData | None = None
    """App and device information; required for app events."""
    original_event_data: OriginalEventData | None = None
    """Links a delayed event to an earlier acquisition event."""
    customer_segmentation: ServerEventCustomerSegmentation | None = None
    """How the customer relates to the business."""
    messaging_channel: str | None = None
    """For business_messaging events, the channel (e.g. whatsapp)."""


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
