"""Customer data is hashed or refused on every path into a request, and never shown in an error.

Every case sends through the fake Graph server over real HTTP on 127.0.0.1 and reads what went over the wire.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from fbgraph._runtime.retry import RetryPolicy
from fbgraph.testing import FakeGraph
from fbgraph.v25_0 import AsyncGraphClient, GraphClient, ads_pixel, errors
from fbgraph.v25_0.models import CustomData, ServerEvent, UserData

RAW_EMAIL = "Raw@Person.com"
RAW_PHONE = "+1 650 555 1212"
NO_RETRY = RetryPolicy(max_attempts=1)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@pytest.fixture(scope="module")
def graph() -> Iterator[FakeGraph]:
    with FakeGraph("v25.0") as fake:
        yield fake


def send(graph: FakeGraph, data: Any, *, is_async: bool = False) -> tuple[Any, str]:
    """Send ``data`` as create_event's events; the result and the `data` text that went over the wire."""
    graph.reset()
    if is_async:

        async def run() -> Any:
            async with AsyncGraphClient(graph.access_token, base_url=graph.base_url, retry=NO_RETRY) as client:
                return await ads_pixel.create_event_async(client, ads_pixel_id="1", data=data)

        result = asyncio.run(run())
    else:
        with GraphClient(graph.access_token, base_url=graph.base_url, retry=NO_RETRY) as client:
            result = ads_pixel.create_event(client, ads_pixel_id="1", data=data)
    (request,) = graph.requests
    return result, dict(request.form)["data"]


def listed(value: Any) -> list[Any]:
    return [value] if isinstance(value, str) else list(value)


def event(**user: Any) -> ServerEvent:
    return ServerEvent(event_name="Purchase", event_time=1700000000, user_data=UserData(**user))


# -- unknown keys -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "keys, suggestion",
    [
        ({"em": "a@b.com", "emial": RAW_EMAIL}, "did you mean 'em'?"),
        ({"EM": RAW_EMAIL}, "did you mean 'em'?"),
        ({"email": RAW_EMAIL}, "did you mean 'em'?"),
        ({"phone": RAW_PHONE}, "did you mean 'ph'?"),
    ],
)
def test_unknown_or_miscased_keys_are_refused_with_a_suggestion(keys: dict[str, str], suggestion: str) -> None:
    with pytest.raises(ValidationError) as caught:
        UserData(**keys)
    assert suggestion in str(caught.value)
    assert_no_value(caught.value, RAW_EMAIL, RAW_PHONE)


def test_unknown_keys_in_dict_events_are_refused_before_sending(graph: FakeGraph) -> None:
    for is_async in (False, True):
        with pytest.raises(errors.GraphRequestError, match="did you mean 'em'") as caught:
            send(graph, [{"event_name": "P", "event_time": 1, "user_data": {"emial": RAW_EMAIL}}], is_async=is_async)
        assert RAW_EMAIL not in str(caught.value)
        assert graph.requests == []


def test_custom_data_keeps_free_form_properties_and_sends_them_as_given(graph: FakeGraph) -> None:
    custom = CustomData(value=1.5, currency="usd", loyalty_tier="gold", basket={"size": 3})
    assert custom.model_extra == {"loyalty_tier": "gold", "basket": {"size": 3}}
    typed = ServerEvent(event_name="P", event_time=1, user_data=UserData(em="a@b.com"), custom_data=custom)
    _, wire = send(graph, [typed])
    assert json.loads(wire)[0]["custom_data"] == {
        "value": 1.5,
        "currency": "usd",
        "loyalty_tier": "gold",
        "basket": {"size": 3},
    }
    with pytest.raises(ValidationError):
        CustomData(value=1, weird=object())  # JSON values only


# -- every path in ----------------------------------------------------------------------------------------------


def built_by_assignment() -> ServerEvent:
    built = event(em="a@b.com")
    built.user_data.em = RAW_EMAIL
    built.user_data.ph = RAW_PHONE
    return built


def built_by_copy() -> ServerEvent:
    user = UserData().model_copy(update={"em": RAW_EMAIL, "ph": RAW_PHONE})
    return event().model_copy(update={"user_data": user})


def built_by_construct() -> ServerEvent:
    return ServerEvent(event_name="P", event_time=1, user_data=UserData.model_construct(em=RAW_EMAIL, ph=RAW_PHONE))


