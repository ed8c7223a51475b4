"""Merge imported facts into an existing version folder without touching what a person wrote.

Only missing facts are added, each marked with the snapshot's source id, at the end of the mapping it belongs to.
A hand-written fact that Meta's data contradicts is reported with its file:line and kept. A file that gains
nothing is not written, so a second run changes nothing.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap

from generator.diagnostics import display_path
from generator.importer import yamlio
from generator.importer.convert import KEY_ORDER, Data, Imported, replace_type_names
from generator.naming import snake_case
from generator.spec.typeexpr import (
    InlineEnum,
    InlineStruct,
    ListOf,
    MapOf,
    Named,
    Primitive,
    TypeSyntaxError,
    UnionOf,
    parse_type,
)

_OPS = ("read", "update", "delete")
_METHODS = ("get", "post", "delete")


@dataclass
class MergeResult:
    files: dict[Path, str] = field(default_factory=dict)  # path -> new text, only for files that change
    added: int = 0  # facts added to hand-written files
    new_files: int = 0
    disagreements: list[str] = field(default_factory=list)


class _Folder:
    """The version folder's files, loaded round-trip, and what they declare."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.docs: dict[Path, Any] = {}
        self.enums: dict[str, tuple[Path, Any]] = {}  # enum name -> (file, its node)
        self.creates: dict[tuple[str, str], tuple[Path, Any, str]] = {}  # (parent, edge) -> (file, op, dotted path)
        for path in sorted(folder.glob("*.yaml")):
            if path.name in ("version.yaml", "errors.yaml"):
                continue
            doc = yamlio.load(path)
            if not isinstance(doc, CommentedMap):
                continue
            self.docs[path] = doc
            for name, enum in (doc.get("enums") or {}).items():
                self.enums[str(name)] = (path, enum)
            for key, create in (doc.get("creates") or {}).items():
                if isinstance(create, dict) and isinstance(create.get("path"), str):
                    edge = create["path"].rstrip("/").rsplit("/", 1)[-1]
                    self.creates[(str(create.get("parent")), edge)] = (path, create, f"creates.{key}")


def _line(path: Path, node: Any, key: Any) -> str:
    try:
        line, col = node.lc.key(key)
    except (AttributeError, KeyError, TypeError):
        return f"{display_path(path)}:1:1"
    return f"{display_path(path)}:{line + 1}:{col + 1}"


