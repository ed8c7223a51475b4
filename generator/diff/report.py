"""The diff as text for a terminal, Markdown for a pull request or CHANGELOG, and JSON for tools.

The JSON follows docs/diff-report.schema.json.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from generator.diff.compare import Change
from generator.diff.rules import LEVELS

REPORT_SCHEMA_VERSION = 1
_COLOURS = {"ERR": "\033[31m", "WARN": "\033[33m", "INFO": "\033[36m"}
_RESET = "\033[0m"
_DIM = "\033[2m"


def counts(changes: Sequence[Change]) -> dict[str, int]:
    found = Counter(c.level for c in changes)
    return {level: found.get(level, 0) for level in LEVELS}


def _summary(changes: Sequence[Change]) -> str:
    numbers = counts(changes)
    return ", ".join(f"{numbers[level]} {level}" for level in LEVELS)


def as_text(old: str, new: str, changes: Sequence[Change], *, colour: bool) -> str:
    def paint(text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if colour else text

    lines = [f"API changes {old} -> {new}: {_summary(changes)}"]
    for change in changes:
        lines.append(f"{paint(change.level.ljust(4), _COLOURS[change.level])} {change.rule}: {change.message}")
        lines.append(paint(f"     python: {change.python}", _DIM))
        if change.old is not None or change.new is not None:
            lines.append(paint(f"     was: {change.old}", _DIM))
            lines.append(paint(f"     now: {change.new}", _DIM))
    return "\n".join(lines) + "\n"


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def as_markdown(old: str, new: str, changes: Sequence[Change]) -> str:
    numbers = counts(changes)
    lines = [
        f"## API changes {old} → {new}",
        "",
        f"{numbers['ERR']} breaking (ERR), {numbers['WARN']} possibly breaking (WARN), {numbers['INFO']} compatible (INFO).",
    ]
    titles = {"ERR": "Breaking", "WARN": "Possibly breaking", "INFO": "Compatible"}
    for level in LEVELS:
        chosen = [c for c in changes if c.level == level]
        if not chosen:
            continue
        lines += ["", f"### {titles[level]} ({level})", "", "| Rule | Change | Python |", "|---|---|---|"]
        for change in chosen:
            detail = _cell(change.message)
            if change.old is not None or change.new is not None:
                detail += f"<br>was: `{_cell(change.old)}`<br>now: `{_cell(change.new)}`"
            lines.append(f"| `{change.rule}` | {detail} | {_cell(change.python)} |")
    return "\n".join(lines) + "\n"


def as_json(old: str, new: str, changes: Sequence[Change]) -> str:
    document = {
        "schema_version": REPORT_SCHEMA_VERSION,
        "old": old,
        "new": new,
        "summary": counts(changes),
        "changes": [
            {
                "rule": c.rule,
                "level": c.level,
                "where": c.where,
                "message": c.message,
                "python": c.python,
                "old": c.old,
                "new": c.new,
            }
            for c in changes
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
