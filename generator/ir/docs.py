"""Docstrings of generated functions, composed from the spec's descriptions."""

from __future__ import annotations

from collections.abc import Sequence

from generator.ir import model as ir

EXTRA_PARAMS_DOC = (
    "Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and "
    "mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword."
)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def operation_docstring(
    *,
    description: str,
    method: str,
    path: str,
    graph_version: str,
    paginated: bool,
    params: Sequence[ir.Param],
    selector: ir.EnumRef | None,
    return_annotation: str,
    errors: Sequence[ir.ErrorRef],
    function: str,
    examples: Sequence[ir.Example],
) -> str:
    """Google-style docstring text (unescaped) for an endpoint function."""
    lines: list[str] = []
    summary = _one_line(description) or f"{method} {path}"
    lines.append(summary)
    lines.append("")
    lines.append(f"Graph: ``{method} /{graph_version}{path}``")
    if paginated:
        lines.append("Returns one page; follow ``paging`` for the rest.")
    lines += _examples(function, examples)
    lines.append("")
    lines.append("Args:")
    lines.append("    client: The Graph client to send the call with.")
    for param in params:
        text = _one_line(param.description) or ("The id in the path." if param.in_path else "")
        flag = "Required." if param.required and not param.in_path else ""
        lines.append(f"    {param.name}: {' '.join(t for t in (text, flag) if t) or 'Not described by the reference.'}")
    if selector is not None:
        lines.append("    fields: The fields to return; Graph's defaults when omitted.")
    lines.append(f"    extra_params: {EXTRA_PARAMS_DOC}")
    lines.append("")
    lines.append("Returns:")
    lines.append(f"    {return_annotation}")
    lines.append("")
    lines.append("Raises:")
    for error in errors:
        lines.append(f"    {error.class_name}: (#{error.code}) {_one_line(error.message)}")
    lines.append("    GraphAPIError: Any other error Graph returns.")
    lines.append("    GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.")
    lines.append("    GraphRequestError: An argument cannot be sent as given.")
    return "\n".join(lines)


def iterator_docstring(function: str, item_annotation: str) -> str:
    return "\n".join(
        [
            f"Every {item_annotation} of ``{function}``, page after page.",
            "",
            "Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page",
            f"is one call, retried like ``{function}``; errors are raised as it raises them. The arguments are",
            f"those of ``{function}``: ``limit`` sets the page size, ``after`` resumes from a cursor.",
        ]
    )


def chunking_docstring(function: str, param: str, size: int) -> str:
    return "\n".join(
        [
            f"``{function}`` for any number of ``{param}``: one call per {size} of them, at most.",
            "",
            f"Graph takes at most {size} per request. Each chunk is sent in turn, retried like ``{function}``; a",
            "chunk that fails does not stop the others. Returns one ChunkResult per chunk, in order, holding its",
            "result or its error.",
        ]
    )


def endpoint_module_docstring(
    node: str, description: str, graph_version: str, unsupported: list[ir.UnsupportedOperation]
) -> str:
    lines = [f"Endpoints of the {node} node (Graph API {graph_version})."]
    if description:
        lines += ["", description]
    if unsupported:
        lines += ["", "Graph does not support:"]
        for op in unsupported:
            note = f": {_one_line(op.note)}" if op.note else ""
            lines.append(f"    {op.method} {op.path}{note}")
    return "\n".join(lines)


def model_module_docstring(primary: str, description: str, graph_version: str, coverage: str, source_title: str) -> str:
    lines = [f"{primary} and the types that belong to it (Graph API {graph_version})."]
    if description:
        lines += ["", description]
    lines += ["", f"Fields: {coverage}. Source: {source_title}."]
    return "\n".join(lines)


def _examples(function: str, examples: Sequence[ir.Example]) -> list[str]:
    """The reference's example requests, each as printed and as the call that sends it byte for byte."""
    lines: list[str] = []
    for example in examples:
        lines += ["", f"Example request, from {example.source or 'the reference'}::", ""]
        lines.append(f"    {example.method} {example.path}")
        if example.body:
            lines.append(f"    {example.body}")
        arguments = "".join(f", {name}={value}" for name, value in example.arguments)
        lines += ["", "The call that sends it::", "", f"    {function}(client{arguments})"]
    return lines


def enum_docstring(description: str, members: list[ir.EnumMember]) -> str:
    """An enum's description, and where a member's Python name is not its value, the rule and the spellings."""
    renamed = [m for m in members if m.name != m.value]
    if not renamed:
        return description
    spellings = ", ".join(f"``{m.name}`` is {m.value!r}" for m in renamed)
    rule = (
        "Members are named after their values; a value that Python's str or Enum already uses as a name, or that is "
        f"not an identifier, gets a cleaned name: {spellings}. Calls also take the value as a string."
    )
    return f"{description}\n\n{rule}" if description else rule


def model_docstring(description: str, fields: list[ir.ModelField]) -> str:
    """A model's class docstring: its description, then its described fields (Google style), which is where
    ``help()`` and editors look; each field's description is also its ``Field(description=...)``."""
    described = [f"    {f.name}: {_one_line(f.description)}" for f in fields if f.description]
    parts = [description] if description else []
    if described:
        parts.append("\n".join(["Attributes:", *described]))
    return "\n\n".join(parts)
