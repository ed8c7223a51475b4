"""Build the IR of one spec version: resolve every type and reference, and choose every Python name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from generator.diagnostics import Location, Problems
from generator.ir import model as ir
from generator.ir.docs import (
    chunking_docstring,
    endpoint_module_docstring,
    iterator_docstring,
    model_module_docstring,
    operation_docstring,
)
from generator.ir.text import clean_text
from generator.ir.python_types import request_annotation, response_annotation, return_annotation
from generator.naming import (
    SIGNATURE_NAMES,
    attribute_name,
    distinct_name,
    enum_member_name,
    identifier_problem,
    pascal_case,
    python_name_problem,
    snake_case,
)
from generator.spec import typeexpr as tx
from generator.spec.loader import LoadedVersion, TypeEntry
from generator.spec.schema import CreatePathSpec, FieldSpec, OperationSpec, ReturnsSpec
from generator.spec.yaml_source import PathKey, YamlDocument

_SCALARS: dict[str, tuple[ir.ScalarKind, str]] = {
    "string": ("str", "string"),
    "numeric string": ("str", "numeric string"),
    "int32": ("int", "int32"),
    "int64": ("int", "int64"),
    "unsigned int32": ("int", "unsigned int32"),
    "unsigned int64": ("int", "unsigned int64"),
    "float": ("float", "float"),
    "bool": ("bool", "bool"),
    "datetime": ("datetime", "datetime"),
    "timestamp": ("datetime", "timestamp"),
    "JSON-encoded string": ("json_string", "JSON-encoded string"),
    "Object": ("object", "Object"),
    "any": ("any", "any"),
    "file": ("file", "file"),
}

_FILE = ir.Scalar("file", "file")

_CATEGORY_CLASSES: dict[ir.ErrorCategory, tuple[str, str]] = {
    "auth": ("GraphAuthError", "The access token is missing, invalid or expired."),
    "permission": ("GraphPermissionError", "The token lacks a permission the call needs."),
    "throttling": ("GraphThrottlingError", "A rate limit was reached; wait before calling again."),
    "invalid_parameter": ("GraphInvalidParameterError", "A parameter is missing, unknown or has a bad value."),
    "server": ("GraphServerError", "Graph failed to handle the call; it may succeed later."),
    "other": ("GraphOtherError", "An error outside the other categories."),
}
_OperationKind = Literal["read", "update", "delete", "create", "edge"]

RESERVED_CLASS_NAMES = frozenset(
    {"GraphAPIError", "GraphTransportError", "GraphModel", "GraphEnum", "Page", "Paging", "GraphClient"}
    | {name for name, _ in _CATEGORY_CLASSES.values()}
)


def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("sses") or word.endswith("xes"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@dataclass
class _ModuleParts:
    name: str
    primary: str  # class name of the node or struct the module is named after
    graph_name: str  # its Graph name
    models: list[ir.ModelDef] = field(default_factory=list)
    enums: list[ir.EnumDef] = field(default_factory=list)
    unions: list[ir.UnionDef] = field(default_factory=list)


@dataclass(frozen=True)
class _Site:
    """Where a type is written, for naming its inline parts and for reporting problems."""

    entry: TypeEntry
    path: PathKey
    source: str

    def at(self, *more: str | int) -> _Site:
        return _Site(self.entry, (*self.path, *more), self.source)

    @property
    def location(self) -> Location:
        return self.entry.doc.location(self.path)


class _VersionBuilder:
    def __init__(self, loaded: LoadedVersion, problems: Problems) -> None:
        self.loaded = loaded
        self.problems = problems
        self.modules: dict[str, _ModuleParts] = {}
        # Every class name of the version, with where it was defined: names are imported bare, so they are unique.
        self.class_names: dict[str, Location] = {}
        self.enum_scopes: dict[str, dict[str, ir.EnumRef]] = {}
        self.global_enums: dict[str, ir.EnumRef] = {}
        self.enum_values: dict[str, tuple[str, ...]] = {}
        self.type_modules = {name: snake_case(name) for name in loaded.types}
        # Graph name -> Python class name: the same unless the type file says 'class_name'.
        self.type_classes = {name: entry.spec.class_name or name for name, entry in loaded.types.items()}
        self.models_by_name: dict[str, ir.ModelDef] = {}
        self.errors_by_code: dict[int, ir.ErrorCode] = {}
        self.field_sites: dict[tuple[str, str], _Site] = {}  # (class, graph field name) -> where it is declared
        self.broken_enums: set[tuple[str, str]] = set()  # (type, enum) whose own problem is already reported

    # -- problems and names ---------------------------------------------------------------------------------

    def problem(self, site: _Site, message: str) -> None:
        self.problems.add(site.location, ".".join(str(p) for p in site.path), message)

    def claim_class(self, name: str, site: _Site, advice: str = "") -> bool:
        why = identifier_problem(name)
        if why is not None:
            self.problem(site, f"class name {why}{advice}")
            return False
        if name in RESERVED_CLASS_NAMES:
            self.problem(site, f"class name {name!r} is reserved by the generated runtime{advice}")
            return False
        first = self.class_names.get(name)
        if first is not None:
            self.problem(site, f"class name {name!r} is already used (at {first}){advice}")
            return False
        self.class_names[name] = site.location
        return True

    # -- sources -------------------------------------------------------------------------------------------

    def check_sources(self) -> None:
        known = set(self.loaded.version.sources)
        docs: list[YamlDocument] = [self.loaded.errors_doc, *(e.doc for e in self.loaded.types.values())]
        for doc in docs:
            for path, value in _walk(doc.data, ()):
                if path and path[-1] in ("source",) and isinstance(value, str) and value not in known:
                    where = doc.location(path)
                    self.problems.add(
                        where,
                        ".".join(map(str, path)),
                        f"unknown source {value!r}; list it under 'sources' in version.yaml",
                    )

    # -- errors --------------------------------------------------------------------------------------------

    def build_errors(self) -> tuple[ir.ErrorCode, ...]:
        codes: list[ir.ErrorCode] = []
        for code, spec in sorted(self.loaded.errors.codes.items()):
            site = _Site(_errors_entry(self.loaded), ("codes", code, "name"), spec.source or "")
            base = pascal_case(spec.name)
            class_name = base if base.endswith("Error") else base + "Error"
            if not self.claim_class(class_name, site):
                continue
            category: ir.ErrorCategory = spec.category.value
            error = ir.ErrorCode(
                code=code,
                name=spec.name,
                class_name=class_name,
                category=category,
                category_class=_CATEGORY_CLASSES[category][0],
                message=clean_text(spec.message),
                transient=spec.transient,
                graph_type=spec.type,
                source=spec.source or "",
            )
            codes.append(error)
            self.errors_by_code[code] = error
        return tuple(codes)

    # -- enums ---------------------------------------------------------------------------------------------

    def declare_enums(self) -> None:
        for name, entry in self.loaded.types.items():
            scope: dict[str, ir.EnumRef] = {}
            for enum_name, spec in entry.spec.enums.items():
                site = _Site(entry, ("enums", enum_name), spec.source or entry.spec.source or "")
                class_name = enum_name if enum_name.startswith(name) else name + enum_name
                why = identifier_problem(enum_name)
                if why is not None:
                    self.problem(_Site(entry, ("enums", enum_name), site.source), f"enum name {why}")
                    self.broken_enums.add((name, enum_name))
                    continue
                if not spec.values:
                    self.problem(site.at("values"), f"enum {enum_name!r} has no values")
                    self.broken_enums.add((name, enum_name))
                    continue
                enum = self.make_enum(class_name, enum_name, tuple(spec.values), spec.description, site)
                if enum is not None:
                    ref = ir.EnumRef(enum.class_name, self.type_modules[name])
                    scope[enum_name] = ref
                    self.global_enums[enum.class_name] = ref
                    self.module_of(entry).enums.append(enum)
            self.enum_scopes[name] = scope

    def make_enum(
        self,
        class_name: str,
        graph_name: str,
        values: tuple[str, ...],
        description: str,
        site: _Site,
        member_names: tuple[str, ...] | None = None,
    ) -> ir.EnumDef | None:
        if not self.claim_class(class_name, site):
            return None
        members: list[ir.EnumMember] = []
        taken: dict[str, str] = {}
        seen: set[str] = set()
        for index, value in enumerate(values):
            if value in seen:
                self.problem(site.at("values", index), f"enum value {value!r} is listed twice")
                continue
            member = member_names[index] if member_names is not None else enum_member_name(value)
            if member in taken:
                self.problem(
                    site.at("values", index),
                    f"enum values {taken[member]!r} and {value!r} both become the Python member {member!r}",
                )
                continue
            taken[member] = value
            seen.add(value)
            members.append(ir.EnumMember(member, value))
        self.enum_values[class_name] = values
        return ir.EnumDef(class_name, graph_name, clean_text(description), tuple(members), site.source)

    def module_of(self, entry: TypeEntry) -> _ModuleParts:
        name = self.type_modules[entry.name]
        parts = self.modules.get(name)
        if parts is None:
            parts = self.modules[name] = _ModuleParts(name, self.type_classes[entry.name], entry.name)
        return parts

    # -- types ---------------------------------------------------------------------------------------------

    def parse(self, text: str, site: _Site) -> tx.TypeExpr | None:
        try:
            return tx.parse_type(text, lambda: self.known_names(site))
        except tx.TypeSyntaxError as exc:
            self.problem(site, str(exc))
            return None

    def resolve(self, expr: tx.TypeExpr, site: _Site, hint: str, names: list[str] | None = None) -> ir.TypeRef | None:
        """Turn a parsed type into a TypeRef; inline structs and enums become classes named from ``hint``."""
        if isinstance(expr, tx.Primitive):
            kind, graph = _SCALARS[expr.name]
            return ir.Scalar(kind, graph)
        if isinstance(expr, tx.ListOf):
            item = self.resolve(expr.item, site, singular_hint(hint), names)
            return None if item is None else ir.ListType(item)
        if isinstance(expr, tx.MapOf):
            key = self.resolve(expr.key, site, hint + "Key")
            value = self.resolve(expr.value, site, hint + "Value", names)
            if key is None or value is None:
                return None
            if not (isinstance(key, ir.Scalar) and key.kind in ("str", "int", "datetime")) and not isinstance(
                key, ir.EnumRef
            ):
                self.problem(
                    site,
                    "map keys must be strings, integers, datetimes or enums: JSON object keys are text "
                    "(write 'map<string, ...>' for keys of no other type)",
                )
                return None
            return ir.MapType(key, value)
        if isinstance(expr, tx.InlineEnum):
            return self.inline_enum(expr.values, site, hint)
        if isinstance(expr, tx.InlineStruct):
            class_name = names.pop(0) if names else hint
            fields = {f.name: FieldSpec(type=tx.format_type(f.type)) for f in expr.fields}
            return self.struct(class_name, fields, site, expr)
        if isinstance(expr, tx.Named):
            return self.named(expr.name, site)
        return self.union(expr, site, hint, names)

    def named(self, name: str, site: _Site) -> ir.TypeRef | None:
        scoped = self.enum_scopes.get(site.entry.name, {}).get(name)
        if scoped is not None:
            return scoped
        if name in self.loaded.types:
            return ir.ModelRef(self.type_classes[name], self.type_modules[name])
        if name in self.global_enums:
            return self.global_enums[name]
        if self.in_broken_file(name) or (site.entry.name, name) in self.broken_enums:
            return None  # its own definition could not be used, and that problem is already reported
        self.problem(
            site, f"{name!r} is not a node, struct or enum of this version" + _suggest(name, self.known_names(site))
        )
        return None

    def in_broken_file(self, name: str) -> bool:
        """Whether ``name`` may be declared in a file that could not be read (a type, or an enum named after it)."""
        snake = snake_case(name)
        return any(snake == stem or snake.startswith(stem + "_") for stem in self.loaded.broken)

    def known_names(self, site: _Site) -> list[str]:
        return sorted({*self.loaded.types, *self.enum_scopes.get(site.entry.name, {}), *self.global_enums})

    def inline_enum(self, values: tuple[str, ...], site: _Site, hint: str) -> ir.EnumRef | None:
        # A type copied from the docs repeats the values of an enum the node declares: use that enum.
        for ref in self.enum_scopes.get(site.entry.name, {}).values():
            if set(self.enum_values.get(ref.class_name, ())) == set(values):
                return ref
        existing = self.enum_values.get(hint)
        module = self.type_modules[site.entry.name]
        if existing is not None:
            if existing == values and hint in self.global_enums:
                return self.global_enums[hint]
            self.problem(
                site,
                f"inline enum would be named {hint!r}, which is taken by an enum with other values; "
                "declare it under 'enums' with its own name",
            )
            return None
        enum = self.make_enum(hint, hint, values, "", site)
        if enum is None:
            return None
        self.module_of(site.entry).enums.append(enum)
        ref = ir.EnumRef(enum.class_name, module)
        self.global_enums[enum.class_name] = ref
        return ref

    def union(self, expr: tx.UnionOf, site: _Site, hint: str, names: list[str] | None) -> ir.UnionRef | None:
        variants: list[ir.ModelRef] = []
        for index, option in enumerate(expr.options, start=1):
            if not isinstance(option, tx.InlineStruct | tx.Named):
                self.problem(site, "each alternative of a union must be a struct or a node")
                return None
            ref = self.resolve(option, site, f"{hint}{index}", names)
            if ref is None:
                return None
            if not isinstance(ref, ir.ModelRef):
                self.problem(site, "each alternative of a union must be a struct or a node")
                return None
            variants.append(ref)
        if not self.claim_class(hint, site):
            return None
        # The variants' keys are filled in by with_variant_keys once every model is built: a variant may be the
        # type being built, or one built later.
        union = ir.UnionDef(hint, "", tuple(variants), ())
        self.module_of(site.entry).unions.append(union)
        return ir.UnionRef(hint, self.type_modules[site.entry.name])

    def struct(
        self, class_name: str, fields: dict[str, FieldSpec], site: _Site, inline: tx.InlineStruct | None = None
    ) -> ir.ModelRef | None:
        if not self.claim_class(class_name, site):
            return None
        built = self.model_fields(class_name, fields, site, kind="struct", field_site=inline is None)
        model = self.finish_model(class_name, class_name, "struct", "", built, site, "documented")
        self.module_of(site.entry).models.append(model)
        return ir.ModelRef(class_name, self.type_modules[site.entry.name])

    def model_fields(
        self, class_name: str, fields: dict[str, FieldSpec], site: _Site, *, kind: str, field_site: bool
    ) -> list[ir.ModelField]:
        built: list[ir.ModelField] = []
        taken: dict[str, str] = {}
        for graph_name, spec in fields.items():
            here = site.at("fields", graph_name) if field_site else site
            py_name = self.python_name(graph_name, spec, here, "field")
            if py_name is None:
                continue
            if py_name in taken:
                self.problem(
                    here,
                    f"fields {taken[py_name]!r} and {graph_name!r} both become {py_name!r} in Python; "
                    "set 'python_name' on one of them",
                )
                continue
            taken[py_name] = graph_name
            self.field_sites[(class_name, graph_name)] = here
            type_site = here.at("type") if field_site else here
            type_ref = self.field_type(spec, type_site, class_name + pascal_case(graph_name))
            if type_ref is None:
                continue
            if _has_file(type_ref):
                self.problem(type_site, "'file' is for parameters (uploads); Graph never returns a file")
                continue
            required = (graph_name == "id") if kind == "node" else spec.required
            source = spec.source or site.source
            rule = self.field_rule(spec, type_ref, here)
            built.append(
                ir.ModelField(py_name, graph_name, type_ref, required, clean_text(spec.description), source, rule)
            )
        return built

    def python_name(self, graph_name: str, spec: FieldSpec, site: _Site, kind: Literal["field", "param"]) -> str | None:
        """The Python name of a field or parameter: the spec's ``python_name``, or the default rule's."""
        if spec.python_name is not None:
            why = python_name_problem(spec.python_name)
            if why is not None:
                self.problem(site.at("python_name"), f"python_name {why}")
                return None
            return spec.python_name
        name = attribute_name(graph_name, kind)
        if name is None:
            why = identifier_problem(graph_name) or f"{graph_name!r} has no letter or digit"
            self.problem(site, f"{'field' if kind == 'field' else 'parameter'} name {why}; set 'python_name'")
        return name

    def field_rule(self, spec: FieldSpec, type_ref: ir.TypeRef, site: _Site) -> ir.FieldRule | None:
        """The customer-information rule of a struct field, if it declares one."""
        if not (spec.normalize or spec.hash or spec.is_list):
            return None
        hashed = spec.hash == "sha256"
        if (spec.normalize or hashed or spec.is_list) and type_ref != ir.Scalar("str", "string"):
            self.problem(site.at("type"), "normalise, hash and list rules apply to fields of type 'string'")
            return None
        return ir.FieldRule(tuple(spec.normalize or ()), hashed, spec.is_list)

    def param_extras(
        self, spec: FieldSpec, type_ref: ir.TypeRef, site: _Site
    ) -> tuple[ir.ModelRef | None, int | None] | None:
        """What a parameter's JSON strings encode, and its item limit; None after a problem."""
        if spec.normalize or spec.hash or spec.is_list:
            self.problem(site, "normalise, hash and list rules belong on struct fields, not parameters")
            return None
        encodes: ir.ModelRef | None = None
        if spec.encodes is not None:
            inner = type_ref.item if isinstance(type_ref, ir.ListType) else type_ref
            if inner != ir.Scalar("json_string", "JSON-encoded string"):
                self.problem(site.at("encodes"), "'encodes' needs a 'JSON-encoded string' type (or a list of them)")
                return None
            target = self.named(spec.encodes, site.at("encodes"))
            if not isinstance(target, ir.ModelRef):
                if target is not None:
                    self.problem(site.at("encodes"), f"{spec.encodes!r} is not a struct or node")
                return None
            encodes = target
        if spec.max_items is not None and not isinstance(type_ref, ir.ListType):
            self.problem(site.at("max_items"), "'max_items' applies to list parameters")
            return None
        return encodes, spec.max_items

    def field_type(self, spec: FieldSpec, site: _Site, hint: str) -> ir.TypeRef | None:
        expr = self.parse(spec.type, site)
        if expr is None:
            return None
        if spec.fields is not None:
            # Child fields turn an Object (or a list of them) into a typed struct.
            inner = expr.item if isinstance(expr, tx.ListOf) else expr
            if inner != tx.Primitive("Object"):
                self.problem(site, "child 'fields' are only allowed on 'Object' or 'list<Object>' types")
                return None
            parent_path = site.path[:-1] if site.path and site.path[-1] == "type" else site.path
            struct_site = _Site(site.entry, parent_path, spec.source or site.source)
            name = singular_hint(hint) if isinstance(expr, tx.ListOf) else hint
            ref = self.struct(name, spec.fields, struct_site)
            if ref is None:
                return None
            return ir.ListType(ref) if isinstance(expr, tx.ListOf) else ref
        return self.resolve(expr, site, hint)

    def finish_model(
        self,
        class_name: str,
        graph_name: str,
        kind: Literal["node", "struct"],
        description: str,
        fields: list[ir.ModelField],
        site: _Site,
        coverage: str,
    ) -> ir.ModelDef:
        selector_name = f"{class_name}Field"
        values = tuple(f.graph_name for f in fields)
        # Members are named like the attributes, so 'post.object.wall' is both .post_object_wall and its member.
        members = tuple(
            enum_member_name(
                f.graph_name if _plain(f.graph_name) and f.name == attribute_name(f.graph_name) else f.name
            )
            for f in fields
        )
        selector = (
            self.make_enum(
                selector_name,
                selector_name,
                values,
                f"Fields of {class_name} to ask for with `fields=`.",
                site,
                members,
            )
            if values
            else None
        )
        if selector is None:
            selector = ir.EnumDef(selector_name, selector_name, "", (), site.source)
        else:
            self.module_of(site.entry).enums.append(selector)
        model = ir.ModelDef(
            class_name, graph_name, kind, clean_text(description), tuple(fields), selector, site.source, coverage
        )
        self.models_by_name[class_name] = model
        return model

    # -- nodes and structs ---------------------------------------------------------------------------------

    def build_type(self, entry: TypeEntry) -> None:
        spec = entry.spec
        site = _Site(entry, (), spec.source or "")
        class_name = self.type_classes[entry.name]
        if spec.class_name is not None:
            claimed = self.claim_class(class_name, site.at("class_name"))
        else:
            key = "node" if entry.is_node else "struct"
            claimed = self.claim_class(class_name, _Site(entry, (key,), site.source), "; set 'class_name'")
        if not claimed:
            return
        kind: Literal["node", "struct"] = "node" if entry.is_node else "struct"
        fields = self.model_fields(class_name, spec.fields, site, kind=kind, field_site=True)
        model = self.finish_model(class_name, entry.name, kind, spec.description, fields, site, spec.coverage.value)
        parts = self.module_of(entry)
        parts.models.insert(0, model)

    def with_variant_keys(self, union: ir.UnionDef) -> ir.UnionDef:
        keys = []
        for variant in union.variants:
            model = self.models_by_name.get(variant.class_name)
            keys.append(tuple(f.graph_name for f in model.fields) if model else ())
        return replace(union, variant_keys=tuple(keys))

    def check_required_cycles(self) -> None:
        """Fields may refer to each other in cycles, since Graph leaves out what nobody asked for; a cycle of
        required fields, though, could only be satisfied by infinitely nested data."""
        edges = {
            name: [
                (f.graph_name, f.type.class_name)
                for f in model.fields
                if f.required and isinstance(f.type, ir.ModelRef)
            ]
            for name, model in self.models_by_name.items()
        }
        state: dict[str, int] = {}  # 1: on the current path, 2: done
        path: list[tuple[str, str]] = []

        def visit(name: str) -> None:
            state[name] = 1
            for field_name, target in edges.get(name, []):
                path.append((name, field_name))
                if state.get(target) == 1:
                    start = next(i for i, (cls, _) in enumerate(path) if cls == target)
                    loop = " -> ".join(f"{cls}.{fld}" for cls, fld in path[start:]) + f" -> {target}"
                    site = self.field_sites.get(path[-1])
                    if site is not None:
                        self.problem(site, f"required fields form a cycle ({loop}); make one of them optional")
                elif target not in state:
                    visit(target)
                path.pop()
            state[name] = 2

        for name in sorted(edges):
            if name not in state:
                visit(name)

    def build_operations(self, entry: TypeEntry) -> ir.EndpointModule | None:
        spec = entry.spec
        if not entry.is_node:
            return None
        node = entry.name
        base = _Site(entry, (), spec.source or "")
        id_param = spec.id_param or f"{snake_case(node)}_id"
        if spec.id_param is not None and attribute_name(id_param, "param") != id_param:
            self.problem(base.at("id_param"), f"id_param {id_param!r} is not a plain snake_case Python name")
            return None
        node_path = f"/{{{id_param}}}"
        ops: list[ir.Operation] = []
        unsupported: list[ir.UnsupportedOperation] = []
        plan: list[tuple[_OperationKind, OperationSpec, _Site, str, str, str, str | None]] = []
        snake = snake_case(node)
        node_operations: tuple[tuple[_OperationKind, str, str], ...] = (
            ("read", "GET", f"get_{snake}"),
            ("update", "POST", f"update_{snake}"),
            ("delete", "DELETE", f"delete_{snake}"),
        )
        for kind, method, default in node_operations:
            op = getattr(spec, kind)
            if op is not None:
                plan.append((kind, op, base.at(kind), method, node_path, default, None))
        for key, create in spec.creates.items():
            plan.append(("create", create, base.at("creates", key), "POST", create.path, f"create_{snake}", None))
        for edge_name, edge in spec.edges.items():
            edge_site = _Site(entry, ("edges", edge_name), edge.source or base.source)
            for method, attr, default in (
                ("GET", "get", f"get_{edge_name}"),
                ("POST", "post", f"create_{singular(edge_name)}"),
                ("DELETE", "delete", f"delete_{edge_name}"),
            ):
                op = getattr(edge, attr)
                if op is not None:
                    plan.append(
                        ("edge", op, edge_site.at(attr), method, f"{node_path}/{edge_name}", default, edge_name)
                    )
        functions: dict[str, Location] = {}
        for kind, op, site, method, path, default, edge_of in plan:
            site = _Site(entry, site.path, op.source or site.source or "")
            if not op.supported:
                unsupported.append(ir.UnsupportedOperation(kind, method, path, clean_text(op.note or op.description)))
                continue
            function = op.function or default
            why = identifier_problem(function)
            if why is not None:
                self.problem(site.at("function") if op.function else site, f"function name {why}")
                continue
            if function in functions:
                self.problem(
                    site,
                    f"function {function!r} is already generated for another operation (at {functions[function]}); "
                    "set 'function' to tell them apart",
                )
                continue
            functions[function] = site.location
            built = self.operation(entry, kind, op, site, method, path, function, edge_of)
            if built is None:
                continue
            names = [built.async_function] + ([built.iter_function] if built.iter_function else [])
            if built.chunking is not None:
                names += [built.chunking.function, built.chunking.async_function]
            clash = next((name for name in names if name in functions), None)
            if clash is not None:
                self.problem(
                    site, f"function {clash!r} is already generated for another operation (at {functions[clash]})"
                )
                continue
            functions.update({name: site.location for name in names})
            ops.append(built)
        if not ops and not unsupported:
            return None
        imports: dict[str, set[str]] = {}
        for op_ir in ops:
            for ref in _operation_refs(op_ir):
                imports.setdefault(ref.module, set()).add(ref.class_name)
        return ir.EndpointModule(
            name=snake,
            node=node,
            description=spec.description,
            operations=tuple(ops),
            unsupported=tuple(unsupported),
            imports=tuple((module, tuple(sorted(names))) for module, names in sorted(imports.items())),
            version_module=self.loaded.graph_version.replace(".", "_"),
            extension_path=f"extensions/{self.loaded.graph_version.replace('.', '_')}/{snake}.py",
            uses_files=any(p.encoding == "file" for op_ir in ops for p in op_ir.params),
            docstring=endpoint_module_docstring(
                node, clean_text(spec.description), self.loaded.graph_version, unsupported
            ),
        )

    def operation(
        self,
        entry: TypeEntry,
        kind: _OperationKind,
        op: OperationSpec,
        site: _Site,
        method: str,
        path: str,
        function: str,
        edge_name: str | None,
    ) -> ir.Operation | None:
        # Inline structs and enums are named after the function; with the node's name in front when the function
        # does not say it already, since many nodes share edge names (create_event, get_stats).
        hint = pascal_case(function) if snake_case(entry.name) in function else entry.name + pascal_case(function)
        params: list[ir.Param] = []
        placeholders = re.findall(r"\{([^{}]*)\}", path)
        if isinstance(op, CreatePathSpec):
            if op.parent not in self.loaded.types:
                self.problem(
                    site.at("parent"),
                    f"{op.parent!r} is not a node of this version" + _suggest(op.parent, sorted(self.loaded.types)),
                )
            if not placeholders:
                self.problem(
                    site.at("path"), "a create path needs an id placeholder, e.g. '/act_{ad_account_id}/adspixels'"
                )
                return None
        for placeholder in placeholders:
            if attribute_name(placeholder) != placeholder:
                self.problem(
                    site.at("path") if isinstance(op, CreatePathSpec) else site,
                    f"path placeholder {placeholder!r} is not a plain Python name",
                )
                return None
            params.append(
                ir.Param(
                    name=placeholder,
                    graph_name=placeholder,
                    type=ir.Scalar("str", "numeric string"),
                    required=True,
                    description="",
                    encoding="text",
                    enum=None,
                    in_path=True,
                    annotation="str",
                )
            )
        taken = {p.name for p in params}
        for graph_name, spec in op.params.items():
            here = site.at("params", graph_name)
            py_name = self.python_name(graph_name, spec, here, "param")
            if py_name is None:
                continue
            if py_name in placeholders:
                advice = "set 'python_name' on the parameter"
                if not isinstance(op, CreatePathSpec):
                    advice += " or 'id_param' on the node"
                self.problem(here, f"parameter {graph_name!r} is named like the path's id {{{py_name}}}; {advice}")
                continue
            if spec.python_name is not None and py_name in SIGNATURE_NAMES:
                self.problem(here.at("python_name"), f"python_name {py_name!r} is a keyword of every endpoint function")
                continue
            # A Graph name the signature already uses ('fields' on insights edges) gets a name of its own.
            py_name = distinct_name(py_name, SIGNATURE_NAMES)
            if py_name in taken:
                self.problem(
                    here,
                    f"parameter {graph_name!r} clashes with another parameter named {py_name!r}; set 'python_name'",
                )
                continue
            taken.add(py_name)
            type_ref = self.field_type(spec, here.at("type"), hint + pascal_case(graph_name))
            if type_ref is None:
                continue
            if _has_file(type_ref) and (type_ref not in (_FILE, ir.ListType(_FILE)) or method != "POST"):
                self.problem(here.at("type"), "file uploads are 'file' or 'list<file>' parameters of a POST")
                continue
            extras = self.param_extras(spec, type_ref, here)
            if extras is None:
                continue
            encodes, max_items = extras
            encoding, enum = _encoding(type_ref)
            params.append(
                ir.Param(
                    name=py_name,
                    graph_name=graph_name,
                    type=type_ref,
                    required=spec.required,
                    description=clean_text(spec.description),
                    encoding=encoding,
                    enum=enum,
                    in_path=False,
                    annotation=request_annotation(type_ref, encodes),
                    encodes=encodes,
                    max_items=max_items,
                    argument=py_name if py_name != graph_name else None,
                )
            )
        returns = self.returns(entry, kind, op, site, hint)
        if returns is None:
            return None
        paginated = method == "GET" and isinstance(returns, ir.ListType)
        if paginated:
            assert isinstance(returns, ir.ListType)
            returns = returns.item
        selector: ir.EnumRef | None = None
        if method == "GET" and isinstance(returns, ir.ModelRef):
            target = self.models_by_name.get(returns.class_name)
            if target is not None and target.selector.members:
                selector = ir.EnumRef(target.selector.class_name, returns.module)
        errors: list[ir.ErrorRef] = []
        for index, code in enumerate(op.errors):
            error = self.errors_by_code.get(code)
            if error is None:
                self.problem(site.at("errors", index), f"error code {code} is not in errors.yaml")
                continue
            if code not in (e.code for e in errors):
                errors.append(ir.ErrorRef(code, error.class_name, error.message))
        graph_method: Literal["GET", "POST", "DELETE"] = method  # type: ignore[assignment]
        built = ir.Operation(
            function=function,
            async_function=f"{function}_async",
            constant="_" + function.upper(),
            kind=kind,
            method=graph_method,
            path=path,
            graph_path=path,
            edge=edge_name,
            params=tuple(params),
            returns=returns,
            paginated=paginated,
            iter_function=(f"iter_{function.removeprefix('get_')}" if paginated else None),
            iter_async_function=(f"iter_{function.removeprefix('get_')}_async" if paginated else None),
            idempotent=op.idempotent if op.idempotent is not None else method != "POST",
            selector=selector,
            errors=tuple(errors),
            description=clean_text(op.description),
            source=site.source,
            return_annotation="",
            item_annotation="",
            docstring="",
            iter_docstring="",
        )
        built = replace(built, return_annotation=return_annotation(built), item_annotation=response_annotation(returns))
        limited = next((p for p in built.params if p.max_items is not None), None)
        chunking = (
            ir.Chunking(
                param=limited.name,
                graph_name=limited.graph_name,
                size=limited.max_items,
                function=f"{function}_in_chunks",
                async_function=f"{function}_in_chunks_async",
                docstring=chunking_docstring(built, limited.name, limited.max_items),
                return_annotation=f"list[ChunkResult[{built.return_annotation}]]",
            )
            if limited is not None and limited.max_items is not None
            else None
        )
        created = None
        if kind == "create":
            created = entry.name
        elif method == "POST" and isinstance(returns, ir.ModelRef):
            target = self.models_by_name.get(returns.class_name)
            created = target.graph_name if target is not None and target.kind == "node" else None
        return replace(
            built,
            owner=op.parent if isinstance(op, CreatePathSpec) else entry.name,
            creates=created,
            docstring=operation_docstring(built, self.loaded.graph_version),
            iter_docstring=iterator_docstring(built),
            chunking=chunking,
            iter_annotation=f"Iterator[{built.item_annotation}]" if paginated else "",
            async_iter_annotation=f"AsyncIterator[{built.item_annotation}]" if paginated else "",
        )

    def returns(self, entry: TypeEntry, kind: str, op: OperationSpec, site: _Site, hint: str) -> ir.TypeRef | None:
        spec = op.returns
        if spec is None:
            if kind == "read":
                return ir.ModelRef(self.type_classes[entry.name], self.type_modules[entry.name])
            self.problem(site, "missing 'returns': every supported operation says what it returns")
            return None
        text = spec.type if isinstance(spec, ReturnsSpec) else spec
        names = list(spec.names) if isinstance(spec, ReturnsSpec) and spec.names else None
        here = site.at("returns", "type") if isinstance(spec, ReturnsSpec) else site.at("returns")
        expr = self.parse(text, here)
        if expr is None:
            return None
        result = self.resolve(expr, here, hint + "Result", names)
        if result is not None and _has_file(result):
            self.problem(here, "'file' is for parameters (uploads); Graph never returns a file")
            return None
        if names:
            self.problem(site.at("returns", "names"), f"more names than inline structs: {names} left over")
        return result


