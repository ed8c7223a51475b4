"""Safe YAML reading that keeps the position of every value and rejects what YAML loaders usually let by.

Only the standard YAML types are built (mappings, sequences, strings, numbers, booleans, null). Custom tags,
anchors and aliases, duplicate keys and non-scalar keys are reported as problems instead of being built.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from generator.diagnostics import Location, Problems

# The largest spec file we read. A real node spec is a few KiB; anything near this is a mistake.
MAX_FILE_BYTES = 2 * 1024 * 1024
# The deepest nesting of mappings and sequences we build. A real spec nests about six levels; the limit keeps
# every later recursive step (building values, validating them) far from Python's recursion limit.
MAX_DEPTH = 64
# The most values one file may hold, and one mapping or sequence. Graph's largest type has about 250 fields and
# 130 edges; the limits keep the time to render and format one file within seconds.
MAX_VALUES = 10_000
MAX_ITEMS = 1_000

PathKey = tuple[str | int, ...]


class _TooBig(Exception):
    def __init__(self, mark: Any, message: str) -> None:
        self.mark = mark
        self.message = message


class _DepthLimitedComposer(yaml.composer.Composer):
    """PyYAML's composer, which recurses once per level, stopped at MAX_DEPTH before it can exhaust the stack, and
    at MAX_VALUES values before it builds anything big.

    libyaml's own composer (CSafeLoader's) recurses in C and crashes the process on deep input, so the loaders
    below take only events from libyaml and compose in Python."""

    _depth = 0
    _values = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        events: Any = self  # the parser half of the loader class
        self._values += 1
        if self._values > MAX_VALUES:
            raise _TooBig(events.peek_event().start_mark, f"the file holds more than {MAX_VALUES} values")
        if not events.check_event(yaml.SequenceStartEvent, yaml.MappingStartEvent):
            return super().compose_node(parent, index)
        if self._depth >= MAX_DEPTH:
            message = f"values nest more than {MAX_DEPTH} levels deep; a spec needs a few"
            raise _TooBig(events.peek_event().start_mark, message)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _PureLoader(
    _DepthLimitedComposer,
    yaml.reader.Reader,
    yaml.scanner.Scanner,
    yaml.parser.Parser,
    yaml.constructor.SafeConstructor,
    yaml.resolver.Resolver,
):
    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        _DepthLimitedComposer.__init__(self)
        yaml.constructor.SafeConstructor.__init__(self)
        yaml.resolver.Resolver.__init__(self)


_CParser: Any = getattr(getattr(yaml, "cyaml", None), "CParser", None)  # libyaml's event parser, if PyYAML has it
_Loader: type = _PureLoader
if _CParser is not None:

    class _LibyamlLoader(
        _DepthLimitedComposer,
        _CParser,  # type: ignore[misc]
        yaml.constructor.SafeConstructor,
        yaml.resolver.Resolver,
    ):
        def __init__(self, stream: str) -> None:
            _CParser.__init__(self, stream)
            _DepthLimitedComposer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)

    _Loader = _LibyamlLoader


_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_constructor = yaml.constructor.SafeConstructor()


@dataclass
class YamlDocument:
    file: str
    data: Any
    # path -> (key line, key column, value line, value column): plain ints, cheap to keep and to cache.
    positions: dict[PathKey, tuple[int, int, int, int]]

    def location(self, path: PathKey, *, key: bool = False) -> Location:
        """The location of the deepest part of ``path`` that exists in the document."""
        for end in range(len(path), -1, -1):
            found = self.positions.get(path[:end])
            if found is not None:
                if key and end == len(path):
                    return Location(self.file, found[0], found[1])
                return Location(self.file, found[2], found[3])
        return Location(self.file, 1, 1)


def _loc(file: str, mark: Any) -> Location:
    return Location(file, mark.line + 1, mark.column + 1)


def read_yaml(file: str, text: str, problems: Problems) -> YamlDocument | None:
    """Parse ``text``; on a syntax error record it and return None."""
    size = len(text.encode("utf-8", errors="replace"))
    if size > MAX_FILE_BYTES:
        problems.add(
            Location(file, 1, 1), "", f"file is {size} bytes; spec files may be at most {MAX_FILE_BYTES} bytes"
        )
        return None
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = _loc(file, mark) if mark is not None else Location(file, 1, 1)
        what = exc.problem or exc.context or "invalid YAML"
        problems.add(where, "", f"YAML syntax error: {what}")
        return None
    except _TooBig as exc:
        problems.add(_loc(file, exc.mark), "", exc.message)
        return None
    except yaml.YAMLError as exc:
        problems.add(Location(file, 1, 1), "", f"YAML error: {exc}")
        return None
    positions: dict[PathKey, tuple[int, int, int, int]] = {}
    if root is None:
        return YamlDocument(file, None, positions)
    here = (root.start_mark.line + 1, root.start_mark.column + 1)
    positions[()] = (*here, *here)
    builder = _Builder(file, positions, problems)
    return YamlDocument(file, builder.build(root, ()), positions)


class _Builder:
    def __init__(self, file: str, positions: dict[PathKey, tuple[int, int, int, int]], problems: Problems):
        self.file = file
        self.positions = positions
        self.problems = problems
        self.seen: set[int] = set()
        self.aliases_reported = False

    def _dotted(self, path: PathKey) -> str:
        return ".".join(str(p) for p in path)

    def build(self, node: yaml.Node, path: PathKey) -> Any:
        if isinstance(node, yaml.CollectionNode | yaml.ScalarNode) and id(node) in self.seen:
            # An alias: the composer hands back the anchored node again. Aliases make a spec hard to review
            # and open the door to exponential "billion laughs" documents.
            if not self.aliases_reported:
                self.aliases_reported = True
                self.problems.add(
                    _loc(self.file, node.start_mark), self._dotted(path), "YAML anchors and aliases are not allowed"
                )
            return None
        self.seen.add(id(node))
        if isinstance(node, yaml.CollectionNode) and len(node.value) > MAX_ITEMS:
            self.problems.add(
                _loc(self.file, node.start_mark),
                self._dotted(path),
                f"{len(node.value)} entries; a mapping or list may hold at most {MAX_ITEMS}",
            )
            node.value = node.value[:MAX_ITEMS]  # the rest is still checked, so every other problem is found
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != "tag:yaml.org,2002:seq":
                self._bad_tag(node, path)
            items = []
            for index, item in enumerate(node.value):
                mark = item.start_mark
                self.positions[(*path, index)] = (mark.line + 1, mark.column + 1, mark.line + 1, mark.column + 1)
                items.append(self.build(item, (*path, index)))
            return items
        assert isinstance(node, yaml.ScalarNode)
        if node.tag not in _SCALAR_TAGS:
            self._bad_tag(node, path)
            return node.value
        return _constructor.yaml_constructors[node.tag](_constructor, node)

    def _bad_tag(self, node: yaml.Node, path: PathKey) -> None:
        self.problems.add(
            _loc(self.file, node.start_mark),
            self._dotted(path),
            f"YAML tag {node.tag!r} is not allowed; only plain YAML values are",
        )

    def _mapping(self, node: yaml.MappingNode, path: PathKey) -> dict[Any, Any]:
        if node.tag != "tag:yaml.org,2002:map":
            self._bad_tag(node, path)
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key_loc = _loc(self.file, key_node.start_mark)
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.add(key_loc, self._dotted(path), "mapping keys must be plain scalars")
                continue
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problems.add(key_loc, self._dotted(path), "YAML merge keys ('<<') are not allowed")
                continue
            key = self.build(key_node, path)
            if isinstance(key, bool) or key is None or isinstance(key, float):
                key = key_node.value  # `yes:` or `null:` as a key means the word, not the value
            child = (*path, key)
            if key in result or (not isinstance(key, str) and str(key) in map(str, result)):
                first_line = self.positions[child][0]
                self.problems.add(
                    key_loc, self._dotted(child), f"duplicate key {key!r} (first defined at line {first_line})"
                )
                continue
            value_mark = value_node.start_mark
            self.positions[child] = (key_loc.line, key_loc.column, value_mark.line + 1, value_mark.column + 1)
            result[key] = self.build(value_node, child)
        return result
