"""Build the IR of one spec version: errors, then types, then operations, then the modules that hold them."""

from __future__ import annotations

from dataclasses import replace

from generator.cache import Cache
from generator.diagnostics import Problems
from generator.ir import model as ir
from generator.ir.catalogue import build_errors, error_categories
from generator.ir.context import ModuleParts
from generator.ir.docs import model_module_docstring
from generator.ir.journal import Ledger
from generator.ir.operations import OperationBuilder
from generator.ir.public_names import RUNTIME_EXPORTS
from generator.ir.refs import type_refs
from generator.ir.request_models import accept_literals
from generator.ir.requests import request_model_names
from generator.ir.steps import StepCounts, Steps, recording
from generator.ir.text import clean_text
from generator.ir.types import TypeResolver
from generator.spec.checks import check_sources
from generator.spec.loader import LoadedVersion


def build_version(
    loaded: LoadedVersion, problems: Problems, cache: Cache | None = None, counts: StepCounts | None = None
) -> ir.VersionIR:
    """The IR of one version; with a cache, each type's steps are replayed from the last run where they still
    hold (``generator.ir.steps``), which gives the same IR and the same problems as building it all. ``counts``
    adds up the steps run and replayed."""
    check_sources(loaded, problems)
    ledger = Ledger()
    types = TypeResolver(recording(loaded, ledger), problems)
    steps = Steps(types, ledger, cache, counts if counts is not None else StepCounts())
    steps.load()
    # Error classes claim their names first, so a type that takes one is the one reported.
    errors = build_errors(types)
    entries = list(loaded.types.values())
    for entry in entries:
        steps.run(entry, 0, types.declare_type_enums)
    for entry in entries:
        steps.run(entry, 1, types.build_type)
    types.check_required_cycles()
    operations = OperationBuilder(types, {error.code: error for error in errors})
    built = [steps.run(entry, 2, operations.endpoint_module) for entry in entries]
    steps.store()
    endpoint_modules = [module for module in built if module is not None]
    # Models some parameter sends are strict request models, validated on every path in.
    requested = request_model_names(endpoint_modules, types.models_by_name)
    for parts in types.modules.values():
        parts.models[:] = [replace(m, request=True) if m.class_name in requested else m for m in parts.models]
    accept_literals({name: parts.models for name, parts in types.modules.items()}, requested)
    model_modules = [_model_module(types, types.modules[name]) for name in sorted(types.modules)]
    cross_refs = {ref.class_name: ref for module in model_modules for ref in module.references}
    return ir.VersionIR(
        graph_version=loaded.graph_version,
        module=loaded.graph_version.replace(".", "_"),
        model_modules=tuple(model_modules),
        cross_refs=tuple(cross_refs[name] for name in sorted(cross_refs)),
        endpoint_modules=tuple(endpoint_modules),
        errors=errors,
        categories=error_categories(),
        sources=tuple((key, src.title) for key, src in loaded.version.sources.items()),
        public_names=tuple(name for name in RUNTIME_EXPORTS if name.per_version),
    )


def _model_module(types: TypeResolver, parts: ModuleParts) -> ir.ModelModule:
    loaded = types.loaded
    primary = loaded.types[parts.graph_name].facts
    references: dict[str, ir.ModelRef | ir.EnumRef] = {}
    for model in parts.models:
        for fld in model.fields:
            for ref in type_refs(fld.type):
                if ref.module != parts.name and not isinstance(ref, ir.UnionRef):
                    references[ref.class_name] = ref
    source = loaded.version.sources.get(primary.source or "")
    return ir.ModelModule(
        name=parts.name,
        primary=parts.primary,
        models=tuple(parts.models),
        enums=tuple(parts.enums),
        unions=tuple(types.with_variant_keys(union) for union in parts.unions),
        references=tuple(references[k] for k in sorted(references)),
        docstring=model_module_docstring(
            parts.graph_name,
            clean_text(primary.description),
            loaded.graph_version,
            primary.coverage,
            source.title if source is not None else "not given",
        ),
    )
