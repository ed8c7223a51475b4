"""Base classes of the models a call sends to Graph: strict, validated on every path in, and silent about inputs.

Response models keep what Graph adds without notice; request models do the opposite. A key the model does not
declare is refused (with a suggestion for near misses), assignment is validated, enum values must be known, and
instances that skipped validation (``model_construct``, ``model_copy(update=...)``) are validated again when they
are nested into a validated model and before they are sent. Validation errors name the field and the rule, never the value: request models carry customer data.
"""

from __future__ import annotations

import difflib
import typing
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    JsonValue,
    ValidationError,
    model_validator,
)
from pydantic_core import CoreSchema, InitErrorDetails, PydanticCustomError, core_schema

from .enums import GraphEnum
from .models import GraphModel, LazyType

__all__ = [
    "OpenRequestModel",
    "RequestModel",
    "checked",
    "field_error",
    "without_inputs",
]

# Marks an instance whose data pydantic has not validated; it is validated before it is sent.
_UNCHECKED = "unchecked"


class RequestModel(GraphModel):
    """Base of every model sent to Graph. See the module docstring for what it guarantees."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, hide_input_in_errors=True)
    #: Other spellings of field names that users reach for, e.g. {"email": "em"}; used only in suggestions.
    graph_spellings: ClassVar[Mapping[str, str]] = {}

    @classmethod
    def model_construct(cls, _fields_set: set[str] | None = None, **values: Any) -> Self:  # type: ignore[override, unused-ignore]
        # (pydantic's mypy plugin types model_construct per model, from its fields; this one serves them all.)
        instance: Self = typing.cast(Any, super().model_construct(_fields_set, **values))
        _mark_unchecked(instance)
        return instance

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        copied = super().model_copy(update=update, deep=deep)
        if update:
            # The update went in without validation: validate the result as a whole, now.
            return type(self).model_validate(_field_values(copied))
        return copied

    # Every way in (constructor, model_validate, model_validate_json, assignment) drops inputs from its errors;
    # nested models are validated inside their parent's call, so their errors pass through the parent's.
    def __init__(self, /, **data: Any) -> None:
        failure: ValidationError | None = None
        try:
            # What BaseModel.__init__ does, without its extra frame: this runs for every event.
            self.__pydantic_validator__.validate_python(data, self_instance=self)
        except ValidationError as exc:
            failure = without_inputs(exc, type(self))
        if failure is not None:
            raise failure  # outside the handler, so that the error holding the inputs is not chained to it

    @classmethod
    def model_validate(cls, obj: Any, **options: Any) -> Self:
        failure: ValidationError | None = None
        try:
            return super().model_validate(obj, **options)
        except ValidationError as exc:
            failure = without_inputs(exc, cls)
        raise failure

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **options: Any) -> Self:
        failure: ValidationError | None = None
        try:
            return super().model_validate_json(json_data, **options)
        except ValidationError as exc:
            failure = without_inputs(exc, cls)
        raise failure

    def __setattr__(self, name: str, value: Any) -> None:
        failure: ValidationError | None = None
        try:
            super().__setattr__(name, value)
        except ValidationError as exc:
            failure = without_inputs(exc, type(self))
        if failure is not None:
            raise failure

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        # Checks run on the fields that need them only (enums, nested models), as cheap field validators.
        schema = handler(source)
        fields: Any = schema
        while fields.get("type") != "model-fields" and "schema" in fields:
            fields = fields["schema"]
        for name, field in (fields.get("fields") or {}).items():
            if _holds_enum_or_model(field["schema"]):
                # Inside a default, so that the field stays optional, and inside nullable: None needs no check.
                holder = field["schema"] if field["schema"].get("type") == "default" else field
                if holder["schema"].get("type") == "nullable":
                    holder = holder["schema"]
                # A field of one model needs only ``checked``, called directly.
                check = (
                    checked
                    if holder["schema"].get("type") == "model"
                    else _field_check(f"{cls.__name__}.{name}")
                )
                holder["schema"] = core_schema.no_info_after_validator_function(
                    check, holder["schema"]
                )
        return schema


def _holds_enum_or_model(schema: Any) -> bool:
    """Whether a field's core schema validates enum members or models (looked up in the schema, which is
    complete when this runs, unlike annotations that may still be forward references)."""
    if isinstance(schema, dict):
        if schema.get("type") in ("enum", "model", "definition-ref"):
            return True
        return any(
            _holds_enum_or_model(value) for key, value in schema.items() if key != "metadata"
        )
    if isinstance(schema, list):
        return any(_holds_enum_or_model(item) for item in schema)
    return False


def _field_check(where: str) -> Callable[[Any], Any]:
    """A field validator: enum values must be known (reading keeps unknown ones; sending must not), and models
    built without validation are validated (pydantic keeps model instances given to a field as they are).
    """

    def one(value: Any) -> Any:
        if isinstance(value, GraphEnum):
            if not value.is_known:
                raise ValueError(
                    f"{where} must be one of: {', '.join(m.value for m in type(value))}"
                )
            return value
        return checked(value)

    def check(value: Any) -> Any:
        # The common cases first, in this one call: a model validated when built, a known member.
        if isinstance(value, GraphEnum) and value.is_known:
            return value
        if isinstance(value, RequestModel) and not value.__pydantic_private__:
            return value
        return [one(item) for item in value] if isinstance(value, list) else one(value)

    return check


class OpenRequestModel(RequestModel):
    """A request model that also takes keys of the caller's choosing, which Graph documents as free-form.

    Those keys are sent as given (JSON values only), beside the declared fields that are checked as usual.
    """

    model_config = ConfigDict(extra="allow")
    __pydantic_extra__: dict[str, JsonValue] = Field(init=False)


def checked(instance: Any) -> Any:
    """``instance`` if it was validated; a validated equal of it if it was built with ``model_construct``.

    (pydantic keeps model instances given to a field as they are, validated or not.)
    """
    private = getattr(instance, "__pydantic_private__", None)
    if private and private.get(_UNCHECKED) and isinstance(instance, RequestModel):
        return type(instance).model_validate(_field_values(instance))
    return instance


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
