"""Operations and their parameters as data, as generated endpoint modules declare them.

Importing an endpoint module builds one ``Operation`` per route and nothing else: the enums, request models and
result types they name may be given as lazy types (``lazy.LazyType``), imported on first use. So this module
imports nothing heavy; pydantic is imported when a result adapter is first built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from .lazy import LazyType, resolved

if TYPE_CHECKING:
    from pydantic import BaseModel, TypeAdapter

    from .enums import GraphEnum

__all__ = [
    "Encoding",
    "Operation",
    "Param",
]

T = TypeVar("T")
Encoding = Literal["text", "bool", "datetime", "enum", "json", "fields", "file"]


class Param:
    """One parameter of an operation, by its Graph name.

    ``enum`` and ``model`` may be lazy types; reading them imports the class.
    """

    __slots__ = (
        "name",
        "encoding",
        "required",
        "in_path",
        "max_items",
        "many",
        "argument",
        "_enum",
        "_model",
    )

    def __init__(
        self,
        name: str,
        encoding: Encoding,
        required: bool = False,
        in_path: bool = False,
        enum: type[GraphEnum] | LazyType | None = None,
        max_items: int | None = None,  # Graph's limit per request
        model: type[BaseModel] | LazyType | None = None,  # validates each value (or list item)
        many: bool = False,  # a list parameter
        argument: str | None = None,  # the key of the call's values, when not the Graph name
    ) -> None:
        self.name = name
        self.encoding: Encoding = encoding
        self.required = required
        self.in_path = in_path
        self.max_items = max_items
        self.many = many
        self.argument = argument
        self._enum = enum
        self._model = model

    @property
    def enum(self) -> type[GraphEnum] | None:
        """The enum whose known members the parameter takes."""
        return resolved(self._enum)  # type: ignore[no-any-return]

    @property
    def model(self) -> type[BaseModel] | None:
        """The model each value (or list item) is validated through before sending."""
        return resolved(self._model)  # type: ignore[no-any-return]

    @property
    def key(self) -> str:
        return self.argument or self.name

    def __repr__(self) -> str:
        return f"Param({self.name!r}, {self.encoding!r})"


class Operation(Generic[T]):
    """A Graph operation: method, path template, parameters, result type and the error codes it documents.

    ``result`` may be a lazy type (or a builtin generic of some); reading it imports the classes.
    """

    __slots__ = (
        "name",
        "method",
        "path",
        "params",
        "errors",
        "paginated",
        "idempotent",
        "_result",
        "_adapter",
    )

    def __init__(
        self,
        name: str,
        method: Literal["GET", "POST", "DELETE"],
        path: str,
        params: tuple[Param, ...],
        result: Any,
        errors: tuple[int, ...] = (),
        paginated: bool = False,
        idempotent: bool = False,  # repeating it has the effect of doing it once; decides retries after doubt
    ) -> None:
        self.name = name
        self.method: Literal["GET", "POST", "DELETE"] = method
        self.path = path
        self.params = params
        self.errors = errors
        self.paginated = paginated
        self.idempotent = idempotent
        self._result = result
        self._adapter: TypeAdapter[T] | None = None

    @property
    def result(self) -> Any:
        """The result type, e.g. ``AdsPixel`` or ``Page[AdsPixel]``."""
        self._result = resolved(self._result)
        return self._result

    def adapter(self) -> TypeAdapter[T]:
        # Built on first use: a TypeAdapter builds the validators of every model the result reaches.
        if self._adapter is None:
            from pydantic import TypeAdapter

            self._adapter = TypeAdapter(self.result)
        return self._adapter

    def __repr__(self) -> str:
        return f"Operation({self.name!r}, {self.method!r}, {self.path!r})"
