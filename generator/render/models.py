"""Render one models module with datamodel-code-generator, using our templates where our style differs."""

from __future__ import annotations

import json
import re
import warnings
from collections import defaultdict
from pathlib import Path

from generator.ir import model as ir
from generator.render.environment import TEMPLATES_DIR
from generator.render.literals import string_literal
from generator.render.schemas import field_aliases, map_imports, module_schema

DATAMODEL_TEMPLATES = TEMPLATES_DIR / "datamodel"


def rules_literal(model: ir.ModelDef) -> str:
    """The class's normalisation rules as a Python literal, keyed by Graph field name."""
    entries = []
    for fld in model.fields:
        if fld.rule is not None:
            steps = "".join(f"{string_literal(step)}, " for step in fld.rule.steps)
            entries.append(
                f"{string_literal(fld.graph_name)}: FieldRule(steps=({steps}), hash={fld.rule.hash}, many={fld.rule.many})"
            )
    return "{" + ", ".join(entries) + "}"


def render_model_classes(module: ir.ModelModule, package: str, version: str, header: str) -> str:
    """The classes of ``module`` as source text, headed by ``header`` (a module docstring and notes)."""
    # Imported here: the package is large, and commands that do not render (check of a clean tree) skip it.
    from datamodel_code_generator import generate
    from datamodel_code_generator.enums import DataModelType, InputFileType
    from datamodel_code_generator.format import DatetimeClassType, PythonVersion

    runtime = f"{package}._runtime"
    refs_module = f"{package}.{version}.models._refs"
    imports = [f"{runtime}.enums.GraphEnum"] if module.enums else []
    ruled = {m.class_name: m for m in module.models if any(f.rule for f in m.fields)}
    if ruled:
        imports += ["typing.ClassVar", f"{runtime}.normalize.FieldRule"]
    imports += map_imports(module, runtime, refs_module)
    if module.unions:
        # The union aliases follow the classes; see templates/package/version/models/module.py.jinja.
        imports += ["typing.Annotated", "pydantic.Tag", f"{runtime}.models.keyed_union"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = generate(
            json.dumps(module_schema(module, refs_module)),
            input_file_type=InputFileType.JsonSchema,
            output_model_type=DataModelType.PydanticV2BaseModel,
            target_python_version=PythonVersion.PY_311,
            base_class=f"{runtime}.models.GraphModel",
            additional_imports=imports,
            custom_template_dir=Path(DATAMODEL_TEMPLATES),
            custom_file_header=header,
            aliases=field_aliases(module),
            # Class names are the IR's: datamodel-code-generator would otherwise make some PascalCase (an enum
            # 'url_scopes'), and our templates look its classes up by name.
            custom_class_name_generator=_same_name,
            extra_template_data=defaultdict(
                dict,
                {
                    **{
                        enum.class_name: {"member_literals": {m.name: string_literal(m.value) for m in enum.members}}
                        for enum in module.enums
                    },
                    **{name: {"graph_rules": rules_literal(model)} for name, model in ruled.items()},
                },
            ),
            base_class_map={name: f"{runtime}.normalize.NormalizedModel" for name in ruled} or None,
            use_field_description=True,
            use_schema_description=True,
            use_standard_collections=True,
            use_union_operator=True,
            # Plain datetime: Graph always sends an offset, which pydantic keeps.
            output_datetime_class=DatetimeClassType.Datetime,
            keep_model_order=True,
            disable_timestamp=True,
            formatters=[],
        )
    assert isinstance(result, str), "a single schema renders to a single module"
    # Models build on first use (GraphModel's defer_build) and their annotations are strings, so references to a
    # class defined later, or to the class itself, resolve then; a rebuild at import time would instead build every
    # model the class reaches, importing their modules.
    result = re.sub(r"^\w+\.model_rebuild\(\)$\n?", "", result, flags=re.MULTILINE)
    # Enum members are written from our own escaped literals, looked up by member name inside
    # datamodel-code-generator's template; a member it renamed would lose its value, so check every one.
    missing = [
        f"{enum.class_name}.{member.name}"
        for enum in module.enums
        for member in enum.members
        if f"    {member.name} = {string_literal(member.value)}" not in result
    ]
    if missing:
        raise RenderError(f"models module {module.name}: enum members rendered without their values: {missing}")
    # The spec has no untyped classes: a RootModel means a reference datamodel-code-generator could not resolve,
    # which would silently turn a model into an untyped value without fields.
    untyped = re.findall(r"^class (\w+)\(RootModel\b", result, flags=re.MULTILINE)
    if untyped:
        raise RenderError(f"models module {module.name}: classes rendered without their fields: {untyped}")
    defined = set(re.findall(r"^class (\w+)\(", result, flags=re.MULTILINE))
    lost = [
        name
        for name in (*(m.class_name for m in module.models), *(e.class_name for e in module.enums))
        if name not in defined
    ]
    if lost:
        raise RenderError(f"models module {module.name}: classes missing or renamed: {lost}")
    return result


def _same_name(name: str) -> str:
    return name


class RenderError(Exception):
    """Rendered code that does not say what the IR says: a generator bug, never a spec problem."""
