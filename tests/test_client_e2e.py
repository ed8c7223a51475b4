"""The generated clients against the spec-driven fake Graph server, over real HTTP on loopback."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import importlib
import inspect
import logging
import socket
from collections.abc import Iterator
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import pytest

from fbgraph._runtime.operations import Operation, Param
from fbgraph._runtime.retry import RetryPolicy
from fbgraph.testing import FakeGraph
from tests import seed_facts as seeds
from tests.helpers import ROOT, require_version, spec_versions

VERSIONS = spec_versions()
FAST = RetryPolicy(initial_delay=0.001, max_delay=0.01)
TOKEN = "e2e-secret-token-value"
SECRET = "e2e-app-secret"
EVENT = {"event_name": "PageView", "event_time": 1573840396, "user_data": {"fbp": "fb.1.1558571054389.1098115397"}}


def version_module(version: str) -> ModuleType:
    return importlib.import_module(f"fbgraph.{version.replace('.', '_')}")


@pytest.fixture(scope="module", params=VERSIONS)
def graph(request: pytest.FixtureRequest) -> Iterator[FakeGraph]:
    with FakeGraph(request.param, access_token=TOKEN, app_secret=SECRET, list_size=5, page_size=2) as fake:
        yield fake


@pytest.fixture(autouse=True)
def clean(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "graph" in request.fixturenames:
        fake: FakeGraph = request.getfixturevalue("graph")
        assert fake.internal_errors == [], "the fake server failed internally"
        fake.reset()


def client(graph: FakeGraph, *, is_async: bool = False, **options: Any) -> Any:
    api = version_module(graph.graph_version)
    cls = api.AsyncGraphClient if is_async else api.GraphClient
    options.setdefault("retry", FAST)
    return cls(TOKEN, app_secret=SECRET, base_url=graph.base_url, **options)


def minimal(model: Any) -> dict[str, Any]:
    """The required fields of a request model, filled with simple values it accepts."""
    model.model_rebuild()
    values: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if info.is_required():
            kind = info.annotation.resolve() if hasattr(info.annotation, "resolve") else info.annotation
            values[info.alias or name] = (
                minimal(kind)
                if isinstance(kind, type) and hasattr(kind, "model_fields")
                else (1 if kind is int else "x")
            )
    return values


def sample_value(param: Param) -> Any:
    if param.model is not None:
        return [minimal(param.model)] if param.many else minimal(param.model)
    if param.enum is not None:
        first = next(iter(param.enum))
        return [first] if param.encoding in ("json", "fields") else first
    return {"bool": True, "datetime": 1573840396, "json": [{"k": "v"}], "fields": ["id"]}.get(param.encoding, "x")


def arguments(function: Any, operation: Operation[Any]) -> dict[str, Any]:
    """Every parameter of ``function`` filled with a value its operation accepts."""
    by_name = {p.name: p for p in operation.params}
    args: dict[str, Any] = {}
    for name in list(inspect.signature(function).parameters)[1:]:
        if name in ("max_pages", "extra_params"):
            continue
        param = by_name.get(name) or by_name[name.rstrip("_")]
        args[name] = "1" if param.in_path else sample_value(param)
    return args


def assert_answered(result: Any, op: Operation[Any]) -> None:
    """A typed result carries Graph's response; an untyped one ('Object' in the spec) is the JSON as sent."""
    if hasattr(result, "graph_response"):
        assert result.graph_response.status == 200, op.name
    else:
        assert isinstance(result, dict), op.name


def all_operations(version: str) -> list[tuple[ModuleType, Operation[Any]]]:
    routes = importlib.import_module(f"fbgraph.{version.replace('.', '_')}._routes")
    found = []
    for op in routes.OPERATIONS:
        module = next(
            importlib.import_module(f"fbgraph.{version.replace('.', '_')}.{name}")
            for name in ["ads_pixel"]
            if op in importlib.import_module(f"fbgraph.{version.replace('.', '_')}.{name}").OPERATIONS
        )
        found.append((module, op))
    return found


