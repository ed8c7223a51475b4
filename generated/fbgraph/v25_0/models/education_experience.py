"""EducationExperience and the types that belong to it (Graph API v25.0).

Fields: documented. Source: Meta's SDK code-generation spec (api_specs/specs/*.json and SDKCodegen.json), commit ad2b0b6.
"""

from __future__ import annotations

from fbgraph._runtime.enums import GraphEnum
from typing import Literal
from fbgraph.v25_0.models._refs import Experience, PageNode, User
from typing import Annotated
from pydantic import ConfigDict, Field
from fbgraph._runtime.models import GraphModel
from enum import StrEnum


class EducationExperience(GraphModel):
    classes: list[Experience] | None = None
    concentration: list[PageNode] | None = None
    degree: PageNode | None = None
    id: str
    school: PageNode | None = None
    type: str | None = None
    with_: Annotated[list[User] | None, Field(alias="with")] = None
    year: PageNode | None = None


class EducationExperienceField(GraphEnum):
    """
    Fields of EducationExperience to ask for with `fields=`.

    Members are named after their values; a value that Python's str or Enum already uses as a name, or that is not an identifier, gets a cleaned name: ``with_`` is 'with'. Calls also take the value as a string.
    """

    classes = "classes"
    concentration = "concentration"
    degree = "degree"
    id = "id"
    school = "school"
    type = "type"
    with_ = "with"
    year = "year"


# The values of each enum as a Literal: what calls and models sent in requests accept beside the members.
EducationExperienceFieldLiteral = Literal[
    "classes",
    "concentration",
    "degree",
    "id",
    "school",
    "type",
    "with",
    "year",
]
