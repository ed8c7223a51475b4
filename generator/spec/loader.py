"""Load a spec folder: read every file, validate it against the spec schema, and collect every problem."""

from __future__ import annotations

import copy
import keyword
import pickle
import re
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from generator.cache import Cache, code_digest, sha256
from generator.diagnostics import Location, Problem, Problems, display_path
from generator.naming import identifier_problem, pascal_case, snake_case
from generator.spec.schema import PATTERN_PROBLEMS, ErrorsFile, TypeFile, VersionFile
from generator.spec.yaml_source import MAX_FILE_BYTES, PathKey, YamlDocument, read_yaml

VERSION_FILE = "version.yaml"
# What a version folder's spec files end in: '.yaml'; '.yml' files are reported, never silently skipped.
SPEC_SUFFIXES = (".yaml", ".yml")
ERRORS_FILE = "errors.yaml"
_VERSION_DIR = re.compile(r"^v[0-9]+\.[0-9]+\Z")

M = TypeVar("M", bound=BaseModel)
P = TypeVar("P")


@dataclass(frozen=True)
class TypeFacts:
    """What the version-wide stages read of a type file, small enough to keep without its document."""

    class_name: str
    description: str
    coverage: str
    source: str
    # Every 'source' value in the file: where it is, its path, the value (checked against version.yaml's list).
    source_refs: tuple[tuple[Location, str, str], ...]

    @classmethod
    def of(cls, name: str, spec: TypeFile, doc: YamlDocument) -> TypeFacts:
        refs = source_refs(doc)
        return cls(spec.class_name or name, spec.description, spec.coverage.value, spec.source or "", refs)


class TypeEntry:
    """One node or struct file. One known from the cache reads its document only when a stage asks for it."""

    def __init__(
        self,
        name: str,
        is_node: bool,
        spec: TypeFile | None = None,
        doc: YamlDocument | None = None,
        *,
        facts: TypeFacts | None = None,
        reload: Callable[[], tuple[TypeFile, YamlDocument]] | None = None,
        digest: str = "",
    ) -> None:
        assert (spec is not None and doc is not None) or (facts is not None and reload is not None)
        self.name = name
        self.is_node = is_node
        self._spec = spec
        self._doc = doc
        self._facts = facts
        self._reload = reload
        self.digest = digest  # of the file as read: its bytes and where it is

    def _load(self) -> None:
        assert self._reload is not None
        self._spec, self._doc = self._reload()

    @property
    def spec(self) -> TypeFile:
        if self._spec is None:
            self._load()
        assert self._spec is not None
        return self._spec

    @property
    def doc(self) -> YamlDocument:
        if self._doc is None:
            self._load()
        assert self._doc is not None
        return self._doc

    @property
    def facts(self) -> TypeFacts:
        if self._facts is None:
            self._facts = TypeFacts.of(self.name, self.spec, self.doc)
        return self._facts

    @property
    def loaded(self) -> bool:
        """Whether the document is in memory (it was read in this run, or asked for)."""
        return self._doc is not None


@dataclass(frozen=True)
class TypeFileSummary:
    """The outcome of loading one type file, cached by its content: what it declares and what was wrong with it."""

    name: str | None  # None: the file cannot be used (its problems say why)
    is_node: bool
    facts: TypeFacts | None
    declared_at: Location | None  # its 'node' or 'struct' key, where a second definition of the name is reported
    problems: tuple[Problem, ...]


def source_refs(doc: YamlDocument) -> tuple[tuple[Location, str, str], ...]:
    """Every string under a 'source' key of ``doc``, with its location and dotted path."""
    return tuple(
        (doc.location(path), ".".join(map(str, path)), value)
        for path, value in _walk(doc.data, ())
        if path and path[-1] == "source" and isinstance(value, str)
    )


