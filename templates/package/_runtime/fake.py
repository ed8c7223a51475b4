"""A fake Graph API server driven by the spec, for testing code that uses this package without the network.

It knows every operation of a version (its path, parameters, enum values, result type and error codes) and what
the spec says Graph refuses. It validates each request the way Graph does, answers with data shaped like the
result models, records what it received, and injects faults per route: any catalogue error, 5xx statuses, slow
answers, HTML or malformed bodies, and usage headers. It serves real HTTP on 127.0.0.1.
"""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
import hmac
import importlib
import inspect
import json
import re
import threading
import time
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from pydantic import BaseModel

from .identity import PACKAGE, graph_versions, version_module
from .models import LazyType
from .operations import Operation, Param

__all__ = [
    "FakeGraph",
    "Fault",
    "MAX_REQUEST_BYTES",
    "RecordedRequest",
    "SAMPLE_TIME",
]

_PAGING_PARAMS = frozenset({"limit", "after", "before"})
_CREDENTIAL_PARAMS = frozenset({"access_token", "appsecret_proof"})
MAX_REQUEST_BYTES = 16 * 1024 * 1024  # larger request bodies are refused with 413, unread
_AUTH_SCHEMES = frozenset({"bearer", "oauth"})
SAMPLE_TIME = "2019-11-15T12:00:00+0000"


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake server received. The Authorization header is not kept, only whether it was valid."""

    method: str
    path: str  # percent-decoded, e.g. "/v25.0/123/events"
    raw_path: str  # the path as sent on the wire
    query: tuple[tuple[str, str], ...]
    form: tuple[tuple[str, str], ...]
    body: bytes
    route: str | None  # e.g. "POST /{ads_pixel_id}/events", when the request matched a route
    authorized: bool
    files: tuple[
        tuple[str, str, bytes], ...
    ] = ()  # uploads of a multipart body: (parameter, filename, content)


@dataclass
class Fault:
    """What to do instead of a normal answer. Anything left unset keeps its normal behaviour."""

    error_code: int | None = None  # answer with this catalogue error
    error_subcode: int | None = None
    status: int | None = None  # HTTP status of the answer
    body: bytes | str | None = None  # a raw body, e.g. an HTML error page
    json_body: Any = None  # a JSON body to send instead of the generated one
    malformed_json: bool = False
    delay: float = 0.0  # seconds to wait before answering
    headers: Mapping[str, str] = field(default_factory=dict)  # e.g. usage headers
    times: int | None = None  # how many requests it applies to; None for all


@dataclass(frozen=True)
class _Route:
    operation: Operation[Any]
    pattern: re.Pattern[str]
    literal: int  # characters of the template outside placeholders: more is more specific
    owner: str = ""  # the node whose id the path starts with
    creates: str | None = None  # the node whose id a successful answer holds

    @property
    def key(self) -> str:
        return f"{self.operation.method} {self.operation.path}"


def _compile(template: str) -> tuple[re.Pattern[str], int]:
    parts = re.split(r"(\{[^{}]+\})", template)
    regex = "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
    literal = sum(len(p) for p in parts if not p.startswith("{"))
    return re.compile(f"^{regex}$"), literal


class _GraphFailure(Exception):
    def __init__(
        self, code: int, message: str, *, subcode: int | None = None, status: int = 400
    ) -> None:
        super().__init__(message)
        self.code = code
        self.subcode = subcode
        self.status = status


class FakeGraph:
    """The fake server for one Graph version. Use it as a context manager, or call ``start()`` and ``stop()``."""

    def __init__(
        self,
        graph_version: str | None = None,
        *,
        access_token: str = "test-token",
        app_secret: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        list_size: int = 3,
        page_size: int = 2,
    ) -> None:
        known = graph_versions()
        if graph_version is None:
            graph_version = known[-1]
        if graph_version.replace("_", ".") not in known:
            raise ValueError(
                f"{PACKAGE} has no Graph version {graph_version!r}; it has {', '.join(known)}"
            )
        routes = importlib.import_module(f"{PACKAGE}.{version_module(graph_version)}._routes")
        self.graph_version: str = routes.GRAPH_VERSION
        self.access_token = access_token
        self.app_secret = app_secret
        self.list_size = list_size
        self.page_size = page_size
        self._errors: Mapping[int, Any] = routes.ERRORS_BY_CODE
        owners = getattr(routes, "OWNERS", None) or [("", None)] * len(routes.OPERATIONS)
        self._routes = sorted(
            (
                _Route(op, *_compile(op.path), owner, made)
                for op, (owner, made) in zip(routes.OPERATIONS, owners)
            ),
            key=lambda r: (-r.literal, r.owner, r.key),
        )
        self._nodes = frozenset(r.owner for r in self._routes if r.owner) | {
            r.creates for r in self._routes if r.creates
        }
        self._ids: dict[str, str] = {}  # id -> node, from register() and from creates
        self._next_id = 10_000_000_001
        self._unsupported = [(method, _compile(path)[0]) for method, path in routes.UNSUPPORTED]
        self._faults: list[tuple[str, Fault]] = []
        self._lock = threading.Lock()
        self.requests: list[RecordedRequest] = []
        self.internal_errors: list[BaseException] = (
            []
        )  # bugs of the fake itself; tests should see none
        self._host = host
        self._port = port
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- control -------------------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError(
                "the fake server is not running; call start() or use it as a context manager"
            )
        return f"http://{self._host}:{self._server.server_address[1]}"

    @property
    def routes(self) -> list[str]:
        """Every route, as "METHOD /path/{placeholder}"."""
        return sorted(route.key for route in self._routes)

    def register(self, node: str, *ids: str) -> None:
        """Say which node ``ids`` belong to, as Graph knows for every id: ``graph.register("Campaign", "123")``.

        Where several nodes have an operation of the same shape (``GET /{id}``), a request is routed to the
        operation of its id's node. Ids the server hands out from creates are registered by themselves. An id it
        does not know goes to the first of those nodes, by name, whose operation accepts the request's parameters.
        """
        if node not in self._nodes:
            raise ValueError(f"unknown node {node!r}; nodes are: {', '.join(sorted(self._nodes))}")
        with self._lock:
            self._ids.update((str(i), node) for i in ids)

    def inject(self, route: str = "*", fault: Fault | None = None, **settings: Any) -> Fault:
        """Apply a fault to requests of ``route``: "*", "GET /{ads_pixel_id}", or an operation name like "get_ads_pixel"."""
        chosen = fault or Fault(**settings)
        if route != "*" and not any(route in (r.key, r.operation.name) for r in self._routes):
            raise ValueError(f"unknown route {route!r}; routes are: {', '.join(self.routes)}")
        with self._lock:
            self._faults.append((route, chosen))
        return chosen

    def reset(self) -> None:
        """Forget faults and recorded requests."""
        with self._lock:
            self._faults.clear()
            self.requests.clear()

    def start(self) -> FakeGraph:
        fake = self

        class Handler(_Handler):
            server_fake = fake

        self._server = _Server((self._host, self._port), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="fake-graph", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeGraph:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- one request ---------------------------------------------------------------------------------------

    def handle(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        """Answer one request: (status, headers, body). A failure of the fake itself is a Graph-style 500."""
        try:
            return self._handle(method, target, headers, body)
        except Exception as exc:  # noqa: BLE001 - the server must answer whatever happens
            with self._lock:
                self.internal_errors.append(exc)
            failure = _GraphFailure(
                1, f"fake server failure: {type(exc).__name__}: {exc}", status=500
            )
            return (
                500,
                {"Content-Type": "application/json"},
                json.dumps(self._error_body(failure)).encode(),
            )

    def _handle(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        split = urlsplit(target)
        path = unquote(split.path)
        query = tuple(parse_qsl(split.query, keep_blank_values=True))
        lowered = {k.lower(): v for k, v in headers.items()}
        try:
            form, files = _read_body(method, lowered.get("content-type", ""), body)
        except _GraphFailure as failure:
            return (
                failure.status,
                {"Content-Type": "application/json"},
                json.dumps(self._error_body(failure)).encode(),
            )
        # Routes match the path as sent, segment by segment: an id holding an encoded slash stays one segment.
        route, values = self._match(
            method, split.path, dict(form) if method == "POST" else dict(query), files
        )
        values = {name: unquote(value) for name, value in values.items()}
        authorized = self._token(lowered, dict(query) | dict(form)) == self.access_token
        with self._lock:
            self.requests.append(
                RecordedRequest(
                    method,
                    path,
                    split.path,
                    query,
                    form,
                    body,
                    route.key if route else None,
                    authorized,
                    files,
                )
            )
            fault = self._take_fault(route)
        extra_headers = dict(fault.headers) if fault else {}
        if fault and fault.delay:
            time.sleep(fault.delay)
        if fault and (fault.body is not None or fault.malformed_json):
            raw = (
                b'{"data": ['
                if fault.malformed_json
                else (fault.body.encode() if isinstance(fault.body, str) else fault.body or b"")
            )
            kind = "application/json" if fault.malformed_json else "text/html; charset=utf-8"
            return fault.status or 502, {"Content-Type": kind, **extra_headers}, raw
        try:
            if fault and fault.error_code is not None:
                raise self._catalogue_failure(fault.error_code, fault.error_subcode, fault.status)
            if not authorized:
                raise _GraphFailure(190, "Invalid OAuth 2.0 Access Token", status=400)
            payload = self._answer(
                method, path, route, values, dict(query), dict(form), lowered, files
            )
            if fault and fault.json_body is not None:
                payload = fault.json_body
            status = fault.status if fault and fault.status else 200
        except _GraphFailure as failure:
            payload = self._error_body(failure)
            status = failure.status
        return (
            status,
            {"Content-Type": "application/json", **extra_headers},
            json.dumps(payload).encode(),
        )

    def _token(self, headers: Mapping[str, str], params: Mapping[str, str]) -> str | None:
        # As Graph: "Authorization: Bearer <token>" or "OAuth <token>" (scheme in any case), else the
        # access_token parameter in the query or the form body.
        scheme, _, credentials = headers.get("authorization", "").strip().partition(" ")
        if scheme.lower() in _AUTH_SCHEMES and credentials.strip():
            return credentials.strip()
        return params.get("access_token")

    def _match(
        self,
        method: str,
        path: str,
        params: Mapping[str, str],
        files: tuple[tuple[str, str, bytes], ...],
    ) -> tuple[_Route | None, dict[str, str]]:
        prefix = f"/{self.graph_version}"
        if not path.startswith(prefix + "/"):
            return None, {}
        rest = path[len(prefix) :]
        found: list[tuple[_Route, dict[str, str]]] = []
        for route in self._routes:
            if found and route.literal < found[0][0].literal:
                break  # only the most specific shape competes
            matched = route.pattern.match(rest)
            if matched and route.operation.method == method:
                found.append((route, matched.groupdict()))
        if len(found) <= 1 or len({route.owner for route, _ in found}) == 1:
            return found[0] if found else (None, {})
        # Several nodes have this shape: the id's node decides, as in Graph.
        values = found[0][1]
        first_id = unquote(next(iter(values.values()), "")) if values else ""
        with self._lock:
            node = self._ids.get(first_id)
        if node is not None:
            return next(((route, v) for route, v in found if route.owner == node), (None, {}))
        for route, v in found:
            try:
                self._validate(route.operation, params, files)
            except _GraphFailure:
                continue
            return route, v
        return found[0]

    def _take_fault(self, route: _Route | None) -> Fault | None:
        for index, (where, fault) in enumerate(self._faults):
            if where == "*" or (route is not None and where in (route.key, route.operation.name)):
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times <= 0:
                        del self._faults[index]
                return fault
        return None

    def _catalogue_failure(
        self, code: int, subcode: int | None, status: int | None
    ) -> _GraphFailure:
        cls = self._errors.get(code)
        message = cls.documented_message if cls is not None else f"Error {code}"
        default_status = 500 if cls is not None and cls.category == "server" else 400
        return _GraphFailure(code, message, subcode=subcode, status=status or default_status)

    def _error_body(self, failure: _GraphFailure) -> dict[str, Any]:
        cls = self._errors.get(failure.code)
        error: dict[str, Any] = {
            "message": f"(#{failure.code}) {failure}",
            "type": (
                "OAuthException" if failure.code == 190 or cls is None else "GraphMethodException"
            ),
            "code": failure.code,
            "is_transient": bool(cls.transient_by_default) if cls is not None else False,
            "fbtrace_id": "FakeGraphTrace",
        }
        if failure.subcode is not None:
            error["error_subcode"] = failure.subcode
        return {"error": error}

    # -- validation and answers ----------------------------------------------------------------------------

    def _answer(
        self,
        method: str,
        path: str,
        route: _Route | None,
        values: dict[str, str],
        query: dict[str, str],
        form: dict[str, str],
        headers: Mapping[str, str],
        files: tuple[tuple[str, str, bytes], ...] = (),
    ) -> Any:
        if route is None:
            prefix = f"/{self.graph_version}"
            rest = path[len(prefix) :] if path.startswith(prefix + "/") else None
            if rest is not None and (
                any(r.pattern.match(rest) for r in self._routes)
                or any(m == method and p.match(rest) for m, p in self._unsupported)
            ):
                raise _GraphFailure(100, f"Unsupported {method.lower()} request.", subcode=33)
            raise _GraphFailure(100, f"Unknown path components: {path}", subcode=33)
        operation = route.operation
        params = form if method == "POST" else query
        if self.app_secret is not None:
            token = self._token(headers, params) or ""
            expected = hmac.new(
                self.app_secret.encode(), token.encode(), hashlib.sha256
            ).hexdigest()
            if not hmac.compare_digest(params.get("appsecret_proof", ""), expected):
                raise _GraphFailure(100, "Invalid appsecret_proof provided in the API argument")
        selected = self._validate(operation, params, files)
        if operation.paginated:
            return self._page(operation, path, params, selected)
        answer = self._shape(self._sample(operation.result, "result", 0, 0), selected)
        if route.creates is not None and isinstance(answer, dict) and "id" in answer:
            # A new object: a fresh id, which belongs to the created node from now on.
            with self._lock:
                answer["id"] = str(self._next_id)
                self._next_id += 1
                self._ids[answer["id"]] = route.creates
        return self._count_items(operation, params, answer)

    def _validate(
        self,
        operation: Operation[Any],
        params: Mapping[str, str],
        files: tuple[tuple[str, str, bytes], ...],
    ) -> list[str]:
        """Check the request's parameters against the operation as Graph does; the fields it selects."""
        # By Graph name; two parameters may share one (a declared 'fields' and the field selector).
        declared: dict[str, list[Param]] = {}
        for p in operation.params:
            if not p.in_path:
                declared.setdefault(p.name, []).append(p)
        known = {name: same[0] for name, same in declared.items()}
        allowed = (
            set(known) | _CREDENTIAL_PARAMS | (_PAGING_PARAMS if operation.paginated else set())
        )
        for name in [*params, *(name for name, _, _ in files)]:
            if name not in allowed:
                raise _GraphFailure(100, f"Unknown parameter: {name}")
        uploaded = {name: content for name, _, content in files}
        for param in known.values():
            if param.encoding == "file":
                if param.name in params:
                    raise _GraphFailure(
                        100, f"Param {param.name} must be a file upload (multipart/form-data)"
                    )
                if param.required and param.name not in uploaded:
                    raise _GraphFailure(100, f"The parameter {param.name} is required")
                if any(name == param.name and not content for name, _, content in files):
                    raise _GraphFailure(100, f"Param {param.name}: the uploaded file is empty")
                continue
            if param.name in uploaded:
                raise _GraphFailure(100, f"Param {param.name} must be text, not a file")
            if param.required and param.name not in params:
                raise _GraphFailure(100, f"The parameter {param.name} is required")
            if param.name in params:
                self._check_any(declared[param.name], params[param.name])
        return _selected_fields(params.get("fields", "")) if "fields" in known else []

    def _check_any(self, params: list[Param], text: str) -> None:
        """Accept ``text`` if one of the parameters sharing its Graph name accepts it."""
        failure: _GraphFailure | None = None
        for param in params:
            try:
                self._check_value(param, text)
                return
            except _GraphFailure as exc:
                failure = failure or exc
        if failure is not None:
            raise failure

    @staticmethod
    def _count_items(operation: Operation[Any], params: Mapping[str, str], answer: Any) -> Any:
        # Graph counts what it received: events_received is the number of events in `data`.
        if isinstance(answer, dict) and "events_received" in answer and "data" in params:
            answer["events_received"] = len(json.loads(params["data"]))
        return answer

    def _check_value(self, param: Param, text: str) -> None:
        def bad(why: str) -> _GraphFailure:
            return _GraphFailure(100, f"Param {param.name} {why}")

        if param.encoding == "bool" and text not in ("true", "false"):
            raise bad("must be a boolean")
        if param.encoding == "datetime" and not text.isdigit():
            try:
                datetime.fromisoformat(text)
            except ValueError:
                raise bad("must be a Unix timestamp or an ISO 8601 time") from None
        allowed = {m.value for m in param.enum} if param.enum is not None else None
        if param.encoding in ("enum", "fields") and allowed is not None:
            values = text.split(",") if param.encoding == "fields" else [text]
            unknown = [v for v in values if v not in allowed]
            if unknown:
                raise bad(f"must be one of {{{', '.join(sorted(allowed))}}}, not {unknown[0]!r}")
        if param.encoding == "json":
            try:
                decoded = json.loads(text)
            except (ValueError, RecursionError):
                raise bad("must be JSON") from None
            if param.many and not isinstance(decoded, list):
                raise bad("must be a JSON list")
            if param.max_items is not None and isinstance(decoded, list):
                if not 1 <= len(decoded) <= param.max_items:
                    raise bad(f"must hold 1 to {param.max_items} items")
            if allowed is not None:
                if not isinstance(decoded, list) or any(v not in allowed for v in decoded):
                    raise bad(f"must be a JSON list of {{{', '.join(sorted(allowed))}}}")

    def _page(
        self, operation: Operation[Any], path: str, params: Mapping[str, str], selected: list[str]
    ) -> Any:
        item_type = operation.result.__pydantic_generic_metadata__["args"][0]
        # Cursors are item positions: ``after`` starts right after one, ``before`` ends right before one.
        limit = max(
            int(params["limit"]) if params.get("limit", "").isdigit() else self.page_size, 1
        )
        if params.get("before", "").isdigit():
            end = min(self.list_size, int(params["before"]))
            start = max(0, end - limit)
        else:
            start = int(params["after"]) if params.get("after", "").isdigit() else 0
            end = min(self.list_size, start + limit)
        data = [
            self._shape(self._sample(item_type, "item", 0, index), selected)
            for index in range(start, end)
        ]
        page: dict[str, Any] = {
            "data": data,
            "paging": {"cursors": {"before": str(start), "after": str(end)}},
        }
        if end < self.list_size:
            query = {
                k: v for k, v in params.items() if k not in ("after", "before", "appsecret_proof")
            }
            query.update({"after": str(end), "access_token": self.access_token})
            page["paging"]["next"] = f"{self.base_url}{path}?{urlencode(sorted(query.items()))}"
        return page

    @staticmethod
    def _shape(sample: Any, selected: list[str]) -> Any:
        if not selected or not isinstance(sample, dict):
            return sample
        return {k: v for k, v in sample.items() if k in selected or k == "id"}

    def _sample(self, annotation: Any, name: str, depth: int, index: int) -> Any:
        """A value of ``annotation`` that its model accepts: deterministic, varied by ``index`` for list items."""
        if isinstance(annotation, LazyType):
            annotation = annotation.resolve()
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin is typing.Annotated:
            return self._sample(args[0], name, depth, index)
        if origin in (typing.Union, types.UnionType):
            first = next(a for a in args if a is not type(None))
            return self._sample(first, name, depth, index)
        if origin in (list, Sequence, tuple):
            return [self._sample(args[0] if args else str, name, depth, index)]
        if origin in (dict, Mapping):
            # JSON keys are text: an integer, datetime or enum key is sent as its text.
            key = self._sample(args[0], "key", depth, index) if args else "key"
            return {str(key): self._sample(args[1] if len(args) > 1 else str, name, depth, index)}
        if inspect.isclass(annotation):
            if issubclass(annotation, Enum):
                return next(iter(annotation)).value
            if issubclass(annotation, BaseModel):
                return self._sample_model(annotation, depth, index)
            if annotation is bool:
                return True
            if annotation is int:
                return 1 + index
            if annotation is float:
                return 1.5
            if issubclass(annotation, datetime):
                return SAMPLE_TIME
            if annotation is str:
                if name == "id" or name.endswith("_id"):
                    return str(1_000_000 + index)
                return f"{name} {index}" if index else name
        return {} if annotation is dict else name

    def _sample_model(self, model: type[BaseModel], depth: int, index: int) -> dict[str, Any]:
        model.model_rebuild()
        fields = model.model_fields
        if depth >= 2:
            # Deep references carry only their id, as Graph returns them unless asked for more.
            return {"id": str(1_000_000 + index)} if "id" in fields else {}
        return {
            (info.alias or key): self._sample(info.annotation, info.alias or key, depth + 1, index)
            for key, info in fields.items()
        }


