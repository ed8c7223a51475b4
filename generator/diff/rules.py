"""The diff's rules. Each has a stable id, a level, and a mirror (the rule for the opposite change) or a written
reason why it has none. Levels follow oasdiff: ERR breaks callers, WARN may break them, INFO is compatible."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Level = Literal["ERR", "WARN", "INFO"]
LEVELS: tuple[Level, ...] = ("ERR", "WARN", "INFO")


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    summary: str
    mirror: str | None = None
    no_mirror_because: str | None = None


_SELF = "the opposite change is the same kind of change, reported by this same rule"

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule("type-added", "INFO", "a node or struct was added", mirror="type-removed"),
        Rule("type-removed", "ERR", "a node or struct was removed; its model class is gone", mirror="type-added"),
        Rule("edge-added", "INFO", "an edge was added", mirror="edge-removed"),
        Rule("edge-removed", "ERR", "an edge was removed; its functions are gone", mirror="edge-added"),
        Rule("create-path-added", "INFO", "a create path was added", mirror="create-path-removed"),
        Rule("create-path-removed", "ERR", "a create path was removed", mirror="create-path-added"),
        Rule("operation-added", "INFO", "an operation was added", mirror="operation-removed"),
        Rule("operation-removed", "ERR", "an operation was removed (or is now unsupported)", mirror="operation-added"),
        Rule("field-added", "INFO", "a field was added to a result", mirror="field-removed"),
        Rule("field-removed", "ERR", "a field was removed from a result; code reading it breaks", mirror="field-added"),
        Rule("field-type-changed", "ERR", "a result field changed type", no_mirror_because=_SELF),
        Rule("param-added-optional", "INFO", "an optional parameter was added", mirror="param-removed"),
        Rule("param-added-required", "ERR", "a required parameter was added", mirror="param-removed"),
        Rule(
            "param-removed",
            "ERR",
            "a parameter was removed; calls passing it fail",
            mirror="param-added-optional",
        ),
        Rule("param-became-required", "ERR", "a parameter became required", mirror="param-became-optional"),
        Rule("param-became-optional", "INFO", "a parameter became optional", mirror="param-became-required"),
        Rule("param-type-changed", "ERR", "a parameter changed type", no_mirror_because=_SELF),
        Rule(
            "request-enum-value-added",
            "INFO",
            "a value callers may send was added",
            mirror="request-enum-value-removed",
        ),
        Rule(
            "request-enum-value-removed",
            "ERR",
            "a value callers may send was removed; calls sending it fail",
            mirror="request-enum-value-added",
        ),
        Rule(
            "response-enum-value-added",
            "WARN",
            "Graph may return a new value; code matching every value should handle it",
            mirror="response-enum-value-removed",
        ),
        Rule(
            "response-enum-value-removed",
            "WARN",
            "Graph no longer returns a value; its enum member is gone",
            mirror="response-enum-value-added",
        ),
        Rule("return-type-changed", "ERR", "an operation's result changed shape", no_mirror_because=_SELF),
        Rule(
            "operation-error-added",
            "WARN",
            "an operation can raise a new error code",
            mirror="operation-error-removed",
        ),
        Rule(
            "operation-error-removed",
            "INFO",
            "an operation no longer documents an error code",
            mirror="operation-error-added",
        ),
        Rule("error-code-added", "INFO", "the catalogue gained an error code", mirror="error-code-removed"),
        Rule(
            "error-code-removed",
            "WARN",
            "the catalogue lost an error code; its exception class is gone",
            mirror="error-code-added",
        ),
        Rule("description-changed", "INFO", "a description changed", no_mirror_because=_SELF),
    )
}
