"""Load a spec folder: read every file, validate it against the spec schema, and collect every problem."""

from __future__ import annotations

import copy
import pickle
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from generator.cache import Cache, code_digest, sha256
from generator.diagnostics import Location, Problems, display_path
from generator.naming import identifier_problem, snake_case
from generator.spec.schema import ErrorsFile, TypeFile, VersionFile
from generator.spec.yaml_source import PathKey, YamlDocument, read_yaml

VERSION_FILE = "version.yaml"
ERRORS_FILE = "errors.yaml"
_VERSION_DIR = re.compile(r"^v[0-9]+\.[0-9]+\Z")

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class TypeEntry:
    """One node or struct file."""

    name: str
    is_node: bool
    spec: TypeFile
    doc: YamlDocument


@dataclass(frozen=True)
class LoadedVersion:
    folder: Path
    version: VersionFile
    version_doc: YamlDocument
    errors: ErrorsFile
    errors_doc: YamlDocument
    types: dict[str, TypeEntry]  # by name, sorted
    broken: frozenset[str]  # stems of type files that could not be read at all; their problems are reported

    @property
    def graph_version(self) -> str:
        return self.version.graph_version


def version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.lstrip("v").split("."))


def list_versions(spec_dir: Path) -> list[Path]:
    """The version folders of a spec directory, oldest first."""
    if not spec_dir.is_dir():
        return []
    folders = [p for p in spec_dir.iterdir() if p.is_dir() and _VERSION_DIR.match(p.name)]
    return sorted(folders, key=lambda p: version_key(p.name))


def _dotted(path: PathKey) -> str:
    return ".".join(str(p) for p in path)


def _data_path(data: Any, loc: tuple[int | str, ...]) -> PathKey:
    """Turn a pydantic error location into a path through the data, dropping union branch labels."""
    path: list[str | int] = []
    here = data
    for part in loc:
        if isinstance(here, dict) and part in here:
            here = here[part]
            path.append(part)
        elif isinstance(here, list) and isinstance(part, int) and 0 <= part < len(here):
            here = here[part]
            path.append(part)
        elif isinstance(here, dict) and isinstance(part, str) and part.isdigit() and int(part) in here:
            here = here[int(part)]
            path.append(int(part))
    return tuple(path)


def _describe(error: Any) -> str:
    kind = error["type"]
    loc = error["loc"]
    if kind == "extra_forbidden":
        return f"unknown key {loc[-1]!r}"
    if kind == "missing":
        return f"missing required key {loc[-1]!r}"
    message = str(error["msg"])
    if kind in ("string_type", "bool_type", "int_type", "dict_type", "list_type", "model_type"):
        given = error.get("input")
        return f"{message} (got {type(given).__name__} {given!r:.60})"
    return message


def _report(exc: ValidationError, doc: YamlDocument, problems: Problems) -> None:
    seen: set[PathKey] = set()
    for error in exc.errors():
        path = _data_path(doc.data, error["loc"])
        is_key = error["type"] == "extra_forbidden"
        if path in seen and not is_key:
            continue  # one report per value: union branches repeat the same mistake
        seen.add(path)
        shown = path if not error["type"] == "missing" else (*path, error["loc"][-1])
        problems.add(doc.location(path, key=is_key), _dotted(shown), _describe(error))


def _without(data: Any, path: PathKey) -> None:
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    if isinstance(parent, dict):
        parent.pop(path[-1], None)
    elif isinstance(parent, list) and isinstance(path[-1], int) and path[-1] < len(parent):
        # The item goes, not the list: one bad error code must not hide the operation's other facts.
        del parent[path[-1]]


def _deepest_last_first(path: PathKey) -> tuple[int, list[tuple[int, int | str]]]:
    """Sort key: longer paths first, and later list items before earlier ones, so removals keep indexes valid."""
    return len(path), [(0, part) if isinstance(part, int) else (1, part) for part in path]


def _salvage(model: type[M], data: Any, first: ValidationError) -> M | None:
    """The document without the parts that failed, so that later checks can still look at the rest.

    Problems were already reported; what is pruned here is never written anywhere.
    """
    data = copy.deepcopy(data)
    error: ValidationError = first
    for _ in range(50):
        paths = {_data_path(data, e["loc"]) for e in error.errors()}
        if () in paths:
            return None
        for path in sorted(paths, key=_deepest_last_first, reverse=True):
            _without(data, path)
        try:
            return model.model_validate(data)
        except ValidationError as again:
            error = again
    return None


def validate_document(model: type[M], doc: YamlDocument, problems: Problems) -> M | None:
    """Validate ``doc`` against ``model``; record each problem at its line and column.

    When parts are invalid, the rest is still returned (with the bad parts left out) so that every other problem
    of the file can be found in the same run; None only when nothing usable is left.
    """
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        _report(exc, doc, problems)
        return _salvage(model, doc.data, exc)


