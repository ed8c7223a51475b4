"""Operations as data: how a call's arguments become a Graph request, and how its answer becomes a result.

The sync and async clients share all of this; they differ only in how they send.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any, Generic, Literal, TypeVar
from urllib.parse import quote

from pydantic import BaseModel, TypeAdapter, ValidationError

from .enums import GraphEnum
from .errors import GraphAPIError, GraphRequestError, GraphTransportError, error_from_body
from .uploads import Upload, read_upload
from .usage import Usage

T = TypeVar("T")
Encoding = Literal["text", "bool", "datetime", "enum", "json", "fields", "file"]


@dataclass(frozen=True)
class Param:
    """One parameter of an operation, by its Graph name."""

    name: str
    encoding: Encoding
    required: bool = False
    in_path: bool = False
    enum: type[GraphEnum] | None = None
    max_items: int | None = None  # Graph's limit per request
    argument: str | None = (
        None  # the key of the call's values, when not the Graph name (e.g. "fields_param")
    )

    @property
    def key(self) -> str:
        return self.argument or self.name


@dataclass(frozen=True)
class Operation(Generic[T]):
    """A Graph operation: method, path template, parameters, result type and the error codes it documents."""

    name: str
    method: Literal["GET", "POST", "DELETE"]
    path: str
    params: tuple[Param, ...]
    result: Any
    errors: tuple[int, ...] = ()
    paginated: bool = False
    idempotent: bool = (
        False  # repeating it has the effect of doing it once; decides retries after doubt
    )
    _adapter: list[TypeAdapter[T]] = field(default_factory=list, compare=False, repr=False)

    def adapter(self) -> TypeAdapter[T]:
        # Built on first use: a TypeAdapter builds the validators of every model the result reaches.
        if not self._adapter:
            self._adapter.append(TypeAdapter(self.result))
        return self._adapter[0]


@dataclass(frozen=True)
class PreparedRequest:
    method: str
    path: str  # below the version segment, e.g. "/123/events"
    query: tuple[tuple[str, str], ...]
    form: tuple[tuple[str, str], ...]
    files: tuple[
        tuple[str, Upload], ...
    ] = ()  # file parameters: the body is then multipart/form-data


def to_jsonable(value: Any) -> Any:
    """Plain JSON data for ``value``; mappings keep the key order they were given."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_none=True)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {
            str(k.value if isinstance(k, Enum) else k): to_jsonable(v) for k, v in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _json_item(item: Any) -> str:
    if isinstance(item, BaseModel):
        return item.model_dump_json(by_alias=True, exclude_none=True)
    return json.dumps(to_jsonable(item), separators=(",", ":"), ensure_ascii=False)


def _enum_value(param: Param, value: Any) -> str:
    assert param.enum is not None
    try:
        return str(param.enum.known(value).value)
    except ValueError as exc:
        raise GraphRequestError(f"parameter {param.key!r}: {exc}") from None


def encode(param: Param, value: Any) -> str:
    """The text Graph expects for one parameter value."""
    if param.encoding == "bool":
        if not isinstance(value, bool):
            raise GraphRequestError(
                f"parameter {param.key!r} takes a bool, not {type(value).__name__}"
            )
        return "true" if value else "false"
    if param.encoding == "enum":
        return _enum_value(param, value)
    if param.encoding == "fields":
        if isinstance(value, str) or not isinstance(value, Sequence):
            raise GraphRequestError(
                f"parameter 'fields' takes a list of field names, not {type(value).__name__}"
            )
        return ",".join(_enum_value(param, item) if param.enum else str(item) for item in value)
    if param.encoding == "datetime":
        if isinstance(value, datetime):
            if value.tzinfo is None:
                raise GraphRequestError(f"parameter {param.key!r}: give a timezone-aware datetime")
            return str(int(value.timestamp()))
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        raise GraphRequestError(f"parameter {param.key!r} takes a datetime or Unix seconds")
    if param.encoding == "json":
        if param.enum is not None:
            if isinstance(value, str) or not isinstance(value, Sequence):
                raise GraphRequestError(
                    f"parameter {param.key!r} takes a list of {param.enum.__name__} values"
                )
            value = [_enum_value(param, item) for item in value]
        if isinstance(value, str):
            return value  # already JSON-encoded by the caller
        if isinstance(value, (list, tuple)) and any(isinstance(item, BaseModel) for item in value):
            # Typed items go through pydantic's own (compiled) JSON encoder; both spell JSON the same, compactly.
            return "[" + ",".join(_json_item(item) for item in value) + "]"
        return json.dumps(to_jsonable(value), separators=(",", ":"), ensure_ascii=False)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise GraphRequestError(
            f"parameter {param.key!r} takes text or a number, not {type(value).__name__}"
        )
    return str(value)


