"""The YAML reader keeps positions and refuses what loaders usually let by."""

from __future__ import annotations

from generator.diagnostics import Problems
from generator.spec.yaml_source import MAX_FILE_BYTES, read_yaml


def _read(text: str) -> tuple[object, list[str]]:
    problems = Problems()
    doc = read_yaml("f.yaml", text, problems)
    return (doc.data if doc else None), [str(p) for p in problems.sorted()]


def test_positions_of_keys_and_values() -> None:
    problems = Problems()
    doc = read_yaml("f.yaml", "a:\n  b: 1\n  c: [x, y]\n", problems)
    assert doc is not None and not problems
    assert doc.data == {"a": {"b": 1, "c": ["x", "y"]}}
    assert str(doc.location(("a", "c", 1))) == "f.yaml:3:10"
    assert str(doc.location(("a", "b"), key=True)) == "f.yaml:2:3"
    assert str(doc.location(("a", "missing"))) == "f.yaml:2:3"  # the deepest part that exists


def test_duplicate_keys_are_problems() -> None:
    data, problems = _read("a: 1\nb: 2\na: 3\n")
    assert problems == ["f.yaml:3:1 a: duplicate key 'a' (first defined at line 1)"]
    assert data == {"a": 1, "b": 2}


def test_custom_tags_anchors_and_merge_keys_are_refused() -> None:
    _, problems = _read("a: !!python/object/apply:os.system ['true']\n")
    assert any("YAML tag" in p for p in problems)
    _, problems = _read("base: &b {x: 1}\nother: *b\n")
    assert problems == ["f.yaml:1:7 other: YAML anchors and aliases are not allowed"]
    _, problems = _read("base: {x: 1}\nother:\n  <<: {y: 2}\n")
    assert problems == ["f.yaml:3:3 other: YAML merge keys ('<<') are not allowed"]


def test_syntax_errors_have_a_location() -> None:
    data, problems = _read("a: [1, 2\n")
    assert data is None
    assert problems and problems[0].startswith("f.yaml:2:1: YAML syntax error")


def test_enormous_files_are_refused_before_parsing() -> None:
    data, problems = _read("a: " + "x" * (MAX_FILE_BYTES + 1))
    assert data is None and "spec files may be at most" in problems[0]


def test_word_keys_stay_words() -> None:
    data, _ = _read("yes: 1\nnull: 2\n")
    assert data == {"yes": 1, "null": 2}
