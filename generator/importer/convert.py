"""Turn a Meta snapshot into our spec's data: one mapping per type file, in the order a person would write it.

Naming rules (documented in the README's import section):
* a type's file is ``snake_case(Type).yaml``; a type whose name the runtime reserves gets ``class_name: <Type>Node``
  (or ``<Type>Struct``);
* an enum from ``enum_types.json`` is named after the type its name starts with plus the rest in PascalCase
  (``adspixelassigned_users_tasks_enum_param`` -> ``AdsPixelAssignedUsersTasks``) and is declared in the first
  imported file that uses it;
* a field or parameter whose Graph name is not an identifier gets ``python_name`` (non-alphanumerics become ``_``,
  snake_case, a leading digit gets ``field_``/``param_``); a parameter named like the node's id placeholder gets
  ``python_name: <name>_param``.
What Meta's data lacks (descriptions, error codes, response shapes) is counted in ``Stats.left``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import Location, Problems
from generator.importer.snapshot import MetaApi, MetaEnum, MetaType, Snapshot
from generator.importer.types import Converted, MetaTypeError, convert_type
from generator.contracts import reserved_class_names
from generator.naming import attribute_name, pascal_case, snake_case

Data = dict[str, Any]

_SLOTS = {"#get": "read", "#update": "update", "#delete": "delete"}
_NODE_SLOTS = {"genGet": "read", "genPost": "update", "genDelete": "delete"}


@dataclass
class Stats:
    types: int = 0
    nodes: int = 0
    structs: int = 0
    fields: int = 0
    operations: int = 0
    params: int = 0
    enums: int = 0
    enum_values: int = 0
    enum_duplicates: int = 0  # Meta enums identical to another under the same class name, declared once
    left: Counter[str] = field(default_factory=Counter)  # kind of fact -> how many are left for a person

    def add(self, other: Stats) -> None:
        for name in ("types", "nodes", "structs", "fields", "operations", "params", "enums", "enum_values"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.left.update(other.left)


@dataclass
class Imported:
    """The spec data for each imported type, keyed by type name, and where each enum is declared."""

    types: dict[str, Data]
    enum_home: dict[str, str]  # enum class name -> type name whose file declares it
    enum_values: dict[str, list[str]]  # enum class name -> values
    stats: Stats
    # (type, field or parameter) -> the values Meta's enums give it, also where the field is typed string.
    named_values: dict[tuple[str, str], list[str]] = field(default_factory=dict)


def python_name(graph_name: str, prefix: str) -> str | None:
    """The Python name written out for a Graph name that is not an identifier (None if it is one).

    It is the loader's default rule (``naming.attribute_name``), spelled out so the file says what the code uses;
    for a name the rule cannot handle (spaces, non-ASCII) the same rule is applied to its ASCII letters and digits.
    """
    if graph_name.isascii() and graph_name.isidentifier() and not graph_name.startswith("_"):
        return None
    name = attribute_name(graph_name, prefix)
    if name is None:
        cleaned = snake_case(re.sub(r"[^A-Za-z0-9]+", "_", graph_name.encode("ascii", "ignore").decode()))
        name = attribute_name(cleaned, prefix) if cleaned else None
    return name or prefix


def _unique(name: str, taken: set[str]) -> str:
    """``name``, or with ``_2``, ``_3``... when two Graph names of one mapping give the same Python name."""
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}_{n}"
    taken.add(candidate)
    return candidate


class _EnumNames:
    """Meta's enum names mapped to class names, unique across the version."""

    def __init__(self, enums: dict[str, MetaEnum], type_names: set[str]) -> None:
        by_lower = sorted(type_names, key=lambda n: (-len(n), n))
        self.names: dict[str, str] = {}
        taken: dict[str, tuple[str, ...]] = {}
        for meta in sorted(enums):
            base = self._base(meta, by_lower)
            name, values, n = base, tuple(enums[meta].values), 1
            while name in type_names or (name in taken and taken[name] != values):
                n += 1
                name = f"{base}{n}"
            taken[name] = values
            self.names[meta] = name

    @staticmethod
    def _base(meta: str, types_longest_first: list[str]) -> str:
        stem = meta[: -len("_enum_param")] if meta.endswith("_enum_param") else meta
        for type_name in types_longest_first:
            if stem.lower().startswith(type_name.lower()) and len(stem) > len(type_name):
                rest = pascal_case(stem[len(type_name) :])
                if rest:
                    return type_name + rest
        return pascal_case(stem)

    def __call__(self, meta: str) -> str | None:
        return self.names.get(meta)


