"""Compare the IR of two versions and list every change, each with its rule, level and Python surface."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.diff.rules import RULES, Level
from generator.ir import model as ir


@dataclass(frozen=True)
class Change:
    rule: str
    level: Level
    where: str  # Graph-level place, e.g. "AdsPixel POST /{ads_pixel_id}/events"
    message: str
    python: str  # what it means for code using the generated package
    old: str | None = None
    new: str | None = None


class _Index:
    """Lookups over one version's IR."""

    def __init__(self, version: ir.VersionIR) -> None:
        self.version = version
        self.models = {m.class_name: m for module in version.model_modules for m in module.models}
        self.unions = {u.class_name: u for module in version.model_modules for u in module.unions}
        self.enums = {e.class_name: e for module in version.model_modules for e in module.enums}
        self.selectors = {m.selector.class_name for m in self.models.values()}
        self.primaries = {module.primary: module for module in version.model_modules}
        self.operations: dict[tuple[str, str, str], tuple[ir.EndpointModule, ir.Operation]] = {
            (module.node, op.method, op.path): (module, op)
            for module in version.endpoint_modules
            for op in module.operations
        }
        # Where each enum is used: the operations and parameters that send it, the fields that return it.
        self.request_enums: dict[str, list[tuple[str, str]]] = {}
        self.response_enums: dict[str, list[str]] = {}
        for (node, _, _), (module, op) in sorted(self.operations.items()):
            for param in op.params:
                for name in _enum_names(param.type):
                    use = (f"{_op_where(node, op)} parameter {param.graph_name!r}", f"{_function(module, op)}")
                    self.request_enums.setdefault(name, []).append(use)
        for model in self.models.values():
            for fld in model.fields:
                for name in _enum_names(fld.type):
                    self.response_enums.setdefault(name, []).append(f"{model.class_name}.{fld.name}")

    def type_text(self, type_ref: ir.TypeRef) -> str:
        """The type in the reference's words; inline result structs by shape, named types by name."""
        if isinstance(type_ref, ir.Scalar):
            return type_ref.graph
        if isinstance(type_ref, ir.ListType):
            return f"list<{self.type_text(type_ref.item)}>"
        if isinstance(type_ref, ir.MapType):
            return f"map<{self.type_text(type_ref.key)}, {self.type_text(type_ref.value)}>"
        if isinstance(type_ref, ir.EnumRef):
            return f"enum {type_ref.class_name}"
        if isinstance(type_ref, ir.UnionRef):
            union = self.unions[type_ref.class_name]
            return f"union of {len(union.variants)}: " + " Or ".join(self.type_text(v) for v in union.variants)
        if type_ref.class_name in self.primaries:
            return type_ref.class_name
        model = self.models[type_ref.class_name]
        return "Struct {" + ", ".join(f.graph_name for f in model.fields) + "}"


def _enum_names(type_ref: ir.TypeRef) -> set[str]:
    if isinstance(type_ref, ir.EnumRef):
        return {type_ref.class_name}
    if isinstance(type_ref, ir.ListType):
        return _enum_names(type_ref.item)
    if isinstance(type_ref, ir.MapType):
        return _enum_names(type_ref.key) | _enum_names(type_ref.value)
    return set()


def _op_where(node: str, op: ir.Operation) -> str:
    return f"{node} {op.method} {op.path}"


def _function(module: ir.EndpointModule, op: ir.Operation) -> str:
    return f"{module.name}.{op.function}()"


def _functions(module: ir.EndpointModule, op: ir.Operation) -> list[str]:
    """Every public function of one operation: the call, its page iterator, its chunked sender."""
    names = [op.function, op.iter_function, op.chunking.function if op.chunking else None]
    return [f"{module.name}.{name}()" for name in names if name]


def _listed(items: list[str], limit: int = 4) -> str:
    unique = list(dict.fromkeys(items))
    shown = ", ".join(unique[:limit])
    return shown + (f" and {len(unique) - limit} more" if len(unique) > limit else "")


@dataclass(frozen=True)
class _Uses:
    """Where an enum is used: (operation and parameter, function) pairs that send it; model fields that hold it."""

    sent: list[tuple[str, str]]
    returned: list[str]

    def senders(self) -> str:
        return _listed([where for where, _ in self.sent])

    def functions(self) -> str:
        return _listed([function for _, function in self.sent])

    def fields(self) -> str:
        return _listed([f"models.{field}" for field in self.returned])


def _agree(items: list[Any], singular: str, plural: str) -> str:
    return singular if len({str(i) for i in items}) == 1 else plural