def _selected_fields(text: str) -> list[str]:
    """The field names of ``fields=``: comma-separated, or a JSON list (a declared 'fields' parameter)."""
    if text.startswith("["):
        try:
            decoded = json.loads(text)
        except ValueError:
            decoded = None
        if isinstance(decoded, list):
            return [str(item) for item in decoded]
    return [name for name in text.split(",") if name]


def _read_body(
    method: str, content_type: str, body: bytes
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str, bytes], ...]]:
    """The text parameters and the uploads of a request body, form-encoded or multipart/form-data."""
    if method != "POST":
        return (), ()
    if not content_type.lower().startswith("multipart/"):
        return tuple(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)), ()
    # The standard library's MIME parser reads multipart bodies; it needs the Content-Type as a header.
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1", "replace") + b"\r\n\r\n" + body
    )
    if not message.is_multipart() or message.defects:
        raise _GraphFailure(100, "Malformed multipart/form-data body")
    form: list[tuple[str, str]] = []
    files: list[tuple[str, str, bytes]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str) or part.get_content_disposition() != "form-data":
            raise _GraphFailure(
                100, "Malformed multipart/form-data body: a part without a form-data name"
            )
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is None:
            form.append((name, content.decode("utf-8", "replace")))
        else:
            files.append((name, filename, content))
    return tuple(form), tuple(files)


