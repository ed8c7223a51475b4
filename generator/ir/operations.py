"""Operations of one node: what each endpoint function is called, takes, returns and raises."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from generator import contracts
from generator.diagnostics import Location
from generator.ir import model as ir
from generator.ir.context import Site
from generator.ir.docs import chunking_docstring, endpoint_module_docstring, iterator_docstring, operation_docstring
from generator.ir.examples import ExampleProblem, ExampleShape, example_call
from generator.ir.paging import paging_params
from generator.ir.python_types import enum_or_literal, request_annotation, response_annotation, return_annotation
from generator.ir.refs import operation_refs, runtime_refs
from generator.ir.requests import sent_model
from generator.ir.scalars import Encoding, scalar_kind
from generator.ir.text import clean_text, description_of
from generator.ir.types import FILE, TypeResolver, has_file
from generator.naming import (
    attribute_name,
    did_you_mean,
    distinct_name,
    identifier_problem,
    literal_alias,
    pascal_case,
    singular,
    snake_case,
)
from generator.spec.loader import TypeEntry
from generator.spec.schema import CreatePathSpec, FieldSpec, OperationSpec, ReturnsSpec

OperationKind = Literal["read", "update", "delete", "create", "edge"]
Method = Literal["GET", "POST", "DELETE"]


@dataclass(frozen=True)
class PlannedOperation:
    """An operation the spec declares, before it is resolved: where, what kind, and its default function name."""

    kind: OperationKind
    spec: OperationSpec
    site: Site
    method: Method
    path: str
    default_function: str
    edge: str | None


class OperationBuilder:
    """Builds each node's endpoint module from its operations, resolving types through the version's types."""

    def __init__(self, types: TypeResolver, errors_by_code: dict[int, ir.ErrorCode]) -> None:
        self.types = types
        self.errors_by_code = errors_by_code
        self.graph_version = types.loaded.graph_version

    def endpoint_module(self, entry: TypeEntry) -> ir.EndpointModule | None:
        spec = entry.spec
        if not entry.is_node:
            return None
        node = entry.name
        name = snake_case(node)
        if name in (*contracts.VERSION_MODULES, *contracts.VERSION_SUBPACKAGES):
            self.types.problem(
                Site(entry, ("node",), spec.source or ""),
                f"node {node!r} would get the module {name!r}, which every version package has already; "
                "rename the node",
            )
            return None
        if spec.id_param is not None and attribute_name(spec.id_param, "param") != spec.id_param:
            self.types.problem(
                Site(entry, ("id_param",), spec.source or ""),
                f"id_param {spec.id_param!r} is not a plain snake_case Python name",
            )
            return None
        ops: list[ir.Operation] = []
        unsupported: list[ir.UnsupportedOperation] = []
        functions: dict[str, Location] = {}
        for planned in plan_operations(entry):
            site = Site(entry, planned.site.path, planned.spec.source or planned.site.source or "")
            op = planned.spec
            if not op.supported:
                note = clean_text(op.note or op.description)
                unsupported.append(ir.UnsupportedOperation(planned.kind, planned.method, planned.path, note))
                continue
            function = op.function or planned.default_function
            if not self.claim_function(function, site.at("function") if op.function else site, functions):
                continue
            built = self.operation(entry, planned, site, function)
            if built is None:
                continue
            names = [built.async_function] + ([built.iter_function] if built.iter_function else [])
            if built.chunking is not None:
                names += [built.chunking.function, built.chunking.async_function]
            clash = next((name for name in names if name in functions), None)
            if clash is not None:
                self.types.problem(
                    site, f"function {clash!r} is already generated for another operation (at {functions[clash]})"
                )
                continue
            functions.update({name: site.location for name in names})
            ops.append(built)
        if not ops and not unsupported:
            return None
        imports: dict[str, set[str]] = {}
        runtime_classes = sorted({(ref.module, ref.class_name) for op_ir in ops for ref in runtime_refs(op_ir)})
        for op_ir in ops:
            for ref in operation_refs(op_ir):
                imports.setdefault(ref.module, set()).add(ref.class_name)
                if isinstance(ref, ir.EnumRef):
                    imports[ref.module].add(literal_alias(ref.class_name))
        version_module = self.graph_version.replace(".", "_")
        return ir.EndpointModule(
            name=name,
            node=node,
            description=spec.description,
            operations=tuple(ops),
            unsupported=tuple(unsupported),
            imports=tuple((module, tuple(sorted(names))) for module, names in sorted(imports.items())),
            version_module=version_module,
            extension_path=f"extensions/{version_module}/{name}.py",
            uses_files=any(p.encoding == "file" for op_ir in ops for p in op_ir.params),
            runtime_classes=tuple(runtime_classes),
            docstring=endpoint_module_docstring(node, clean_text(spec.description), self.graph_version, unsupported),
        )

    def claim_function(self, function: str, site: Site, functions: dict[str, Location]) -> bool:
        why = identifier_problem(function)
        if why is None and function in contracts.node_module_names():
            why = f"{function!r} is a name the node's module already uses"
        if why is not None:
            self.types.problem(site, f"function name {why}")
            return False
        if function in functions:
            self.types.problem(
                site,
                f"function {function!r} is already generated for another operation (at {functions[function]}); "
                "set 'function' to tell them apart",
            )
            return False
        functions[function] = site.location
        return True

    def operation(self, entry: TypeEntry, planned: PlannedOperation, site: Site, function: str) -> ir.Operation | None:
        op = planned.spec
        # Inline structs and enums are named after the function; with the node's name in front when the function
        # does not say it already, since many nodes share edge names (create_event, get_stats).
        hint = pascal_case(function) if snake_case(entry.name) in function else entry.name + pascal_case(function)
        path_params = self.path_params(op, site, planned.path)
        if path_params is None:
            return None
        params = [*path_params, *self.query_params(op, planned.method, site, hint, {p.name for p in path_params})]
        returns = self.returns(entry, planned.kind, op, site, hint)
        if returns is None:
            return None
        paginated = planned.method == "GET" and isinstance(returns, ir.ListType)
        if isinstance(returns, ir.ListType) and paginated:
            returns = returns.item
            params.extend(paging_params(tuple(params)))
        selector = self.selector(planned.method, returns)
        errors = self.errors(op, site)
        returned = return_annotation(returns, paginated)
        item = response_annotation(returns)
        limited = next((p for p in params if p.max_items is not None), None)
        chunking = (
            ir.Chunking(
                param=limited.name,
                size=limited.max_items,
                function=f"{function}_in_chunks",
                async_function=f"{function}_in_chunks_async",
                docstring=chunking_docstring(function, limited.name, limited.max_items),
                return_annotation=f"list[ChunkResult[{returned}]]",
            )
            if limited is not None and limited.max_items is not None
            else None
        )
        iter_name = function.removeprefix("get_")
        creates: str | None = None
        if planned.kind == "create":
            creates = entry.name
        elif planned.method == "POST" and isinstance(returns, ir.ModelRef):
            target = self.types.models_by_name.get(returns.class_name)
            creates = target.graph_name if target is not None and target.kind == "node" else None
        description = clean_text(op.description)
        examples = self.examples(planned, site, params, selector)
        return ir.Operation(
            function=function,
            async_function=f"{function}_async",
            constant="_" + function.upper(),
            kind=planned.kind,
            method=planned.method,
            path=planned.path,
            edge=planned.edge,
            owner=op.parent if isinstance(op, CreatePathSpec) else entry.name,
            creates=creates,
            params=tuple(params),
            returns=returns,
            paginated=paginated,
            iter_function=f"iter_{iter_name}" if paginated else None,
            iter_async_function=f"iter_{iter_name}_async" if paginated else None,
            idempotent=op.idempotent if op.idempotent is not None else planned.method != "POST",
            selector=selector,
            errors=errors,
            description=description,
            return_annotation=returned,
            item_annotation=item,
            docstring=operation_docstring(
                description=description,
                method=planned.method,
                path=planned.path,
                graph_version=self.graph_version,
                paginated=paginated,
                params=params,
                selector=selector,
                return_annotation=returned,
                errors=errors,
                function=function,
                examples=examples,
            ),
            iter_docstring=iterator_docstring(function, item) if paginated else "",
            chunking=chunking,
            iter_annotation=f"Iterator[{item}]" if paginated else "",
            fields_annotation=f"Sequence[{enum_or_literal(selector)}]" if selector is not None else "",
            examples=examples,
            async_iter_annotation=f"AsyncIterator[{item}]" if paginated else "",
        )

    def examples(
        self, planned: PlannedOperation, site: Site, params: list[ir.Param], selector: ir.EnumRef | None
    ) -> tuple[ir.Example, ...]:
        """The reference's example requests of the operation, each with the call that sends it."""
        sources = self.types.loaded.version.sources
        found: list[ir.Example] = []
        for index, example in enumerate(planned.spec.examples):
            source = sources.get(example.source or site.source)
            shape = ExampleShape(planned.method, planned.path, tuple(params), selector is not None)
            try:
                found.append(example_call(shape, example, self.graph_version, source.title if source else ""))
            except ExampleProblem as problem:
                self.types.problem(site.at("examples", index), str(problem))
        return tuple(found)

    def path_params(self, op: OperationSpec, site: Site, path: str) -> list[ir.Param] | None:
        placeholders = re.findall(r"\{([^{}]*)\}", path)
        if isinstance(op, CreatePathSpec):
            if op.parent not in self.types.loaded.types:
                known = sorted(self.types.loaded.types)
                self.types.problem(
                    site.at("parent"), f"{op.parent!r} is not a node of this version" + did_you_mean(op.parent, known)
                )
            if not placeholders:
                self.types.problem(
                    site.at("path"), "a create path needs an id placeholder, e.g. '/act_{ad_account_id}/adspixels'"
                )
                return None
        params: list[ir.Param] = []
        for placeholder in placeholders:
            if attribute_name(placeholder) != placeholder:
                self.types.problem(
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
        return params

    def query_params(
        self, op: OperationSpec, method: Method, site: Site, hint: str, placeholders: set[str]
    ) -> list[ir.Param]:
        params: list[ir.Param] = []
        taken = set(placeholders)
        for graph_name, spec in op.params.items():
            here = site.at("params", graph_name)
            py_name = self.types.python_name(graph_name, spec, here, "param")
            if py_name is None:
                continue
            if py_name in placeholders:
                advice = "set 'python_name' on the parameter"
                if not isinstance(op, CreatePathSpec):
                    advice += " or 'id_param' on the node"
                self.types.problem(
                    here, f"parameter {graph_name!r} is named like the path's id {{{py_name}}}; {advice}"
                )
                continue
            if spec.python_name is not None and py_name in contracts.CALL_KEYWORDS:
                self.types.problem(
                    here.at("python_name"), f"python_name {py_name!r} is a keyword of every endpoint function"
                )
                continue
            # A Graph name the signature already uses ('fields' on insights edges) gets a name of its own.
            py_name = distinct_name(py_name, contracts.CALL_KEYWORDS)
            if py_name in taken:
                self.types.problem(
                    here,
                    f"parameter {graph_name!r} clashes with another parameter named {py_name!r}; set 'python_name'",
                )
                continue
            taken.add(py_name)
            type_ref = self.types.field_type(spec, here.at("type"), hint + pascal_case(graph_name))
            if type_ref is None:
                continue
            if has_file(type_ref) and (type_ref not in (FILE, ir.ListType(FILE)) or method != "POST"):
                self.types.problem(here.at("type"), "file uploads are 'file' or 'list<file>' parameters of a POST")
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
                    description=description_of(spec.description, graph_name),
                    encoding=encoding,
                    enum=enum,
                    in_path=False,
                    annotation=request_annotation(type_ref, encodes),
                    encodes=encodes,
                    max_items=max_items,
                    model=sent_model(type_ref, encodes),
                    many=isinstance(type_ref, ir.ListType),
                    argument=py_name if py_name != graph_name else None,
                )
            )
        return params

    def param_extras(
        self, spec: FieldSpec, type_ref: ir.TypeRef, site: Site
    ) -> tuple[ir.ModelRef | None, int | None] | None:
        """What a parameter's JSON strings encode, and its item limit; None after a problem."""
        if spec.normalize or spec.hash or spec.is_list:
            self.types.problem(site, "normalise, hash and list rules belong on struct fields, not parameters")
            return None
        encodes: ir.ModelRef | None = None
        if spec.encodes is not None:
            inner = type_ref.item if isinstance(type_ref, ir.ListType) else type_ref
            if inner != ir.Scalar("json_string", "JSON-encoded string"):
                self.types.problem(
                    site.at("encodes"), "'encodes' needs a 'JSON-encoded string' type (or a list of them)"
                )
                return None
            target = self.types.named(spec.encodes, site.at("encodes"))
            if not isinstance(target, ir.ModelRef):
                if target is not None:
                    self.types.problem(site.at("encodes"), f"{spec.encodes!r} is not a struct or node")
                return None
            encodes = target
        if spec.max_items is not None and not isinstance(type_ref, ir.ListType):
            self.types.problem(site.at("max_items"), "'max_items' applies to list parameters")
            return None
        return encodes, spec.max_items

    def selector(self, method: Method, returns: ir.TypeRef) -> ir.EnumRef | None:
        """The enum of field names a call takes as ``fields=``: reads of a node or struct that has fields."""
        if method != "GET" or not isinstance(returns, ir.ModelRef):
            return None
        target = self.types.models_by_name.get(returns.class_name)
        if target is None or not target.selector.members:
            return None
        return ir.EnumRef(target.selector.class_name, returns.module)

    def errors(self, op: OperationSpec, site: Site) -> tuple[ir.ErrorRef, ...]:
        errors: list[ir.ErrorRef] = []
        for index, code in enumerate(op.errors):
            error = self.errors_by_code.get(code)
            if error is None:
                self.types.problem(site.at("errors", index), f"error code {code} is not in errors.yaml")
                continue
            if code not in (e.code for e in errors):
                errors.append(ir.ErrorRef(code, error.class_name, error.message))
        return tuple(errors)

    def returns(self, entry: TypeEntry, kind: str, op: OperationSpec, site: Site, hint: str) -> ir.TypeRef | None:
        spec = op.returns
        if spec is None:
            if kind == "read":
                return ir.ModelRef(self.types.type_classes[entry.name], self.types.type_modules[entry.name])
            self.types.problem(site, "missing 'returns': every supported operation says what it returns")
            return None
        text = spec.type if isinstance(spec, ReturnsSpec) else spec
        names = list(spec.names) if isinstance(spec, ReturnsSpec) and spec.names else None
        here = site.at("returns", "type") if isinstance(spec, ReturnsSpec) else site.at("returns")
        expr = self.types.parse(text, here)
        if expr is None:
            return None
        result = self.types.resolve(expr, here, hint + "Result", names)
        if result is not None and has_file(result):
            self.types.problem(here, "'file' is for parameters (uploads); Graph never returns a file")
            return None
        if names:
            self.types.problem(site.at("returns", "names"), f"more names than inline structs: {names} left over")
        return result


