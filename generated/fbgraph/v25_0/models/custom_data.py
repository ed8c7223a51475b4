"""CustomData and the types that belong to it (Graph API v25.0).

Business data about an event.

Fields: partial. Source: Conversions API reference, Custom Data (Standard) Parameters.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from enum import StrEnum
from fbgraph.v25_0.models._refs import Content
from fbgraph._runtime.request_models import OpenRequestModel
from pydantic import ConfigDict


class CustomData(OpenRequestModel):
    """Business data about an event."""

    value: float | None = None
    """The monetary value of the event."""
    currency: str | None = None
    """The currency, as an ISO 4217 code such as usd."""
    content_name: str | None = None
    """The name of the page or product."""
    content_category: str | None = None
    """The category of the content."""
    content_ids: list[str] | None = None
    """The product ids of the event."""
    contents: list[Content] | None = None
    """The products of the event, with quantity and price."""
    content_type: str | None = None
    """product or product_group, matching content_ids or contents."""
    order_id: str | None = None
    """The order id of the transaction."""
    predicted_ltv: float | None = None
    """The predicted lifetime value of the conversion."""
    num_items: int | None = None
    """The number of items of a checkout."""
    status: str | None = None
    """The status of a registration."""
    search_string: str | None = None
    """The search a user made."""
    delivery_category: CustomDataDeliveryCategory | None = None
    """How the purchase is delivered."""
    item_number: str | None = None
    """An item number."""


class CustomDataDeliveryCategory(GraphEnum):
    in_store = "in_store"
    curbside = "curbside"
    home_delivery = "home_delivery"


class CustomDataField(GraphEnum):
    """Fields of CustomData to ask for with `fields=`."""

    value_ = "value"
    currency = "currency"
    content_name = "content_name"
    content_category = "content_category"
    content_ids = "content_ids"
    contents = "contents"
    content_type = "content_type"
    order_id = "order_id"
    predicted_ltv = "predicted_ltv"
    num_items = "num_items"
    status = "status"
    search_string = "search_string"
    delivery_category = "delivery_category"
    item_number = "item_number"