# -- the seed examples, byte for byte -------------------------------------------------------------------------


@pytest.mark.parametrize("example", sorted(seeds.SEED_REQUESTS))
def test_seed_examples_reproduce_byte_for_byte(example: str) -> None:
    method, path, body = seeds.SEED_REQUESTS[example]
    version = require_version(path.split("/")[1], "tests/seed_facts.py")
    api = version_module(version)
    with FakeGraph(version, access_token=TOKEN) as fake:
        with api.GraphClient(TOKEN, base_url=fake.base_url, retry=FAST) as c:
            if example == "read":
                api.ads_pixel.get_ads_pixel(c, ads_pixel_id="1234")
            elif example == "create":
                api.ads_pixel.create_ads_pixel(c, ad_account_id="5678", name="My WCA Pixel")
            else:
                event = seeds.SEED_EVENT_V5 if version == "v5.0" else seeds.SEED_EVENT_V25
                api.ads_pixel.create_event(c, ads_pixel_id="1234", data=event)
        (received,) = fake.requests
    assert received.method == method
    # The seeds write ids as placeholders, which the client refuses (ids are Graph ids); real ids stand in.
    placeholders = {"{ads-pixel-id}": "1234", "<AD_ACCOUNT_ID>": "5678", "<PIXEL_ID>": "1234"}
    for placeholder, real in placeholders.items():
        path = path.replace(placeholder, real)
    assert unquote(received.raw_path) == path
    assert received.body == body
    seed_file = (
        ROOT.parent
        / "shared"
        / "seeds"
        / ("000_9aadf6212a95f681.txt" if version == "v25.0" else "001_b0e75f122ce53c64.txt")
    )
    if body and seed_file.is_file():
        assert body.decode() in seed_file.read_text(), "the expected body is the one the seed prints"


# -- every operation, sync and async --------------------------------------------------------------------------


def test_every_operation_sync(graph: FakeGraph) -> None:
    with client(graph) as c:
        for module, op in all_operations(graph.graph_version):
            function = getattr(module, op.name)
            result = function(c, **arguments(function, op))
            assert_answered(result, op)
            if op.paginated:
                iterator = getattr(module, "iter_" + op.name.removeprefix("get_"))
                assert len(list(iterator(c, **arguments(iterator, op)))) == graph.list_size
    routes = {r.route for r in graph.requests}
    assert routes == set(graph.routes), "every route was called"
    assert all(r.authorized for r in graph.requests)


def test_every_operation_async(graph: FakeGraph) -> None:
    async def run() -> None:
        async with client(graph, is_async=True) as c:
            for module, op in all_operations(graph.graph_version):
                function = getattr(module, op.name + "_async")
                result = await function(c, **arguments(function, op))
                assert_answered(result, op)
                if op.paginated:
                    iterator = getattr(module, "iter_" + op.name.removeprefix("get_") + "_async")
                    items = [item async for item in iterator(c, **arguments(iterator, op))]
                    assert len(items) == graph.list_size

    asyncio.run(run())
    assert {r.route for r in graph.requests} == set(graph.routes)


def test_pagination_follows_next_links_across_pages(graph: FakeGraph) -> None:
    api = version_module(graph.graph_version)
    with client(graph) as c:
        ids = [u.id for u in api.ads_pixel.iter_assigned_users(c, ads_pixel_id="1", business="9")]
        assert len(ids) == 5 and len(set(ids)) == 5
        assert len(graph.requests) == 3  # pages of 2, 2 and 1
        assert [dict(r.query).get("after") for r in graph.requests] == [None, "2", "4"]
        assert all("access_token" not in dict(r.query) for r in graph.requests), "next links' tokens are dropped"
        graph.reset()
        assert len(list(api.ads_pixel.iter_assigned_users(c, ads_pixel_id="1", business="9", max_pages=2))) == 4
        first = api.ads_pixel.get_assigned_users(c, ads_pixel_id="1", business="9")
        assert len(first.data) == 2 and first.paging.next


