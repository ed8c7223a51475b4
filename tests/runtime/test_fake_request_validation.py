"""The fake Graph server, over raw HTTP on 127.0.0.1: how it validates requests, pages lists and injects faults.

Its routes come from a small version subpackage ``rtpkg.v1_0`` made for these tests; nothing is generated.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from rtpkg._runtime import identity
from rtpkg._runtime.fake import FakeGraph, Fault
from rtpkg._runtime.models import GraphModel, Page
from rtpkg._runtime.operations import Operation, Param
from tests.runtime.support import Color, Widget, WidgetField, version_package

TOKEN = "fake-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
VERSION = "v1.0"


class UpdateResult(GraphModel):
    success: bool | None = None


WIDGET_ID = Param("widget_id", "text", required=True, in_path=True)
OPERATIONS: tuple[Operation[Any], ...] = (
    Operation("get_widget", "GET", "/{widget_id}", (WIDGET_ID, Param("fields", "fields", enum=WidgetField)), Widget),
    Operation(
        "update_widget",
        "POST",
        "/{widget_id}",
        (
            WIDGET_ID,
            Param("name", "text"),
            Param("enabled", "bool"),
            Param("color", "enum", enum=Color),
            Param("since", "datetime"),
            Param("tags", "json"),
            Param("colors", "json", enum=Color),
        ),
        UpdateResult,
        idempotent=True,
    ),
    Operation(
        "get_children",
        "GET",
        "/{widget_id}/children",
        (WIDGET_ID, Param("business", "text", required=True), Param("fields", "fields", enum=WidgetField)),
        Page[Widget],
        paginated=True,
    ),
    Operation(
        "create_widget",
        "POST",
        "/act_{account_id}/widgets",
        (Param("account_id", "text", required=True, in_path=True), Param("name", "text", required=True)),
        UpdateResult,
    ),
)
UNSUPPORTED = (("DELETE", "/{widget_id}"),)


@pytest.fixture(scope="module")
def version_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("rtpkg_versions")
    with version_package(folder, VERSION, OPERATIONS, UNSUPPORTED):
        yield folder


@pytest.fixture(scope="module")
def fake(version_folder: Path) -> Iterator[FakeGraph]:
    with FakeGraph(access_token=TOKEN, list_size=3, page_size=2) as server:
        yield server


@pytest.fixture
def http(fake: FakeGraph) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fake.base_url) as client:
        yield client
    assert fake.internal_errors == [], "the fake server failed internally"
    fake.reset()


def error_of(response: httpx.Response) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"error"}, body
    error: dict[str, Any] = body["error"]
    return error


def refused_with(response: httpx.Response, code: int, message: str, status: int = 400) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error = error_of(response)
    assert (error["code"], error["message"]) == (code, message)
    return error


# -- setup -----------------------------------------------------------------------------------------------------


def test_version_subpackage_is_discovered(version_folder: Path) -> None:
    assert identity.graph_versions() == (VERSION,)


def test_fake_serves_the_newest_version_by_default(fake: FakeGraph) -> None:
    assert fake.graph_version == VERSION
    assert fake.routes == [
        "GET /{widget_id}",
        "GET /{widget_id}/children",
        "POST /act_{account_id}/widgets",
        "POST /{widget_id}",
    ]


def test_unknown_version_is_refused(version_folder: Path) -> None:
    with pytest.raises(ValueError, match=r"has no Graph version 'v9.9'; it has v1.0"):
        FakeGraph("v9.9")


def test_version_may_be_named_by_its_module(version_folder: Path) -> None:
    assert FakeGraph("v1_0").graph_version == VERSION


def test_base_url_needs_a_running_server(version_folder: Path) -> None:
    with pytest.raises(RuntimeError, match="not running"):
        _ = FakeGraph().base_url


def test_server_listens_on_loopback(fake: FakeGraph) -> None:
    assert urlsplit(fake.base_url).hostname == "127.0.0.1"


# -- a valid request -----------------------------------------------------------------------------------------------


def test_valid_get_is_answered_with_a_sample_of_the_result(http: httpx.Client) -> None:
    response = http.get("/v1.0/42", headers=AUTH)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"id": "1000000", "name": "name", "color": "red"}


def test_fields_select_what_the_answer_holds(http: httpx.Client) -> None:
    response = http.get("/v1.0/42", params={"fields": "color"}, headers=AUTH)
    # Graph always includes the id.
    assert response.json() == {"id": "1000000", "color": "red"}


def test_valid_post_form_is_accepted(http: httpx.Client) -> None:
    form = {
        "name": "n",
        "enabled": "true",
        "color": "blue",
        "since": "2024-01-01T00:00:00+00:00",
        "tags": '["a"]',
        "colors": '["red","blue"]',
    }
    response = http.post("/v1.0/42", data=form, headers=AUTH)
    assert response.status_code == 200, response.text
    assert response.json() == {"success": True}


def test_requests_are_recorded_without_the_token(fake: FakeGraph, http: httpx.Client) -> None:
    http.post("/v1.0/a%20b", data={"name": "n"}, params={"x": "1"}, headers=AUTH)
    [recorded] = fake.requests
    assert (recorded.method, recorded.path, recorded.raw_path) == ("POST", "/v1.0/a b", "/v1.0/a%20b")
    assert (recorded.query, recorded.form, recorded.body) == ((("x", "1"),), (("name", "n"),), b"name=n")
    assert (recorded.route, recorded.authorized) == ("POST /{widget_id}", True)
    assert TOKEN not in repr(recorded)


# -- the token -------------------------------------------------------------------------------------------------------


def test_token_in_the_query_is_accepted(http: httpx.Client) -> None:
    assert http.get("/v1.0/42", params={"access_token": TOKEN}).status_code == 200


def test_token_in_the_form_is_accepted(http: httpx.Client) -> None:
    assert http.post("/v1.0/42", data={"access_token": TOKEN, "name": "n"}).status_code == 200


@pytest.mark.parametrize(
    "headers",
    [{"Authorization": "Bearer wrong"}, {}, {"Authorization": TOKEN}],
    ids=["wrong", "missing", "without-scheme"],
)
def test_request_without_the_right_token_is_refused(
    fake: FakeGraph, http: httpx.Client, headers: dict[str, str]
) -> None:
    error = refused_with(http.get("/v1.0/42", headers=headers), 190, "(#190) Invalid OAuth 2.0 Access Token")
    assert error["type"] == "OAuthException"
    assert error["fbtrace_id"] == "FakeGraphTrace"
    assert fake.requests[-1].authorized is False


def test_token_is_checked_before_the_path(http: httpx.Client) -> None:
    refused_with(http.get("/v1.0/42/nowhere"), 190, "(#190) Invalid OAuth 2.0 Access Token")


# -- parameters --------------------------------------------------------------------------------------------------------


def test_missing_required_parameter_is_refused(http: httpx.Client) -> None:
    refused_with(http.get("/v1.0/42/children", headers=AUTH), 100, "(#100) The parameter business is required")


def test_missing_required_form_parameter_is_refused(http: httpx.Client) -> None:
    response = http.post("/v1.0/act_7/widgets", data={}, headers=AUTH)
    refused_with(response, 100, "(#100) The parameter name is required")


def test_unknown_parameter_is_refused(http: httpx.Client) -> None:
    refused_with(http.get("/v1.0/42", params={"colour": "red"}, headers=AUTH), 100, "(#100) Unknown parameter: colour")


def test_path_parameter_is_not_a_query_parameter(http: httpx.Client) -> None:
    response = http.get("/v1.0/42", params={"widget_id": "42"}, headers=AUTH)
    refused_with(response, 100, "(#100) Unknown parameter: widget_id")


def test_paging_parameters_are_refused_where_there_is_no_list(http: httpx.Client) -> None:
    refused_with(http.get("/v1.0/42", params={"limit": "5"}, headers=AUTH), 100, "(#100) Unknown parameter: limit")


def test_post_parameters_are_read_from_the_form_not_the_query(http: httpx.Client) -> None:
    response = http.post("/v1.0/act_7/widgets", params={"name": "n"}, headers=AUTH)
    refused_with(response, 100, "(#100) The parameter name is required")


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"color": "green"}, "(#100) Param color must be one of {blue, red}, not 'green'"),
        ({"enabled": "1"}, "(#100) Param enabled must be a boolean"),
        ({"enabled": "True"}, "(#100) Param enabled must be a boolean"),
        ({"since": "yesterday"}, "(#100) Param since must be a Unix timestamp or an ISO 8601 time"),
        ({"since": ""}, "(#100) Param since must be a Unix timestamp or an ISO 8601 time"),
        ({"tags": "[1,"}, "(#100) Param tags must be JSON"),
        ({"tags": "{'a': 1}"}, "(#100) Param tags must be JSON"),
        ({"colors": '["red","green"]'}, "(#100) Param colors must be a JSON list of {blue, red}"),
        ({"colors": '"red"'}, "(#100) Param colors must be a JSON list of {blue, red}"),
        ({"colors": "red"}, "(#100) Param colors must be JSON"),
    ],
    ids=[
        "enum",
        "bool-digit",
        "bool-capital",
        "datetime-word",
        "datetime-empty",
        "json-cut",
        "json-quotes",
        "json-enum-member",
        "json-enum-not-list",
        "json-enum-not-json",
    ],
)
def test_bad_value_is_refused(http: httpx.Client, form: dict[str, str], message: str) -> None:
    refused_with(http.post("/v1.0/42", data=form, headers=AUTH), 100, message)


@pytest.mark.parametrize("since", ["1704067200", "2024-01-01", "2024-01-01T00:00:00+00:00"])
def test_datetime_takes_unix_seconds_or_iso_8601(http: httpx.Client, since: str) -> None:
    assert http.post("/v1.0/42", data={"since": since}, headers=AUTH).status_code == 200


def test_unknown_field_is_refused(http: httpx.Client) -> None:
    response = http.get("/v1.0/42", params={"fields": "id,owner"}, headers=AUTH)
    refused_with(response, 100, "(#100) Param fields must be one of {color, id, name}, not 'owner'")


def test_app_secret_proof_is_checked_when_the_fake_has_a_secret(version_folder: Path) -> None:
    secret = "fake-app-secret"
    proof = hmac.new(secret.encode(), TOKEN.encode(), hashlib.sha256).hexdigest()
    with FakeGraph(access_token=TOKEN, app_secret=secret) as server, httpx.Client(base_url=server.base_url) as client:
        missing = client.get("/v1.0/42", headers=AUTH)
        wrong = client.get("/v1.0/42", params={"appsecret_proof": "0" * 64}, headers=AUTH)
        right = client.get("/v1.0/42", params={"appsecret_proof": proof}, headers=AUTH)
        assert server.internal_errors == []
    for response in (missing, wrong):
        refused_with(response, 100, "(#100) Invalid appsecret_proof provided in the API argument")
    assert right.status_code == 200


# -- paths and methods --------------------------------------------------------------------------------------------


def test_operation_the_spec_says_graph_refuses_is_unsupported(http: httpx.Client) -> None:
    error = refused_with(http.delete("/v1.0/42", headers=AUTH), 100, "(#100) Unsupported delete request.")
    assert error["error_subcode"] == 33


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH"])
def test_documented_path_with_another_method_is_unsupported(http: httpx.Client, method: str) -> None:
    response = http.request(method, "/v1.0/42/children", headers=AUTH)
    error = refused_with(response, 100, f"(#100) Unsupported {method.lower()} request.")
    assert error["error_subcode"] == 33


@pytest.mark.parametrize("path", ["/v1.0/42/nothing", "/v1.0/42/children/7", "/v1.0", "/42"])
def test_unknown_path_is_refused(http: httpx.Client, path: str) -> None:
    error = refused_with(http.get(path, headers=AUTH), 100, f"(#100) Unknown path components: {path}")
    assert error["error_subcode"] == 33


def test_path_of_another_version_is_unknown(http: httpx.Client) -> None:
    refused_with(http.get("/v2.0/42", headers=AUTH), 100, "(#100) Unknown path components: /v2.0/42")


def test_more_specific_route_wins(fake: FakeGraph, http: httpx.Client) -> None:
    # "/act_7/widgets" could not be "/{widget_id}" (no slash in ids), but it must not be refused as unknown either.
    assert http.post("/v1.0/act_7/widgets", data={"name": "n"}, headers=AUTH).status_code == 200
    assert fake.requests[-1].route == "POST /act_{account_id}/widgets"


# -- paging ------------------------------------------------------------------------------------------------------------


def test_list_is_paged_with_cursors_and_a_next_link(fake: FakeGraph, http: httpx.Client) -> None:
    first = http.get("/v1.0/42/children", params={"business": "9"}, headers=AUTH).json()
    assert [item["id"] for item in first["data"]] == ["1000000", "1000001"]
    assert first["paging"]["cursors"] == {"before": "0", "after": "2"}
    next_link = urlsplit(first["paging"]["next"])
    assert f"{next_link.scheme}://{next_link.netloc}" == fake.base_url
    assert next_link.path == "/v1.0/42/children"
    # Graph's next links carry the token and every parameter of the first request.
    assert dict(parse_qsl(next_link.query)) == {"access_token": TOKEN, "after": "2", "business": "9"}

    second = http.get(first["paging"]["next"]).json()
    assert [item["id"] for item in second["data"]] == ["1000002"]
    assert second["paging"]["cursors"] == {"before": "2", "after": "3"}
    assert "next" not in second["paging"]


def test_limit_sets_the_page_size_and_stays_in_the_next_link(http: httpx.Client) -> None:
    page = http.get("/v1.0/42/children", params={"business": "9", "limit": "1"}, headers=AUTH).json()
    assert len(page["data"]) == 1
    assert dict(parse_qsl(urlsplit(page["paging"]["next"]).query))["limit"] == "1"


def test_cursor_past_the_end_gives_an_empty_page(http: httpx.Client) -> None:
    page = http.get("/v1.0/42/children", params={"business": "9", "after": "10"}, headers=AUTH).json()
    assert page["data"] == []
    assert "next" not in page["paging"]


def test_fields_shape_every_item_of_a_page(http: httpx.Client) -> None:
    page = http.get("/v1.0/42/children", params={"business": "9", "fields": "name"}, headers=AUTH).json()
    assert page["data"] == [{"id": "1000000", "name": "name"}, {"id": "1000001", "name": "name 1"}]


# -- injected faults -----------------------------------------------------------------------------------------------


def test_catalogue_error_is_answered_as_graph_would(fake: FakeGraph, http: httpx.Client) -> None:
    fake.inject(error_code=4, error_subcode=2446079)
    response = http.get("/v1.0/42", headers=AUTH)
    assert response.status_code == 400
    assert error_of(response) == {
        "message": "(#4) Application request limit reached",
        "type": "GraphMethodException",
        "code": 4,
        "error_subcode": 2446079,
        "is_transient": True,  # throttling is transient by default
        "fbtrace_id": "FakeGraphTrace",
    }


def test_server_category_error_defaults_to_status_500_and_transient(fake: FakeGraph, http: httpx.Client) -> None:
    fake.inject(error_code=1)
    response = http.get("/v1.0/42", headers=AUTH)
    assert response.status_code == 500
    assert error_of(response)["is_transient"] is True


def test_uncatalogued_error_code(fake: FakeGraph, http: httpx.Client) -> None:
    fake.inject(error_code=80004, status=429)
    error = refused_with(http.get("/v1.0/42", headers=AUTH), 80004, "(#80004) Error 80004", status=429)
    assert (error["type"], error["is_transient"]) == ("OAuthException", False)


def test_fault_for_a_number_of_requests_then_normal_answers(fake: FakeGraph, http: httpx.Client) -> None:
    fake.inject(error_code=1, times=2)
    statuses = [http.get("/v1.0/42", headers=AUTH).status_code for _ in range(3)]
    assert statuses == [500, 500, 200]


def test_html_body_fault(fake: FakeGraph, http: httpx.Client) -> None:
    fake.inject(body="<html><body>Bad Gateway</body></html>")
    response = http.get("/v1.0/42", headers=AUTH)
    assert response.status_code == 502
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.text == "<html><body>Bad Gateway</body></html>"


def test_raw_body_fault_with_a_status(fake: FakeGraph, http: httpx.Client) -> None:
    fake.inject(body=b"Service Unavailable", status=503)
    response = http.get("/v1.0/42", headers=AUTH)
    assert (response.status_code, response.content) == (503, b"Service Unavailable")


def test_malformed_json_fault(fake: FakeGraph, http: httpx.Client) -> None:
    fake.inject(malformed_json=True, status=200)
    response = http.get("/v1.0/42", headers=AUTH)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)


def test_json_body_fault_replaces_the_answer_of_a_valid_request(fake: FakeGraph, http: httpx.Client) -> None:
    fake.inject(json_body={"id": "7", "surprise": [1]})
    assert http.get("/v1.0/42", headers=AUTH).json() == {"id": "7", "surprise": [1]}
    # A request the fake refuses is still refused.
    assert http.get("/v1.0/42", params={"bad": "1"}, headers=AUTH).status_code == 400


def test_status_fault_keeps_the_normal_body(fake: FakeGraph, http: httpx.Client) -> None:
    fake.inject(status=201)
    response = http.get("/v1.0/42", headers=AUTH)
    assert (response.status_code, response.json()["id"]) == (201, "1000000")


def test_header_fault_adds_usage_headers(fake: FakeGraph, http: httpx.Client) -> None:
    usage = json.dumps({"call_count": 99, "total_time": 10, "total_cputime": 5})
    fake.inject(headers={"X-App-Usage": usage})
    response = http.get("/v1.0/42", headers=AUTH)
    assert response.status_code == 200
    assert response.headers["x-app-usage"] == usage


@pytest.mark.parametrize("route", ["POST /{widget_id}", "update_widget"])
def test_fault_for_one_route_leaves_the_others_alone(fake: FakeGraph, http: httpx.Client, route: str) -> None:
    fake.inject(route, error_code=100)
    assert http.get("/v1.0/42", headers=AUTH).status_code == 200
    assert http.post("/v1.0/42", data={"name": "n"}, headers=AUTH).json()["error"]["code"] == 100


def test_fault_for_an_unknown_route_is_refused(fake: FakeGraph) -> None:
    with pytest.raises(ValueError, match="unknown route 'GET /{nothing}'"):
        fake.inject("GET /{nothing}", error_code=1)


def test_inject_takes_a_fault_object(fake: FakeGraph, http: httpx.Client) -> None:
    fault = Fault(error_code=190)
    assert fake.inject("get_widget", fault) is fault
    assert error_of(http.get("/v1.0/42", headers=AUTH))["type"] == "OAuthException"


def test_reset_forgets_faults_and_requests(fake: FakeGraph, http: httpx.Client) -> None:
    fake.inject(error_code=1)
    http.get("/v1.0/42", headers=AUTH)
    fake.reset()
    assert fake.requests == []
    assert http.get("/v1.0/42", headers=AUTH).status_code == 200


def test_encoded_slash_in_an_id_does_not_change_the_route(fake: FakeGraph, http: httpx.Client) -> None:
    http.get("/v1.0/42%2Fchildren", headers=AUTH)
    assert fake.requests[-1].route == "GET /{widget_id}"