def _walk(data: Any, path: PathKey) -> list[tuple[PathKey, Any]]:
    found: list[tuple[PathKey, Any]] = [(path, data)]
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(_walk(value, (*path, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(_walk(value, (*path, index)))
    return found


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
    if kind == "string_pattern_mismatch":
        return PATTERN_PROBLEMS.get(str(error.get("ctx", {}).get("pattern")), message)
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


def read_bounded(path: Path) -> bytes:
    """The file's bytes, or a little more than MAX_FILE_BYTES of them: a huge file is never read whole."""
    with open(path, "rb") as handle:
        return handle.read(MAX_FILE_BYTES + 1)


def _read_bytes(path: Path, shown: str, problems: Problems) -> bytes | None:
    try:
        data = read_bounded(path)
    except OSError as exc:
        problems.add(Location(shown, 1, 1), "", f"cannot read file: {exc.strerror}")
        return None
    if len(data) > MAX_FILE_BYTES:
        try:
            size = f"{path.stat().st_size} bytes"
        except OSError:
            size = f"over {MAX_FILE_BYTES} bytes"
        problems.add(Location(shown, 1, 1), "", f"file is {size}; spec files may be at most {MAX_FILE_BYTES} bytes")
        return None
    return data


def _parse(shown: str, data: bytes, problems: Problems) -> YamlDocument | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.add(Location(shown, 1, 1), "", f"file is not UTF-8 ({exc.reason})")
        return None
    return read_yaml(shown, text, problems)


def _read(path: Path, shown: str, problems: Problems) -> YamlDocument | None:
    data = _read_bytes(path, shown, problems)
    return None if data is None else _parse(shown, data, problems)


def _shown(folder_shown: str, path: Path) -> str:
    """``display_path(path)`` for a file of a folder shown as ``folder_shown``, without resolving it again."""
    return display_path(path) if path.is_symlink() else f"{folder_shown}/{path.name}"


def _module_name_problem(name: str) -> str | None:
    """Why the generated class or module for type ``name`` could not exist as named; None if they can.

    A type becomes a class of the same name in a module named in snake_case (``AdsPixel`` in ``ads_pixel.py``).
    The module name must be importable (``Class`` would be ``class.py``, which no import statement can name), and
    the class name must come through the model renderer as it is: it rewrites names with underscores (and a
    leading underscore would make the class private)."""
    if "_" in name:
        suggestion = pascal_case(name)
        return f"{name!r} has an underscore; type names are PascalCase, like {suggestion!r}"
    module = snake_case(name)
    if not module or not module.isidentifier() or keyword.iskeyword(module):
        return f"{name!r} would be the module {module!r}, which is not a name Python can import"
    return None


def _check_type_file(path: Path, entry: TypeFile, doc: YamlDocument, problems: Problems) -> str | None:
    """The type's name if the file is a well-formed node or struct, else None (with problems recorded)."""
    if (entry.node is None) == (entry.struct is None):
        problems.add(doc.location(()), "", "a type file needs exactly one of 'node' or 'struct'")
        return None
    name = entry.node or entry.struct or ""
    key = "node" if entry.node else "struct"
    why = identifier_problem(name) or _module_name_problem(name)
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


def unpickle(data: bytes | None, kind: type[P]) -> P | None:
    """A cached value of type ``kind``, or None when there is none or it cannot be read (a damaged entry is a miss,
    never an error)."""
    if data is None:
        return None
    try:
        value = pickle.loads(data)
    except Exception:  # noqa: BLE001 - whatever a damaged pickle raises
        return None
    return value if isinstance(value, kind) else None


def _load_type_file(
    shown: str, data: bytes, problems: Problems, cache: Cache | None
) -> tuple[TypeFile, YamlDocument] | None:
    """A node or struct file, validated; parsed from the cache when this exact file was read before without
    problems."""
    key = None
    if cache is not None and cache.root is not None:
        key = sha256(code_digest(), shown, data)
        cached = unpickle(cache.get("spec", key), YamlDocument)
        if cached is not None:
            # Only parsing is cached (plain data and positions); validating it again is cheap.
            entry = validate_document(TypeFile, cached, problems)
            return None if entry is None else (entry, cached)
    before = len(problems)
    doc = _parse(shown, data, problems)
    if doc is None:
        return None
    entry = validate_document(TypeFile, doc, problems)
    if entry is None:
        return None
    if key is not None and len(problems) == before:
        cache.put("spec", key, pickle.dumps(doc, protocol=5))  # type: ignore[union-attr]
    return entry, doc


def _summarise(path: Path, shown: str, data: bytes, cache: Cache | None) -> tuple[TypeFileSummary, TypeEntry | None]:
    """Load a type file whole: what it declares, its problems, and its entry (None when it cannot be used)."""
    problems = Problems()
    loaded = _load_type_file(shown, data, problems, cache)
    if loaded is None:
        return TypeFileSummary(None, False, None, None, tuple(problems.items)), None
    spec, doc = loaded
    name = _check_type_file(path, spec, doc, problems)
    if name is None:
        return TypeFileSummary(None, False, None, None, tuple(problems.items)), None
    entry = TypeEntry(name, spec.node is not None, spec, doc, digest=sha256(shown, path.name, data))
    declared_at = doc.location(("node" if spec.node else "struct",))
    return TypeFileSummary(name, entry.is_node, entry.facts, declared_at, tuple(problems.items)), entry


def _type_file(path: Path, shown: str, data: bytes, cache: Cache | None) -> tuple[TypeFileSummary, TypeEntry | None]:
    """Like _summarise, from the cache when this exact file was summarised before; its document is then read only
    if a stage asks for it."""
    if cache is None or cache.root is None:
        return _summarise(path, shown, data, cache)
    key = sha256("type file", code_digest(), shown, path.name, data)
    summary = unpickle(cache.get("type-file", key), TypeFileSummary)
    if summary is None:
        summary, entry = _summarise(path, shown, data, cache)
        cache.put("type-file", key, pickle.dumps(summary, protocol=5))
        return summary, entry
    if summary.name is None or summary.facts is None:
        return summary, None

    def reload() -> tuple[TypeFile, YamlDocument]:
        again = _load_type_file(shown, data, Problems(), cache)
        assert again is not None  # the same bytes loaded before
        return again

    digest = sha256(shown, path.name, data)
    return summary, TypeEntry(summary.name, summary.is_node, facts=summary.facts, reload=reload, digest=digest)


def load_version(folder: Path, problems: Problems, cache: Cache | None = None) -> LoadedVersion | None:
    """Load one version folder. Problems are recorded; None is returned if the folder cannot be used at all."""
    files = sorted(p for p in folder.iterdir() if p.suffix in SPEC_SUFFIXES and p.is_file())
    folder_shown = display_path(folder)
    version: VersionFile | None = None
    version_doc: YamlDocument | None = None
    errors: ErrorsFile | None = None
    errors_doc: YamlDocument | None = None
    types: dict[str, TypeEntry] = {}
    where: dict[str, str] = {}
    broken: set[str] = set()
    for path in files:
        shown = _shown(folder_shown, path)
        if path.suffix != ".yaml":
            problems.add(Location(shown, 1, 1), "", f"spec files end in '.yaml'; rename this one to {path.stem}.yaml")
            broken.add(path.stem)
            continue
        if path.name in (VERSION_FILE, ERRORS_FILE):
            doc = _read(path, shown, problems)
            if doc is None:
                continue
            if path.name == VERSION_FILE:
                version_doc, version = doc, validate_document(VersionFile, doc, problems)
            else:
                errors_doc, errors = doc, validate_document(ErrorsFile, doc, problems)
            continue
        data = _read_bytes(path, shown, problems)
        if data is None:
            broken.add(path.stem)
            continue
        summary, entry = _type_file(path, shown, data, cache)
        problems.items.extend(summary.problems)
        if entry is None or summary.declared_at is None:
            broken.add(path.stem)
            continue
        if entry.name in types:
            problems.add(summary.declared_at, "", f"type {entry.name!r} is also defined in {where[entry.name]}")
            continue
        where[entry.name] = shown
        types[entry.name] = entry
    here = Location(folder_shown, 1, 1)
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