def _read(path: Path, problems: Problems) -> YamlDocument | None:
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problems.add(Location(shown, 1, 1), "", f"file is not UTF-8 ({exc.reason})")
        return None
    except OSError as exc:
        problems.add(Location(shown, 1, 1), "", f"cannot read file: {exc.strerror}")
        return None
    return read_yaml(shown, text, problems)


def _check_type_file(path: Path, entry: TypeFile, doc: YamlDocument, problems: Problems) -> str | None:
    """The type's name if the file is a well-formed node or struct, else None (with problems recorded)."""
    if (entry.node is None) == (entry.struct is None):
        problems.add(doc.location(()), "", "a type file needs exactly one of 'node' or 'struct'")
        return None
    name = entry.node or entry.struct or ""
    key = "node" if entry.node else "struct"
    why = identifier_problem(name)
    if why is not None:
        problems.add(doc.location((key,)), key, f"type name {why}")
        return None
    expected = f"{snake_case(name)}.yaml"
    if path.name != expected:
        problems.add(doc.location((key,)), key, f"{key} {name!r} belongs in a file named {expected!r}")
    if entry.struct is not None:
        for op in ("read", "update", "delete", "creates", "edges"):
            if getattr(entry, op):
                problems.add(doc.location((op,), key=True), op, "a struct has no operations; make it a node")
    elif "id" not in entry.fields:
        problems.add(doc.location(("fields",)), "fields", f"node {name!r} needs an 'id' field")
    return name


def _load_type_file(path: Path, problems: Problems, cache: Cache | None) -> tuple[TypeFile, YamlDocument] | None:
    """A node or struct file, validated; from the cache when this exact file was read before without problems."""
    key = None
    if cache is not None and cache.root is not None:
        try:
            key = sha256(code_digest(), display_path(path), path.read_bytes())
        except OSError:
            key = None
        hit = cache.get("spec", key) if key else None
        if hit is not None:
            # Only parsing is cached (plain data and positions); validating it again is cheap.
            doc = pickle.loads(hit)
            entry = validate_document(TypeFile, doc, problems)
            return None if entry is None else (entry, doc)
    before = len(problems)
    doc = _read(path, problems)
    if doc is None:
        return None
    entry = validate_document(TypeFile, doc, problems)
    if entry is None:
        return None
    if key is not None and len(problems) == before:
        cache.put("spec", key, pickle.dumps(doc, protocol=5))  # type: ignore[union-attr]
    return entry, doc


def load_version(folder: Path, problems: Problems, cache: Cache | None = None) -> LoadedVersion | None:
    """Load one version folder. Problems are recorded; None is returned if the folder cannot be used at all."""
    files = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    version: VersionFile | None = None
    version_doc: YamlDocument | None = None
    errors: ErrorsFile | None = None
    errors_doc: YamlDocument | None = None
    types: dict[str, TypeEntry] = {}
    where: dict[str, Path] = {}
    broken: set[str] = set()
    for path in files:
        if path.name in (VERSION_FILE, ERRORS_FILE):
            doc = _read(path, problems)
            if doc is None:
                continue
            if path.name == VERSION_FILE:
                version_doc, version = doc, validate_document(VersionFile, doc, problems)
            else:
                errors_doc, errors = doc, validate_document(ErrorsFile, doc, problems)
        else:
            loaded = _load_type_file(path, problems, cache)
            if loaded is None:
                broken.add(path.stem)
                continue
            entry, doc = loaded
            name = _check_type_file(path, entry, doc, problems)
            if name is None:
                broken.add(path.stem)
                continue
            if name in types:
                problems.add(
                    doc.location(("node" if entry.node else "struct",)),
                    "",
                    f"type {name!r} is also defined in {display_path(where[name])}",
                )
                continue
            where[name] = path
            types[name] = TypeEntry(name, entry.node is not None, entry, doc)
    here = Location(display_path(folder), 1, 1)
    for required, found in ((VERSION_FILE, version_doc), (ERRORS_FILE, errors_doc)):
        if found is None and not (folder / required).exists():
            problems.add(here, "", f"missing {required}")
    if version is None or version_doc is None or errors is None or errors_doc is None:
        return None
    if version.graph_version != folder.name:
        problems.add(
            version_doc.location(("graph_version",)),
            "graph_version",
            f"{version.graph_version!r} does not match the folder name {folder.name!r}",
        )
    return LoadedVersion(
        folder, version, version_doc, errors, errors_doc, dict(sorted(types.items())), frozenset(broken)
    )
