"""The sync and async Graph clients. Both prepare and interpret calls the same way; only sending differs."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar
from urllib.parse import urlencode

import httpx

from .errors import GraphAPIError, GraphTransportError
from .operations import Operation, PreparedRequest, interpret, prepare

T = TypeVar("T")
DEFAULT_BASE_URL = "https://graph.facebook.com"
DEFAULT_TIMEOUT = 30.0


class _ClientCore:
    """What both clients share: configuration, URLs, headers and secrets handling."""

    graph_version: ClassVar[str]
    error_registry: ClassVar[Mapping[int, type[GraphAPIError]]]

    def __init__(
        self,
        access_token: str,
        *,
        app_secret: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        if not access_token:
            raise ValueError("access_token must not be empty")
        self._access_token = access_token
        self._appsecret_proof = (
            hmac.new(app_secret.encode(), access_token.encode(), hashlib.sha256).hexdigest()
            if app_secret
            else None
        )
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def __repr__(self) -> str:
        # Never show the token or the secret.
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
        if prepared.method == "POST":
            # Form-encoded the way Graph documents it: spaces as "+", everything else percent-encoded.
            args["content"] = urlencode(form).encode()
            args["headers"]["Content-Type"] = "application/x-www-form-urlencoded"
        return args

    def _result(self, operation: Operation[T], response: httpx.Response) -> T:
        return interpret(operation, response.status_code, response.content, self.error_registry)


class GraphClient(_ClientCore):
    """A synchronous Graph client. Use it as a context manager, or call ``close()``."""

    def __init__(
        self,
        access_token: str,
        *,
        app_secret: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(access_token, app_secret=app_secret, base_url=base_url, timeout=timeout)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=timeout, transport=transport)

    def execute(self, operation: Operation[T], values: Mapping[str, Any]) -> T:
        prepared = prepare(operation, values)
        try:
            response = self._http.request(**self._request_args(prepared))
        except httpx.HTTPError as exc:
            raise GraphTransportError(f"{operation.name}: {type(exc).__name__}") from None
        return self._result(operation, response)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncGraphClient(_ClientCore):
    """An asynchronous Graph client. Use it as an async context manager, or call ``aclose()``."""

    def __init__(
        self,
        access_token: str,
        *,
        app_secret: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = DEFAULT_TIMEOUT,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(access_token, app_secret=app_secret, base_url=base_url, timeout=timeout)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=timeout, transport=transport)

    async def execute(self, operation: Operation[T], values: Mapping[str, Any]) -> T:
        prepared = prepare(operation, values)
        try:
            response = await self._http.request(**self._request_args(prepared))
        except httpx.HTTPError as exc:
            raise GraphTransportError(f"{operation.name}: {type(exc).__name__}") from None
        return self._result(operation, response)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
