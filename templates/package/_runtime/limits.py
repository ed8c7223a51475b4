"""Bounds on what a server can make the client do: how much it reads, for how long, and how deep it parses."""

from __future__ import annotations

import time
from collections.abc import Mapping

from .errors import GraphTimeoutError, GraphTransportError

__all__ = [
    "BodyReader",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "remaining",
]

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024


class BodyReader:
    """Collects a response body chunk by chunk (after decompression), within a size limit and a deadline."""

    def __init__(
        self, max_bytes: int, deadline: float | None, status: int, headers: Mapping[str, str]
    ) -> None:
        self.max_bytes = max_bytes
        self.deadline = deadline
        self.status = status
        self._chunks: list[bytes] = []
        self._size = 0
        declared = {k.lower(): v for k, v in headers.items()}.get("content-length", "")
        encoded = {k.lower(): v for k, v in headers.items()}.get("content-encoding", "identity")
        if (
            declared.isascii()
            and declared.isdigit()
            and encoded == "identity"
            and int(declared) > max_bytes
        ):
            raise self._too_large()

    def add(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self.max_bytes:
            raise self._too_large()
        self._chunks.append(chunk)
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise GraphTimeoutError(
                "no complete answer before the call's deadline", http_status=self.status
            )

    def content(self) -> bytes:
        return b"".join(self._chunks)

    def _too_large(self) -> GraphTransportError:
        return GraphTransportError(
            f"HTTP {self.status} with a body larger than the limit of {self.max_bytes} bytes",
            http_status=self.status,
        )


def remaining(deadline: float | None, timeout: float) -> float:
    """The timeout for the next request: the client's, or less when the call's deadline is nearer."""
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise GraphTimeoutError(
            "the call's deadline passed before the request was sent", request_sent=False
        )
    return min(timeout, left)