def built_by_construct_of_the_event() -> ServerEvent:
    return ServerEvent.model_construct(event_name="P", event_time=1, user_data={"em": RAW_EMAIL, "ph": RAW_PHONE})


def as_dict() -> dict[str, Any]:
    return {"event_name": "P", "event_time": 1, "user_data": {"em": RAW_EMAIL, "ph": RAW_PHONE}}


PATHS: dict[str, Callable[[], list[Any]]] = {
    "constructor": lambda: [event(em=RAW_EMAIL, ph=RAW_PHONE)],
    "assignment": lambda: [built_by_assignment()],
    "model_copy": lambda: [built_by_copy()],
    "model_construct": lambda: [built_by_construct()],
    "event_model_construct": lambda: [built_by_construct_of_the_event()],
    "dict_event": lambda: [as_dict()],
    "mixed_list": lambda: [event(em=RAW_EMAIL, ph=RAW_PHONE), as_dict()],
    "json_text": lambda: json.dumps([as_dict()]),  # type: ignore[dict-item]
}


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("path", sorted(PATHS))
def test_every_path_in_sends_hashes_only(graph: FakeGraph, path: str, is_async: bool) -> None:
    result, wire = send(graph, PATHS[path](), is_async=is_async)
    for sent in json.loads(wire):
        assert listed(sent["user_data"]["em"]) == [sha("raw@person.com")]
        assert listed(sent["user_data"]["ph"]) == [sha("16505551212")]
    assert "raw@person" not in wire.lower() and "650" not in wire
    assert result.events_received == len(json.loads(wire)), "the fake counts events as Graph does"


# -- strict enums and the shape of `data` -----------------------------------------------------------------------


def test_request_enums_are_strict_in_nested_models_and_dict_events(graph: FakeGraph) -> None:
    with pytest.raises(ValidationError, match="action_source must be one of"):
        ServerEvent(event_name="P", event_time=1, action_source="webiste", user_data=UserData())
    typed = ServerEvent(event_name="P", event_time=1, action_source="website", user_data=UserData())
    with pytest.raises(ValidationError, match="must be one of"):
        typed.action_source = "webiste"  # type: ignore[assignment]
    with pytest.raises(errors.GraphRequestError, match="action_source must be one of"):
        send(graph, [{"event_name": "P", "event_time": 1, "action_source": "webiste", "user_data": {}}])
    with pytest.raises(ValidationError, match="delivery_category must be one of"):
        ServerEvent(event_name="P", event_time=1, user_data={}, custom_data={"delivery_category": "drone"})
    with pytest.raises(ValidationError, match="delivery_category must be one of"):
        CustomData(delivery_category="drone")
    assert graph.requests == []


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_data_must_be_a_non_empty_list(graph: FakeGraph, is_async: bool) -> None:
    with pytest.raises(errors.GraphRequestError, match="takes a list of ServerEvent"):
        send(graph, event(em="a@b.com"), is_async=is_async)
    with pytest.raises(errors.GraphRequestError, match="takes a list of ServerEvent"):
        send(graph, as_dict(), is_async=is_async)
    with pytest.raises(errors.GraphRequestError, match="at least one ServerEvent"):
        send(graph, [], is_async=is_async)
    assert graph.requests == []
    result, _ = send(graph, [event(em="a@b.com")] * 3, is_async=is_async)
    assert result.events_received == 3


def test_the_fake_refuses_what_graph_refuses_in_data(graph: FakeGraph) -> None:
    import httpx

    for data in ("[]", '{"event_name": "P"}', json.dumps([{}] * 1001)):
        response = httpx.post(
            f"{graph.base_url}/v25.0/1/events",
            data={"data": data},
            headers={"Authorization": f"Bearer {graph.access_token}"},
        )
        assert response.status_code == 400 and response.json()["error"]["code"] == 100


# -- no customer value in any error -----------------------------------------------------------------------------


def error_texts(error: BaseException) -> str:
    """Everything an error shows: its text, repr, details, and those of every error chained to it."""
    parts: list[str] = []
    seen: BaseException | None = error
    while seen is not None:
        parts += [str(seen), repr(seen), "".join(traceback.format_exception_only(seen)), repr(vars(seen))]
        if isinstance(seen, ValidationError):
            parts += [repr(seen.errors()), seen.json()]
        seen = seen.__cause__ or seen.__context__
    return "\n".join(parts)


