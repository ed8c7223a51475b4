"""Types of one version: enums, nodes and structs, resolved from the spec's type vocabulary and named."""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from generator.diagnostics import Location, Problems
from generator.ir import model as ir
from generator.ir.context import BuildContext, Site
from generator.ir.scalars import GRAPH_SCALARS
from generator.ir.docs import enum_docstring, model_docstring
from generator.ir.text import clean_text, description_of
from generator.naming import (
    attribute_name,
    did_you_mean,
    enum_member_name,
    identifier_problem,
    literal_alias,
    pascal_case,
    python_name_problem,
    singular,
    snake_case,
)
from generator.spec import typeexpr as tx
from generator.spec.loader import LoadedVersion, TypeEntry
from generator.spec.schema import FieldSpec


class TypeResolver(BuildContext):
    def __init__(self, loaded: LoadedVersion, problems: Problems) -> None:
        super().__init__(loaded, problems)
        self.enum_scopes: dict[str, dict[str, ir.EnumRef]] = {}
        self.global_enums: dict[str, ir.EnumRef] = {}
        self.enum_values: dict[str, tuple[str, ...]] = {}
        self.models_by_name: dict[str, ir.ModelDef] = {}
        # (class, graph field name) of a required field of a model type -> its location and its path in the file
        self.field_sites: dict[tuple[str, str], tuple[Location, str]] = {}
        self.broken_enums: set[tuple[str, str]] = set()  # (type, enum) whose own problem is already reported

    # -- enums ---------------------------------------------------------------------------------------------

    def declare_enums(self) -> None:
        for entry in self.loaded.types.values():
            self.declare_type_enums(entry)

    def declare_type_enums(self, entry: TypeEntry) -> None:
        """The enums a type file declares under 'enums'."""
        name = entry.name
        scope: dict[str, ir.EnumRef] = {}
        for enum_name, spec in entry.spec.enums.items():
            site = Site(entry, ("enums", enum_name), spec.source or entry.spec.source or "")
            class_name = enum_name if enum_name.startswith(name) else name + enum_name
            why = identifier_problem(enum_name)
            if why is not None:
                self.problem(Site(entry, ("enums", enum_name), site.source), f"enum name {why}")
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
        site: Site,
        member_names: tuple[str, ...] | None = None,
    ) -> ir.EnumDef | None:
        if not self.claim_class(class_name, site) or not self.claim_class(literal_alias(class_name), site):
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
        return ir.EnumDef(
            class_name,
            graph_name,
            enum_docstring(clean_text(description), members),
            tuple(members),
            literal_alias(class_name),
        )

    # -- types ---------------------------------------------------------------------------------------------

    def parse(self, text: str, site: Site) -> tx.TypeExpr | None:
        try:
            return tx.parse_type(text, lambda: self.known_names(site))
        except tx.TypeSyntaxError as exc:
            self.problem(site, str(exc))
            return None

    def resolve(self, expr: tx.TypeExpr, site: Site, hint: str, names: list[str] | None = None) -> ir.TypeRef | None:
        """Turn a parsed type into a TypeRef; inline structs and enums become classes named from ``hint``."""
        if isinstance(expr, tx.Primitive):
            return ir.Scalar(GRAPH_SCALARS[expr.name], expr.name)
        if isinstance(expr, tx.ListOf):
            item = self.resolve(expr.item, site, singular(hint), names)
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

    def named(self, name: str, site: Site) -> ir.TypeRef | None:
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
            site, f"{name!r} is not a node, struct or enum of this version" + did_you_mean(name, self.known_names(site))
        )
        return None

    def in_broken_file(self, name: str) -> bool:
        """Whether ``name`` may be declared in a file that could not be read (a type, or an enum named after it)."""
        snake = snake_case(name)
        return any(snake == stem or snake.startswith(stem + "_") for stem in self.loaded.broken)

    def known_names(self, site: Site) -> list[str]:
        return sorted({*self.loaded.types, *self.enum_scopes.get(site.entry.name, {}), *self.global_enums})

    def inline_enum(self, values: tuple[str, ...], site: Site, hint: str) -> ir.EnumRef | None:
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

    def union(self, expr: tx.UnionOf, site: Site, hint: str, names: list[str] | None) -> ir.UnionRef | None:
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
        self, class_name: str, fields: dict[str, FieldSpec], site: Site, inline: tx.InlineStruct | None = None
    ) -> ir.ModelRef | None:
        if not self.claim_class(class_name, site):
            return None
        built = self.model_fields(class_name, fields, site, kind="struct", field_site=inline is None)
        model = self.finish_model(class_name, class_name, "struct", "", built, site)
        self.module_of(site.entry).models.append(model)
        return ir.ModelRef(class_name, self.type_modules[site.entry.name])

    def model_fields(
        self, class_name: str, fields: dict[str, FieldSpec], site: Site, *, kind: str, field_site: bool
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
            type_site = here.at("type") if field_site else here
            type_ref = self.field_type(spec, type_site, class_name + pascal_case(graph_name))
            if type_ref is None:
                continue
            if has_file(type_ref):
                self.problem(type_site, "'file' is for parameters (uploads); Graph never returns a file")
                continue
            required = (graph_name == "id") if kind == "node" else spec.required
            rule = self.field_rule(spec, type_ref, here)
            description = description_of(spec.description, graph_name)
            if required and isinstance(type_ref, ir.ModelRef):  # a link a cycle of required fields can go through
                self.field_sites[(class_name, graph_name)] = (here.location, ".".join(str(p) for p in here.path))
            built.append(ir.ModelField(py_name, graph_name, type_ref, required, description, rule))
        return built

    def python_name(self, graph_name: str, spec: FieldSpec, site: Site, kind: Literal["field", "param"]) -> str | None:
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

    def field_rule(self, spec: FieldSpec, type_ref: ir.TypeRef, site: Site) -> ir.FieldRule | None:
        """The customer-information rule of a struct field, if it declares one."""
        if not (spec.normalize or spec.hash or spec.is_list):
            return None
        hashed = spec.hash == "sha256"
        if (spec.normalize or hashed or spec.is_list) and type_ref != ir.Scalar("str", "string"):
            self.problem(site.at("type"), "normalise, hash and list rules apply to fields of type 'string'")
            return None
        return ir.FieldRule(tuple(spec.normalize or ()), hashed, spec.is_list)

    def field_type(self, spec: FieldSpec, site: Site, hint: str) -> ir.TypeRef | None:
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
            struct_site = Site(site.entry, parent_path, spec.source or site.source)
            name = singular(hint) if isinstance(expr, tx.ListOf) else hint
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
        site: Site,
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
            selector = ir.EnumDef(selector_name, selector_name, "", ())
        else:
            self.module_of(site.entry).enums.append(selector)
        text = clean_text(description)
        model = ir.ModelDef(
            class_name, graph_name, kind, text, tuple(fields), selector, docstring=model_docstring(text, fields)
        )
        self.models_by_name[class_name] = model
        return model

    # -- nodes and structs ---------------------------------------------------------------------------------

    def build_type(self, entry: TypeEntry) -> None:
        spec = entry.spec
        site = Site(entry, (), spec.source or "")
        class_name = self.type_classes[entry.name]
        if spec.class_name is not None:
            claimed = self.claim_class(class_name, site.at("class_name"))
        else:
            key = "node" if entry.is_node else "struct"
            claimed = self.claim_class(class_name, Site(entry, (key,), site.source), "; set 'class_name'")
        if not claimed:
            return
        kind: Literal["node", "struct"] = "node" if entry.is_node else "struct"
        fields = self.model_fields(class_name, spec.fields, site, kind=kind, field_site=True)
        model = self.finish_model(class_name, entry.name, kind, spec.description, fields, site)
        if spec.custom_keys:
            model = self.models_by_name[class_name] = replace(model, custom_keys=True)
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
                        message = f"required fields form a cycle ({loop}); make one of them optional"
                        self.problems.add(site[0], site[1], message)
                elif target not in state:
                    visit(target)
                path.pop()
            state[name] = 2

        for name in sorted(edges):
            if name not in state:
                visit(name)


FILE = ir.Scalar("file", "file")


def has_file(type_ref: ir.TypeRef) -> bool:
    """Whether a type holds a file upload anywhere."""
    if isinstance(type_ref, ir.ListType):
        return has_file(type_ref.item)
    if isinstance(type_ref, ir.MapType):
        return has_file(type_ref.key) or has_file(type_ref.value)
    return type_ref == FILE


def _plain(graph_name: str) -> bool:
    return graph_name.isascii() and graph_name.isidentifier()
