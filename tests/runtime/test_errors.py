"""How a Graph error body becomes an exception, and what that exception carries and shows."""

from __future__ import annotations

from typing import Any

import pytest

from rtpkg._runtime.errors import (
    CATEGORY_CLASSES,
    GraphAPIError,
    GraphAuthError,
    GraphConnectionError,
    GraphError,
    GraphInvalidParameterError,
    GraphOtherError,
    GraphPermissionError,
    GraphRequestError,
    GraphServerError,
    GraphThrottlingError,
    GraphTimeoutError,
    GraphTransportError,
    error_from_body,
)
from rtpkg._runtime.usage import Usage, parse_usage
from tests.runtime.support import (
    ERRORS_BY_CODE,
    AccessTokenInvalidError,
    ApiTooManyCallsError,
    ApiUnknownError,
    InvalidParameterError,
    graph_error_body,
)


def from_error(**error: Any) -> GraphAPIError:
    return error_from_body(graph_error_body(**error), ERRORS_BY_CODE)


# -- which class -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "cls", "category"),
    [
        (1, ApiUnknownError, "server"),
        (4, ApiTooManyCallsError, "throttling"),
        (100, InvalidParameterError, "invalid_parameter"),
        (190, AccessTokenInvalidError, "auth"),
    ],
)
def test_catalogue_class_is_chosen_by_code(code: int, cls: type[GraphAPIError], category: str) -> None:
    error = from_error(code=code, message="boom", type="GraphMethodException")
    assert type(error) is cls
    assert error.code == code
    assert error.category == category


def test_code_sent_as_digits_finds_its_catalogue_class() -> None:
    error = from_error(code="100", message="boom")
    assert type(error) is InvalidParameterError
    assert error.code == 100


def test_code_wins_over_graph_error_type() -> None:
    # Graph sends OAuthException for throttling too; the code says what it really is.
    error = from_error(code=4, message="(#4) Application request limit reached", type="OAuthException")
    assert type(error) is ApiTooManyCallsError


def test_uncatalogued_oauth_exception_is_an_auth_error() -> None:
    error = from_error(code=467, message="Invalid access token", type="OAuthException")
    assert type(error) is GraphAuthError
    assert error.category == "auth"
    assert error.code == 467


@pytest.mark.parametrize("graph_type", ["GraphMethodException", "FacebookApiException", None, 42])
def test_uncatalogued_error_of_another_type_is_the_base_class(graph_type: Any) -> None:
    error = from_error(code=12345, message="odd", type=graph_type)
    assert type(error) is GraphAPIError
    assert error.category == "other"
    assert error.code == 12345


def test_boolean_code_is_not_read_as_a_number() -> None:
    # True == 1 in Python; it must not select the catalogue class of code 1.
    error = from_error(code=True, message="odd")
    assert type(error) is GraphAPIError
    assert error.code is None


@pytest.mark.parametrize("code", ["-1", "1.5", "abc", 3.0, None, [1]])
def test_code_that_is_not_a_whole_number_is_dropped(code: Any) -> None:
    error = from_error(code=code, message="odd")
    assert type(error) is GraphAPIError
    assert error.code is None


def test_code_of_unicode_digit_characters_is_dropped() -> None:
    error = from_error(code="²", message="odd")
    assert type(error) is GraphAPIError
    assert error.code is None


@pytest.mark.parametrize(
    "body",
    [{}, {"error": "invalid_request"}, {"error": None}, {"data": []}],
    ids=["empty", "error-text", "error-null", "no-error"],
)
def test_body_without_an_error_object_still_gives_an_error(body: dict[str, Any]) -> None:
    error = error_from_body(body, ERRORS_BY_CODE)
    assert type(error) is GraphAPIError
    assert error.code is None
    assert error.message == "Graph returned an error without a message"


def test_empty_registry_falls_back_to_the_category_or_the_base() -> None:
    assert type(error_from_body(graph_error_body(code=4, type="OAuthException"), {})) is GraphAuthError
    assert type(error_from_body(graph_error_body(code=4), {})) is GraphAPIError


# -- what an error carries ---------------------------------------------------------------------------------------


def test_every_field_of_the_body_is_carried() -> None:
    usage = parse_usage({"X-App-Usage": '{"call_count": 99}'})
    body = graph_error_body(
        message="(#100) Invalid parameter",
        type="OAuthException",
        code=100,
        error_subcode=1487301,
        fbtrace_id="AbCdEf123",
        is_transient=False,
        error_user_title="Invalid value",
        error_user_msg="The name is too long.",
    )
    error = error_from_body(body, ERRORS_BY_CODE, http_status=400, usage=usage)
    assert (error.message, error.code, error.subcode, error.type) == (
        "(#100) Invalid parameter",
        100,
        1487301,
        "OAuthException",
    )
    assert (error.fbtrace_id, error.is_transient, error.http_status) == ("AbCdEf123", False, 400)
    assert (error.user_title, error.user_message) == ("Invalid value", "The name is too long.")
    assert error.usage is usage
    assert error.body == body
    assert error.args == ("(#100) Invalid parameter",)