class Merger:
    def __init__(self, folder: Path, imported: Imported, source_id: str) -> None:
        self.folder = _Folder(folder)
        self.imported = imported
        self.source_id = source_id
        self.result = MergeResult()
        self.renamed: dict[str, str] = {}  # imported enum -> the hand-written enum with the same values
        self.enum_names = set(self.folder.enums) | set(imported.enum_values)

    def run(self) -> MergeResult:
        self._match_enums()
        for name, data in self.imported.types.items():
            path = self.folder.folder / f"{snake_case(name)}.yaml"
            data = self._rename_enums(data)
            if path not in self.folder.docs:
                self.result.files[path] = yamlio.new_file(data)
                self.result.new_files += 1
                continue
            doc = self.folder.docs[path]
            before = self.result.added
            self._merge_type(path, doc, data, name)
            if self.result.added != before:
                self.result.files[path] = yamlio.dump(doc)
        return self.result

    # Enums ----------------------------------------------------------------------------------------------------
    def _match_enums(self) -> None:
        by_values = {frozenset(_values(e)): n for n, (_, e) in sorted(self.folder.enums.items())}
        for cls, values in self.imported.enum_values.items():
            if cls in self.folder.enums:
                continue
            same = by_values.get(frozenset(values))
            if same is not None:
                self.renamed[cls] = same  # the hand-written name stays the one spelling of these values

    def _rename_enums(self, data: Data) -> Data:
        if not self.renamed:
            return data
        data = copy.deepcopy(data)
        for cls in self.renamed:
            data.get("enums", {}).pop(cls, None)
        if "enums" in data and not data["enums"]:
            del data["enums"]
        replace_type_names(data, self.renamed)
        return data

    # Types ----------------------------------------------------------------------------------------------------
    def _merge_type(self, path: Path, doc: CommentedMap, data: Data, name: str) -> None:
        inherited = _source(doc, None)
        fields = doc.setdefault("fields", CommentedMap())
        for fname, entry in data["fields"].items():
            if fname in fields:
                values = self.imported.named_values.get((name, fname))
                self._compare(path, fields, fname, f"fields.{fname}", entry, inherited, values)
            else:
                self._add(fields, fname, entry)
        for fname in fields:
            if fname not in data["fields"] and _source(fields[fname], inherited) != self.source_id:
                self._disagree(path, fields, fname, f"fields.{fname}", "Meta's data has no such field")
        for cls, entry in data.get("enums", {}).items():
            if cls in self.folder.enums:
                where, ours = self.folder.enums[cls]
                missing = [v for v in entry["values"] if v not in _values(ours)]
                if missing:
                    self._disagree(where, ours, "values", f"enums.{cls}", f"Meta's data also has {missing}")
                continue
            self._add(self._add_top(doc, "enums", CommentedMap()), cls, entry)
        for slot in _OPS:
            if slot in data:
                if slot not in doc:
                    self._add_top(doc, slot, None)
                self._merge_op(path, doc, slot, slot, data[slot], inherited)
        for edge, methods in data.get("edges", {}).items():
            edges = doc.get("edges")
            if edges is None or edge not in edges:
                create = self._create_for(name, edge, methods)
                if create is not None:
                    continue
                self._add(self._add_top(doc, "edges", CommentedMap()), edge, methods)
                continue
            for method, op in methods.items():
                self._merge_op(path, edges[edge], method, f"edges.{edge}.{method}", op, _source(edges[edge], inherited))

    def _create_for(self, parent: str, edge: str, methods: Data) -> bool | None:
        """A POST that a hand-written ``creates`` entry already describes is compared with it, not added again."""
        found = self.folder.creates.get((parent, edge))
        if found is None or set(methods) != {"post"}:
            return None
        path, create, dotted = found
        self._merge_params(path, create, dotted, methods["post"].get("params", {}), _source(create, None))
        return True

    def _merge_op(
        self, path: Path, parent: CommentedMap, key: str, dotted: str, op: Data, inherited: str | None
    ) -> None:
        if key not in parent or parent[key] is None:
            self._add(parent, key, op)
            return
        ours = parent[key]
        inherited = _source(ours, inherited)
        if ours.get("supported") is False:
            self._disagree(path, parent, key, dotted, "ours says Graph does not support it; Meta's data lists it")
            return
        self._merge_params(path, ours, dotted, op.get("params", {}), inherited)
        if key in ("get",) and "returns" in op and isinstance(ours.get("returns"), str):
            if not _compatible(ours["returns"], op["returns"], self.enum_names):
                self._disagree(path, ours, "returns", f"{dotted}.returns", f"Meta's data returns {op['returns']}")

    def _merge_params(self, path: Path, ours: CommentedMap, dotted: str, params: Data, inherited: str | None) -> None:
        mine = ours.get("params")
        if not params and not mine:
            return
        if mine is None:
            mine = ours["params"] = CommentedMap()  # each parameter then carries its own source
        for pname, entry in params.items():
            if pname not in mine:
                self._add(mine, pname, entry)
                continue
            self._compare(path, mine, pname, f"{dotted}.params.{pname}", entry, inherited)
        for pname in mine:
            if pname not in params and _source(mine[pname], inherited) != self.source_id:
                self._disagree(path, mine, pname, f"{dotted}.params.{pname}", "Meta's data has no such parameter")

    def _compare(
        self,
        path: Path,
        parent: CommentedMap,
        key: str,
        dotted: str,
        theirs: Data,
        inherited: str | None,
        values: list[str] | None = None,
    ) -> None:
        ours = parent[key]
        if not isinstance(ours, dict) or _source(ours, inherited) == self.source_id:
            return  # imported from this snapshot before: not a hand-written fact
        meta_values = _enum_values(theirs["type"], self.imported.enum_values) or values
        if ours.get("type") in ("string", "list<string>") and meta_values:
            self._disagree(path, ours, "type", f"{dotted}.type", f"Meta's data gives it {len(meta_values)} values")
        if isinstance(ours.get("type"), str) and not _compatible(ours["type"], theirs["type"], self.enum_names):
            self._disagree(
                path, ours, "type", f"{dotted}.type", f"ours {ours['type']!r}, Meta's data {theirs['type']!r}"
            )
        if isinstance(ours.get("type"), str):
            mine = _enum_values(ours["type"], {n: _values(e) for n, (_, e) in self.folder.enums.items()})
            missing = [v for v in meta_values or [] if mine is not None and v not in mine]
            if missing:
                self._disagree(path, ours, "type", f"{dotted}.type", f"Meta's data also has the values {missing}")
        if "required" in theirs or "required" in ours:
            if bool(ours.get("required", False)) != bool(theirs.get("required", False)):
                where = ours if "required" in ours else parent
                self._disagree(
                    path,
                    where,
                    "required" if "required" in ours else key,
                    f"{dotted}.required",
                    f"ours {bool(ours.get('required', False))}, Meta's data {bool(theirs.get('required', False))}",
                )

    def _add_top(self, doc: CommentedMap, key: str, value: Any) -> Any:
        """A new top-level key goes where a hand-written file would have it, not at the end."""
        if key in doc:
            return doc[key]
        order = list(KEY_ORDER)
        rank = order.index(key)
        index = sum(1 for k in doc if k in order and order.index(k) < rank)
        # Keys outside the house order (description, note) count as identity keys, before fields.
        index += sum(1 for k in list(doc)[: index + 1] if k not in order)
        doc.insert(min(index, len(doc)), key, value)
        return doc[key]

    def _add(self, parent: CommentedMap, key: str, value: Data) -> None:
        # The source goes where a reader looks first: last in a one-line entry, first in a block.
        styled = yamlio.styled(value)
        if styled.fa.flow_style():
            styled["source"] = self.source_id
        else:
            styled.insert(0, "source", self.source_id)
        parent[key] = styled
        self.result.added += 1

    def _disagree(self, path: Path, node: Any, key: Any, dotted: str, message: str) -> None:
        self.result.disagreements.append(f"{_line(path, node, key)} {dotted}: {message}; ours kept")


