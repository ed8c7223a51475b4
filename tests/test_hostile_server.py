"""The client against hostile or broken servers, and with credentials a server echoes: real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
import socket
import threading
import time
from collections.abc import Callable
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from fbgraph._runtime.errors import GraphPagingError, GraphTimeoutError, GraphTransportError
from fbgraph._runtime.retry import RetryPolicy, retry_after_seconds
from fbgraph.testing import FakeGraph
from fbgraph.v25_0 import AsyncGraphClient, GraphClient, ads_pixel, errors
from tests.hostile import answer, hostile_server

TOKEN = "hostile-token-0123456789abcdef"
SECRET = "hostile-app-secret"
NO_RETRY = RetryPolicy(max_attempts=1)


def both(base_url: str, call: Callable[[Any], Any], **options: Any) -> list[BaseException | Any]:
    """``call`` with a sync client and with an async one; each outcome, exception or result."""
    outcomes: list[BaseException | Any] = []
    options.setdefault("retry", NO_RETRY)
    with GraphClient(TOKEN, app_secret=SECRET, base_url=base_url, **options) as sync_client:
        try:
            outcomes.append(call(sync_client))
        except Exception as exc:  # noqa: BLE001 - the outcome is what is checked
            outcomes.append(exc)

    async def run() -> Any:
        async with AsyncGraphClient(TOKEN, app_secret=SECRET, base_url=base_url, **options) as async_client:
            try:
                return await call(async_client)
            except Exception as exc:  # noqa: BLE001
                return exc

    outcomes.append(asyncio.run(run()))
    return outcomes


def read_pixel(client: Any) -> Any:
    if isinstance(client, AsyncGraphClient):
        return ads_pixel.get_ads_pixel_async(client, ads_pixel_id="1")
    return ads_pixel.get_ads_pixel(client, ads_pixel_id="1")


def texts(error: BaseException) -> str:
    return " ".join([str(error), repr(error), repr(vars(error))])


# -- credentials ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("echo", ["json", "html", "header", "escaped"])
def test_an_echoed_token_or_proof_never_reaches_an_exception(echo: str) -> None:
    def script(conn: socket.socket, head: bytes) -> None:
        auth = next(line for line in head.decode().split("\r\n") if line.lower().startswith("authorization"))
        quoted = f"{auth} {head.decode()}"  # the whole request head, proof included
        if echo == "json":
            body = json.dumps({"error": {"message": quoted, "code": 190, "error_user_msg": quoted}}).encode()
            answer(400, body, headers={"Content-Type": "application/json"})(conn, head)
        elif echo == "html":
            answer(502, f"<html><pre>{quoted}</pre></html>".encode())(conn, head)
        elif echo == "header":
            answer(500, b"<html>x</html>", headers={"X-Echo": auth, "X-App-Usage": auth})(conn, head)
        else:
            answer(400, json.dumps({"error": {"message": json.dumps(quoted)}}).encode())(conn, head)

    with hostile_server(script) as url:
        outcomes = both(url, read_pixel)
    for outcome in outcomes:
        assert isinstance(outcome, errors.GraphError)
        text = texts(outcome)
        assert TOKEN not in text and SECRET not in text
        assert "<redacted>" in text or echo == "header"


def test_tokens_are_checked_at_construction_without_showing_them() -> None:
    for bad in ("tökén-secret", "two words", "line\nbreak", ""):
        with pytest.raises(ValueError) as caught:
            GraphClient(bad)
        assert bad not in str(caught.value) or bad == ""
        assert "access_token" in str(caught.value)
    with pytest.raises(ValueError, match="app_secret") as caught:
        GraphClient("fine", app_secret="sécret")
    assert "sécret" not in str(caught.value)


def test_appsecret_proof_never_appears_in_httpx_log_lines(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with FakeGraph("v25.0", access_token=TOKEN, app_secret=SECRET) as graph:
        with GraphClient(TOKEN, app_secret=SECRET, base_url=graph.base_url, retry=NO_RETRY) as client:
            ads_pixel.get_ads_pixel(client, ads_pixel_id="1")
            proof = dict(graph.requests[0].query)["appsecret_proof"]
    lines = [record.getMessage() for record in caplog.records]
    assert any("HTTP Request" in line for line in lines), "httpx logged the request"
    assert not any(proof in line or TOKEN in line for line in lines)


# -- urls -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad_id", ["..", "../me", "1/events", "1?access_token=x", "", "act_", "١٢٣", " 1", "1\n"])
def test_ids_that_are_not_graph_ids_are_refused_before_sending(bad_id: str) -> None:
    def call(client: Any) -> Any:
        function = ads_pixel.get_ads_pixel_async if isinstance(client, AsyncGraphClient) else ads_pixel.get_ads_pixel
        return function(client, ads_pixel_id=bad_id)

    with FakeGraph("v25.0", access_token=TOKEN, app_secret=SECRET) as graph:
        outcomes = both(graph.base_url, call)
        assert all(isinstance(o, errors.GraphRequestError) and "must be a Graph id" in str(o) for o in outcomes)
        with GraphClient(TOKEN, app_secret=SECRET, base_url=graph.base_url, retry=NO_RETRY) as client:
            with pytest.raises(errors.GraphRequestError, match="digits"):
                ads_pixel.create_ads_pixel(client, ad_account_id="act_1", name="n")  # the path spells act_
            ads_pixel.get_ads_pixel(client, ads_pixel_id="act_1")
        assert [r.path for r in graph.requests] == ["/v25.0/act_1"]


# -- bounded ----------------------------------------------------------------------------------------------------


def test_a_body_over_the_size_limit_is_not_read_whole() -> None:
    sent: list[int] = []

    def script(conn: socket.socket, head: bytes) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        for _ in range(2000):  # up to 128 MB, in 64 KB chunks, unless the client hangs up
            chunk = b" " * 65536
            conn.sendall(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
            sent.append(len(chunk))

    with hostile_server(script) as url:
        outcomes = both(url, read_pixel, max_response_bytes=1_000_000)
    for outcome in outcomes:
        assert isinstance(outcome, GraphTransportError) and "larger than the limit" in str(outcome)
    assert sum(sent) < 2000 * 65536, "the client stopped reading"


def test_a_declared_oversized_body_is_refused_at_once_and_a_gzip_bomb_is_not_inflated() -> None:
    bomb = gzip.compress(b" " * 50_000_000)

    def script(conn: socket.socket, head: bytes) -> None:
        answer(200, bomb, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})(conn, head)

    with hostile_server(script) as url:
        outcomes = both(url, read_pixel, max_response_bytes=1_000_000)
    for outcome in outcomes:
        assert isinstance(outcome, GraphTransportError) and "larger than the limit" in str(outcome)

    with hostile_server(answer(200, b"{}" * 10)) as url:
        # A Content-Length over the limit is refused from the header alone.
        outcomes = both(url, read_pixel, max_response_bytes=10)
    assert all(isinstance(o, GraphTransportError) for o in outcomes)


def test_a_dripping_server_cannot_outlast_the_calls_deadline() -> None:
    dripped: list[int] = []

    def script(conn: socket.socket, head: bytes) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\nContent-Type: application/json\r\n\r\n")
        for _ in range(100):  # 50 s in all, unless the client hangs up
            conn.sendall(b" ")
            dripped.append(1)
            time.sleep(0.5)

    with hostile_server(script) as url:
        outcomes = both(url, read_pixel, timeout=2, retry=RetryPolicy(max_attempts=3, deadline=1.5))
    for outcome in outcomes:
        assert isinstance(outcome, GraphTimeoutError) and "deadline" in str(outcome)
    assert len(dripped) < 100, "the client hung up before the body was complete"


def test_retry_after_is_honoured_capped_and_429_is_throttling_whatever_its_body() -> None:
    tries: list[bytes] = []

    def script(conn: socket.socket, head: bytes) -> None:
        tries.append(head)
        answer(429, b"<html>Too Many Requests</html>", headers={"Retry-After": "3600"})(conn, head)

    waits: list[float] = []
    with hostile_server(script) as url:
        policy = RetryPolicy(max_attempts=3, initial_delay=0.001, max_delay=0.05, jitter=0)
        with GraphClient(TOKEN, base_url=url, retry=policy) as client:
            with pytest.raises(GraphTransportError) as caught:
                ads_pixel.create_event(
                    client, ads_pixel_id="1", data=[{"event_name": "P", "event_time": 1, "user_data": {}}]
                )
    assert caught.value.http_status == 429
    assert len(tries) == 3, "an HTML 429 is throttling: retried, even for a POST that creates"
    decision = policy.delay(caught.value, 1, idempotent=False, retry_after=3600)
    assert decision is not None and decision[0] == 0.05, "Retry-After is capped at max_delay"
    waits.append(decision[0])
    later = datetime.now(timezone.utc) + timedelta(seconds=30)
    parsed = retry_after_seconds({"Retry-After": format_datetime(later, usegmt=True)})
    assert parsed is not None and 25 <= parsed <= 30
    assert retry_after_seconds({"retry-after": "12"}) == 12
    assert retry_after_seconds({"Retry-After": "soon"}) is None
    assert retry_after_seconds({"Retry-After": "²"}) is None


def test_retry_after_longer_than_the_deadline_gives_up_at_once() -> None:
    tries: list[bytes] = []

    def script(conn: socket.socket, head: bytes) -> None:
        tries.append(head)
        body = json.dumps({"error": {"message": "(#4) limit", "code": 4}}).encode()
        answer(400, body, headers={"Retry-After": "3600"})(conn, head)

    with hostile_server(script) as url:
        policy = RetryPolicy(max_attempts=4, initial_delay=0.001, max_delay=60, deadline=1)
        outcomes = both(url, read_pixel, retry=policy)
    assert all(isinstance(o, errors.GraphThrottlingError) for o in outcomes)
    assert len(tries) == 2, "one try each: the announced wait does not fit in the deadline"


@pytest.mark.parametrize(
    "body, headers",
    [
        (b"[" * 100_000 + b"]" * 100_000, {}),
        (b'{"error": ' + b"[" * 5000 + b"]" * 5000 + b"}", {}),
        (b'{"id": "1", "name": "n"}', {"X-App-Usage": "[" * 10_000 + "]" * 10_000}),
        (json.dumps({"error": {"message": "m", "code": "²", "error_subcode": "9" * 5000}}).encode(), {}),
    ],
    ids=["deep-body", "deep-error", "deep-usage-header", "odd-codes"],
)
def test_deep_nesting_and_odd_codes_surface_as_typed_errors(body: bytes, headers: dict[str, str]) -> None:
    with hostile_server(answer(200 if b"error" not in body else 400, body, headers=headers)) as url:
        outcomes = both(url, read_pixel)
    for outcome in outcomes:
        assert not isinstance(outcome, (RecursionError, ValueError)) or isinstance(outcome, errors.GraphError)
        if b"[[[" in body and not headers:
            assert isinstance(outcome, GraphTransportError)
        elif headers:
            assert not outcome.graph_response.usage.app, "an unreadable usage header is left out (an empty part)"
        else:
            assert isinstance(outcome, errors.GraphAPIError) and outcome.code is None and outcome.subcode is None


# -- pagination -------------------------------------------------------------------------------------------------


def page_script(next_link: Callable[[int], str]) -> Callable[[socket.socket, bytes], None]:
    count = [0]

    def script(conn: socket.socket, head: bytes) -> None:
        count[0] += 1
        body = {"data": [{"id": str(count[0])}], "paging": {"next": next_link(count[0])}}
        answer(200, json.dumps(body).encode())(conn, head)

    return script


def iterate(client: Any) -> Any:
    if isinstance(client, AsyncGraphClient):

        async def collect() -> list[Any]:
            return [u async for u in ads_pixel.iter_assigned_users_async(client, ads_pixel_id="1", business="9")]

        return collect()
    return list(ads_pixel.iter_assigned_users(client, ads_pixel_id="1", business="9"))


@pytest.mark.parametrize(
    "link",
    [
        lambda n: "https://x/v25.0/1/assigned_users?business=9",  # the first request again
        lambda n: f"https://x/v25.0/1/assigned_users?business=9&after=A&junk={n}",  # a fixed cursor
    ],
    ids=["same-as-first", "fixed-cursor"],
)
def test_paging_loops_stop_with_a_clear_error(link: Callable[[int], str]) -> None:
    with hostile_server(page_script(link)) as url:
        outcomes = both(url, iterate)
    for outcome in outcomes:
        assert isinstance(outcome, GraphPagingError) and "repeats an earlier page" in str(outcome)


def test_paging_has_a_default_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    from fbgraph._runtime import calls

    monkeypatch.setattr(calls, "DEFAULT_MAX_PAGES", 5)
    with hostile_server(page_script(lambda n: f"https://x/v25.0/1/assigned_users?business=9&after={n}")) as url:
        outcomes = both(url, iterate)
    for outcome in outcomes:
        assert isinstance(outcome, GraphPagingError) and "more than 5 pages" in str(outcome)


# -- the fake server under bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize("length", ["abc", "-1", str(10**12), "1e3", "٣"])
def test_the_fake_server_refuses_bad_content_lengths_without_a_traceback(
    length: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with FakeGraph("v25.0") as graph:
        port = int(graph.base_url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
            conn.sendall(f"POST /v25.0/1/events HTTP/1.1\r\nHost: x\r\nContent-Length: {length}\r\n\r\n".encode())
            reply = conn.recv(65536)
        with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
            conn.sendall(b"\x00\xff garbage\r\n\r\n")
            conn.recv(65536)
        assert graph.internal_errors == []
        # It still serves.
        assert httpx.get(graph.base_url + "/v25.0/1", headers={"Authorization": "Bearer test-token"}).status_code == 200
    status = int(reply.split(b" ", 2)[1])
    assert status == (413 if length == str(10**12) else 400)
    assert "Traceback" not in capsys.readouterr().err


def test_the_fake_server_serves_50_simultaneous_new_connections() -> None:
    failures: list[BaseException] = []
    start = threading.Barrier(50)
    with FakeGraph("v25.0") as graph:

        def one() -> None:
            start.wait()
            for _ in range(5):
                try:
                    response = httpx.get(
                        graph.base_url + "/v25.0/1", headers={"Authorization": "Bearer test-token"}, timeout=30
                    )
                    assert response.status_code == 200
                except Exception as exc:  # noqa: BLE001 - counted
                    failures.append(exc)

        threads = [threading.Thread(target=one) for _ in range(50)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert failures == []
        assert len(graph.requests) == 250
