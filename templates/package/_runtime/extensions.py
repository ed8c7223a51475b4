"""Hand-written additions to generated modules.

The one place for code the generator must never touch is ``extensions/`` in the package: a module
``extensions/<version>/<node>.py`` (for example ``extensions/v25_0/ads_pixel.py``, with ``__init__.py`` files in
``extensions/`` and ``extensions/<version>/``) adds its public names, or those in its ``__all__``, to the generated
module of the same name. Regeneration keeps the folder as it is.
"""

from __future__ import annotations

import importlib
from collections.abc import MutableMapping
from typing import Any

__all__ = [
    "include_extensions",
]


def include_extensions(namespace: MutableMapping[str, Any], version: str, module: str) -> None:
    """Add the names of ``extensions/<version>/<module>.py`` to ``namespace``, if that file exists."""
    package = str(namespace["__name__"]).split(".")[0]
    target = f"{package}.extensions.{version}.{module}"
    try:
        extension = importlib.import_module(target)
    except ModuleNotFoundError as exc:
        if exc.name is not None and (target == exc.name or target.startswith(exc.name + ".")):
            return  # no extension for this module
        raise
    names = getattr(extension, "__all__", None) or [
        n for n in vars(extension) if not n.startswith("_")
    ]
    exported = namespace.setdefault("__all__", [])
    for name in names:
        namespace[name] = getattr(extension, name)
        if name not in exported:
            exported.append(name)