class _Differ:
    def __init__(self, old: ir.VersionIR, new: ir.VersionIR) -> None:
        self.old = _Index(old)
        self.new = _Index(new)
        self.changes: list[Change] = []

    def add(
        self, rule: str, where: str, message: str, python: str, old: str | None = None, new: str | None = None
    ) -> None:
        self.changes.append(Change(rule, RULES[rule].level, where, message, python, old, new))

    def run(self) -> list[Change]:
        self.types()
        self.operations()
        self.inline_models()
        self.enums()
        self.error_catalogue()
        return self.changes

    # -- types and their fields ----------------------------------------------------------------------------

    def types(self) -> None:
        old, new = self.old.primaries, self.new.primaries
        for name in sorted(new.keys() - old.keys()):
            self.add("type-added", name, f"{name} was added", f"models.{name} is new")
        for name in sorted(old.keys() - new.keys()):
            self.add("type-removed", name, f"{name} was removed", f"models.{name} no longer exists")
        for name in sorted(old.keys() & new.keys()):
            self.model(self.old.models[name], self.new.models[name], name)

    def inline_models(self) -> None:
        shared = (
            (self.old.models.keys() & self.new.models.keys()) - self.old.primaries.keys() - self.new.primaries.keys()
        )
        for name in sorted(shared):
            self.model(self.old.models[name], self.new.models[name], name)

    def model(self, old: ir.ModelDef, new: ir.ModelDef, where: str) -> None:
        if old.description != new.description:
            self.add(
                "description-changed",
                where,
                f"{where}: description changed",
                f"models.{new.class_name} docstring",
                old.description,
                new.description,
            )
        old_fields = {f.graph_name: f for f in old.fields}
        new_fields = {f.graph_name: f for f in new.fields}
        for name in [n for n in new_fields if n not in old_fields]:
            fld = new_fields[name]
            self.add(
                "field-added",
                f"{where}.{name}",
                f"{where} gains field {name!r} ({self.new.type_text(fld.type)})",
                f"models.{new.class_name}.{fld.name} is new",
            )
        for name in [n for n in old_fields if n not in new_fields]:
            fld = old_fields[name]
            self.add(
                "field-removed",
                f"{where}.{name}",
                f"{where} loses field {name!r}",
                f"models.{old.class_name}.{fld.name} no longer exists",
            )
        for name in [n for n in old_fields if n in new_fields]:
            before, after = old_fields[name], new_fields[name]
            old_type, new_type = self.old.type_text(before.type), self.new.type_text(after.type)
            if old_type != new_type:
                self.add(
                    "field-type-changed",
                    f"{where}.{name}",
                    f"{where}.{name} changed type",
                    f"models.{new.class_name}.{after.name}: type changed",
                    old_type,
                    new_type,
                )
            if before.description != after.description:
                self.add(
                    "description-changed",
                    f"{where}.{name}",
                    f"{where}.{name}: description changed",
                    f"models.{new.class_name}.{after.name} docstring",
                    before.description,
                    after.description,
                )

    # -- operations ----------------------------------------------------------------------------------------

    def operations(self) -> None:
        old, new = self.old.operations, self.new.operations
        old_edges = {(node, op.edge) for (node, _, _), (_, op) in old.items() if op.edge}
        new_edges = {(node, op.edge) for (node, _, _), (_, op) in new.items() if op.edge}
        for node, edge in sorted(new_edges - old_edges):
            ops = [(m, op) for (n, _, _), (m, op) in sorted(new.items()) if n == node and op.edge == edge]
            self.add(
                "edge-added",
                f"{node} /{edge}",
                f"{node} gains edge {edge!r}: " + ", ".join(f"{op.method} {op.path}" for _, op in ops),
                ", ".join(f for m, op in ops for f in _functions(m, op)) + " are new",
            )
        for node, edge in sorted(old_edges - new_edges):
            ops = [(m, op) for (n, _, _), (m, op) in sorted(old.items()) if n == node and op.edge == edge]
            self.add(
                "edge-removed",
                f"{node} /{edge}",
                f"{node} loses edge {edge!r}: " + ", ".join(f"{op.method} {op.path}" for _, op in ops),
                ", ".join(f for m, op in ops for f in _functions(m, op)) + " no longer exist",
            )
        for key in sorted(new.keys() - old.keys()):
            module, op = new[key]
            if op.edge and (key[0], op.edge) not in old_edges:
                continue  # reported as a new edge
            rule = "create-path-added" if op.kind == "create" else "operation-added"
            self.add(
                rule,
                _op_where(key[0], op),
                f"{_op_where(key[0], op)} was added",
                ", ".join(_functions(module, op)) + (" are new" if len(_functions(module, op)) > 1 else " is new"),
            )
        for key in sorted(old.keys() - new.keys()):
            module, op = old[key]
            if op.edge and (key[0], op.edge) not in new_edges:
                continue  # reported as a removed edge
            rule = "create-path-removed" if op.kind == "create" else "operation-removed"
            self.add(
                rule,
                _op_where(key[0], op),
                f"{_op_where(key[0], op)} was removed",
                ", ".join(_functions(module, op))
                + (" no longer exist" if len(_functions(module, op)) > 1 else " no longer exists"),
            )
        for key in sorted(old.keys() & new.keys()):
            self.operation(key[0], old[key], new[key])

    def operation(
        self, node: str, old: tuple[ir.EndpointModule, ir.Operation], new: tuple[ir.EndpointModule, ir.Operation]
    ) -> None:
        _, before = old
        module, after = new
        where = _op_where(node, after)
        function = _function(module, after)
        if before.description != after.description:
            self.add(
                "description-changed",
                where,
                f"{where}: description changed",
                f"{function} docstring",
                before.description,
                after.description,
            )
        old_params = {p.graph_name: p for p in before.params if not p.in_path}
        new_params = {p.graph_name: p for p in after.params if not p.in_path}
        for name in [n for n in new_params if n not in old_params]:
            param = new_params[name]
            rule = "param-added-required" if param.required else "param-added-optional"
            kind = "required" if param.required else "optional"
            self.add(
                rule,
                f"{where} {name}",
                f"{where} gains {kind} parameter {name!r}",
                f"{function} gains keyword {param.name!r}",
            )
        for name in [n for n in old_params if n not in new_params]:
            self.add(
                "param-removed",
                f"{where} {name}",
                f"{where} loses parameter {name!r}",
                f"{function} loses keyword {old_params[name].name!r}",
            )
        for name in [n for n in old_params if n in new_params]:
            was, now = old_params[name], new_params[name]
            if not was.required and now.required:
                self.add(
                    "param-became-required",
                    f"{where} {name}",
                    f"{where} parameter {name!r} became required",
                    f"{function}: keyword {now.name!r} is now required",
                )
            if was.required and not now.required:
                self.add(
                    "param-became-optional",
                    f"{where} {name}",
                    f"{where} parameter {name!r} became optional",
                    f"{function}: keyword {now.name!r} is now optional",
                )
            old_type, new_type = self.old.type_text(was.type), self.new.type_text(now.type)
            if old_type != new_type:
                self.add(
                    "param-type-changed",
                    f"{where} {name}",
                    f"{where} parameter {name!r} changed type{_values_changed(self.old, was.type, self.new, now.type)}",
                    f"{function}: keyword {now.name!r} takes {now.annotation}",
                    old_type,
                    new_type,
                )
            if was.description != now.description:
                self.add(
                    "description-changed",
                    f"{where} {name}",
                    f"{where} parameter {name!r}: description changed",
                    f"{function} docstring",
                    was.description,
                    now.description,
                )
        old_result = ("page of " if before.paginated else "") + self.old.type_text(before.returns)
        new_result = ("page of " if after.paginated else "") + self.new.type_text(after.returns)
        if old_result != new_result:
            self.add(
                "return-type-changed",
                where,
                f"{where} returns a different shape: {_kind(old_result)} before, {_kind(new_result)} now",
                f"{function} returns {after.return_annotation}, {_kind(new_result)} (was {before.return_annotation}, "
                f"{_kind(old_result)})",
                old_result,
                new_result,
            )
        old_codes = [e.code for e in before.errors]
        new_codes = [e.code for e in after.errors]
        for error in after.errors:
            if error.code not in old_codes:
                self.add(
                    "operation-error-added",
                    f"{where} #{error.code}",
                    f"{where} can raise ({error.code}) {error.message}",
                    f"{function} may raise {error.class_name}",
                )
        for error in before.errors:
            if error.code not in new_codes:
                self.add(
                    "operation-error-removed",
                    f"{where} #{error.code}",
                    f"{where} no longer documents ({error.code}) {error.message}",
                    f"{function} no longer documents {error.class_name}",
                )

    # -- enums and errors ----------------------------------------------------------------------------------

    def enums(self) -> None:
        shared = (self.old.enums.keys() & self.new.enums.keys()) - self.new.selectors
        for name in sorted(shared):
            old_members = {m.value: m.name for m in self.old.enums[name].members}
            new_members = {m.value: m.name for m in self.new.enums[name].members}
            # An added value concerns the places that use the enum now; a removed one, those that used it before.
            now = _Uses(
                self.new.request_enums.get(name) or self.old.request_enums.get(name, []),
                self.new.response_enums.get(name) or self.old.response_enums.get(name, []),
            )
            before = _Uses(
                self.old.request_enums.get(name) or self.new.request_enums.get(name, []),
                self.old.response_enums.get(name) or self.new.response_enums.get(name, []),
            )
            for value in [v for v in new_members if v not in old_members]:
                member = f"{name}.{new_members[value]}"
                if now.sent:
                    self.add(
                        "request-enum-value-added",
                        f"{name}.{value}",
                        f"callers may send {value!r} as {name} ({now.senders()})",
                        f"{member} is new; {now.functions()} {_agree(now.sent, 'accepts', 'accept')} it",
                    )
                if now.returned:
                    self.add(
                        "response-enum-value-added",
                        f"{name}.{value}",
                        f"Graph may return {value!r} as {name}",
                        f"{member} is new; {now.fields()} {_agree(now.returned, 'may hold', 'may hold')} it",
                    )
            for value in [v for v in old_members if v not in new_members]:
                member = f"{name}.{old_members[value]}"
                if before.sent:
                    self.add(
                        "request-enum-value-removed",
                        f"{name}.{value}",
                        f"{value!r} is no longer accepted as {name} ({before.senders()})",
                        f"{member} no longer exists; {before.functions()} "
                        f"{_agree(before.sent, 'rejects', 'reject')} it",
                    )
                if before.returned:
                    self.add(
                        "response-enum-value-removed",
                        f"{name}.{value}",
                        f"Graph no longer returns {value!r} as {name}",
                        f"{member} no longer exists; {before.fields()} no longer hold it",
                    )

    def error_catalogue(self) -> None:
        old = {e.code: e for e in self.old.version.errors}
        new = {e.code: e for e in self.new.version.errors}
        for code in sorted(new.keys() - old.keys()):
            self.add(
                "error-code-added",
                f"error {code}",
                f"error code {code} ({new[code].name}) was added",
                f"errors.{new[code].class_name} is new",
            )
        for code in sorted(old.keys() - new.keys()):
            self.add(
                "error-code-removed",
                f"error {code}",
                f"error code {code} ({old[code].name}) was removed",
                f"errors.{old[code].class_name} no longer exists",
            )