class Converter:
    def __init__(self, snapshot: Snapshot, source_id: str, problems: Problems) -> None:
        self.snapshot = snapshot
        self.source_id = source_id
        self.problems = problems
        self.type_names = set(snapshot.types)
        self.enum_class = _EnumNames(snapshot.enums, self.type_names)

    # Selection ------------------------------------------------------------------------------------------------
    def select(self, nodes: list[str] | None, also: Sequence[str] = ()) -> tuple[list[str], set[str]]:
        """The types to import in full and those imported for their fields (the closure of what is referenced).

        ``also`` are types whose fields are brought up to date too (those the target folder already has).
        """
        if nodes is None:
            return sorted(self.type_names), set()
        full = sorted(set(nodes))
        todo = [t for name in full for t in self._refs(self.snapshot.types[name], with_apis=True)]
        todo += [t for t in also if t in self.type_names]
        seen = set(full)
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo.extend(self._refs(self.snapshot.types[name], with_apis=False))
        return full, seen - set(full)

    def _refs(self, meta: MetaType, *, with_apis: bool) -> list[str]:
        texts = [f.type for f in meta.fields]
        if with_apis:
            texts += [p.type for a in meta.apis for p in a.params] + [a.returns for a in meta.apis]
        found: list[str] = []
        for text in texts:
            try:
                found.extend(convert_type(text, self.enum_class, self.type_names).types)
            except MetaTypeError:
                pass  # reported when the type is converted
        return found

    # Conversion -----------------------------------------------------------------------------------------------
    def convert(self, full: list[str], fields_only: set[str]) -> Imported:
        stats = Stats()
        types: dict[str, Data] = {}
        used: dict[str, str] = {}  # enum class -> first type using it
        for name in sorted({*full, *fields_only}):
            meta = self.snapshot.types[name]
            data, type_stats, enums = self._type(meta, with_apis=name not in fields_only)
            types[name] = data
            stats.add(type_stats)
            for enum in enums:
                used.setdefault(self.enum_class.names[enum], name)
        for meta_enum in self.snapshot.enums.values():
            # An enum is declared with the type its name starts with, else with the first type that uses it.
            cls = self.enum_class.names[meta_enum.name]
            home = self._enum_owner(meta_enum)
            if cls in used and home in types:
                used[cls] = home
            elif cls not in used and not fields_only:
                # A full import keeps every enum, used or not.
                if home is None:
                    stats.left["enums whose type is not in the snapshot"] += 1
                    continue
                used[cls] = home
        self._prefix_with_home(types, used)
        values: dict[str, list[str]] = {}
        for meta_name, cls in sorted(self.enum_class.names.items()):
            if cls in used and cls not in values:
                values[cls] = self.snapshot.enums[meta_name].values
                entry: Data = {"values": values[cls]}
                if self.snapshot.enums[meta_name].overridden:
                    entry["note"] = "Values from SDKCodegen.json's enum_overriding."
                types[used[cls]].setdefault("enums", {})[cls] = entry
                stats.enums += 1
                stats.enum_values += len(values[cls])
                stats.left["enum descriptions"] += 1
        for name, data in types.items():
            if "enums" in data:
                data["enums"] = dict(sorted(data["enums"].items()))
            types[name] = _house_order(data)
        stats.enum_duplicates = sum(1 for cls in self.enum_class.names.values() if cls in values) - len(values)
        named: dict[tuple[str, str], list[str]] = {}
        for meta_enum in self.snapshot.enums.values():
            key = (meta_enum.node, meta_enum.field_or_param)
            named[key] = list(dict.fromkeys([*named.get(key, []), *meta_enum.values]))
        return Imported(types, dict(used), values, stats, named)

    def _prefix_with_home(self, types: dict[str, Data], used: dict[str, str]) -> None:
        """An enum's class is named after the type that declares it (``<Type><Rest>``), so rename those that are not.

        The loader names an enum declared in ``Comment`` but called ``VideocommentsFilter``
        ``CommentVideocommentsFilter``; other files must use that name to reach it.
        """
        renamed: dict[str, str] = {}
        for cls, home in list(used.items()):
            if not cls.startswith(home):
                renamed[cls] = home + cls
        if not renamed:
            return
        for cls, new in renamed.items():
            used[new] = used.pop(cls)
        self.enum_class.names = {meta: renamed.get(cls, cls) for meta, cls in self.enum_class.names.items()}
        replace_type_names(types, renamed)

    def _enum_owner(self, meta_enum: MetaEnum) -> str | None:
        cls = self.enum_class.names[meta_enum.name]
        owner = next((t for t in sorted(self.type_names, key=lambda n: -len(n)) if cls.startswith(t)), None)
        if owner is None and meta_enum.node in self.type_names:
            owner = meta_enum.node
        return owner

    def _type(self, meta: MetaType, *, with_apis: bool) -> tuple[Data, Stats, list[str]]:
        stats = Stats(types=1)
        node = meta.is_node
        if node:
            stats.nodes += 1
        else:
            stats.structs += 1
        stats.left["type descriptions"] += 1
        data: Data = {"node" if node else "struct": meta.name}
        if meta.name in reserved_class_names():
            data["class_name"] = meta.name + ("Node" if node else "Struct")
        data["source"] = self.source_id
        data["coverage"] = "documented"
        notes = list(meta.override_notes)
        if not with_apis and meta.apis:
            notes.append("Imported for its fields, as a type another imported type refers to; operations not imported.")
        if notes:
            data["note"] = " ".join(_sentence(n) for n in notes)
        enums: list[str] = []
        fields: Data = {}
        taken = {attribute_name(f.name) or "" for f in meta.fields if python_name(f.name, "field") is None}
        for f in meta.fields:
            entry = self._typed(meta, f"fields.{f.name}", f.type, enums, stats)
            if entry is None:
                continue
            alias = python_name(f.name, "field")
            if alias:
                entry["python_name"] = _unique(alias, taken)
            _add_notes(entry, f.override_notes)
            fields[f.name] = entry
            stats.fields += 1
            stats.left["field descriptions"] += 1
        if node and "id" not in fields:
            fields = {"id": {"type": "string", "note": "Every node has an id; Meta's data does not list it."}, **fields}
            stats.left["node ids not listed by Meta (added as string)"] += 1
        data["fields"] = fields
        if with_apis:
            for api in meta.apis:
                self._operation(meta, api, data, enums, stats)
        return data, stats, enums

    def _typed(self, meta: MetaType, where: str, text: str, enums: list[str], stats: Stats) -> Data | None:
        try:
            converted: Converted = convert_type(text, self.enum_class, self.type_names)
        except MetaTypeError as exc:
            self.problems.add(Location(meta.file, 1, 1), where, str(exc))
            return None
        enums.extend(converted.enums)
        entry: Data = {"type": converted.text}
        if converted.notes:
            entry["note"] = " ".join(converted.notes)
            stats.left["types our format reads differently (noted)"] += len(converted.notes)
        return entry

    def _operation(self, meta: MetaType, api: MetaApi, data: Data, enums: list[str], stats: Stats) -> None:
        slot = _SLOTS.get(api.kind or "") or (_NODE_SLOTS.get(api.kind or "") if not api.endpoint else None)
        where = slot or f"edges.{api.endpoint}.{api.method.lower()}"
        op: Data = {}
        notes = list(api.override_notes)
        if api.base_path:
            notes.append(f"Meta's data gives this operation the path /{api.base_path}, outside the node.")
            stats.left["operations on paths outside their node"] += 1
        if api.kind and api.kind not in _SLOTS:
            notes.append(f"Meta's data calls this operation {api.kind}.")
        params: Data = {}
        placeholder = f"{snake_case(meta.name)}_id"
        taken = {attribute_name(p.name, "param") or "" for p in api.params if python_name(p.name, "param") is None}
        for p in api.params:
            entry = self._typed(meta, f"{where}.params.{p.name}", p.type, enums, stats)
            if entry is None:
                continue
            if p.file_param:
                entry["type"] = "file"
            if p.required:
                entry["required"] = True
            alias = python_name(p.name, "param")
            if alias is None and p.name == placeholder:
                alias = f"{p.name}_param"  # the path's own placeholder already has this name
            if alias:
                entry["python_name"] = _unique(alias, taken)
            _add_notes(entry, p.override_notes)
            params[p.name] = entry
            stats.params += 1
            stats.left["parameter descriptions"] += 1
        if params:
            op["params"] = params
        returns = self._returns(meta, api, slot, where, enums, stats)
        if returns is not None:
            op["returns"] = returns
        if notes:
            op["note"] = " ".join(_sentence(n) for n in notes)
        stats.operations += 1
        stats.left["operation descriptions"] += 1
        stats.left["operation error codes"] += 1
        if slot:
            if slot in data:
                self.problems.add(Location(meta.file, 1, 1), where, f"{meta.name} has two operations for its {slot}")
                return
            data[slot] = op
            return
        edge = data.setdefault("edges", {}).setdefault(api.endpoint, {})
        if api.method.lower() in edge:
            self.problems.add(Location(meta.file, 1, 1), where, f"{meta.name} lists {api.method} twice")
            return
        edge[api.method.lower()] = op

    def _returns(
        self, meta: MetaType, api: MetaApi, slot: str | None, where: str, enums: list[str], stats: Stats
    ) -> str | None:
        if slot == "read" and api.returns == meta.name:
            return None  # a read returns its node
        entry = self._typed(meta, f"{where}.returns", api.returns, enums, stats)
        if entry is None:
            return "Object"
        text: str = entry["type"]
        if api.method == "GET" and slot is None and not text.startswith("list<"):
            return f"list<{text}>"  # an edge read is a paginated list
        if api.method != "GET":
            # Meta names the class its SDK reads back after the call, not the shape Graph answers with.
            stats.left["response shapes of POST and DELETE (Meta gives the SDK's class)"] += 1
        return text


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith(".") else text + "."


def _add_notes(entry: Data, notes: list[str]) -> None:
    if notes:
        joined = " ".join(_sentence(n) for n in notes)
        entry["note"] = f"{entry['note']} {joined}" if "note" in entry else joined


KEY_ORDER: tuple[str, ...] = ("node", "struct", "class_name", "source", "coverage", "note", "fields", "enums")
KEY_ORDER += ("read", "update", "delete", "creates", "edges")
METHOD_ORDER = ("get", "post", "delete")


def _house_order(data: Data) -> Data:
    """Keys in the order hand-written files use: identity, fields, enums, node operations, edges."""
    ordered = {key: data[key] for key in KEY_ORDER if key in data}
    if "edges" in ordered:
        ordered["edges"] = {
            edge: {m: methods[m] for m in METHOD_ORDER if m in methods} for edge, methods in ordered["edges"].items()
        }
    return ordered


_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def replace_type_names(data: Any, renamed: dict[str, str]) -> None:
    """Rename named types in every ``type`` and ``returns`` below ``data``, in place."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("type", "returns") and isinstance(value, str):
                data[key] = _WORD.sub(lambda m: renamed.get(m.group(0), m.group(0)), value)
            else:
                replace_type_names(value, renamed)