def _source(node: Any, inherited: str | None) -> str | None:
    """The source a fact cites, its own or the one of the element containing it."""
    own = node.get("source") if isinstance(node, dict) else None
    return own if isinstance(own, str) else inherited


def _values(enum: Any) -> list[str]:
    values = enum.get("values") if isinstance(enum, dict) else None
    return [str(v) for v in values] if isinstance(values, list) else []


def _enum_values(text: str, table: dict[str, list[str]]) -> list[str] | None:
    """The values of the enum a type (or a list of it) names, if it names one."""
    try:
        expr = parse_type(text)
    except TypeSyntaxError:
        return None
    while isinstance(expr, ListOf):
        expr = expr.item
    if isinstance(expr, InlineEnum):
        return list(expr.values)
    if isinstance(expr, Named) and expr.name in table:
        return table[expr.name]
    return None


def _shape(text: str, enums: set[str]) -> Any:
    """A coarse shape of a type, for telling a real disagreement from two spellings of the same thing."""
    try:
        expr = parse_type(text)
    except TypeSyntaxError:
        return "?"  # a spelling this version of the loader does not know (any, file): no claim either way
    return _expr_shape(expr, enums)


def _expr_shape(expr: Any, enums: set[str]) -> Any:
    if isinstance(expr, Primitive):
        return {
            "numeric string": "string",
            "JSON-encoded string": "string",
            "int32": "int",
            "int64": "int",
            "unsigned int32": "int",
            "unsigned int64": "int",
            "timestamp": "datetime",
            "Object": "object",
        }.get(expr.name, expr.name)
    if isinstance(expr, ListOf):
        return ("list", _expr_shape(expr.item, enums))
    if isinstance(expr, (MapOf, InlineStruct)):
        return "object"
    if isinstance(expr, InlineEnum):
        return "string"
    if isinstance(expr, Named):
        return "string" if expr.name in enums else ("named", expr.name)  # an enum's wire form is its text
    if isinstance(expr, UnionOf):
        return "?"
    return "?"


def _compatible(ours: str, theirs: str, enums: set[str]) -> bool:
    return _same(_shape(ours, enums), _shape(theirs, enums))


def _same(a: Any, b: Any) -> bool:
    if a == b or "?" in (a, b):
        return True
    if isinstance(a, tuple) and isinstance(b, tuple) and a[0] == b[0] == "list":
        return _same(a[1], b[1])
    # Meta often types an enum or a named value as its wire form (string) or a bare object; no claim then.
    loose = {"string", "object"}
    if isinstance(a, tuple) and a[0] == "named":
        return b in loose
    if isinstance(b, tuple) and b[0] == "named":
        return a in loose
    return False
