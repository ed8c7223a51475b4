"""The runtime's ``__all__`` lists are the source of the names generated code must not shadow."""

from __future__ import annotations

import importlib
from typing import TypeVar

from generator import contracts


def test_every_runtime_module_declares_exactly_what_it_defines() -> None:
    for module in contracts.runtime_modules():
        if module == "__init__":
            continue
        source = importlib.import_module(f"rtpkg._runtime.{module}")
        missing = [name for name in contracts.module_exports(module) if not hasattr(source, name)]
        assert not missing, f"_runtime/{module}.py's __all__ names what it does not define: {missing}"
        public = {
            name
            for name, value in vars(source).items()
            if name.isidentifier()  # pydantic stores parametrised generics such as "Page[Widget]" here
            and not name.startswith("_")
            and getattr(value, "__module__", None) == source.__name__
            and not isinstance(value, TypeVar)
        }
        assert public <= set(contracts.module_exports(module)), f"_runtime/{module}.py: add to __all__"
