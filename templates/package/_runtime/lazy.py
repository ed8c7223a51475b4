"""Lazy attributes and lazy references, so that importing a version, its models or an endpoint module imports
nothing it does not use.

This module imports nothing heavy (no pydantic, no httpx): generated modules import it before anything else.
"""

from __future__ import annotations

import importlib
import types
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

__all__ = [
    "LazyType",
    "lazy_getattr",
    "resolved",
]


def lazy_getattr(package: str, attributes: Mapping[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` that imports ``attributes[name]`` (a submodule) on first access.

    A name that maps to the empty string is a submodule of its own; a module starting with a dot is relative to
    ``package`` (``".._runtime.models"`` from a version subpackage).
    """

    def __getattr__(name: str) -> object:
        module = attributes.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        if module == "":
            return importlib.import_module(f"{package}.{name}")
        if module.startswith("."):
            return getattr(importlib.import_module(module, package), name)
        return getattr(importlib.import_module(f"{package}.{module}"), name)

    return __getattr__


_UNRESOLVED: Any = object()


class LazyType:
    """A stand-in for a class of another module, imported only when it is first needed.

    Node modules refer to each other in cycles (a pixel has an owner business, a business owns pixels); importing
    them eagerly would import every module of a version. Endpoint modules declare their operations with these too,
    so that importing one builds no model. Static type checkers see the real class instead.

    ``module`` is below ``package`` (``"ads_pixel"``), or relative to it when it starts with a dot
    (``".._runtime.models"``). ``Page[AdsPixel]`` of lazy types is lazy too.
    """

    __slots__ = ("_module", "_name", "_args", "_target")

    def __init__(self, package: str, module: str, name: str) -> None:
        self._module = _absolute(package, module)
        self._name = name
        self._args: tuple[Any, ...] = ()
        self._target: Any = _UNRESOLVED

    def resolve(self) -> Any:
        """The class itself (parametrised, for a subscripted one), imported on the first call."""
        if self._target is _UNRESOLVED:
            target = getattr(importlib.import_module(self._module), self._name)
            if self._args:
                args = tuple(resolved(arg) for arg in self._args)
                target = target[args[0] if len(args) == 1 else args]
            self._target = target
        return self._target

    def __getitem__(self, args: Any) -> LazyType:
        subscripted = LazyType.__new__(LazyType)
        subscripted._module = self._module
        subscripted._name = self._name
        subscripted._args = args if isinstance(args, tuple) else (args,)
        subscripted._target = _UNRESOLVED
        return subscripted

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.resolve()(*args, **kwargs)

    def __or__(self, other: Any) -> Any:
        return typing.Union[self, other]  # noqa: UP007 - operands may not be classes

    def __ror__(self, other: Any) -> Any:
        return typing.Union[other, self]  # noqa: UP007

    def __repr__(self) -> str:
        base = f"{self._module}.{self._name}"
        return f"{base}[{', '.join(map(repr, self._args))}]" if self._args else base

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return handler.generate_schema(self.resolve())


def resolved(annotation: Any) -> Any:
    """``annotation`` with the lazy types in it imported: a ``LazyType``, or a builtin generic such as
    ``list[...]`` or ``dict[str, ...]`` holding some; anything else as it is."""
    if isinstance(annotation, LazyType):
        return annotation.resolve()
    if isinstance(annotation, types.GenericAlias):
        args = tuple(resolved(arg) for arg in annotation.__args__)
        if args != annotation.__args__:
            origin: Any = annotation.__origin__
            return origin[args]
    return annotation


def _absolute(package: str, module: str) -> str:
    if not module.startswith("."):
        return f"{package}.{module}"
    name = module.lstrip(".")
    base = package.rsplit(".", len(module) - len(name) - 1)[0]
    return f"{base}.{name}"