def prepare(operation: Operation[Any], values: Mapping[str, Any]) -> PreparedRequest:
    """Check the arguments against the operation and encode them the way Graph expects."""
    path = operation.path
    encoded: list[tuple[str, str]] = []
    files: list[tuple[str, Upload]] = []
    sent: dict[str, str] = {}  # Graph name -> the argument that set it
    for param in operation.params:
        value = values.get(param.key)
        if value is None:
            if param.required:
                raise GraphRequestError(f"{operation.name}: parameter {param.key!r} is required")
            continue
        if param.name in sent:
            raise GraphRequestError(
                f"{operation.name}: {sent[param.name]!r} and {param.key!r} both set Graph's {param.name!r}; give one"
            )
        sent[param.name] = param.key
        if (
            param.max_items is not None
            and isinstance(value, Sequence)
            and len(value) > param.max_items
        ):
            raise GraphRequestError(
                f"{operation.name}: parameter {param.key!r} takes at most {param.max_items} items per request, "
                f"not {len(value)}; {operation.name}_in_chunks sends any number"
            )
        if param.encoding == "file":
            # A list<file> parameter sends one part per file, all under the parameter's name.
            items = value if isinstance(value, (list, tuple)) else [value]
            files.extend((param.name, read_upload(param.key, item)) for item in items)
            continue
        text = encode(param, value)
        if param.in_path:
            if text == "":
                raise GraphRequestError(f"{operation.name}: {param.name!r} must not be empty")
            # Ids are quoted whole, so a value can never change which path is called.
            path = path.replace("{" + param.name + "}", quote(text, safe=""))
        else:
            encoded.append((param.name, text))
    unknown = sorted(set(values) - {p.key for p in operation.params})
    if unknown:
        raise GraphRequestError(
            f"{operation.name}: unknown parameter(s) {', '.join(map(repr, unknown))}"
        )
    if operation.method == "POST":
        return PreparedRequest(operation.method, path, (), tuple(encoded), tuple(files))
    return PreparedRequest(operation.method, path, tuple(encoded), ())


def _excerpt(content: bytes, limit: int = 200) -> str:
    text = content[:limit].decode("utf-8", errors="replace")
    return " ".join(text.split())


def interpret(
    operation: Operation[T],
    status: int,
    content: bytes,
    registry: Mapping[int, type[GraphAPIError]],
    usage: Usage | None = None,
) -> T:
    """The result of a call, or the exception its answer stands for."""
    try:
        body = json.loads(content) if content else None
    except ValueError:
        raise GraphTransportError(
            f"{operation.name}: HTTP {status} with a body that is not JSON: {_excerpt(content)!r}",
            http_status=status,
            excerpt=_excerpt(content),
            usage=usage,
        ) from None
    if isinstance(body, dict) and "error" in body:
        raise error_from_body(body, registry, http_status=status, usage=usage)
    if status >= 400 or not isinstance(body, (dict, list)):
        raise GraphTransportError(
            f"{operation.name}: HTTP {status} without a Graph result: {_excerpt(content)!r}",
            http_status=status,
            excerpt=_excerpt(content),
            usage=usage,
        )
    try:
        return operation.adapter().validate_python(body)
    except ValidationError as exc:
        raise GraphTransportError(
            f"{operation.name}: the answer does not match the documented result: {exc.error_count()} problem(s), "
            f"first at {'.'.join(map(str, exc.errors()[0]['loc'])) or 'the top'}: {exc.errors()[0]['msg']}",
            http_status=status,
            excerpt=_excerpt(content),
        ) from None
