"""Which package this runtime is vendored into, and which Graph versions it has, found at run time.

The runtime is copied into every generated package unchanged, so nothing here names a package or a version:
both come from where the runtime was imported from.
"""

from __future__ import annotations

import importlib
import re

__all__ = [
    "PACKAGE",
    "graph_versions",
    "version_module",
]

# The import name of the generated package, e.g. "fbgraph" for "fbgraph._runtime".
PACKAGE = __name__.rsplit(".", 2)[0]

_VERSION_MODULE = re.compile(r"v(\d+)_(\d+)\Z")


def version_module(graph_version: str) -> str:
    """The subpackage of a Graph version: "v25.0" and "v25_0" both give "v25_0"."""
    return graph_version.replace(".", "_")


def graph_versions() -> tuple[str, ...]:
    """The Graph versions the package has a subpackage for, oldest first, e.g. ("v5.0", "v25.0")."""
    import pkgutil  # only the fake server asks; the clients only need PACKAGE

    package = importlib.import_module(PACKAGE)
    found: list[tuple[int, int]] = []
    for module in pkgutil.iter_modules(getattr(package, "__path__", [])):
        match = _VERSION_MODULE.match(module.name)
        if match is not None and module.ispkg:
            found.append((int(match[1]), int(match[2])))
    return tuple(f"v{major}.{minor}" for major, minor in sorted(found))
