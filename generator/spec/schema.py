"""The spec format, as pydantic models. ``graph-codegen schema`` exports these as a JSON Schema for editors.

A version folder (``spec/v25.0/``) holds:

* ``version.yaml``: the Graph version and the sources that facts in the other files cite;
* ``errors.yaml``: the error-code catalogue;
* one file per node or struct (``ads_pixel.yaml``, ``user.yaml``, ...).

Every element may say where its facts came from (``source``, an id from ``version.yaml``, and ``note``).
An element without ``source`` inherits the source of the element that contains it.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StringConstraints

SCHEMA_FILE = "graph-spec.schema.json"

# Strings are strict: a YAML number or boolean where text belongs is a mistake worth reporting.
Name = Annotated[str, StringConstraints(strict=True, min_length=1, max_length=200)]
TypeText = Annotated[str, StringConstraints(strict=True, min_length=1, max_length=20_000)]
Text = Annotated[str, StringConstraints(strict=True, max_length=20_000)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Provenance(_Strict):
    source: Name | None = Field(None, description="Id of a source listed in version.yaml.")
    note: Text | None = Field(None, description="How the fact was read or recovered from the source.")


NormalizeStep = Literal[
    "trim",
    "lowercase",
    "email",
    "phone",
    "gender",
    "date_of_birth",
    "no_punctuation",
    "letters_only",
    "zip",
    "country",
]


class FieldSpec(Provenance):
    """A field of a node or struct, or a child field of an Object parameter."""

    type: TypeText = Field(description="A type in the Graph reference's vocabulary, e.g. 'list<enum {a, b}>'.")
    python_name: Name | None = Field(
        None,
        description=(
            "The Python attribute or keyword, when the default rule does not suit: runs of characters other than "
            "letters and digits become '_', camelCase becomes snake_case, and a name starting with a digit gets "
            "'field_' (fields) or 'param_' (parameters) in front ('1d_click' -> 'field_1d_click', "
            "'post.object.wall' -> 'post_object_wall'). The Graph name stays the name on the wire."
        ),
    )
    description: Text = ""
    required: StrictBool = Field(
        False, description="For parameters: the caller must send it. For struct fields: Graph always returns it."
    )
    fields: dict[Name, FieldSpec] | None = Field(
        None, description="Child fields of an 'Object' or 'list<Object>' type; they make it a typed struct."
    )
    is_list: StrictBool = Field(
        False, alias="list", description="Customer information: one value or a list of them, sent as given."
    )
    normalize: list[NormalizeStep] | None = Field(
        None, description="Customer information: the normalisation steps, in order, applied before hashing."
    )
    hash: Literal["sha256", "none"] | None = Field(
        None, description="Customer information: 'sha256' to hash the normalised value, 'none' to send it as given."
    )
    encodes: Name | None = Field(None, description="For JSON-encoded string parameters: the struct each string holds.")
    max_items: StrictInt | None = Field(
        None, ge=1, description="For list parameters: Graph's limit per request; a helper sends more in chunks."
    )


class EnumSpec(Provenance):
    values: list[Annotated[str, StringConstraints(strict=True, max_length=500)]] = Field(
        description=(
            "The values, exactly as Graph sends and accepts them. The empty value '' becomes the member EMPTY_VALUE."
        )
    )
    description: Text = ""


class ReturnsSpec(Provenance):
    type: TypeText
    names: list[Name] | None = Field(
        None, description="Class names for the inline structs of the type, in the order they appear."
    )
    description: Text = ""


class OperationSpec(Provenance):
    supported: StrictBool = Field(True, description="False when the reference says the operation is not possible.")
    description: Text = ""
    function: Name | None = Field(None, description="The generated function's name, when not the default.")
    idempotent: StrictBool | None = Field(
        None,
        description=(
            "Whether making the call twice has the effect of making it once. It decides whether the client may "
            "retry after a failure that may have reached Graph. Default: true for GET and DELETE, false for POST."
        ),
    )
    params: dict[Name, FieldSpec] = Field(default_factory=dict)
    returns: TypeText | ReturnsSpec | None = None
    errors: list[StrictInt] = Field(
        default_factory=list, description="Codes from errors.yaml this operation can raise."
    )


class CreatePathSpec(OperationSpec):
    parent: Name = Field(description="The node the path hangs off, e.g. AdAccount.")
    path: Name = Field(description="The path with its id placeholder, e.g. '/act_{ad_account_id}/adspixels'.")


class EdgeSpec(Provenance):
    description: Text = ""
    get: OperationSpec | None = None
    post: OperationSpec | None = None
    delete: OperationSpec | None = None


class Coverage(str, Enum):
    documented = "documented"  # every field the public reference lists
    partial = "partial"  # a selection of the reference's fields, named in the file's note
    minimal = "minimal"  # id and name only


class TypeFile(Provenance):
    """A node (it has an id and can be read) or a struct (a value type returned inside other results)."""

    node: Name | None = Field(None, description="The node's Graph name, e.g. AdsPixel.")
    struct: Name | None = Field(None, description="The struct's name, e.g. AdsPixelStatsResult.")
    class_name: Name | None = Field(
        None,
        description=(
            "The Python class name, when the Graph name is taken (the runtime has its own 'Page'). Other files "
            "still refer to the type by its Graph name."
        ),
    )
    id_param: Name | None = Field(
        None,
        description=(
            "Nodes: the Python name of the id in the paths of the node's read, update, delete and edges. "
            "Default: the node's name in snake_case with '_id' ('AdsPixel' -> 'ads_pixel_id')."
        ),
    )
    description: Text = ""
    coverage: Coverage = Field(
        description=(
            "'documented': every field the public reference lists. 'partial': a selection of them. "
            "'minimal': id and name only."
        )
    )
    fields: dict[Name, FieldSpec]
    enums: dict[Name, EnumSpec] = Field(default_factory=dict)
    read: OperationSpec | None = None
    update: OperationSpec | None = None
    delete: OperationSpec | None = None
    creates: dict[Name, CreatePathSpec] = Field(default_factory=dict)
    edges: dict[Name, EdgeSpec] = Field(default_factory=dict)


class SourceSpec(_Strict):
    title: Text
    url: Text | None = None
    file: Text | None = None
    note: Text | None = None


class VersionFile(_Strict):
    graph_version: Annotated[str, StringConstraints(strict=True, pattern=r"^v[0-9]+\.[0-9]+$")]
    description: Text = ""
    sources: dict[Name, SourceSpec]


class ErrorCategory(str, Enum):
    auth = "auth"
    permission = "permission"
    throttling = "throttling"
    invalid_parameter = "invalid_parameter"
    server = "server"
    other = "other"


class ErrorCodeSpec(Provenance):
    name: Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z][a-z0-9_]*$")]
    message: Text
    category: ErrorCategory
    transient: StrictBool
    type: Name | None = Field(None, description="The error 'type' Graph sends, e.g. OAuthException.")


class ErrorsFile(_Strict):
    codes: dict[StrictInt, ErrorCodeSpec]


FILE_KINDS: dict[str, type[_Strict]] = {"version.yaml": VersionFile, "errors.yaml": ErrorsFile}
