"""The contract between the generator and the runtime it copies into every package, read from the runtime itself.

Nothing here is a hand-kept copy of a runtime fact. Exported names, error categories, normalisation steps,
parameter encodings and the attributes of the runtime's base classes are read from the runtime's source in
``templates/package/_runtime/`` (parsed, not imported); the names a generated module imports are read from the
import lines of its template. A spec name that would shadow any of them is renamed or refused by the IR.
"""

from __future__ import annotations

import ast
import enum
import functools
import keyword
import re
from dataclasses import dataclass
from pathlib import Path

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
RUNTIME_DIR = TEMPLATES_DIR / "package" / "_runtime"
VERSION_TEMPLATES = TEMPLATES_DIR / "package" / "version"

# The modules of a version subpackage besides one per node; a node's module may not take one of these names.
VERSION_MODULES = ("__init__", "client", "errors", "_routes")
VERSION_SUBPACKAGES = ("models",)

# Names datamodel-code-generator and generator/render/models.py import into a models module (a third-party tool's
# imports cannot be read from a template; tests check every models module against this list).
MODEL_MODULE_IMPORTS = frozenset(
    {
        "Annotated",
        "Any",
        "AwareDatetime",
        "BaseModel",
        "ClassVar",
        "ConfigDict",
        "Enum",
        "Field",
        "FieldRule",
        "GraphEnum",
        "GraphModel",
        "Literal",
        "Optional",
        "RootModel",
        "StrEnum",
        "Tag",
        "Union",
        "date",
        "datetime",
        "keyed_union",
    }
)

# Keywords every endpoint function may take besides the operation's own parameters (see
# templates/package/version/_operation.py.jinja; a test checks that the two agree).
CALL_KEYWORDS = frozenset({"client", "fields", "max_pages", "chunk_size", "extra_params"})


class ContractError(Exception):
    """The runtime's source no longer says something the generator relies on: a bug in this repository."""


@functools.lru_cache(maxsize=None)
def _runtime_module(name: str) -> ast.Module:
    return ast.parse((RUNTIME_DIR / f"{name}.py").read_text(encoding="utf-8"))


def runtime_modules() -> tuple[str, ...]:
    return tuple(sorted(path.stem for path in RUNTIME_DIR.glob("*.py")))


def _top_level_value(module: str, name: str) -> ast.expr:
    for node in _runtime_module(module).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return node.value
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            if node.value is not None:
                return node.value
    raise ContractError(f"the runtime's {module}.py no longer defines {name}")


def _strings(node: ast.expr, what: str) -> tuple[str, ...]:
    items = node.elts if isinstance(node, ast.List | ast.Tuple) else []
    values = tuple(item.value for item in items if isinstance(item, ast.Constant) and isinstance(item.value, str))
    if not items or len(values) != len(items):
        raise ContractError(f"{what} is not a literal list of strings")
    return values


@functools.lru_cache(maxsize=None)
def module_exports(module: str) -> tuple[str, ...]:
    """A runtime module's ``__all__``."""
    return _strings(_top_level_value(module, "__all__"), f"_runtime/{module}.py's __all__")


@functools.lru_cache(maxsize=1)
def runtime_names() -> frozenset[str]:
    """Every name any runtime module exports."""
    return frozenset(name for module in runtime_modules() if module != "__init__" for name in module_exports(module))


def _class(module: str, name: str) -> ast.ClassDef:
    for node in _runtime_module(module).body:
        if isinstance(node, ast.ClassDef) and node.name == name:
            return node
    raise ContractError(f"the runtime's {module}.py no longer defines class {name}")


def _class_attributes(node: ast.ClassDef) -> set[str]:
    found: set[str] = set()
    for item in node.body:
        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found.add(item.name)
        elif isinstance(item, ast.Assign):
            found.update(t.id for t in item.targets if isinstance(t, ast.Name))
        elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            found.add(item.target.id)
    return found


@functools.lru_cache(maxsize=1)
def model_attributes() -> frozenset[str]:
    """What a generated model already has: the runtime's GraphModel and pydantic's BaseModel."""
    from pydantic import BaseModel

    own = _class_attributes(_class("models", "GraphModel"))
    return frozenset(own | {name for name in dir(BaseModel) if not name.startswith("__")})


