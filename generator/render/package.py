"""Plan the generated tree: which template renders which file, with what part of the IR."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.formatting import LINE_LENGTH
from generator.ir import model as ir
from generator.render.environment import environment
from generator.render.models import render_model_classes

# Runtime modules, shared by every version.
RUNTIME_MODULES = (
    "__init__",
    "calls",
    "client",
    "enums",
    "errors",
    "fake",
    "lazy",
    "models",
    "operations",
    "retry",
    "usage",
)


def _render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)


def render_model_module(package: ir.PackageIR, version: ir.VersionIR, module: ir.ModelModule) -> str:
    header = _render("package/version/models/_header.py.jinja", module=module).rstrip("\n")
    classes = render_model_classes(module, package.package, version.module, header)
    return _render("package/version/models/module.py.jinja", classes=classes.rstrip("\n"), module=module)


def render_package(package: ir.PackageIR) -> Iterator[tuple[str, str]]:
    """Every file of the generated distribution, as (path relative to the output folder, text)."""
    top = package.package
    yield "pyproject.toml", _render("pyproject.toml.jinja", package=package, line_length=LINE_LENGTH)
    yield "README.md", _render("README.md.jinja", package=package)
    yield f"{top}/__init__.py", _render("package/__init__.py.jinja", package=package)
    yield f"{top}/py.typed", _render("package/py.typed.jinja")
    yield f"{top}/testing.py", _render("package/testing.py.jinja", package=package)
    for name in RUNTIME_MODULES:
        yield f"{top}/_runtime/{name}.py", _render(f"package/_runtime/{name}.py.jinja", package=package)
    for version in package.versions:
        base = f"{top}/{version.module}"
        yield f"{base}/__init__.py", _render("package/version/__init__.py.jinja", version=version)
        yield f"{base}/client.py", _render("package/version/client.py.jinja", version=version)
        yield f"{base}/errors.py", _render("package/version/errors.py.jinja", version=version)
        yield f"{base}/_routes.py", _render("package/version/_routes.py.jinja", version=version)
        for endpoints in version.endpoint_modules:
            yield f"{base}/{endpoints.name}.py", _render("package/version/node.py.jinja", module=endpoints)
        yield f"{base}/models/__init__.py", _render("package/version/models/__init__.py.jinja", version=version)
        yield f"{base}/models/_refs.py", _render("package/version/models/_refs.py.jinja", version=version)
        for module in version.model_modules:
            yield f"{base}/models/{module.name}.py", render_model_module(package, version, module)