class _Handler(BaseHTTPRequestHandler):
    server_fake: FakeGraph
    protocol_version = "HTTP/1.1"
    server_version = "FakeGraph"
    # Headers and body are written separately; with Nagle's algorithm the body of an answer on a kept-alive
    # connection waits for the client's delayed acknowledgement, about 40 ms a request.
    disable_nagle_algorithm = True

    def _serve(self) -> None:
        declared = (self.headers.get("Content-Length") or "0").strip()
        if not (declared.isascii() and declared.isdigit()):
            self._refuse(400, "a Content-Length of digits")
            return
        length = int(declared)
        if length > MAX_REQUEST_BYTES:
            self._refuse(413, f"a body of at most {MAX_REQUEST_BYTES} bytes")
            return
        body = self.rfile.read(length) if length else b""
        status, headers, payload = self.server_fake.handle(
            self.command, self.path, dict(self.headers), body
        )
        self._reply(status, headers, payload)

    def _refuse(self, status: int, wanted: str) -> None:
        # The body cannot be read safely, so the connection closes after this answer.
        self.close_connection = True
        message = {
            "error": {
                "message": f"the request needs {wanted}",
                "type": "FakeGraphException",
                "code": 1,
            }
        }
        self._reply(
            status,
            {"Content-Type": "application/json", "Connection": "close"},
            json.dumps(message).encode(),
        )

    def _reply(self, status: int, headers: Mapping[str, str], payload: bytes) -> None:
        try:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test); nothing to answer

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: tests read `requests` instead


class _Server(ThreadingHTTPServer):
    """One thread per connection, with a listen backlog deep enough for bursts of new connections."""

    daemon_threads = True
    request_queue_size = 256

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that vanished or sent garbage: no traceback on stderr, the next request is served
