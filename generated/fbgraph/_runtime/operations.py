"""How a call's arguments become a Graph request, and how its answer becomes a result.

The sync and async clients share all of this; they differ only in how they send. The operations and parameters
themselves are declared with ``declarations`` (re-exported here).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from functools import lru_cache
from typing import Any, TypeVar
from urllib.parse import quote

from pydantic import BaseModel, TypeAdapter, ValidationError

from .declarations import Encoding, Operation, Param
from .errors import GraphAPIError, GraphRequestError, GraphTransportError, error_from_body
from .models import CREDENTIAL_PARAMS
from .request_models import checked
from .safe_json import load_json
from .uploads import Upload, read_upload
from .usage import Usage

__all__ = [
    "Encoding",
    "Operation",
    "Param",
    "PreparedRequest",
    "checked_models",
    "encode",
    "encode_extra",
    "interpret",
    "path_id",
    "prepare",
    "to_jsonable",
]

T = TypeVar("T")


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


def _item_count(param: Param, value: Any) -> int | None:
    """How many items a list value holds; a json value given already encoded is counted once decoded, and
    other text is one value."""
    if isinstance(value, str):
        if param.encoding != "json":
            return None
        try:
            value = json.loads(value)
        except (ValueError, RecursionError):
            return None  # not JSON: the parameter's own encoding refuses or sends it as it is
        return len(value) if isinstance(value, list) else None
    return len(value) if isinstance(value, Sequence) else None


def _json_item(item: Any) -> str:
    if isinstance(item, BaseModel):
        return item.model_dump_json(by_alias=True, exclude_none=True)
    return json.dumps(to_jsonable(item), separators=(",", ":"), ensure_ascii=False)


def _json_items(items: Sequence[Any]) -> str:
    kind = type(items[0])
    if issubclass(kind, BaseModel) and all(type(item) is kind for item in items):
        # Items of one model class (a batch of events) go through pydantic in one call.
        return _list_adapter(kind).dump_json(list(items), by_alias=True, exclude_none=True).decode()
    return "[" + ",".join(_json_item(item) for item in items) + "]"


@lru_cache(maxsize=64)
def _list_adapter(kind: type[BaseModel]) -> TypeAdapter[list[Any]]:
    return TypeAdapter(list[kind])  # type: ignore[valid-type]


def _enum_value(param: Param, value: Any) -> str:
    assert param.enum is not None
    try:
        return str(param.enum.known(value).value)
    except ValueError as exc:
        raise GraphRequestError(f"parameter {param.key!r}: {exc}") from None


def checked_models(param: Param, value: Any) -> Any:
    """``value`` with every struct validated through the parameter's model, however it was given.

    Plain mappings, JSON text and models built without validation all become validated models, so that the rules
    of the model (customer data normalised and hashed, unknown keys refused) hold on every path into a request.
    """
    assert param.model is not None
    model = param.model
    if isinstance(value, (str, bytes)):
        try:
            value = json.loads(value)
        except (ValueError, RecursionError):
            raise GraphRequestError(
                f"parameter {param.name!r}: the text given is not JSON"
            ) from None
    if not param.many:
        return _checked_model(param, model, value, None)
    if (
        isinstance(value, (Mapping, BaseModel))
        or not isinstance(value, Sequence)
        or isinstance(value, str)
    ):
        raise GraphRequestError(
            f"parameter {param.name!r} takes a list of {model.__name__}, not {type(value).__name__}"
        )
    if not value:
        raise GraphRequestError(f"parameter {param.name!r} must hold at least one {model.__name__}")
    return [_checked_model(param, model, item, index) for index, item in enumerate(value)]


def _checked_model(param: Param, model: type[BaseModel], item: Any, index: int | None) -> Any:
    if type(item) is model:
        return checked(
            item
        )  # validated when built; one built with model_construct is validated now
    where = f"parameter {param.name!r}" + ("" if index is None else f" item {index}")
    if isinstance(item, BaseModel):
        item = item.model_dump(by_alias=True, exclude_unset=True)
    if not isinstance(item, Mapping):
        raise GraphRequestError(
            f"{where} takes a {model.__name__} or a mapping, not {type(item).__name__}"
        )
    error: ValidationError | None = None
    try:
        validated = model.model_validate(item)
    except ValidationError as exc:
        error = exc  # request models keep no input in their errors
    if error is not None:
        raise GraphRequestError(f"{where}: {error}")
    # Sent as the validated data, in the key order the caller gave.
    return _in_given_order(
        validated.model_dump(mode="json", by_alias=True, exclude_none=True), item
    )


def _in_given_order(validated: Any, given: Any) -> Any:
    if not (isinstance(validated, dict) and isinstance(given, Mapping)):
        return validated
    keys = [k for k in given if k in validated] + [k for k in validated if k not in given]
    return {k: _in_given_order(validated[k], given.get(k)) for k in keys}


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
        if param.model is not None:
            value = checked_models(param, value)
        if param.enum is not None:
            if isinstance(value, str) or not isinstance(value, Sequence):
                raise GraphRequestError(
                    f"parameter {param.key!r} takes a list of {param.enum.__name__} values"
                )
            value = [_enum_value(param, item) for item in value]
        if isinstance(value, str):
            return value  # already JSON-encoded by the caller (never for structs: those were decoded and checked)
        # A set, a Decimal, an object of its own or a cycle cannot be sent: refused like any bad value.
        unencodable = (TypeError, ValueError, RecursionError)
        try:
            if isinstance(value, (list, tuple)) and any(isinstance(v, BaseModel) for v in value):
                return _json_items(value)  # pydantic's own compiled encoder, spelling JSON the same
            return json.dumps(to_jsonable(value), separators=(",", ":"), ensure_ascii=False)
        except unencodable as exc:
            raise GraphRequestError(
                f"parameter {param.key!r} holds a value JSON cannot encode ({exc})"
            ) from None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise GraphRequestError(
            f"parameter {param.key!r} takes text or a number, not {type(value).__name__}"
        )
    return str(value)


# Graph's ids: digits, or an ad account's "act_" and digits. Anything else could change which path is called.
_GRAPH_ID = re.compile(r"(act_)?[0-9]{1,40}")


def path_id(operation: Operation[Any], param: Param, text: str) -> str:
    """An id checked against Graph's id forms and quoted as a single path segment."""
    after_prefix = "act_{" + param.name + "}" in operation.path  # the path spells the prefix itself
    found = _GRAPH_ID.fullmatch(text)
    if found is None or (after_prefix and found.group(1)):
        form = "digits" if after_prefix else "digits, or act_ and digits"
        raise GraphRequestError(f"{operation.name}: {param.name!r} must be a Graph id ({form})")
    return quote(text, safe="")