def _enum_values(index: _Index, type_ref: ir.TypeRef) -> list[str] | None:
    """The values of an enum type, or of the enum a list holds; None for other types."""
    if isinstance(type_ref, ir.ListType):
        return _enum_values(index, type_ref.item)
    if isinstance(type_ref, ir.EnumRef) and type_ref.class_name in index.enums:
        return [m.value for m in index.enums[type_ref.class_name].members]
    return None


def _values_changed(old: _Index, old_type: ir.TypeRef, new: _Index, new_type: ir.TypeRef) -> str:
    """For an enum that became another enum (an inline enum whose values changed gets a class of its own): which
    values it no longer accepts and which it accepts now."""
    before, after = _enum_values(old, old_type), _enum_values(new, new_type)
    if before is None or after is None:
        return ""
    parts = []
    if removed := [v for v in before if v not in after]:
        parts.append("no longer accepts " + ", ".join(repr(v) for v in removed))
    if added := [v for v in after if v not in before]:
        parts.append("now accepts " + ", ".join(repr(v) for v in added))
    return f": {'; '.join(parts)}" if parts else ""


def _kind(type_text: str) -> str:
    """A few words for a result's shape, from its type text."""
    if type_text.startswith("union of "):
        return f"a union of {type_text.split(':')[0].removeprefix('union of ')} structs"
    if type_text.startswith("page of "):
        return f"a page of {type_text.removeprefix('page of ')}"
    if type_text.startswith("Struct {"):
        return "a struct"
    return type_text


_ORDER = {"ERR": 0, "WARN": 1, "INFO": 2}


def compare(old: ir.VersionIR, new: ir.VersionIR) -> list[Change]:
    """Every change from ``old`` to ``new``, most breaking first, then in a stable order."""
    changes = _Differ(old, new).run()
    return sorted(changes, key=lambda c: (_ORDER[c.level], c.rule, c.where, c.message))
