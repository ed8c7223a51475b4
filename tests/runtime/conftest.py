"""Unit tests of the runtime import its source from templates/package/_runtime/, with nothing generated.

The source is loaded as ``rtpkg._runtime``, a subpackage of an otherwise empty package, which is how every
generated package holds it; tests that need version subpackages (the fake server's routes) add them to
``rtpkg`` in memory.
"""

from __future__ import annotations

import importlib.util
import sys
import types

from tests.helpers import ROOT

RUNTIME_SOURCE = ROOT / "templates" / "package" / "_runtime"
PARENT = "rtpkg"


def _load_runtime() -> None:
    if f"{PARENT}._runtime" in sys.modules:
        return
    parent = types.ModuleType(PARENT)
    parent.__path__ = []
    sys.modules[PARENT] = parent
    spec = importlib.util.spec_from_file_location(
        f"{PARENT}._runtime", RUNTIME_SOURCE / "__init__.py", submodule_search_locations=[str(RUNTIME_SOURCE)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    parent._runtime = module  # type: ignore[attr-defined]


_load_runtime()