# -- errors ---------------------------------------------------------------------------------------------------


def test_every_seed_error_code_maps_to_its_class(graph: FakeGraph) -> None:
    api = version_module(graph.graph_version)
    # A version no seed page describes (one a bump started) is checked over its whole catalogue.
    codes = seeds.SEED_ERROR_CODES.get(graph.graph_version) or sorted(api.errors.ERRORS_BY_CODE)
    with client(graph, retry=RetryPolicy(max_attempts=1)) as c:
        for code in codes:
            graph.inject("get_ads_pixel", error_code=code, times=1)
            with pytest.raises(api.errors.GraphAPIError) as caught:
                api.ads_pixel.get_ads_pixel(c, ads_pixel_id="1")
            assert type(caught.value) is api.errors.ERRORS_BY_CODE[code]
            assert caught.value.code == code and type(caught.value).code == code


def test_the_fake_validates_requests_like_graph(graph: FakeGraph) -> None:
    api = version_module(graph.graph_version)
    import httpx

    with api.GraphClient("wrong-token", app_secret=SECRET, base_url=graph.base_url, retry=FAST) as wrong:
        with pytest.raises(api.errors.AccessTokenInvalidError):
            api.ads_pixel.get_ads_pixel(wrong, ads_pixel_id="1")
    with api.GraphClient(TOKEN, base_url=graph.base_url, retry=FAST) as no_proof:
        with pytest.raises(api.errors.InvalidParameterError, match="appsecret_proof"):
            api.ads_pixel.get_ads_pixel(no_proof, ads_pixel_id="1")

    auth = {"Authorization": f"Bearer {TOKEN}"}
    proof = {"appsecret_proof": hmac.new(SECRET.encode(), TOKEN.encode(), hashlib.sha256).hexdigest()}
    base = f"{graph.base_url}/{graph.graph_version}"
    unknown = httpx.get(f"{base}/1", params={"bogus": "1", **proof}, headers=auth).json()["error"]
    assert unknown["code"] == 100 and "bogus" in unknown["message"]
    missing = httpx.post(f"{base}/1/events", data=proof, headers=auth).json()["error"]
    assert missing["code"] == 100 and "data" in missing["message"]
    bad_enum = httpx.post(f"{base}/1", data={"data_use_setting": "NOPE", **proof}, headers=auth).json()["error"]
    assert bad_enum["code"] == 100 and "data_use_setting" in bad_enum["message"]
    refused = httpx.delete(f"{base}/1", params=proof, headers=auth).json()["error"]
    assert refused["code"] == 100 and "Unsupported delete request" in refused["message"]


# -- faults, retries and usage --------------------------------------------------------------------------------


def count(graph: FakeGraph, route: str) -> int:
    return sum(1 for r in graph.requests if r.route == route)


def test_fault_matrix(graph: FakeGraph) -> None:
    api = version_module(graph.graph_version)
    errors = api.errors
    read = "GET /{ads_pixel_id}"
    with client(graph) as c:
        # 5xx with a Graph error body: a transient server error, retried for a read until it succeeds.
        graph.inject(read, error_code=2, times=2)
        assert api.ads_pixel.get_ads_pixel(c, ads_pixel_id="1").graph_response.attempts == 3
        # An HTML 502 page: a transport error carrying status and excerpt; retried, then raised.
        graph.reset()
        graph.inject(read, status=502, body="<html><body>502 Bad Gateway</body></html>")
        with pytest.raises(errors.GraphTransportError) as caught:
            api.ads_pixel.get_ads_pixel(c, ads_pixel_id="1")
        assert caught.value.http_status == 502 and "Bad Gateway" in (caught.value.excerpt or "")
        assert count(graph, read) == FAST.max_attempts
        # Malformed JSON.
        graph.reset()
        graph.inject(read, malformed_json=True, status=200, times=4)
        with pytest.raises(errors.GraphTransportError, match="not JSON"):
            api.ads_pixel.get_ads_pixel(c, ads_pixel_id="1")
    # A timeout.
    graph.reset()
    graph.inject(read, delay=0.5, times=1)
    with client(graph, timeout=0.1) as slow:
        assert api.ads_pixel.get_ads_pixel(slow, ads_pixel_id="1").graph_response.attempts == 2
    graph.inject(read, delay=0.5)
    with client(graph, timeout=0.1, retry=RetryPolicy(max_attempts=2, initial_delay=0.001)) as slow:
        with pytest.raises(errors.GraphTimeoutError):
            api.ads_pixel.get_ads_pixel(slow, ads_pixel_id="1")