def plan_operations(entry: TypeEntry) -> list[PlannedOperation]:
    """Every operation a node's file declares, in the order the functions are generated."""
    spec = entry.spec
    snake = snake_case(entry.name)
    node_path = f"/{{{spec.id_param or snake + '_id'}}}"
    base = Site(entry, (), spec.source or "")
    planned: list[PlannedOperation] = []
    node_operations: tuple[tuple[OperationKind, Method, str], ...] = (
        ("read", "GET", f"get_{snake}"),
        ("update", "POST", f"update_{snake}"),
        ("delete", "DELETE", f"delete_{snake}"),
    )
    for kind, method, default in node_operations:
        op = getattr(spec, kind)
        if op is not None:
            planned.append(PlannedOperation(kind, op, base.at(kind), method, node_path, default, None))
    for key, create in spec.creates.items():
        site = base.at("creates", key)
        planned.append(PlannedOperation("create", create, site, "POST", create.path, f"create_{snake}", None))
    for edge_name, edge in spec.edges.items():
        edge_site = Site(entry, ("edges", edge_name), edge.source or base.source)
        edge_methods: tuple[tuple[Method, str, str], ...] = (
            ("GET", "get", f"get_{edge_name}"),
            ("POST", "post", f"create_{singular(edge_name)}"),
            ("DELETE", "delete", f"delete_{edge_name}"),
        )
        for method, attr, default in edge_methods:
            op = getattr(edge, attr)
            if op is not None:
                path = f"{node_path}/{edge_name}"
                planned.append(PlannedOperation("edge", op, edge_site.at(attr), method, path, default, edge_name))
    return planned


def _encoding(type_ref: ir.TypeRef) -> tuple[Encoding, ir.EnumRef | None]:
    if type_ref == ir.ListType(FILE):
        return "file", None
    if isinstance(type_ref, ir.Scalar):
        return scalar_kind(type_ref.kind).encoding, None
    if isinstance(type_ref, ir.EnumRef):
        return "enum", type_ref
    if isinstance(type_ref, ir.ListType) and isinstance(type_ref.item, ir.EnumRef):
        return "json", type_ref.item
    return "json", None