def _plain(graph_name: str) -> bool:
    return graph_name.isascii() and graph_name.isidentifier()


def singular_hint(hint: str) -> str:
    return singular(hint)


def _suggest(name: str, candidates: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, candidates, n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def _walk(data: Any, path: PathKey) -> list[tuple[PathKey, Any]]:
    found: list[tuple[PathKey, Any]] = [(path, data)]
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(_walk(value, (*path, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(_walk(value, (*path, index)))
    return found


def _errors_entry(loaded: LoadedVersion) -> TypeEntry:
    """A stand-in entry so that catalogue problems are reported at errors.yaml positions."""
    from generator.spec.schema import Coverage, TypeFile

    return TypeEntry(
        "errors", False, TypeFile(struct="Errors", coverage=Coverage.minimal, fields={}), loaded.errors_doc
    )


def _encoding(
    type_ref: ir.TypeRef,
) -> tuple[Literal["text", "bool", "datetime", "enum", "json", "fields", "file"], ir.EnumRef | None]:
    if type_ref == ir.ListType(_FILE):
        return "file", None
    if isinstance(type_ref, ir.Scalar):
        if type_ref.kind == "file":
            return "file", None
        if type_ref.kind == "bool":
            return "bool", None
        if type_ref.kind == "datetime":
            return "datetime", None
        if type_ref.kind in ("json_string", "object", "any"):
            return "json", None
        return "text", None
    if isinstance(type_ref, ir.EnumRef):
        return "enum", type_ref
    if isinstance(type_ref, ir.ListType) and isinstance(type_ref.item, ir.EnumRef):
        return "json", type_ref.item
    return "json", None


def _has_file(type_ref: ir.TypeRef) -> bool:
    if isinstance(type_ref, ir.ListType):
        return _has_file(type_ref.item)
    if isinstance(type_ref, ir.MapType):
        return _has_file(type_ref.key) or _has_file(type_ref.value)
    return type_ref == _FILE


def _type_refs(type_ref: ir.TypeRef) -> list[ir.ModelRef | ir.EnumRef | ir.UnionRef]:
    if isinstance(type_ref, ir.ListType):
        return _type_refs(type_ref.item)
    if isinstance(type_ref, ir.MapType):
        return [*_type_refs(type_ref.key), *_type_refs(type_ref.value)]
    if isinstance(type_ref, ir.Scalar):
        return []
    return [type_ref]


def _operation_refs(op: ir.Operation) -> list[ir.ModelRef | ir.EnumRef | ir.UnionRef]:
    refs = [*_type_refs(op.returns)]
    for param in op.params:
        refs.extend(_type_refs(param.type))
        if param.encodes is not None:
            refs.append(param.encodes)
    if op.selector is not None:
        refs.append(op.selector)
    return refs


def build_version(loaded: LoadedVersion, problems: Problems) -> ir.VersionIR:
    builder = _VersionBuilder(loaded, problems)
    builder.check_sources()
    errors = builder.build_errors()
    builder.declare_enums()
    for entry in loaded.types.values():
        builder.build_type(entry)
    builder.check_required_cycles()
    endpoint_modules = [m for m in (builder.build_operations(e) for e in loaded.types.values()) if m is not None]
    model_modules: list[ir.ModelModule] = []
    titles = {key: src.title for key, src in loaded.version.sources.items()}
    for name in sorted(builder.modules):
        parts = builder.modules[name]
        primary = loaded.types[parts.graph_name].spec
        references: dict[str, ir.ModelRef | ir.EnumRef] = {}
        for model in parts.models:
            for fld in model.fields:
                for ref in _type_refs(fld.type):
                    if ref.module != name and not isinstance(ref, ir.UnionRef):
                        references[ref.class_name] = ref
        model_modules.append(
            ir.ModelModule(
                name=name,
                primary=parts.primary,
                models=tuple(parts.models),
                enums=tuple(parts.enums),
                unions=tuple(builder.with_variant_keys(union) for union in parts.unions),
                references=tuple(references[k] for k in sorted(references)),
                docstring=model_module_docstring(
                    parts.graph_name,
                    clean_text(primary.description),
                    loaded.graph_version,
                    primary.coverage.value,
                    titles.get(primary.source or "", "not given"),
                ),
            )
        )
    categories = tuple(ir.ErrorCategoryDef(cat, cls, doc) for cat, (cls, doc) in _CATEGORY_CLASSES.items())
    cross_refs = {ref.class_name: ref for module in model_modules for ref in module.references}
    return ir.VersionIR(
        graph_version=loaded.graph_version,
        module=loaded.graph_version.replace(".", "_"),
        model_modules=tuple(model_modules),
        cross_refs=tuple(cross_refs[name] for name in sorted(cross_refs)),
        endpoint_modules=tuple(endpoint_modules),
        errors=errors,
        categories=categories,
        sources=tuple((key, src.title) for key, src in loaded.version.sources.items()),
    )