def test_every_throttling_code_is_typed_and_retried_even_for_posts(graph: FakeGraph) -> None:
    api = version_module(graph.graph_version)
    errors = api.errors
    throttling = [code for code, cls in errors.ERRORS_BY_CODE.items() if issubclass(cls, errors.GraphThrottlingError)]
    assert {4, 17, 341, 613, 80004} <= set(throttling)
    with client(graph) as c:
        for code in throttling:
            graph.reset()
            graph.inject("POST /{ads_pixel_id}/events", error_code=code, times=1)
            result = api.ads_pixel.create_event(c, ads_pixel_id="1", data=[EVENT])
            assert result.graph_response.attempts == 2, code
            graph.inject("POST /{ads_pixel_id}/events", error_code=code)
            with pytest.raises(errors.ERRORS_BY_CODE[code]) as caught:
                api.ads_pixel.create_event(c, ads_pixel_id="1", data=[EVENT])
            assert isinstance(caught.value, errors.GraphThrottlingError) and caught.value.is_transient


def test_retries_happen_only_where_the_policy_says(graph: FakeGraph) -> None:
    api = version_module(graph.graph_version)
    errors = api.errors
    events = "POST /{ads_pixel_id}/events"
    with client(graph) as c:
        # A transient server error on a POST that creates: never repeated, Graph may have done it.
        graph.inject(events, error_code=2)
        with pytest.raises(errors.ApiServiceError):
            api.ads_pixel.create_event(c, ads_pixel_id="1", data=[EVENT])
        assert count(graph, events) == 1
        # The same error on an idempotent POST (an update): retried.
        graph.reset()
        graph.inject("POST /{ads_pixel_id}", error_code=2, times=1)
        assert api.ads_pixel.update_ads_pixel(c, ads_pixel_id="1", name="n").graph_response.attempts == 2
        # A 502 page on a creating POST: not retried.
        graph.reset()
        graph.inject(events, status=502, body="<html>502</html>")
        with pytest.raises(errors.GraphTransportError):
            api.ads_pixel.create_event(c, ads_pixel_id="1", data=[EVENT])
        assert count(graph, events) == 1
        # Errors that are not transient are never retried.
        graph.reset()
        graph.inject("GET /{ads_pixel_id}", error_code=100)
        with pytest.raises(errors.InvalidParameterError):
            api.ads_pixel.get_ads_pixel(c, ads_pixel_id="1")
        assert count(graph, "GET /{ads_pixel_id}") == 1


def test_a_connection_that_cannot_be_made_is_retried_for_any_method(caplog: pytest.LogCaptureFixture) -> None:
    api = version_module("v25.0")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    caplog.set_level(logging.WARNING, logger="fbgraph")
    with api.GraphClient(TOKEN, base_url=f"http://127.0.0.1:{port}", retry=FAST) as c:
        with pytest.raises(api.errors.GraphConnectionError) as caught:
            api.ads_pixel.create_event(c, ads_pixel_id="1", data=[EVENT])
    assert caught.value.request_sent is False
    retries = [r for r in caplog.records if "retrying" in r.getMessage()]
    assert len(retries) == FAST.max_attempts - 1


