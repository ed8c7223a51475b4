"""The cursor-paging parameters Graph takes on every list edge, added to each list operation.

Graph pages every edge the same way (``limit``, and the ``after``/``before`` cursors of ``paging.cursors``), so
reference pages rarely list them; a spec that does list one keeps its own definition.
"""

from __future__ import annotations

from generator.ir import model as ir
from generator.ir.python_types import request_annotation

_PAGING: tuple[tuple[str, ir.Scalar, str], ...] = (
    ("limit", ir.Scalar("int", "int32"), "Items per page; Graph's default page size when omitted."),
    (
        "after",
        ir.Scalar("str", "string"),
        "A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.",
    ),
    (
        "before",
        ir.Scalar("str", "string"),
        "A cursor (``paging.cursors.before`` of an earlier page): the items right before it.",
    ),
)


def paging_params(declared: tuple[ir.Param, ...]) -> tuple[ir.Param, ...]:
    """The paging parameters a list operation with ``declared`` parameters still lacks."""
    taken = {p.graph_name for p in declared} | {p.name for p in declared}
    return tuple(
        ir.Param(
            name=name,
            graph_name=name,
            type=type_ref,
            required=False,
            description=description,
            encoding="text",
            enum=None,
            in_path=False,
            annotation=request_annotation(type_ref),
            implicit=True,
        )
        for name, type_ref, description in _PAGING
        if name not in taken
    )
