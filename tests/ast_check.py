"""What generated modules may contain: the statement kinds and calls the templates write, nothing else.

A string from the spec that escaped its literal would show up here as a stray call, import or statement.
"""

from __future__ import annotations

import ast

ALLOWED_CALLS = {
    "Operation",
    "FieldRule",
    "client.execute_in_chunks",
    "Param",
    "Field",
    "LazyType",
    "Tag",
    "keyed_union",
    "frozenset",
    "lazy_getattr",
    "include_extensions",
    "globals",
    "client.execute",
    "client.iterate",
    "_error_from_body",
    "__name__.rpartition",
}
ALLOWED_STATEMENTS = (
    ast.Expr,
    ast.Import,
    ast.ImportFrom,
    ast.ClassDef,
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.Assign,
    ast.AnnAssign,
    ast.If,
    ast.Return,
    ast.Pass,
)
ALLOWED_MODULES = ("__future__", "typing", "collections.abc", "datetime", "enum", "pydantic")


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return type(node).__name__


def problems(source: str, package: str) -> list[str]:
    """Everything in ``source`` that the generated-module templates never write."""
    tree = ast.parse(source)
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt) and not isinstance(node, ALLOWED_STATEMENTS):
            found.append(f"line {node.lineno}: statement {type(node).__name__}")
        docstring = (
            isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        )
        hook = (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Call)
            and _dotted(node.value.func) == "include_extensions"
        )
        if isinstance(node, ast.Expr) and not (docstring or hook):
            found.append(f"line {node.lineno}: an expression statement that is not a docstring")
        if isinstance(node, ast.If) and _dotted(node.test) != "TYPE_CHECKING":
            found.append(f"line {node.lineno}: an `if` other than `if TYPE_CHECKING:`")
        if isinstance(node, ast.Call) and _dotted(node.func) not in ALLOWED_CALLS:
            found.append(f"line {node.lineno}: call to {_dotted(node.func)}")
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level == 0 and not (module.startswith(package) or module in ALLOWED_MODULES):
                found.append(f"line {node.lineno}: import from {module}")
        if isinstance(node, ast.Import):
            found.append(f"line {node.lineno}: plain import")
        if isinstance(node, (ast.Lambda, ast.Await, ast.Yield, ast.YieldFrom, ast.NamedExpr, ast.JoinedStr)):
            if not (isinstance(node, ast.Await) and isinstance(node.value, ast.Call)):
                found.append(f"line {getattr(node, 'lineno', 0)}: {type(node).__name__}")
    return found


def version_modules(files: dict[str, str], package: str) -> dict[str, str]:
    """The generated modules that carry spec content: everything but the static runtime and testing modules."""
    return {
        path: text
        for path, text in files.items()
        if path.endswith(".py") and not path.startswith(f"{package}/_runtime/") and path != f"{package}/testing.py"
    }
