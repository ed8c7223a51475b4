"""The exceptions the clients raise, and how a Graph error body becomes one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .usage import Usage
from .usage import retry_after as _retry_after

__all__ = [
    "CATEGORY_CLASSES",
    "GraphAPIError",
    "GraphAuthError",
    "GraphConnectionError",
    "GraphError",
    "GraphInvalidParameterError",
    "GraphOtherError",
    "GraphPagingError",
    "GraphPermissionError",
    "GraphRequestError",
    "GraphServerError",
    "GraphThrottlingError",
    "GraphTimeoutError",
    "GraphTransportError",
    "error_from_body",
]

# Error types Graph sends that say which category an unknown code belongs to.
_CATEGORY_BY_TYPE = {"OAuthException": "auth"}


class GraphError(Exception):
    """Base of every exception raised by the generated package."""


class GraphAPIError(GraphError):
    """Graph answered with an ``{"error": {...}}`` body."""

    #: The Graph error code; per-code subclasses set it, instances carry the code Graph sent.
    code: int | None = None
    category: ClassVar[str] = "other"
    transient_by_default: ClassVar[bool] = False
    documented_message: ClassVar[str] = ""

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        subcode: int | None = None,
        error_type: str | None = None,
        fbtrace_id: str | None = None,
        is_transient: bool | None = None,
        http_status: int | None = None,
        user_title: str | None = None,
        user_message: str | None = None,
        usage: Usage | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.subcode = subcode
        self.type = error_type
        self.fbtrace_id = fbtrace_id
        self.is_transient = self.transient_by_default if is_transient is None else is_transient
        self.http_status = http_status
        self.user_title = user_title
        self.user_message = user_message
        self.usage = usage or Usage()
        self.body = dict(body or {})

    @property
    def retry_after(self) -> float | None:
        """Seconds Graph asks the caller to wait before trying again, or None when its answer does not say.

        Read from the usage headers of the answer (``estimated_time_to_regain_access``, which Graph gives in
        minutes); set on throttling errors such as 80004 when Graph announces how long access stays blocked.
        """
        return _retry_after(self.usage)

    def __str__(self) -> str:
        # Graph usually starts its messages with "(#code)" already.
        prefix = (
            f"(#{self.code})" if self.code is not None and not self.message.startswith("(#") else ""
        )
        parts = [prefix, self.message]
        if self.subcode is not None:
            parts.append(f"[subcode {self.subcode}]")
        if self.fbtrace_id:
            parts.append(f"[fbtrace_id {self.fbtrace_id}]")
        return " ".join(p for p in parts if p)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, subcode={self.subcode!r}, message={self.message!r})"


class GraphAuthError(GraphAPIError):
    """The access token is missing, invalid or expired."""

    category = "auth"


class GraphPermissionError(GraphAPIError):
    """The token lacks a permission the call needs."""

    category = "permission"


class GraphThrottlingError(GraphAPIError):
    """A rate limit was reached; wait before calling again."""

    category = "throttling"
    transient_by_default = True


class GraphInvalidParameterError(GraphAPIError):
    """A parameter is missing, unknown or has a bad value."""

    category = "invalid_parameter"


class GraphServerError(GraphAPIError):
    """Graph failed to handle the call; it may succeed later."""

    category = "server"
    transient_by_default = True


class GraphOtherError(GraphAPIError):
    """An error outside the other categories."""

    category = "other"


CATEGORY_CLASSES: dict[str, type[GraphAPIError]] = {
    cls.category: cls
    for cls in (
        GraphAuthError,
        GraphPermissionError,
        GraphThrottlingError,
        GraphInvalidParameterError,
        GraphServerError,
        GraphOtherError,
    )
}


class GraphTransportError(GraphError):
    """The call did not produce a Graph answer: a network failure, a timeout, or a body that is not Graph JSON.

    ``request_sent`` is False when the request certainly never reached Graph (the connection could not be made),
    which makes any call safe to retry.
    """

    def __init__(
        self,
        message: str,
        *,
        http_status: int | None = None,
        excerpt: str | None = None,
        request_sent: bool = True,
        usage: Usage | None = None,
    ) -> None:
        super().__init__(message)
        self.http_status = http_status
        self.excerpt = excerpt
        self.request_sent = request_sent
        self.usage = usage or Usage()


class GraphConnectionError(GraphTransportError):
    """No connection to Graph, or it broke before an answer arrived."""


class GraphTimeoutError(GraphTransportError):
    """Graph did not answer in time."""


class GraphPagingError(GraphTransportError):
    """Paging through a list edge stopped: the server repeated a page's link or cursor, or sent too many pages."""


class GraphRequestError(GraphError, ValueError):
    """A call was refused before sending: a required parameter is missing or a value cannot be sent."""


def _int_or_none(value: Any) -> int | None:
    # Only plain ASCII digits of sane length: "²" is a digit to str.isdigit, and int() of huge text is refused.
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if -(2**63) <= value < 2**63 else None
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 18:
        return int(value)
    return None


def error_from_body(
    body: Mapping[str, Any],
    registry: Mapping[int, type[GraphAPIError]],
    *,
    http_status: int | None = None,
    usage: Usage | None = None,
) -> GraphAPIError:
    """The exception for a Graph error body: the catalogue class for its code, else its category, else the base."""
    raw = body.get("error")
    error: Mapping[str, Any] = raw if isinstance(raw, Mapping) else {}
    code = _int_or_none(error.get("code"))
    subcode = _int_or_none(error.get("error_subcode"))
    graph_type = error.get("type") if isinstance(error.get("type"), str) else None
    cls: type[GraphAPIError] = GraphAPIError
    if code is not None and code in registry:
        cls = registry[code]
    elif graph_type in _CATEGORY_BY_TYPE:
        cls = CATEGORY_CLASSES[_CATEGORY_BY_TYPE[graph_type]]
    transient = error.get("is_transient")
    message = error.get("message")
    return cls(
        message if isinstance(message, str) else "Graph returned an error without a message",
        code=code,
        subcode=subcode,
        error_type=graph_type,
        fbtrace_id=error.get("fbtrace_id") if isinstance(error.get("fbtrace_id"), str) else None,
        is_transient=transient if isinstance(transient, bool) else None,
        http_status=http_status,
        user_title=(
            error.get("error_user_title")
            if isinstance(error.get("error_user_title"), str)
            else None
        ),
        user_message=(
            error.get("error_user_msg") if isinstance(error.get("error_user_msg"), str) else None
        ),
        usage=usage,
        body=body,
    )
