"""Conversions API events: typed models, normalisation and hashing by the spec's rules, batches."""

from __future__ import annotations

import hashlib
import json
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from pydantic import ValidationError

from fbgraph._runtime.retry import RetryPolicy
from fbgraph.testing import FakeGraph
from fbgraph.v25_0 import GraphClient, ads_pixel, errors
from fbgraph.v25_0.models import CustomData, ServerEvent, UserData
from tests import seed_facts as seeds


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_the_seed_event_built_as_typed_models_serialises_to_the_seed_json() -> None:
    (raw,) = seeds.SEED_EVENT_V25
    event = ServerEvent(
        event_name=raw["event_name"],
        event_time=raw["event_time"],
        user_data=UserData(fbc=raw["user_data"]["fbc"], fbp=raw["user_data"]["fbp"], em=raw["user_data"]["em"]),
    )
    assert event.to_graph() == raw  # the same keys and values, nothing added


def test_the_seed_request_is_the_same_sent_as_typed_models() -> None:
    (raw,) = seeds.SEED_EVENT_V25
    user = UserData.model_validate(raw["user_data"])
    event = ServerEvent(event_name="PageView", event_time=raw["event_time"], user_data=user)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"events_received": 1, "messages": [], "fbtrace_id": "T"})

    with GraphClient("t", transport=httpx.MockTransport(handler)) as client:
        ads_pixel.create_event(client, ads_pixel_id="1234", data=[event])
        ads_pixel.create_event(client, ads_pixel_id="1234", data=[raw])
    typed, plain = (json.loads(dict(parse_qsl(r.content.decode()))["data"]) for r in seen)
    assert typed == plain == [raw]


def test_raw_customer_data_is_normalised_then_hashed_as_the_reference_shows() -> None:
    user = UserData(
        em=" John_Smith@gmail.com ",  # reference example
        ph="+1 (650) 555-1212",  # reference example: 16505551212
        country=" US ",  # names are not codes: see docs/conversions-api.md
        db="2/16/1997",  # reference example: 19970216
        fn="Mary",
        ge="Female",
        ct="New York",
        st="CA",
        zp="94035-1234",
        external_id=" loyalty-42 ",
    )
    assert user.em == "62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f"
    assert user.ph == "e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176"
    assert user.country == "79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621"
    assert user.db == "01acdbf6ec7b4f478a225f1a246e5d6767eeab1a7ffa17f025265b5b94f40f0c"
    assert (user.fn, user.ge, user.ct, user.st, user.zp) == (
        sha("mary"),
        sha("f"),
        sha("newyork"),
        sha("ca"),
        sha("94035"),
    )
    assert user.external_id == sha("loyalty-42")


def test_hashes_pass_through_and_identifiers_are_never_hashed() -> None:
    digest = sha("someone@example.com")
    user = UserData(
        em=digest.upper(),
        fbc=" fb.1.1554763741205.AbCd ",
        fbp="fb.1.1558571054389.1098115397",
        client_ip_address="2001:0db8::7334",
        client_user_agent="Mozilla/5.0 (X11)",
    )
    assert user.em == digest
    assert user.to_graph() == {
        "em": digest,
        "fbc": " fb.1.1554763741205.AbCd ",
        "fbp": "fb.1.1558571054389.1098115397",
        "client_ip_address": "2001:0db8::7334",
        "client_user_agent": "Mozilla/5.0 (X11)",
    }
    # Validating again changes nothing: hashed values pass through.
    assert UserData.model_validate(user.to_graph()).to_graph() == user.to_graph()


def test_lists_are_normalised_item_by_item_and_keep_their_order() -> None:
    user = UserData(em=["B@example.com", "a@example.com", "b@example.com "], ph=["+44 20 7946 0958"])
    assert user.em == [sha("b@example.com"), sha("a@example.com")]
    assert user.ph == [sha("442079460958")]


@pytest.mark.parametrize(
    ("field", "value", "why"),
    [
        ("em", "john.smith.example.com", "is not a valid email address"),
        ("ph", "555-CALL-NOW", "may hold only digits"),
        ("ph", "12345", "7 to 15 digits"),
        ("ge", "unknown", "must be f or m"),
        ("db", "1997-02-30", "has a day that its month does not have"),
        ("country", "Atlantis", "ISO 3166-1 alpha-2"),
        ("fn", "!!!", "is empty once normalised"),
    ],
)
def test_invalid_values_name_the_field_and_never_echo_the_data(field: str, value: str, why: str) -> None:
    with pytest.raises(ValidationError) as caught:
        UserData.model_validate({field: value})
    text = str(caught.value)
    assert f"UserData.{field}" in text and why in text
    assert value not in text and value.lower() not in text
    assert all("input" not in error for error in caught.value.errors(include_input=False))


def test_custom_data_and_plain_dicts_are_accepted_together() -> None:
    typed = ServerEvent(
        event_name="Purchase",
        event_time=1700000000,
        action_source="website",
        user_data=UserData(em="a@example.com"),
        custom_data=CustomData(value=12.5, currency="usd", contents=[{"id": "sku-1", "quantity": 2}]),
    )
    assert typed.to_graph()["custom_data"] == {
        "value": 12.5,
        "currency": "usd",
        "contents": [{"id": "sku-1", "quantity": 2}],
    }
    assert typed.to_graph()["action_source"] == "website"


def _events(count: int) -> list[ServerEvent]:
    return [
        ServerEvent(event_name="Lead", event_time=1700000000 + i, user_data=UserData(em=f"user{i}@example.com"))
        for i in range(count)
    ]


def test_batches_over_the_limit_are_refused_and_chunked_sends_report_each_chunk() -> None:
    with FakeGraph("v25.0") as graph:
        with GraphClient(graph.access_token, base_url=graph.base_url, retry=RetryPolicy(max_attempts=1)) as client:
            with pytest.raises(errors.GraphRequestError, match="at most 1000 items per request, not 1001"):
                ads_pixel.create_event(client, ads_pixel_id="1", data=_events(1001))
            assert graph.requests == [], "nothing is sent"

            graph.inject("create_event", error_code=100, times=1)  # the first chunk fails, the others go
            results = ads_pixel.create_event_in_chunks(
                client, ads_pixel_id="1", data=_events(2500), test_event_code="TEST42"
            )
        sizes = [len(json.loads(dict(r.form)["data"])) for r in graph.requests]
        assert sizes == [1000, 1000, 500]
        assert all(dict(r.form)["test_event_code"] == "TEST42" for r in graph.requests)
    assert [(r.index, r.start, r.size, r.ok) for r in results] == [
        (0, 0, 1000, False),
        (1, 1000, 1000, True),
        (2, 2000, 500, True),
    ]
    assert isinstance(results[0].error, errors.InvalidParameterError)
    assert results[1].result is not None


def test_chunked_sending_async() -> None:
    import asyncio

    from fbgraph.v25_0 import AsyncGraphClient

    async def run() -> Any:
        with FakeGraph("v25.0") as graph:
            async with AsyncGraphClient(graph.access_token, base_url=graph.base_url) as client:
                return await ads_pixel.create_event_in_chunks_async(
                    client, ads_pixel_id="1", data=_events(3), chunk_size=2
                )

    assert [r.size for r in asyncio.run(run())] == [2, 1]
