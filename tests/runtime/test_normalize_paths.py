"""The fast paths of the customer-information rules give what the general rules give.

Each step has a path for ASCII text and one for any text, and a rule runs as one function with the digest check
sharing its trimming and lowercasing; the models call a field's preparer from their core schema. The references
below restate the rules of docs/conversions-api.md character by character, independently of the code under test.
"""

from __future__ import annotations

import hashlib
import unicodedata
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from rtpkg._runtime.normalize import STEPS, FieldRule, InvalidValue, NormalizedModel, prepare

# ASCII (where the fast paths apply) mixed with the characters that make the general paths differ.
ALPHABET = st.sampled_from(
    [chr(c) for c in range(128)] + list("éÉüßİıñ東京١٢٣٠۱２³½Ⅻ·–—’“€©®°×\u00a0\u2003\u200b\u0301ǅﬁ")
)
TEXT = st.text(ALPHABET, max_size=24)


def ref_no_punctuation(value: str) -> str:
    return "".join(ch for ch in value if unicodedata.category(ch)[0] not in "PS")


def ref_letters_only(value: str) -> str:
    return "".join(ch for ch in value if ch.isalpha())


def ref_phone(value: str) -> str:
    digits = "".join(ch for ch in value if not (ch.isspace() or ch in "-().+/"))
    if not digits.isdecimal():
        raise InvalidValue("may hold only digits")
    digits = "".join(str(unicodedata.digit(ch)) for ch in digits).lstrip("0")
    if not 7 <= len(digits) <= 15:
        raise InvalidValue("must have 7 to 15 digits")
    return digits


def outcome(function: Any, value: str) -> str:
    try:
        return "ok:" + function(value)
    except InvalidValue:
        return "refused"


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_no_punctuation_and_letters_only_agree_with_their_definitions(value: str) -> None:
    assert STEPS["no_punctuation"](value) == ref_no_punctuation(value)
    assert STEPS["letters_only"](value) == ref_letters_only(value)


@settings(max_examples=400, deadline=None)
@given(st.one_of(TEXT, st.from_regex(r"\+?[0-9 ().\-/]{0,20}", fullmatch=True)))
def test_phone_agrees_with_its_definition(value: str) -> None:
    assert outcome(STEPS["phone"], value) == outcome(ref_phone, value)


def ref_prepare(rule: FieldRule, value: str) -> str:
    """The rule as documented: a SHA-256 digest passes through; else each step in order, non-empty, hashed."""
    if rule.hash:
        candidate = value.strip().lower()
        if len(candidate) == 64 and all(ch in "0123456789abcdef" for ch in candidate):
            return candidate
    for name in rule.steps:
        value = STEPS[name](value)
    if not value:
        raise InvalidValue("is empty once normalised")
    return hashlib.sha256(value.encode()).hexdigest() if rule.hash else value


RULES = [
    FieldRule(("trim", "lowercase", "email"), hash=True),
    FieldRule(("trim", "phone"), hash=True),
    FieldRule(("trim", "lowercase", "no_punctuation"), hash=True),
    FieldRule(("trim", "lowercase", "letters_only"), hash=True),
    FieldRule(("trim", "lowercase", "zip"), hash=True),
    FieldRule(("trim", "lowercase", "country"), hash=True),
    FieldRule(("trim",), hash=True),
    FieldRule(("lowercase",), hash=True),
    FieldRule((), hash=True),
    FieldRule(("trim", "lowercase", "gender")),
    FieldRule(("date_of_birth",)),
]
DIGEST = st.builds(lambda text, upper, pad: (" " * pad) + (text.upper() if upper else text) + (" " * pad),
                   st.text("0123456789abcdef", min_size=64, max_size=64), st.booleans(), st.integers(0, 2))  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(RULES), st.one_of(TEXT, DIGEST, st.emails(), st.sampled_from(["us", " F ", "1997-02-16"])))
def test_a_rule_in_one_pass_gives_what_its_steps_give(rule: FieldRule, value: str) -> None:
    assert outcome(lambda v: prepare(rule, v), value) == outcome(lambda v: ref_prepare(rule, v), value)


# -- the preparers called from the models' core schema -------------------------------------------------------------

EMAIL = FieldRule(("trim", "lowercase", "email"), hash=True, many=True)


class Person(NormalizedModel):
    graph_rules = {
        "em": EMAIL,
        "ph": FieldRule(("trim", "phone"), hash=True, many=True),
        "db": FieldRule(("date_of_birth",)),
    }

    em: list[str] | str | None = None
    ph: list[str] | str | None = None
    db: str | None = None
    age: int | None = None


class Text(str):
    pass


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_text_of_a_str_subclass_is_prepared_like_text() -> None:
    assert Person(em=Text(" A@B.com ")).em == sha256("a@b.com")


def test_a_tuple_is_prepared_as_a_list_and_other_types_are_refused() -> None:
    assert Person(em=("a@b.com", "A@b.com ")).em == [sha256("a@b.com")]
    for value in (b"a@b.com", 5, {"a@b.com"}):
        with pytest.raises(ValidationError, match="Person.em must be text or a list of texts"):
            Person(em=value)


def test_the_first_refused_value_in_the_order_given_is_reported_alone() -> None:
    with pytest.raises(ValidationError) as caught:
        Person.model_validate({"ph": "abc", "age": "not a number", "em": "nobody"})
    assert [(e["loc"], e["msg"]) for e in caught.value.errors()] == [
        ((), "Value error, Person.ph may hold only digits and the separators space, -, (, ), ., + and /")
    ]
    with pytest.raises(ValidationError) as caught:
        Person.model_validate({"em": "nobody", "ph": "abc"})
    assert [e["msg"] for e in caught.value.errors()] == ["Value error, Person.em is not a valid email address"]


def test_errors_of_other_fields_are_reported_as_they_are_when_every_rule_passes() -> None:
    with pytest.raises(ValidationError) as caught:
        Person.model_validate({"em": "a@b.com", "age": "x"})
    assert [e["loc"] for e in caught.value.errors()] == [("age",)]


def test_values_prepared_once_are_not_changed_by_validation_again() -> None:
    person = Person(em="A@b.com", db="2/16/1997")
    again = Person.model_validate(person.model_dump())
    assert (again.em, again.db) == (sha256("a@b.com"), "19970216")
    person.em = "C@d.com"
    assert person.em == sha256("c@d.com")


def test_the_json_schema_still_shows_the_declared_types() -> None:
    schema = Person.model_json_schema()["properties"]["em"]
    assert schema["anyOf"] == [{"type": "string"}, {"items": {"type": "string"}, "type": "array"}, {"type": "null"}]
