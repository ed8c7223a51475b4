"""CustomData and the types that belong to it (Graph API v25.0).

Business data about an event.

Fields: partial. Source: Conversions API reference, Custom Data (Standard) Parameters.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from enum import StrEnum
from typing import Annotated
from pydantic import ConfigDict, Field
from fbgraph.v25_0.models._refs import Content
from fbgraph._runtime.request_models import OpenRequestModel


class CustomData(OpenRequestModel):
    """
    Business data about an event.

    Attributes:
        value: The monetary value of the event.
        currency: The currency, as an ISO 4217 code such as usd.
        content_name: The name of the page or product.
        content_category: The category of the content.
        content_ids: The product ids of the event.
        contents: The products of the event, with quantity and price.
        content_type: product or product_group, matching content_ids or contents.
        order_id: The order id of the transaction.
        predicted_ltv: The predicted lifetime value of the conversion.
        num_items: The number of items of a checkout.
        status: The status of a registration.
        search_string: The search a user made.
        delivery_category: How the purchase is delivered.
        item_number: An item number.
    """

    value: Annotated[float | None, Field(description="The monetary value of the event.")] = None
    currency: Annotated[
        str | None, Field(description="The currency, as an ISO 4217 code such as usd.")
    ] = None
    content_name: Annotated[str | None, Field(description="The name of the page or product.")] = (
        None
    )
    content_category: Annotated[str | None, Field(description="The category of the content.")] = (
        None
    )
    content_ids: Annotated[list[str] | None, Field(description="The product ids of the event.")] = (
        None
    )
    contents: Annotated[
        list[Content] | None,
        Field(description="The products of the event, with quantity and price."),
    ] = None
    content_type: Annotated[
        str | None, Field(description="product or product_group, matching content_ids or contents.")
    ] = None
    order_id: Annotated[str | None, Field(description="The order id of the transaction.")] = None
    predicted_ltv: Annotated[
        float | None, Field(description="The predicted lifetime value of the conversion.")
    ] = None
    num_items: Annotated[int | None, Field(description="The number of items of a checkout.")] = None
    status: Annotated[str | None, Field(description="The status of a registration.")] = None
    search_string: Annotated[str | None, Field(description="The search a user made.")] = None
    delivery_category: Annotated[
        Annotated[
            CustomDataDeliveryCategory | CustomDataDeliveryCategoryLiteral,
            Field(union_mode="left_to_right"),
        ]
        | None,
        Field(description="How the purchase is delivered."),
    ] = None
    item_number: Annotated[str | None, Field(description="An item number.")] = None


class CustomDataDeliveryCategory(GraphEnum):
    in_store = "in_store"
    curbside = "curbside"
    home_delivery = "home_delivery"


class CustomDataField(GraphEnum):
    """
    Fields of CustomData to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``value_`` is 'value'. Calls also take the value as a string.
    """

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


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
CustomDataDeliveryCategoryLiteral = Literal[
    "in_store",
    "curbside",
    "home_delivery",
]
CustomDataFieldLiteral = Literal[
    "value",
    "currency",
    "content_name",
    "content_category",
    "content_ids",
    "contents",
    "content_type",
    "order_id",
    "predicted_ltv",
    "num_items",
    "status",
    "search_string",
    "delivery_category",
    "item_number",
]
