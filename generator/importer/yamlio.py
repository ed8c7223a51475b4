"""Round-trip YAML: read spec files keeping comments, order and quoting, and write new entries in our house style."""

from __future__ import annotations

import functools
import io
import re
from pathlib import Path
from typing import Any

import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import SingleQuotedScalarString

SCHEMA_COMMENT = "yaml-language-server: $schema=../graph-spec.schema.json"
# Short entries (a type, a required flag, a Python name) fit on one line, as in hand-written files.
_FLOW_KEYS = {"type", "required", "python_name", "source"}


def yaml() -> YAML:
    handler = YAML()
    handler.preserve_quotes = True
    handler.width = 4096  # never re-wrap a hand-written line
    handler.indent(mapping=2, sequence=4, offset=2)
    return handler


def load(path: Path) -> Any:
    return yaml().load(path.read_text(encoding="utf-8"))


def dump(data: Any) -> str:
    out = io.StringIO()
    yaml().dump(data, out)
    return out.getvalue()


# Words and numbers YAML 1.1 reads as something other than text (the spec loader reads YAML 1.1; ruamel writes 1.2).
_MAYBE_NOT_TEXT = re.compile(r"[-+.0-9~<=].*|[yYnNtTfFoO][A-Za-z]{0,4}|[Nn]ull|NULL|")


@functools.lru_cache(maxsize=65536)
def _needs_quotes(text: str) -> bool:
    if not _MAYBE_NOT_TEXT.fullmatch(text):
        return False
    try:
        return bool(pyyaml.safe_load(text) != text)
    except pyyaml.YAMLError:
        return True


def _scalar(value: Any) -> Any:
    return SingleQuotedScalarString(value) if isinstance(value, str) and _needs_quotes(value) else value


def styled(value: Any, key: str | None = None) -> Any:
    """Plain data as ruamel nodes in house style: flow for short entries and value lists, block elsewhere."""
    if isinstance(value, dict):
        node = CommentedMap((_scalar(k), styled(v, k)) for k, v in value.items())
        if value and set(value) <= _FLOW_KEYS:
            node.fa.set_flow_style()
        else:
            node.fa.set_block_style()
        return node
    if isinstance(value, list):
        seq = CommentedSeq(styled(v) for v in value)
        seq.fa.set_flow_style()
        return seq
    return _scalar(value)


def new_file(data: dict[str, Any]) -> str:
    node = styled(data)
    node.yaml_set_start_comment(SCHEMA_COMMENT)
    return dump(node)
