"""Small stand-ins for what a generated version defines (enums, models, an error catalogue), shared by the runtime
tests, and a way to give ``rtpkg`` a version subpackage that the fake server can find."""

from __future__ import annotations

import contextlib
import sys
import types
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from rtpkg._runtime.enums import GraphEnum
from rtpkg._runtime.errors import (
    GraphAPIError,
    GraphAuthError,
    GraphInvalidParameterError,
    GraphServerError,
    GraphThrottlingError,
)
from rtpkg._runtime.models import GraphModel
from rtpkg._runtime.operations import Operation

PARENT = "rtpkg"


class Color(GraphEnum):
    RED = "red"
    BLUE = "blue"


class WidgetField(GraphEnum):
    ID = "id"
    NAME = "name"
    COLOR = "color"


class Widget(GraphModel):
    id: str | None = None
    name: str | None = None
    color: Color | None = None


# A catalogue shaped like a generated errors.py: one class per documented code, under its category's class.
class ApiUnknownError(GraphServerError):
    code = 1
    transient_by_default = True
    documented_message = "An unknown error occurred"


class ApiTooManyCallsError(GraphThrottlingError):
    code = 4
    documented_message = "Application request limit reached"


class InvalidParameterError(GraphInvalidParameterError):
    code = 100
    documented_message = "Invalid parameter"


class AccessTokenInvalidError(GraphAuthError):
    code = 190
    documented_message = "Invalid OAuth 2.0 Access Token"


ERRORS_BY_CODE: Mapping[int, type[GraphAPIError]] = {
    cls.code: cls
    for cls in (ApiUnknownError, ApiTooManyCallsError, InvalidParameterError, AccessTokenInvalidError)
    if cls.code is not None
}


def graph_error_body(**error: Any) -> dict[str, Any]:
    """A Graph error answer, ``{"error": {...}}``, holding exactly the given fields."""
    return {"error": dict(error)}


@contextlib.contextmanager
def version_package(
    folder: Path,
    graph_version: str,
    operations: tuple[Operation[Any], ...],
    unsupported: tuple[tuple[str, str], ...] = (),
    errors_by_code: Mapping[int, type[GraphAPIError]] = ERRORS_BY_CODE,
) -> Iterator[types.ModuleType]:
    """Give ``rtpkg`` the version subpackage ``graph_version`` with an in-memory ``_routes`` module.

    ``identity.graph_versions()`` lists subpackages with ``pkgutil.iter_modules``, which reads folders, so the
    subpackage gets a real (empty) folder under ``folder``; its ``_routes`` module lives only in ``sys.modules``.
    """
    module_name = graph_version.replace(".", "_")
    (folder / module_name).mkdir(parents=True, exist_ok=True)
    (folder / module_name / "__init__.py").write_text("")
    parent = sys.modules[PARENT]
    package_name = f"{PARENT}.{module_name}"
    package = types.ModuleType(package_name)
    package.__path__ = [str(folder / module_name)]
    routes = types.ModuleType(f"{package_name}._routes")
    routes.GRAPH_VERSION = graph_version  # type: ignore[attr-defined]
    routes.OPERATIONS = operations  # type: ignore[attr-defined]
    routes.UNSUPPORTED = unsupported  # type: ignore[attr-defined]
    routes.ERRORS_BY_CODE = errors_by_code  # type: ignore[attr-defined]
    package._routes = routes  # type: ignore[attr-defined]
    parent.__path__.append(str(folder))
    sys.modules[package_name] = package
    sys.modules[routes.__name__] = routes
    try:
        yield routes
    finally:
        parent.__path__.remove(str(folder))
        sys.modules.pop(routes.__name__, None)
        sys.modules.pop(package_name, None)
