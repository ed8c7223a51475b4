"""The IR: resolved, named and typed descriptions of what each version of the package contains."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from generator.ir.scalars import Encoding, ScalarKind


@dataclass(frozen=True)
class Scalar:
    kind: ScalarKind
    graph: str  # the canonical Graph spelling, e.g. "numeric string"


@dataclass(frozen=True)
class ListType:
    item: TypeRef


@dataclass(frozen=True)
class MapType:
    key: TypeRef
    value: TypeRef


@dataclass(frozen=True)
class EnumRef:
    class_name: str
    module: str


@dataclass(frozen=True)
class ModelRef:
    class_name: str
    module: str


@dataclass(frozen=True)
class UnionRef:
    class_name: str
    module: str


TypeRef = Scalar | ListType | MapType | EnumRef | ModelRef | UnionRef


@dataclass(frozen=True)
class EnumMember:
    name: str
    value: str


@dataclass(frozen=True)
class EnumDef:
    class_name: str
    graph_name: str
    description: str
    members: tuple[EnumMember, ...]
    literal_alias: str = ""  # the Literal of its values, e.g. "ServerEventActionSourceLiteral"


@dataclass(frozen=True)
class FieldRule:
    """Customer information: normalisation steps, whether the result is hashed, whether the field may be a list."""

    steps: tuple[str, ...]
    hash: bool
    many: bool


@dataclass(frozen=True)
class ModelField:
    name: str  # Python attribute
    graph_name: str  # wire name; differs from name only when it had to
    type: TypeRef
    required: bool
    description: str
    rule: FieldRule | None = None
    request_annotation: str = ""  # for models sent in requests: an annotation that also takes enum literals


@dataclass(frozen=True)
class ModelDef:
    class_name: str
    graph_name: str
    kind: Literal["node", "struct"]
    description: str
    fields: tuple[ModelField, ...]
    selector: EnumDef  # the `fields=` selector
    request: bool = False  # sent to Graph by some operation: strict, validated on every path in
    custom_keys: bool = False  # a request struct that also takes keys of the caller's choosing
    docstring: str = ""  # the description, then an Attributes section: help() shows fields only from there


@dataclass(frozen=True)
class UnionDef:
    """A result that is one of several structs; the variant is told apart by the keys Graph sends."""

    class_name: str
    description: str
    variants: tuple[ModelRef, ...]
    variant_keys: tuple[tuple[str, ...], ...]  # graph field names of each variant, in order


@dataclass(frozen=True)
class ModelModule:
    """One module of models: a node or struct with its enums, inline structs and result types."""

    name: str  # module name, e.g. "ads_pixel"
    primary: str  # the class the module is named after
    models: tuple[ModelDef, ...]
    enums: tuple[EnumDef, ...]
    unions: tuple[UnionDef, ...]
    references: tuple[ModelRef | EnumRef, ...]  # classes from other modules that fields use
    docstring: str


@dataclass(frozen=True)
class Param:
    name: str  # Python keyword
    graph_name: str
    type: TypeRef
    required: bool
    description: str
    encoding: Encoding
    enum: EnumRef | None  # for enum values, alone or in lists: checked against known members
    in_path: bool
    annotation: str  # as the endpoint function's keyword
    encodes: ModelRef | None = None  # a JSON-encoded parameter whose strings hold this struct
    max_items: int | None = None  # Graph's limit per request for a list parameter
    model: ModelRef | None = None  # the struct each value (or list item) is validated through before sending
    many: bool = False  # a list parameter
    # The key of the call's values when it is not the Graph name (the Python name differs): the runtime's
    # Param.argument. Two parameters may then share a Graph name ('fields' and the field selector).
    argument: str | None = None
    implicit: bool = False  # added by the generator (the paging parameters of list edges), not from the spec


@dataclass(frozen=True)
class ErrorRef:
    code: int
    class_name: str
    message: str


@dataclass(frozen=True)
class Example:
    """An example request of the reference, and the call that sends it."""

    method: str
    path: str  # as printed, e.g. "/v25.0/<PIXEL_ID>/events"
    body: str  # the form body as printed
    source: str  # the title of the page it comes from
    arguments: tuple[tuple[str, str], ...]  # (Python keyword, value as a Python literal), in parameter order


@dataclass(frozen=True)
class Operation:
    function: str
    async_function: str
    constant: str  # module-level name of its descriptor
    kind: Literal["read", "update", "delete", "create", "edge"]
    method: Literal["GET", "POST", "DELETE"]
    path: str  # with {placeholders} named as the path params
    edge: str | None
    params: tuple[Param, ...]  # path params first, then by spec order
    returns: TypeRef
    paginated: bool
    iter_function: str | None  # for list edges: the function that yields every item, page after page
    iter_async_function: str | None
    idempotent: bool
    selector: EnumRef | None  # when the call takes `fields=`
    errors: tuple[ErrorRef, ...]
    description: str
    return_annotation: str
    item_annotation: str  # the result, or for list edges one item of it
    docstring: str
    iter_docstring: str
    chunking: Chunking | None = None
    owner: str = ""  # the node whose id the path starts with: this node, or for a create path its parent
    creates: str | None = None  # the node whose id the answer holds, for creates and edge POSTs returning a node
    iter_annotation: str = ""  # what the page iterator yields, e.g. "Iterator[AssignedUser]"
    fields_annotation: str = ""  # the `fields=` keyword's type, when the call takes one
    examples: tuple[Example, ...] = ()
    async_iter_annotation: str = ""


@dataclass(frozen=True)
class Chunking:
    """A helper that sends a list parameter of any length in requests of at most ``size`` items."""

    param: str  # the Python keyword of the list parameter sent in chunks
    size: int
    function: str
    async_function: str
    docstring: str
    return_annotation: str


@dataclass(frozen=True)
class UnsupportedOperation:
    """An operation the reference marks as impossible; recorded so the docs and the diff can say so."""

    kind: str
    method: str
    path: str
    note: str


@dataclass(frozen=True)
class EndpointModule:
    name: str  # e.g. "ads_pixel"
    node: str
    description: str
    operations: tuple[Operation, ...]
    unsupported: tuple[UnsupportedOperation, ...]
    imports: tuple[tuple[str, tuple[str, ...]], ...]  # (models module, class names), for type checkers
    docstring: str
    version_module: str  # e.g. "v25_0"
    extension_path: str  # where hand-written additions to this module go, e.g. "extensions/v25_0/ads_pixel.py"
    uses_files: bool = False  # some operation takes a file upload
    # (models module, class name) of the classes the operation declarations name at run time (enums, request
    # models, results): bound to lazy types, so that importing the module imports no model.
    runtime_classes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ErrorCode:
    code: int
    name: str
    class_name: str
    category: str  # one of the runtime's error categories (generator.contracts.error_categories)
    category_class: str
    message: str
    transient: bool


@dataclass(frozen=True)
class ErrorCategoryDef:
    name: str
    class_name: str
    description: str


@dataclass(frozen=True)
class VersionIR:
    graph_version: str  # "v25.0"
    module: str  # "v25_0"
    model_modules: tuple[ModelModule, ...]
    cross_refs: tuple[ModelRef | EnumRef, ...]  # every class some module uses from another, by name
    endpoint_modules: tuple[EndpointModule, ...]
    errors: tuple[ErrorCode, ...]
    categories: tuple[ErrorCategoryDef, ...]
    sources: tuple[tuple[str, str], ...]  # (id, title)
    public_names: tuple[PublicName, ...] = ()  # runtime names the version subpackage exports


@dataclass(frozen=True)
class PublicName:
    """A runtime name the public modules export: ``name`` from ``_runtime.<module>``."""

    name: str
    module: str
    per_version: bool  # also exported by each version subpackage


@dataclass(frozen=True)
class PackageIR:
    package: str  # import package, e.g. "fbgraph"
    distribution: str
    version: str  # the distribution's version, from the newest Graph version
    versions: tuple[VersionIR, ...] = field(default=())
    public_names: tuple[PublicName, ...] = field(default=())  # runtime names the public modules export
