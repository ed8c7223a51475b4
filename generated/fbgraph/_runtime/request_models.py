"""Base classes of the models a call sends to Graph: strict, validated on every path in, and silent about inputs.

Response models keep what Graph adds without notice; request models do the opposite. A key the model does not
declare is refused (with a suggestion for near misses), assignment is validated, enum values must be known, and
instances that skipped validation (``model_construct``, ``model_copy(update=...)``) are validated again before
they are sent. Validation errors name the field and the rule, never the value: request models carry customer data.
"""

from __future__ import annotations

import difflib
import typing
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any, ClassVar, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    ValidationError,
    ValidatorFunctionWrapHandler,
    model_serializer,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from .enums import GraphEnum
from .models import GraphModel, LazyType

# Marks an instance whose data pydantic has not validated; it is validated before it is sent.
_UNCHECKED = "unchecked"


class RequestModel(GraphModel):
    """Base of every model sent to Graph. See the module docstring for what it guarantees."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, hide_input_in_errors=True)
    #: Other spellings of field names that users reach for, e.g. {"email": "em"}; used only in suggestions.
    graph_spellings: ClassVar[Mapping[str, str]] = {}

    @classmethod
    def model_construct(cls, _fields_set: set[str] | None = None, **values: Any) -> Self:  # type: ignore[override]
        # (pydantic's mypy plugin types model_construct per model, from its fields; this one serves them all.)
        instance = typing.cast(Self, super().model_construct(_fields_set, **values))
        _mark_unchecked(instance)
        return instance

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        copied = super().model_copy(update=update, deep=deep)
        if update:
            # The update went in without validation: validate the result as a whole, now.
            return type(self).model_validate(_field_values(copied))
        return copied

    @model_validator(mode="wrap")
    @classmethod
    def _checked(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        # One wrapper for every way in (constructor, model_validate, assignment, nesting): errors lose their
        # inputs here, and enum values are checked once the fields are.
        failure: ValidationError | None = None
        try:
            result = handler(data)
        except ValidationError as exc:
            failure = without_inputs(exc, cls)
        if failure is not None:
            raise failure
        for name in _enum_fields(cls):
            for value in _enum_values(getattr(result, name, None)):
                if not value.is_known:
                    # Reading keeps enum values Graph added later; sending refuses values the spec does not know.
                    allowed = ", ".join(m.value for m in type(value))
                    raise field_error(cls, name, f"{cls.__name__}.{name} must be one of: {allowed}")
        return result

    @model_serializer(mode="wrap")
    def _serialize_checked(
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ) -> Any:
        if (self.__pydantic_private__ or {}).get(_UNCHECKED):
            return handler(type(self).model_validate(_field_values(self)))
        return handler(self)


class OpenRequestModel(RequestModel):
    """A request model that also takes keys of the caller's choosing, which Graph documents as free-form.

    Those keys are sent as given (JSON values only), beside the declared fields that are checked as usual.
    """

    model_config = ConfigDict(extra="allow")
    __pydantic_extra__: dict[str, JsonValue] = Field(init=False)


def _mark_unchecked(instance: BaseModel) -> None:
    object.__setattr__(
        instance,
        "__pydantic_private__",
        {**(instance.__pydantic_private__ or {}), _UNCHECKED: True},
    )


def _field_values(instance: BaseModel) -> dict[str, Any]:
    """The data of ``instance`` as a validator takes it: declared fields by name, then any extra keys."""
    values = {
        name: instance.__dict__[name]
        for name in type(instance).model_fields
        if name in instance.__dict__
    }
    values.update(instance.__pydantic_extra__ or {})
    return values


@lru_cache(maxsize=None)
def _enum_fields(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(
        name for name, info in model.model_fields.items() if any(_enum_classes(info.annotation))
    )


def _enum_classes(annotation: Any) -> Iterator[type[GraphEnum]]:
    if isinstance(annotation, type) and issubclass(annotation, GraphEnum):
        yield annotation
    for arg in typing.get_args(annotation):
        yield from _enum_classes(arg)


def _enum_values(value: Any) -> Iterator[GraphEnum]:
    if isinstance(value, GraphEnum):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _enum_values(item)


_PYDANTIC_EXTRA_MESSAGE = "Extra inputs are not permitted"


def without_inputs(error: ValidationError, model: type[BaseModel]) -> ValidationError:
    """The same validation error with every input and context dropped, and suggestions for unknown keys."""
    details: list[InitErrorDetails] = []
    for item in error.errors(include_url=False, include_context=False, include_input=False):
        message = item["msg"]
        if item["type"] == "extra_forbidden" and message == _PYDANTIC_EXTRA_MESSAGE:
            message = "is not a field" + _suggestion(model, item["loc"])
        details.append(
            {"type": PydanticCustomError(item["type"], message), "loc": item["loc"], "input": None}
        )
    return ValidationError.from_exception_data(error.title, details, hide_input=True)


def field_error(model: type[BaseModel], field: str, message: str) -> ValidationError:
    """A validation error of one field, in the same form as pydantic's, with no input."""
    detail: InitErrorDetails = {
        "type": PydanticCustomError("value_error", message),
        "loc": (field,),
        "input": None,
    }
    return ValidationError.from_exception_data(model.__name__, [detail], hide_input=True)


def _suggestion(model: type[BaseModel], loc: tuple[int | str, ...]) -> str:
    owner = _model_at(model, loc[:-1])
    key = loc[-1]
    if owner is None or not isinstance(key, str):
        return ""
    names: dict[str, str] = {}
    for name, info in owner.model_fields.items():
        names[name] = info.alias or name
        names[info.alias or name] = info.alias or name
    spellings = getattr(owner, "graph_spellings", {})
    names.update({other: target for other, target in spellings.items() if target in names.values()})
    wanted = key.strip().lower()
    found = names.get(wanted) or next(
        iter(difflib.get_close_matches(wanted, list(names), n=1, cutoff=0.75)), None
    )
    if found is not None:
        return f"; did you mean {names[found]!r}?"
    return f"; {owner.__name__} has: {', '.join(sorted(set(names.values())))}"


def _model_at(model: type[BaseModel], loc: tuple[int | str, ...]) -> type[BaseModel] | None:
    """The model class that validates the data at ``loc`` below ``model``, following fields and list items."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        info = next((i for n, i in current.model_fields.items() if part in (n, i.alias)), None)
        if info is None:
            return None
        current = _model_in(info.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _model_in(annotation: Any) -> Any:
    if isinstance(annotation, LazyType):
        return annotation.resolve()
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
