"""Read a snapshot of Meta's SDK code-generation spec (the ``api_specs`` folder of facebook-business-sdk-codegen).

Layout: ``specs/<Type>.json`` (one per node or struct: ``fields`` and ``apis``), ``specs/enum_types.json``,
``specs/version.txt``, ``SDKCodegen.json`` (overrides) and ``COMMIT`` (the upstream commit it was taken from).
Everything is checked here, so that a bad snapshot is reported file by file before anything is written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.diagnostics import Location, Problems, display_path

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass
class MetaParam:
    name: str
    type: str
    required: bool
    file_param: bool = False  # SDKCodegen.json marks it as an uploaded file
    override_notes: list[str] = field(default_factory=list)


@dataclass
class MetaField:
    name: str
    type: str
    override_notes: list[str] = field(default_factory=list)


@dataclass
class MetaApi:
    method: str  # GET, POST or DELETE
    endpoint: str  # '' for the node itself
    kind: str | None  # '#get', '#update', '#delete', 'genGet', ... as Meta names them, or None for an edge
    returns: str
    params: list[MetaParam]
    base_path: str | None = None
    override_notes: list[str] = field(default_factory=list)


@dataclass
class MetaType:
    name: str
    file: str  # as shown to users
    fields: list[MetaField]
    apis: list[MetaApi]
    override_notes: list[str] = field(default_factory=list)

    @property
    def is_node(self) -> bool:
        # Graph nodes have an id and operations; a type with neither is a value inside other results.
        return bool(self.apis) or any(f.name == "id" for f in self.fields)


@dataclass
class MetaEnum:
    name: str
    node: str
    field_or_param: str
    values: list[str]
    overridden: bool = False


@dataclass
class Snapshot:
    folder: Path
    version: str | None
    commit: str | None
    types: dict[str, MetaType]
    enums: dict[str, MetaEnum]


class _Reader:
    def __init__(self, problems: Problems) -> None:
        self.problems = problems

    def json_file(self, path: Path) -> Any:
        shown = display_path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            self.problems.add(Location(shown, 1, 1), "", f"file is not UTF-8 ({exc.reason})")
            return None
        except OSError as exc:
            self.problems.add(Location(shown, 1, 1), "", f"cannot read file: {exc.strerror}")
            return None
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            self.problems.add(Location(shown, exc.lineno, exc.colno), "", f"malformed JSON: {exc.msg}")
            return None

    def bad(self, path: Path, where: str, message: str) -> None:
        self.problems.add(Location(display_path(path), 1, 1), where, message)

    def text(self, path: Path, where: str, value: Any, *, name: bool = False) -> str | None:
        if not isinstance(value, str) or (name and not value):
            self.bad(path, where, f"expected {'a name' if name else 'a string'}, found {json.dumps(value)[:60]}")
            return None
        return value

    def type_file(self, path: Path, data: Any) -> MetaType | None:
        name = path.stem
        if not _NAME.match(name):
            self.bad(path, "", f"{path.name!r}: a type file is named after its type, which must be an identifier")
            return None
        if not isinstance(data, dict) or not isinstance(data.get("fields", []), list):
            self.bad(path, "", "expected an object with a 'fields' list")
            return None
        fields: list[MetaField] = []
        for i, item in enumerate(data.get("fields", [])):
            where = f"fields[{i}]"
            if not isinstance(item, dict):
                self.bad(path, where, "expected an object with 'name' and 'type'")
                continue
            fname = self.text(path, f"{where}.name", item.get("name"), name=True)
            ftype = self.text(path, f"{where}.type", item.get("type"), name=True)
            if fname is not None and ftype is not None:
                fields.append(MetaField(fname, ftype))
        apis: list[MetaApi] = []
        raw_apis = data.get("apis", [])
        if not isinstance(raw_apis, list):
            self.bad(path, "apis", "expected a list")
            raw_apis = []
        for i, item in enumerate(raw_apis):
            api = self.api(path, f"apis[{i}]", item)
            if api is not None:
                apis.append(api)
        return MetaType(name, display_path(path), fields, apis)

    def api(self, path: Path, where: str, item: Any) -> MetaApi | None:
        if not isinstance(item, dict):
            self.bad(path, where, "expected an object")
            return None
        method = self.text(path, f"{where}.method", item.get("method"), name=True)
        if method is not None and method not in ("GET", "POST", "DELETE"):
            self.bad(path, f"{where}.method", f"unknown method {method!r}; expected GET, POST or DELETE")
            method = None
        kind = item.get("name")
        if kind is not None:
            kind = self.text(path, f"{where}.name", kind, name=True)
        endpoint = self.text(path, f"{where}.endpoint", item.get("endpoint", ""))
        returns = self.text(path, f"{where}.return", item.get("return"), name=True)
        base_path = item.get("basePath")
        if base_path is not None:
            base_path = self.text(path, f"{where}.basePath", base_path)
        params: list[MetaParam] = []
        raw = item.get("params", [])
        if not isinstance(raw, list):
            self.bad(path, f"{where}.params", "expected a list")
            raw = []
        for j, p in enumerate(raw):
            pw = f"{where}.params[{j}]"
            if not isinstance(p, dict):
                self.bad(path, pw, "expected an object with 'name', 'type' and 'required'")
                continue
            pname = self.text(path, f"{pw}.name", p.get("name"), name=True)
            ptype = self.text(path, f"{pw}.type", p.get("type"), name=True)
            required = p.get("required", False)
            if not isinstance(required, bool):
                self.bad(path, f"{pw}.required", f"expected true or false, found {json.dumps(required)}")
                continue
            if pname is not None and ptype is not None:
                params.append(MetaParam(pname, ptype, required))
        if method is None or endpoint is None or returns is None:
            return None
        if kind is None and not endpoint:
            self.bad(path, where, "an operation needs an 'endpoint' or a 'name' such as '#get'")
            return None
        if endpoint and not _NAME.match(endpoint):
            self.bad(path, f"{where}.endpoint", f"{endpoint!r} is not an edge name")
            return None
        return MetaApi(method, endpoint, kind, returns, params, base_path)

    def enums(self, path: Path, data: Any) -> dict[str, MetaEnum]:
        found: dict[str, MetaEnum] = {}
        if not isinstance(data, list):
            self.bad(path, "", "expected a list of enums")
            return found
        for i, item in enumerate(data):
            where = f"[{i}]"
            if not isinstance(item, dict):
                self.bad(path, where, "expected an object with 'name' and 'values'")
                continue
            name = self.text(path, f"{where}.name", item.get("name"), name=True)
            values = item.get("values")
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                self.bad(path, f"{where}.values", "expected a list of strings")
                continue
            node = str(item.get("node") or "")
            target = str(item.get("field_or_param") or "")
            if name is None:
                continue
            if name in found:
                self.bad(path, f"{where}.name", f"enum {name!r} is listed twice")
                continue
            found[name] = MetaEnum(name, node, target, list(dict.fromkeys(values)))
        return found


def read_snapshot(folder: Path, problems: Problems) -> Snapshot | None:
    """The snapshot in ``folder``, or None with problems recorded."""
    reader = _Reader(problems)
    specs = folder / "specs"
    if not folder.is_dir():
        problems.add(Location(display_path(folder), 1, 1), "", "no such folder")
        return None
    if not specs.is_dir():
        problems.add(Location(display_path(folder), 1, 1), "", "not a Meta spec snapshot: it has no 'specs' folder")
        return None
    types: dict[str, MetaType] = {}
    enums: dict[str, MetaEnum] = {}
    for path in sorted(specs.glob("*.json")):
        data = reader.json_file(path)
        if data is None:
            continue
        if path.name == "enum_types.json":
            enums = reader.enums(path, data)
            continue
        parsed = reader.type_file(path, data)
        if parsed is not None:
            types[parsed.name] = parsed
    if not types:
        problems.add(Location(display_path(specs), 1, 1), "", "no type files (*.json) found")
    version = _first_line(specs / "version.txt")
    if version is not None and not re.fullmatch(r"v[0-9]+\.[0-9]+", version):
        problems.add(
            Location(display_path(specs / "version.txt"), 1, 1), "", f"{version!r} is not a version like v25.0"
        )
        version = None
    snapshot = Snapshot(folder, version, _first_line(folder / "COMMIT"), types, enums)
    overrides = folder / "SDKCodegen.json"
    if overrides.is_file() and not problems:  # overrides of a type that could not be read would only add noise
        from generator.importer.overrides import apply_overrides

        data = reader.json_file(overrides)
        if data is not None:
            apply_overrides(snapshot, overrides, data, problems)
    return None if problems else snapshot


def _first_line(path: Path) -> str | None:
    try:
        text = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text.splitlines()[0].strip() if text else None
