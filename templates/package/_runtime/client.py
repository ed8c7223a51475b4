"""The sync and async Graph clients.

Both prepare requests, retry and paginate through the same plans (see ``calls``); each only knows how to send a
request and how to wait, in its own way.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import AsyncIterator, Generator, Iterator, Mapping
from typing import Any, ClassVar, Generic, Self, TypeVar
from urllib.parse import urlencode

import httpx

from .calls import (
    Action,
    Answer,
    ChunkResult,
    Emit,
    Outcome,
    Send,
    Wait,
    call_plan,
    chunks_plan,
    pages_plan,
)
from .errors import GraphAPIError, GraphConnectionError, GraphTimeoutError, GraphTransportError
from .limits import DEFAULT_MAX_RESPONSE_BYTES, BodyReader, remaining
from .models import Page
from .operations import Operation, PreparedRequest, prepare
from .redact import Redactor, check_credential, mask_library_logs
from .retry import RetryPolicy

__all__ = [
    "AsyncGraphClient",
    "DEFAULT_BASE_URL",
    "DEFAULT_RETRY",
    "DEFAULT_TIMEOUT",
    "GraphClient",
]

T = TypeVar("T")
DEFAULT_BASE_URL = "https://graph.facebook.com"
DEFAULT_TIMEOUT = 30.0
DEFAULT_RETRY = RetryPolicy()


# The HTTP layer of each client: httpx's sync or async client, and the transport it may be given.
HTTP = TypeVar("HTTP", httpx.Client, httpx.AsyncClient)
TRANSPORT = TypeVar("TRANSPORT", httpx.BaseTransport, httpx.AsyncBaseTransport)


class _ClientCore(Generic[HTTP, TRANSPORT]):
    """What both clients share: configuration, how a request is built, how transport failures are named."""

    graph_version: ClassVar[str]
    error_registry: ClassVar[Mapping[int, type[GraphAPIError]]]

    def __init__(
        self,
        access_token: str,
        *,
        app_secret: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = DEFAULT_TIMEOUT,
        retry: RetryPolicy = DEFAULT_RETRY,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: HTTP | None = None,
        transport: TRANSPORT | None = None,
    ) -> None:
        check_credential("access_token", access_token)
        if app_secret is not None:
            check_credential("app_secret", app_secret)
        self._access_token = access_token
        # appsecret_proof: HMAC-SHA256 of the token keyed with the app secret; the secret itself is not kept.
        self._appsecret_proof = (
            hmac.new(app_secret.encode(), access_token.encode(), hashlib.sha256).hexdigest()
            if app_secret
            else None
        )
        self._redactor = Redactor(access_token, app_secret, self._appsecret_proof)
        mask_library_logs("httpx", "httpcore")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.retry = retry
        self.max_response_bytes = max_response_bytes
        self._owns_http = http_client is None
        self._http: HTTP = http_client or self._new_http(timeout, transport)

    def _new_http(self, timeout: float, transport: TRANSPORT | None) -> HTTP:
        raise NotImplementedError

    def __repr__(self) -> str:
        # Never show the token or the proof.
        return f"{type(self).__name__}(graph_version={self.graph_version!r}, base_url={self.base_url!r})"

    def _request_args(self, prepared: PreparedRequest) -> dict[str, Any]:
        query = list(prepared.query)
        form = list(prepared.form)
        if self._appsecret_proof is not None:
            (form if prepared.method == "POST" else query).append(
                ("appsecret_proof", self._appsecret_proof)
            )
        args: dict[str, Any] = {
            "method": prepared.method,
            "url": f"{self.base_url}/{self.graph_version}{prepared.path}",
            "headers": {"Authorization": f"Bearer {self._access_token}"},
        }
        if query:
            args["params"] = query
        if prepared.files:
            # Uploads go as multipart/form-data, the other parameters as its text parts.
            args["data"] = dict(form)
            args["files"] = [
                (name, (up.filename, up.content, up.content_type)) for name, up in prepared.files
            ]
        elif prepared.method == "POST":
            # Form-encoded the way Graph documents it: spaces as "+", everything else percent-encoded.
            args["content"] = urlencode(form).encode()
            args["headers"]["Content-Type"] = "application/x-www-form-urlencoded"
        return args

    def _request_for(self, action: Send) -> dict[str, Any]:
        return {
            **self._request_args(action.request),
            "timeout": remaining(action.deadline, self.timeout),
        }

    def _reader(self, response: httpx.Response, action: Send) -> BodyReader:
        return BodyReader(
            self.max_response_bytes, action.deadline, response.status_code, response.headers
        )

    @staticmethod
    def _failure(error: httpx.HTTPError) -> GraphTransportError:
        # Messages name the failure only: httpx's own text may carry the URL.
        sent = not isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
        if isinstance(error, httpx.TimeoutException):
            return GraphTimeoutError(f"timed out ({type(error).__name__})", request_sent=sent)
        return GraphConnectionError(
            f"connection failed ({type(error).__name__})", request_sent=sent
        )

    def _answer(self, response: httpx.Response, content: bytes) -> Answer:
        # Credentials an answer echoes are removed before anything reads it.
        return Answer(
            response.status_code,
            self._redactor.headers(response.headers),
            self._redactor.content(content),
        )

    def _call(
        self, operation: Operation[T], values: Mapping[str, Any], extra: Mapping[str, Any] | None
    ) -> Generator[Action, Outcome, T]:
        return call_plan(
            operation, prepare(operation, values, extra), self.retry, self.error_registry
        )

    def _pages(
        self,
        operation: Operation[Page[T]],
        values: Mapping[str, Any],
        max_pages: int | None,
        extra: Mapping[str, Any] | None,
    ) -> Generator[Action, Outcome, None]:
        return pages_plan(
            operation, prepare(operation, values, extra), self.retry, self.error_registry, max_pages
        )

    def _chunks(
        self,
        operation: Operation[T],
        values: Mapping[str, Any],
        param: str,
        size: int,
        extra: Mapping[str, Any] | None,
    ) -> Generator[Action, Outcome, list[ChunkResult[T]]]:
        return chunks_plan(operation, values, param, size, self.retry, self.error_registry, extra)


class GraphClient(_ClientCore[httpx.Client, httpx.BaseTransport]):
    """A synchronous Graph client. Use it as a context manager, or call ``close()``.

    ``http_client`` or ``transport`` replace the HTTP layer (for proxies, tests, or ``httpx.MockTransport``).
    """

    def _new_http(self, timeout: float, transport: httpx.BaseTransport | None) -> httpx.Client:
        return httpx.Client(timeout=timeout, transport=transport)

    def _drive(self, plan: Generator[Action, Outcome, T]) -> Generator[Emit[Any], None, T]:
        outcome: Outcome = None
        while True:
            try:
                action = plan.send(outcome)
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]
            outcome = None
            if isinstance(action, Send):
                outcome = self._send(action)
            elif isinstance(action, Wait):
                time.sleep(action.seconds)
            else:
                yield action

    def _send(self, action: Send) -> Outcome:
        try:
            with self._http.stream(**self._request_for(action)) as response:
                reader = self._reader(response, action)
                for chunk in response.iter_bytes():
                    reader.add(chunk)
                return self._answer(response, reader.content())
        except httpx.HTTPError as error:
            return self._failure(error)
        except GraphTransportError as error:
            return error

    @staticmethod
    def _finish(driver: Generator[Emit[Any], None, T]) -> T:
        try:
            while True:
                next(driver)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]

    def execute(
        self,
        operation: Operation[T],
        values: Mapping[str, Any],
        *,
        extra_params: Mapping[str, Any] | None = None,
    ) -> T:
        """Send one call and return its result, retrying as the policy allows."""
        return self._finish(self._drive(self._call(operation, values, extra_params)))

    def iterate(
        self,
        operation: Operation[Page[T]],
        values: Mapping[str, Any],
        *,
        max_pages: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
    ) -> Iterator[T]:
        """Every item of a list edge, page after page, until Graph has no next page."""
        for emitted in self._drive(self._pages(operation, values, max_pages, extra_params)):
            yield from emitted.page.data

    def execute_in_chunks(
        self,
        operation: Operation[T],
        values: Mapping[str, Any],
        *,
        param: str,
        size: int,
        extra_params: Mapping[str, Any] | None = None,
    ) -> list[ChunkResult[T]]:
        """One call per ``size`` items of ``param``; a failed chunk is reported and the others still go."""
        return self._finish(self._drive(self._chunks(operation, values, param, size, extra_params)))

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncGraphClient(_ClientCore[httpx.AsyncClient, httpx.AsyncBaseTransport]):
    """An asynchronous Graph client. Use it as an async context manager, or call ``aclose()``."""

    def _new_http(
        self, timeout: float, transport: httpx.AsyncBaseTransport | None
    ) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=timeout, transport=transport)

    async def _drive(
        self, plan: Generator[Action, Outcome, Any]
    ) -> AsyncIterator[Emit[Any] | _Done]:
        outcome: Outcome = None
        while True:
            try:
                action = plan.send(outcome)
            except StopIteration as done:
                yield _Done(done.value)
                return
            outcome = None
            if isinstance(action, Send):
                outcome = await self._send(action)
            elif isinstance(action, Wait):
                import asyncio  # here, not at the top: synchronous users need not import it

                await asyncio.sleep(action.seconds)
            else:
                yield action

    async def _send(self, action: Send) -> Outcome:
        import asyncio  # here, not at the top: synchronous users need not import it

        try:
            # The deadline holds however slowly the server answers, headers included.
            async with asyncio.timeout(
                None if action.deadline is None else action.deadline - time.monotonic()
            ):
                async with self._http.stream(**self._request_for(action)) as response:
                    reader = self._reader(response, action)
                    async for chunk in response.aiter_bytes():
                        reader.add(chunk)
                    return self._answer(response, reader.content())
        except TimeoutError:
            return GraphTimeoutError("no complete answer before the call's deadline")
        except httpx.HTTPError as error:
            return self._failure(error)
        except GraphTransportError as error:
            return error

    @staticmethod
    async def _finish(driver: AsyncIterator[Emit[Any] | _Done]) -> Any:
        async for step in driver:
            if isinstance(step, _Done):
                return step.value
        raise AssertionError("a plan always finishes")

    async def execute(
        self,
        operation: Operation[T],
        values: Mapping[str, Any],
        *,
        extra_params: Mapping[str, Any] | None = None,
    ) -> T:
        """Send one call and return its result, retrying as the policy allows."""
        result: T = await self._finish(self._drive(self._call(operation, values, extra_params)))
        return result

    async def iterate(
        self,
        operation: Operation[Page[T]],
        values: Mapping[str, Any],
        *,
        max_pages: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[T]:
        """Every item of a list edge, page after page, until Graph has no next page."""
        async for step in self._drive(self._pages(operation, values, max_pages, extra_params)):
            if isinstance(step, Emit):
                for item in step.page.data:
                    yield item

    async def execute_in_chunks(
        self,
        operation: Operation[T],
        values: Mapping[str, Any],
        *,
        param: str,
        size: int,
        extra_params: Mapping[str, Any] | None = None,
    ) -> list[ChunkResult[T]]:
        """One call per ``size`` items of ``param``, in turn; a failed chunk is reported and the others still go."""
        results: list[ChunkResult[T]] = await self._finish(
            self._drive(self._chunks(operation, values, param, size, extra_params))
        )
        return results

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class _Done:
    """The end of an async drive, carrying the plan's result (async generators cannot return values)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value