def test_body_is_copied() -> None:
    body = graph_error_body(code=100, message="m")
    error = error_from_body(body, ERRORS_BY_CODE)
    body["extra"] = True
    assert "extra" not in error.body


def test_subcode_sent_as_digits_is_read() -> None:
    assert from_error(code=100, error_subcode="33").subcode == 33


@pytest.mark.parametrize("subcode", ["x", True, 1.0, None])
def test_subcode_that_is_not_a_whole_number_is_dropped(subcode: Any) -> None:
    assert from_error(code=100, error_subcode=subcode).subcode is None


@pytest.mark.parametrize("field", ["fbtrace_id", "error_user_title", "error_user_msg", "type"])
def test_text_fields_of_another_type_are_dropped(field: str) -> None:
    error = from_error(code=100, message="m", **{field: 123})
    assert (error.fbtrace_id, error.user_title, error.user_message, error.type) == (None, None, None, None)


@pytest.mark.parametrize("message", [None, 42, {"text": "x"}])
def test_missing_or_non_text_message_is_replaced(message: Any) -> None:
    assert from_error(code=100, message=message).message == "Graph returned an error without a message"


def test_defaults_without_status_or_usage() -> None:
    error = from_error(code=100, message="m")
    assert error.http_status is None
    assert error.usage == Usage()
    assert not error.usage


@pytest.mark.parametrize(
    ("code", "sent", "expected"),
    [
        (1, None, True),  # catalogue default: temporary
        (1, False, False),  # Graph's word wins
        (100, None, False),
        (100, True, True),
        (4, None, True),  # throttling is transient by default
        (12345, None, False),
        (12345, "yes", False),  # not a bool: ignored
    ],
)
def test_is_transient_comes_from_graph_else_from_the_class(code: int, sent: Any, expected: bool) -> None:
    fields: dict[str, Any] = {"code": code, "message": "m"}
    if sent is not None:
        fields["is_transient"] = sent
    assert from_error(**fields).is_transient is expected


def test_catalogue_class_built_directly_keeps_its_code() -> None:
    error = ApiTooManyCallsError("slow down")
    assert error.code == 4
    assert error.is_transient


def test_code_given_to_a_catalogue_class_wins_over_its_own() -> None:
    assert ApiTooManyCallsError("slow down", code=17).code == 17


# -- how an error shows --------------------------------------------------------------------------------------------


def test_str_adds_code_subcode_and_trace_id() -> None:
    error = from_error(code=100, message="Invalid parameter", error_subcode=33, fbtrace_id="T1")
    assert str(error) == "(#100) Invalid parameter [subcode 33] [fbtrace_id T1]"


def test_str_does_not_repeat_a_code_graph_already_put_in_the_message() -> None:
    assert str(from_error(code=100, message="(#100) Invalid parameter")) == "(#100) Invalid parameter"


def test_str_without_code_is_the_message() -> None:
    assert str(GraphAPIError("Something failed")) == "Something failed"


def test_repr_names_class_code_subcode_and_message() -> None:
    error = from_error(code=4, message="limit", error_subcode=2446079)
    assert repr(error) == "ApiTooManyCallsError(code=4, subcode=2446079, message='limit')"


# -- the hierarchy -------------------------------------------------------------------------------------------------


def test_category_classes_cover_every_category_once() -> None:
    assert CATEGORY_CLASSES == {
        "auth": GraphAuthError,
        "permission": GraphPermissionError,
        "throttling": GraphThrottlingError,
        "invalid_parameter": GraphInvalidParameterError,
        "server": GraphServerError,
        "other": GraphOtherError,
    }
    for category, cls in CATEGORY_CLASSES.items():
        assert issubclass(cls, GraphAPIError)
        assert cls.category == category


@pytest.mark.parametrize(
    ("cls", "transient"),
    [(GraphThrottlingError, True), (GraphServerError, True), (GraphAuthError, False), (GraphOtherError, False)],
)
def test_category_defaults_for_transience(cls: type[GraphAPIError], transient: bool) -> None:
    assert cls("m").is_transient is transient


def test_transport_errors_say_whether_the_request_was_sent() -> None:
    assert GraphTransportError("x").request_sent is True
    refused = GraphConnectionError("refused", request_sent=False)
    assert refused.request_sent is False
    assert isinstance(refused, GraphTransportError)
    assert isinstance(GraphTimeoutError("slow"), GraphTransportError)
    assert GraphTransportError("x").usage == Usage()


def test_request_error_is_also_a_value_error() -> None:
    # Callers that validate input catch ValueError; they catch a refused call too.
    error = GraphRequestError("bad")
    assert isinstance(error, ValueError)
    assert isinstance(error, GraphError)