def encode_extra(name: str, value: Any) -> str:
    """The text for a parameter the spec does not list: text and numbers as given, booleans and datetimes as
    Graph spells them, enum members as their value, anything else (lists, mappings, models) as compact JSON.
    """
    if isinstance(value, bool):
        return encode(Param(name, "bool"), value)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (str, int, float)):
        return str(value)
    if isinstance(value, datetime):
        return encode(Param(name, "datetime"), value)
    return encode(Param(name, "json"), value)


def _extra_params(operation: Operation[Any], extra: Mapping[str, Any]) -> list[tuple[str, str]]:
    """``extra_params``: parameters the spec does not list, sent as given after the declared ones.

    A name that is a declared parameter (or a credential, which the client sends itself) is refused rather than
    silently sent twice or overriding the keyword: the keyword is the one place for it.
    """
    declared = {p.name for p in operation.params}
    encoded: list[tuple[str, str]] = []
    for name, value in extra.items():
        if not isinstance(name, str) or not name:
            raise GraphRequestError(
                f"{operation.name}: extra_params keys must be non-empty strings, not {name!r}"
            )
        if name in declared:
            raise GraphRequestError(
                f"{operation.name}: extra_params names {name!r}, a declared parameter; pass it as its keyword"
            )
        if name in CREDENTIAL_PARAMS:
            raise GraphRequestError(
                f"{operation.name}: extra_params names {name!r}; the client sends credentials"
            )
        if value is not None:
            encoded.append((name, encode_extra(name, value)))
    return encoded


def prepare(
    operation: Operation[Any], values: Mapping[str, Any], extra: Mapping[str, Any] | None = None
) -> PreparedRequest:
    """Check the arguments against the operation and encode them the way Graph expects.

    ``extra`` holds parameters the spec does not list (a function's ``extra_params``); see ``_extra_params``.
    """
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
        count = _item_count(param, value) if param.max_items is not None else None
        if param.max_items is not None and count is not None and count > param.max_items:
            raise GraphRequestError(
                f"{operation.name}: parameter {param.key!r} takes at most {param.max_items} items per request, "
                f"not {count}; {operation.name}_in_chunks sends any number"
            )
        if param.encoding == "file":
            # A list<file> parameter sends one part per file, all under the parameter's name.
            items = value if isinstance(value, (list, tuple)) else [value]
            files.extend((param.name, read_upload(param.key, item)) for item in items)
            continue
        text = encode(param, value)
        if param.in_path:
            path = path.replace("{" + param.name + "}", path_id(operation, param, text))
        else:
            encoded.append((param.name, text))
    unknown = sorted(set(values) - {p.key for p in operation.params})
    if unknown:
        raise GraphRequestError(
            f"{operation.name}: unknown parameter(s) {', '.join(map(repr, unknown))}"
        )
    if extra:
        encoded.extend(_extra_params(operation, extra))
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
        body = load_json(content) if content else None
    except (ValueError, RecursionError):
        raise GraphTransportError(
            f"{operation.name}: HTTP {status} with a body that is not JSON (or nested too deeply): "
            f"{_excerpt(content)!r}",
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
            usage=usage,
        ) from None