@functools.lru_cache(maxsize=1)
def enum_attributes() -> frozenset[str]:
    """What a generated enum member may not be called: the runtime's GraphEnum, str's and Enum's attributes."""
    own = _class_attributes(_class("enums", "GraphEnum"))
    return frozenset(own | set(dir(str)) | set(dir(enum.Enum)) | {"name", "value", "mro"})


@dataclass(frozen=True)
class Category:
    name: str  # the spec's spelling, e.g. "throttling"
    class_name: str
    description: str


@functools.lru_cache(maxsize=1)
def error_categories() -> tuple[Category, ...]:
    """The runtime's error categories: each class in errors.py that sets ``category``, in source order."""
    found: list[Category] = []
    for node in _runtime_module("errors").body:
        if not isinstance(node, ast.ClassDef):
            continue
        for item in node.body:
            target = item.targets[0] if isinstance(item, ast.Assign) and len(item.targets) == 1 else None
            if (
                isinstance(target, ast.Name)
                and target.id == "category"
                and isinstance(item, ast.Assign)
                and isinstance(item.value, ast.Constant)
                and isinstance(item.value.value, str)
            ):
                found.append(Category(item.value.value, node.name, ast.get_docstring(node) or ""))
    if not found:
        raise ContractError("the runtime's errors.py defines no error categories")
    return tuple(found)


@functools.lru_cache(maxsize=1)
def normalize_steps() -> frozenset[str]:
    """The names of the runtime's normalisation steps (the keys of ``STEPS`` in normalize.py)."""
    value = _top_level_value("normalize", "STEPS")
    if not isinstance(value, ast.Dict):
        raise ContractError("normalize.STEPS is not a literal dict")
    keys = [k.value for k in value.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    if len(keys) != len(value.keys):
        raise ContractError("normalize.STEPS has keys that are not strings")
    return frozenset(keys)


@functools.lru_cache(maxsize=1)
def param_encodings() -> frozenset[str]:
    """How the runtime can encode a parameter (the ``Encoding`` literal in declarations.py)."""
    value = _top_level_value("declarations", "Encoding")
    if not (isinstance(value, ast.Subscript) and isinstance(value.value, ast.Name) and value.value.id == "Literal"):
        raise ContractError("declarations.Encoding is not a Literal")
    inner = value.slice
    return frozenset(_strings(inner if isinstance(inner, ast.Tuple) else ast.Tuple([inner]), "declarations.Encoding"))


_TOP_LEVEL_NAME = re.compile(r"^(?:(?:async\s+)?def|class)\s+([A-Za-z_]\w*)|^([A-Za-z_]\w*)\s*[:=]")


@functools.lru_cache(maxsize=None)
def template_names(template: Path) -> frozenset[str]:
    """The names a template binds at the top of the module it renders, from its imports and its own definitions
    (lines with Jinja in them are skipped: what they bind comes from the spec)."""
    names: set[str] = set()
    lines = template.read_text(encoding="utf-8").splitlines()
    index = 0
    in_string = False
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.count('"""') % 2 == 1:
            in_string = not in_string
            continue
        if in_string or ("{" in line and not line.rstrip().endswith("(")):
            continue
        # Imports for type checkers only (`if TYPE_CHECKING:`) are indented; they bind names all the same.
        line = line.lstrip() if line.lstrip().startswith(("from ", "import ")) else line
        if not line.startswith(("from ", "import ")):
            match = _TOP_LEVEL_NAME.match(line)
            if match is not None:
                names.add(match[1] or match[2])
            continue
        statement = line
        if line.rstrip().endswith("("):
            while index < len(lines) and not lines[index - 1].rstrip().endswith(")"):
                statement += "\n" + lines[index]
                index += 1
            if "{" in statement:
                continue
        for node in ast.parse(statement).body:
            if isinstance(node, ast.Import | ast.ImportFrom):
                names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    return frozenset(name for name in names if not keyword.iskeyword(name) and name != "annotations")


def node_module_names() -> frozenset[str]:
    """Module-level names of a node's endpoint module that an operation's function may not take."""
    return template_names(VERSION_TEMPLATES / "node.py.jinja")


@functools.lru_cache(maxsize=1)
def reserved_class_names() -> frozenset[str]:
    """Names a spec's class may not take: every runtime export, and every name a generated module imports."""
    templates = [*VERSION_TEMPLATES.glob("*.py.jinja"), *(VERSION_TEMPLATES / "models").glob("*.py.jinja")]
    bound = set().union(*(template_names(path) for path in templates))
    return runtime_names() | bound | MODEL_MODULE_IMPORTS
