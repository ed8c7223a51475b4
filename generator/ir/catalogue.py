"""The error catalogue of one version: a class per code, under the runtime's class for its category."""

from __future__ import annotations

from generator import contracts
from generator.ir import model as ir
from generator.ir.context import BuildContext, Site
from generator.ir.text import clean_text
from generator.naming import pascal_case
from generator.spec.loader import LoadedVersion, TypeEntry
from generator.spec.schema import Coverage, TypeFile


def build_errors(context: BuildContext) -> tuple[ir.ErrorCode, ...]:
    category_classes = {category.name: category.class_name for category in contracts.error_categories()}
    entry = _errors_entry(context.loaded)
    codes: list[ir.ErrorCode] = []
    for code, spec in sorted(context.loaded.errors.codes.items()):
        base = pascal_case(spec.name)
        class_name = base if base.endswith("Error") else base + "Error"
        if not context.claim_class(class_name, Site(entry, ("codes", code, "name"), spec.source or "")):
            continue
        codes.append(
            ir.ErrorCode(
                code=code,
                name=spec.name,
                class_name=class_name,
                category=spec.category.value,
                category_class=category_classes[spec.category.value],
                message=clean_text(spec.message),
                transient=spec.transient,
            )
        )
    return tuple(codes)


def error_categories() -> tuple[ir.ErrorCategoryDef, ...]:
    return tuple(ir.ErrorCategoryDef(c.name, c.class_name, c.description) for c in contracts.error_categories())


def _errors_entry(loaded: LoadedVersion) -> TypeEntry:
    """A stand-in entry so that catalogue problems are reported at errors.yaml positions."""
    return TypeEntry(
        "errors", False, TypeFile(struct="Errors", coverage=Coverage.minimal, fields={}), loaded.errors_doc
    )
