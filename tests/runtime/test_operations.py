"""Operations as data: encoding each kind of parameter, preparing requests, and interpreting answers."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from pydantic import Field

from rtpkg._runtime.errors import GraphRequestError, GraphTransportError
from rtpkg._runtime.models import GraphModel, Page
from rtpkg._runtime.operations import (
    Operation,
    Param,
    PreparedRequest,
    encode,
    interpret,
    prepare,
    to_jsonable,
)
from rtpkg._runtime.usage import parse_usage
from tests.runtime.support import ERRORS_BY_CODE, Color, InvalidParameterError, Widget, WidgetField, graph_error_body


class Event(GraphModel):
    event_name: str
    event_time: int | None = None
    source_url: str | None = Field(default=None, alias="event_source_url")


TEXT = Param("name", "text")
FLAG = Param("enabled", "bool")
WHEN = Param("since", "datetime")
COLOR = Param("color", "enum", enum=Color)
DATA = Param("data", "json")
COLORS = Param("colors", "json", enum=Color)
FIELDS = Param("fields", "fields", enum=WidgetField)
LOOSE_FIELDS = Param("fields", "fields")


def refused(param: Param, value: Any, match: str | None = None) -> None:
    with pytest.raises(GraphRequestError, match=match):
        encode(param, value)


# -- text ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("hello world", "hello world"), ("", ""), (12, "12"), (-3, "-3"), (2.5, "2.5"), ("é", "é")],
)
def test_text_is_sent_as_given(value: Any, expected: str) -> None:
    assert encode(TEXT, value) == expected


def test_text_takes_an_enum_member_as_its_value() -> None:
    assert encode(TEXT, Color.BLUE) == "blue"


@pytest.mark.parametrize("value", [True, False, ["a"], {"a": 1}, b"bytes", object()])
def test_text_refuses_other_types(value: Any) -> None:
    refused(TEXT, value, "takes text or a number")


# -- bool ----------------------------------------------------------------------------------------------------


def test_bool_is_spelled_lowercase() -> None:
    assert (encode(FLAG, True), encode(FLAG, False)) == ("true", "false")


@pytest.mark.parametrize("value", [1, 0, "true", None])
def test_bool_refuses_values_that_only_look_boolean(value: Any) -> None:
    refused(FLAG, value, "takes a bool")


# -- datetime ------------------------------------------------------------------------------------------------


def test_aware_datetime_becomes_unix_seconds() -> None:
    # 2024-01-01T00:00:00Z is 19723 days after the epoch: 19723 * 86400 = 1704067200.
    assert encode(WHEN, datetime(2024, 1, 1, tzinfo=timezone.utc)) == "1704067200"


def test_datetime_in_another_zone_is_the_same_instant() -> None:
    paris_morning = datetime(2024, 1, 1, 1, 0, tzinfo=timezone(timedelta(hours=1)))
    assert encode(WHEN, paris_morning) == "1704067200"


def test_unix_seconds_are_sent_as_given() -> None:
    assert encode(WHEN, 1704067200) == "1704067200"


def test_naive_datetime_is_refused() -> None:
    refused(WHEN, datetime(2024, 1, 1), "timezone-aware")


@pytest.mark.parametrize("value", ["2024-01-01", 1.5, True])
def test_datetime_refuses_other_types(value: Any) -> None:
    refused(WHEN, value, "datetime or Unix seconds")


# -- enum ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [Color.RED, "red"])
def test_known_enum_member_or_value_is_sent_as_its_value(value: Any) -> None:
    assert encode(COLOR, value) == "red"


def test_unknown_enum_value_is_refused_with_the_allowed_values() -> None:
    refused(COLOR, "green", r"'green' is not a known Color value; expected one of 'red', 'blue'")


def test_unknown_member_read_from_graph_cannot_be_sent() -> None:
    # Reading keeps values Graph added; sending only takes values the spec knows.
    green = Color("green")
    assert not green.is_known
    refused(COLOR, green, "not a known Color value")


@pytest.mark.parametrize("value", [1, None, ["red"]])
def test_enum_refuses_other_types(value: Any) -> None:
    refused(COLOR, value, "parameter 'color'")


# -- fields --------------------------------------------------------------------------------------------------


def test_fields_are_joined_with_commas() -> None:
    assert encode(FIELDS, [WidgetField.ID, "name", WidgetField.COLOR]) == "id,name,color"


def test_fields_take_a_tuple() -> None:
    assert encode(FIELDS, ("id",)) == "id"


def test_unknown_field_is_refused() -> None:
    refused(FIELDS, ["id", "owner"], "'owner' is not a known WidgetField value")


def test_fields_without_an_enum_take_any_names() -> None:
    assert encode(LOOSE_FIELDS, ["id", "owner{name}"]) == "id,owner{name}"


@pytest.mark.parametrize("value", ["id,name", {"id"}, 3])
def test_fields_must_be_a_list(value: Any) -> None:
    refused(FIELDS, value, "takes a list of field names")


# -- json ----------------------------------------------------------------------------------------------------


def test_json_is_compact_and_keeps_key_order() -> None:
    assert encode(DATA, {"b": 1, "a": [1, 2], "c": None}) == '{"b":1,"a":[1,2],"c":null}'


def test_json_keeps_non_ascii_text() -> None:
    assert encode(DATA, ["café"]) == '["café"]'


def test_json_text_is_taken_as_already_encoded() -> None:
    assert encode(DATA, '{"already": "json"}') == '{"already": "json"}'


def test_json_turns_enums_datetimes_and_tuples_into_plain_json() -> None:
    value = {Color.RED: (Color.BLUE, datetime(2024, 1, 1, tzinfo=timezone.utc))}
    assert encode(DATA, value) == '{"red":["blue","2024-01-01T00:00:00+00:00"]}'


def test_json_models_use_wire_names_and_leave_out_unset_fields() -> None:
    events = [Event(event_name="Purchase", event_source_url="https://shop.example/"), Event(event_name="Lead")]
    encoded = encode(DATA, events)
    assert encoded == '[{"event_name":"Purchase","event_source_url":"https://shop.example/"},{"event_name":"Lead"}]'


def test_json_list_mixing_models_and_mappings() -> None:
    encoded = encode(DATA, [Event(event_name="Purchase"), {"event_name": "Lead", "event_time": 1}])
    assert json.loads(encoded) == [{"event_name": "Purchase"}, {"event_name": "Lead", "event_time": 1}]
    assert " " not in encoded


def test_json_model_inside_a_mapping() -> None:
    assert encode(DATA, {"event": Event(event_name="Lead")}) == '{"event":{"event_name":"Lead"}}'


def test_json_value_that_cannot_be_encoded_is_refused() -> None:
    refused(DATA, {"ids": {1, 2}}, "'data' holds a value JSON cannot encode")
    circular: list[Any] = []
    circular.append(circular)
    refused(DATA, circular, "JSON cannot encode")


def test_json_enum_list_is_sent_as_values() -> None:
    assert encode(COLORS, [Color.BLUE, "red"]) == '["blue","red"]'


def test_json_enum_list_refuses_unknown_values() -> None:
    refused(COLORS, ["red", "green"], "'green' is not a known Color value")


@pytest.mark.parametrize("value", ['["red"]', "red", Color.RED, 3])
def test_json_enum_list_must_be_a_list(value: Any) -> None:
    refused(COLORS, value, "takes a list of Color values")


def test_to_jsonable_of_a_model_uses_wire_names() -> None:
    assert to_jsonable(Event(event_name="Lead", event_source_url="u")) == {
        "event_name": "Lead",
        "event_source_url": "u",
    }


# -- preparing a request ---------------------------------------------------------------------------------------

PIXEL_ID = Param("pixel_id", "text", required=True, in_path=True)
GET_WIDGET = Operation("get_widget", "GET", "/{pixel_id}", (PIXEL_ID, FIELDS, Param("limit", "text")), Widget)
UPDATE_WIDGET = Operation("update_widget", "POST", "/{pixel_id}", (PIXEL_ID, TEXT, FLAG, COLOR), Widget)
DELETE_WIDGET = Operation("delete_widget", "DELETE", "/{pixel_id}/owners", (PIXEL_ID, Param("owner", "text")), dict)
SEND_EVENTS = Operation(
    "create_event",
    "POST",
    "/{pixel_id}/events",
    (PIXEL_ID, Param("data", "json", required=True, max_items=2), Param("test_event_code", "text")),
    dict,
)


def test_get_sends_its_parameters_in_the_query() -> None:
    prepared = prepare(GET_WIDGET, {"pixel_id": "42", "fields": ["id", "name"], "limit": 5})
    assert prepared == PreparedRequest("GET", "/42", (("fields", "id,name"), ("limit", "5")), ())


def test_post_sends_its_parameters_in_the_form() -> None:
    prepared = prepare(UPDATE_WIDGET, {"pixel_id": 42, "name": "n", "enabled": False, "color": Color.RED})
    assert prepared == PreparedRequest("POST", "/42", (), (("name", "n"), ("enabled", "false"), ("color", "red")))


def test_delete_sends_its_parameters_in_the_query() -> None:
    prepared = prepare(DELETE_WIDGET, {"pixel_id": "42", "owner": "7"})
    assert prepared == PreparedRequest("DELETE", "/42/owners", (("owner", "7"),), ())


def test_parameters_follow_the_operation_order_not_the_call_order() -> None:
    prepared = prepare(UPDATE_WIDGET, {"color": "blue", "enabled": True, "name": "n", "pixel_id": "1"})
    assert [name for name, _ in prepared.form] == ["name", "enabled", "color"]


def test_graph_ids_are_sent_as_one_segment() -> None:
    assert prepare(GET_WIDGET, {"pixel_id": "act_1"}).path == "/act_1"
    assert prepare(GET_WIDGET, {"pixel_id": "123"}).path == "/123"


@pytest.mark.parametrize("pixel_id", ["1/owners", "a b?c#d", "..", "", "1\n", "x"])
def test_a_path_value_that_is_not_a_graph_id_is_refused(pixel_id: str) -> None:
    # A value can never add a path segment, a query or a fragment: only Graph's id forms are sent.
    with pytest.raises(GraphRequestError, match="'pixel_id' must be a Graph id"):
        prepare(GET_WIDGET, {"pixel_id": pixel_id})


def test_path_parameter_inside_a_segment() -> None:
    operation = Operation(
        "create",
        "POST",
        "/act_{account_id}/adspixels",
        (Param("account_id", "text", required=True, in_path=True),),
        dict,
    )
    assert prepare(operation, {"account_id": "123"}).path == "/act_123/adspixels"


def test_missing_required_parameter_is_refused() -> None:
    with pytest.raises(GraphRequestError, match="create_event: parameter 'data' is required"):
        prepare(SEND_EVENTS, {"pixel_id": "1"})


def test_none_means_not_given() -> None:
    assert prepare(UPDATE_WIDGET, {"pixel_id": "1", "name": None}).form == ()
    with pytest.raises(GraphRequestError, match="is required"):
        prepare(SEND_EVENTS, {"pixel_id": "1", "data": None})


def test_unknown_parameters_are_refused_by_name() -> None:
    with pytest.raises(GraphRequestError, match=r"get_widget: unknown parameter\(s\) 'colour', 'nmae'"):
        prepare(GET_WIDGET, {"pixel_id": "1", "nmae": "x", "colour": "red"})


def test_bad_value_is_refused_before_sending() -> None:
    with pytest.raises(GraphRequestError, match="parameter 'enabled' takes a bool"):
        prepare(UPDATE_WIDGET, {"pixel_id": "1", "enabled": "yes"})


def test_list_up_to_max_items_is_sent() -> None:
    prepared = prepare(SEND_EVENTS, {"pixel_id": "1", "data": [{"a": 1}, {"a": 2}]})
    assert prepared.form == (("data", '[{"a":1},{"a":2}]'),)


def test_list_over_max_items_is_refused_with_the_chunked_alternative() -> None:
    with pytest.raises(GraphRequestError, match="at most 2 items per request, not 3; create_event_in_chunks"):
        prepare(SEND_EVENTS, {"pixel_id": "1", "data": [{}, {}, {}]})


def test_max_items_counts_the_items_of_pre_encoded_json_not_its_characters() -> None:
    text = json.dumps([{"event_name": "Purchase"}])
    prepared = prepare(SEND_EVENTS, {"pixel_id": "1", "data": text})
    assert prepared.form == (("data", text),)
    with pytest.raises(GraphRequestError, match="at most 2 items per request, not 3"):
        prepare(SEND_EVENTS, {"pixel_id": "1", "data": json.dumps([{}, {}, {}])})


# -- interpreting an answer --------------------------------------------------------------------------------------

LIST_WIDGETS = Operation("get_widgets", "GET", "/{pixel_id}/widgets", (PIXEL_ID,), Page[Widget], paginated=True)


def test_result_is_validated_into_the_result_type() -> None:
    widget = interpret(GET_WIDGET, 200, b'{"id": "1", "color": "blue", "extra": 5}', ERRORS_BY_CODE)
    assert isinstance(widget, Widget)
    assert (widget.id, widget.color) == ("1", Color.BLUE)
    # Fields Graph added without notice are kept.
    assert widget.model_extra == {"extra": 5}


def test_page_result_is_validated() -> None:
    body = {"data": [{"id": "1"}, {"id": "2"}], "paging": {"cursors": {"after": "b"}}}
    page = interpret(LIST_WIDGETS, 200, json.dumps(body).encode(), ERRORS_BY_CODE)
    assert [w.id for w in page.data] == ["1", "2"]
    assert page.paging is not None and page.paging.cursors is not None and page.paging.cursors.after == "b"


def test_error_body_raises_the_catalogue_error_with_status_and_usage() -> None:
    usage = parse_usage({"X-App-Usage": '{"call_count": 5}'})
    body = json.dumps(graph_error_body(code=100, message="(#100) Invalid parameter")).encode()
    with pytest.raises(InvalidParameterError) as caught:
        interpret(GET_WIDGET, 400, body, ERRORS_BY_CODE, usage)
    assert (caught.value.http_status, caught.value.usage) == (400, usage)


def test_error_body_wins_over_a_success_status() -> None:
    body = json.dumps(graph_error_body(code=100, message="m")).encode()
    with pytest.raises(InvalidParameterError):
        interpret(GET_WIDGET, 200, body, ERRORS_BY_CODE)


def test_body_that_is_not_json_is_a_transport_error_with_an_excerpt() -> None:
    html = b"<html>\n  <body>Bad   Gateway</body>\n</html>" + b"x" * 400
    usage = parse_usage({"X-App-Usage": "{}"})
    with pytest.raises(GraphTransportError) as caught:
        interpret(GET_WIDGET, 502, html, ERRORS_BY_CODE, usage)
    error = caught.value
    assert error.http_status == 502
    assert error.excerpt is not None
    # Whitespace collapsed, and no more than the first 200 bytes.
    assert error.excerpt.startswith("<html> <body>Bad Gateway</body> </html>xxx")
    assert len(error.excerpt) <= 200
    assert error.usage is usage
    assert "HTTP 502 with a body that is not JSON" in str(error)


def test_body_that_is_not_utf8_is_a_transport_error() -> None:
    with pytest.raises(GraphTransportError, match="not JSON"):
        interpret(GET_WIDGET, 200, b"\xff\xfe{", ERRORS_BY_CODE)


@pytest.mark.parametrize(
    ("status", "content"),
    [(200, b""), (200, b"true"), (200, b'"text"'), (404, b'{"id": "1"}'), (500, b"[]")],
    ids=["empty", "bool", "string", "404-json", "500-list"],
)
def test_answer_without_a_graph_result_is_a_transport_error(status: int, content: bytes) -> None:
    with pytest.raises(GraphTransportError, match=f"HTTP {status} without a Graph result") as caught:
        interpret(GET_WIDGET, status, content, ERRORS_BY_CODE)
    assert caught.value.http_status == status


def test_result_of_the_wrong_shape_names_where_it_differs() -> None:
    with pytest.raises(
        GraphTransportError, match=r"does not match the documented result: 1 problem\(s\), first at color"
    ):
        interpret(GET_WIDGET, 200, b'{"id": "1", "color": 3}', ERRORS_BY_CODE)


def test_result_of_the_wrong_shape_keeps_the_usage_headers() -> None:
    usage = parse_usage({"X-App-Usage": '{"call_count": 5}'})
    with pytest.raises(GraphTransportError) as caught:
        interpret(GET_WIDGET, 200, b'{"id": []}', ERRORS_BY_CODE, usage)
    assert caught.value.usage is usage


def test_result_adapter_is_built_once() -> None:
    operation = Operation("get_other", "GET", "/x", (), Widget)
    assert operation.adapter() is operation.adapter()