def assert_no_value(error: BaseException, *values: str) -> None:
    text = error_texts(error)
    for value in values:
        assert value not in text and value.lower() not in text, f"{value!r} shown in: {text}"


@pytest.mark.parametrize(
    "make",
    [
        lambda: ServerEvent(event_name="P", event_time=1, user_data={"em": "john.secret@@example"}),
        lambda: UserData(em="john.secret@@example"),
        lambda: UserData.model_validate({"em": "john.secret@@example", "ph": "john.secret@@example"}),
        lambda: UserData.model_validate_json('{"em": "john.secret@@example"}'),
        lambda: setattr(UserData(), "em", "john.secret@@example"),
        lambda: UserData().model_copy(update={"em": "john.secret@@example"}),
        lambda: ServerEvent(event_name="P", event_time="john.secret@@example", user_data={}),
        lambda: ServerEvent(event_name="P", event_time=1, user_data={"em": ["john.secret@@example", 5]}),
    ],
)
def test_validation_errors_name_the_field_and_the_rule_never_the_value(make: Callable[[], Any]) -> None:
    with pytest.raises(ValidationError) as caught:
        make()
    assert_no_value(caught.value, "john.secret@@example")
    assert all(item["input"] is None for item in caught.value.errors())


# -- property: generated raw customer data, every construction path -----------------------------------------------

names = st.from_regex(r"[A-Z][a-z]{4,10}", fullmatch=True).filter(lambda s: any(c > "f" for c in s.lower()))
emails = st.builds(lambda user, host: f" {user}.Person@{host}.Example.com ", names, names)
phones = st.builds(lambda a, b: f"+1 ({a}) 555-{b}", st.integers(200, 999), st.integers(1000, 9999))
people = st.fixed_dictionaries({"em": emails, "ph": phones, "fn": names, "ln": names, "ct": names})


def plain_forms(person: dict[str, str]) -> list[str]:
    forms = []
    for value in person.values():
        forms += [value, value.strip(), value.strip().lower()]
    forms.append("".join(ch for ch in person["ph"] if ch.isdigit()))
    return forms


def user_paths(person: dict[str, str]) -> list[Any]:
    assigned = UserData()
    for key, value in person.items():
        setattr(assigned, key, value)
    return [
        UserData(**person),
        assigned,
        UserData().model_copy(update=person),
        UserData.model_construct(**person),
        dict(person),
    ]


def event_paths(person: dict[str, str]) -> list[Any]:
    found: list[Any] = []
    for user in user_paths(person):
        found.append(ServerEvent(event_name="P", event_time=1, user_data=user))
        found.append(ServerEvent.model_construct(event_name="P", event_time=1, user_data=user))
        found.append({"event_name": "P", "event_time": 1, "user_data": user})
        later = ServerEvent(event_name="P", event_time=1, user_data=UserData())
        later.user_data = user
        found.append(later)
    return found


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(person=people, bad=st.sampled_from(["not-an-email@@", "@@nobody", "x@y"]))
def test_generated_customer_data_never_reaches_the_wire_or_an_error(
    graph: FakeGraph, person: dict[str, str], bad: str
) -> None:
    events = event_paths(person)
    _, wire = send(graph, events)  # one mixed list of every path
    sent = json.loads(wire)
    assert len(sent) == len(events)
    for form in plain_forms(person):
        assert form not in wire, f"{form!r} went over the wire"
    for item in sent:
        assert listed(item["user_data"]["em"]) == [sha(person["em"].strip().lower())]
    secret = person["fn"] + bad
    for attempt in (
        lambda: UserData(em=secret),
        lambda: ServerEvent(event_name="P", event_time=1, user_data={"em": secret}),
        lambda: setattr(UserData(), "em", secret),
        lambda: UserData().model_copy(update={"em": secret}),
        lambda: send(graph, [{"event_name": "P", "event_time": 1, "user_data": {"em": secret}}]),
        lambda: send(graph, [ServerEvent.model_construct(event_name="P", event_time=1, user_data={"em": secret})]),
    ):
        with pytest.raises((ValidationError, errors.GraphRequestError, ValueError)) as caught:
            attempt()
        assert_no_value(caught.value, secret, person["fn"])