def test_usage_headers_are_exposed_on_results_and_errors(graph: FakeGraph) -> None:
    api = version_module(graph.graph_version)
    headers = {
        "X-App-Usage": '{"call_count": 28, "total_time": 25, "total_cputime": 25}',
        "X-Ad-Account-Usage": '{"acc_id_util_pct": 9.67, "reset_time_duration": 100, "ads_api_access_tier": "standard_access"}',
        "X-Business-Use-Case-Usage": '{"66782684": [{"type": "ads_management", "call_count": 95, "total_cputime": 20, '
        '"total_time": 20, "estimated_time_to_regain_access": 0}]}',
    }
    with client(graph) as c:
        graph.inject("GET /{ads_pixel_id}", headers=headers, times=1)
        usage = api.ads_pixel.get_ads_pixel(c, ads_pixel_id="1").graph_response.usage
        assert usage.app.call_count == 28 and usage.ad_account.acc_id_util_pct == 9.67
        assert usage.business_use_case[0].business_id == "66782684" and usage.business_use_case[0].call_count == 95
        # A throttled answer that announces a long block is not retried: the wait is beyond the policy.
        blocked = {
            "X-Business-Use-Case-Usage": '{"1": [{"type": "ads_management", "estimated_time_to_regain_access": 30}]}'
        }
        graph.inject("GET /{ads_pixel_id}", error_code=80004, headers=blocked)
        with pytest.raises(api.errors.GraphThrottlingError) as caught:
            api.ads_pixel.get_ads_pixel(c, ads_pixel_id="1")
        assert caught.value.usage.seconds_to_regain_access == 1800
        assert count(graph, "GET /{ads_pixel_id}") == 2


def test_the_token_never_appears_in_errors_reprs_or_logs(graph: FakeGraph, caplog: pytest.LogCaptureFixture) -> None:
    api = version_module(graph.graph_version)
    caplog.set_level(logging.DEBUG)  # every logger, httpx's included
    seen: list[str] = []
    with client(graph) as c:
        seen.append(repr(c))
        graph.inject("GET /{ads_pixel_id}", error_code=190, times=1)
        graph.inject("POST /{ads_pixel_id}/events", status=502, body="<html>bad</html>", times=1)
        graph.inject("GET /{ads_pixel_id}/stats", error_code=4, times=1)
        for call in (
            lambda: api.ads_pixel.get_ads_pixel(c, ads_pixel_id="1"),
            lambda: api.ads_pixel.create_event(c, ads_pixel_id="1", data=[EVENT]),
            lambda: api.ads_pixel.get_stats(c, ads_pixel_id="1"),
            lambda: api.ads_pixel.update_ads_pixel(c, ads_pixel_id="1", name="n", data_use_setting="NOPE"),
        ):
            try:
                seen.append(repr(call()))
            except Exception as exc:  # noqa: BLE001 - every outcome is inspected
                seen += [str(exc), repr(exc), repr(getattr(exc, "__dict__", {}))]
    seen += [record.getMessage() for record in caplog.records] + [repr(record.args) for record in caplog.records]
    assert seen and not [text for text in seen if TOKEN in text or SECRET in text]
    assert any("retrying" in text for text in seen), "the retry was logged"


def test_the_fake_server_starts_with_one_command(tmp_path: Any) -> None:
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [sys.executable, "-m", "fbgraph.testing", "--graph-version", "v5.0", "--port", str(port), "--token", "t"]
    server = subprocess.Popen(command, cwd=ROOT / "generated", stdout=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/v5.0/1", headers={"Authorization": "Bearer t"})
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline, "the fake server did not start"
                time.sleep(0.1)
        assert answer.status_code == 200 and answer.json()["id"]
    finally:
        server.terminate()
        server.wait(timeout=30)
