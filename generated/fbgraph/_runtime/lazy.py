"""Lazy attributes for packages, so that importing a version or its models imports nothing it does not use."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping

__all__ = [
    "lazy_getattr",
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
