"""Customer information for the Conversions API: each normalisation step, hashing, and lists of values.

Expected values follow the rules in docs/conversions-api.md; hashes are SHA-256 of the normalised text worked out
by hand here, never by the code under test.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable

import pytest
from pydantic import ValidationError

from rtpkg._runtime.normalize import STEPS, FieldRule, InvalidValue, NormalizedModel, prepare, preparer

# The rules spec/v25.0/user_data.yaml gives these fields.
EMAIL = FieldRule(("trim", "lowercase", "email"), hash=True, many=True)
PHONE = FieldRule(("trim", "phone"), hash=True, many=True)
NAME = FieldRule(("trim", "lowercase", "no_punctuation"), hash=True, many=True)
EXTERNAL_ID = FieldRule(("trim",), hash=True, many=True)
CLICK_ID = FieldRule()


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def step(name: str) -> Callable[[str], str]:
    return STEPS[name]


def test_there_are_exactly_the_ten_documented_steps() -> None:
    assert set(STEPS) == {
        "trim",
        "lowercase",
        "email",
        "phone",
        "gender",
        "date_of_birth",
        "no_punctuation",
        "letters_only",
        "zip",
        "country",
    }


# -- trim and lowercase ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [("  a b \t\n", "a b"), ("x", "x"), ("   ", "")])
def test_trim_removes_surrounding_whitespace_only(value: str, expected: str) -> None:
    assert step("trim")(value) == expected


@pytest.mark.parametrize(("value", "expected"), [("John", "john"), ("ÉLODIE", "élodie"), ("ÄBC1", "äbc1")])
def test_lowercase_lowers_every_script(value: str, expected: str) -> None:
    assert step("lowercase")(value) == expected


# -- email -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["john@example.com", "j.doe+tag@mail.example.co.uk"])
def test_email_accepts_an_address(value: str) -> None:
    assert step("email")(value) == value


@pytest.mark.parametrize("value", ["john", "john@example", "@example.com", "jo hn@example.com", "a@b@c.com", ""])
def test_email_refuses_what_is_not_an_address(value: str) -> None:
    with pytest.raises(InvalidValue, match="is not a valid email address"):
        step("email")(value)


# -- phone -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("+1 (650) 555-1234", "16505551234"),
        ("1-650-555-1234", "16505551234"),
        ("0044 20.7946/0000", "442079460000"),  # every leading zero goes
        ("+33 6 12 34 56 78", "33612345678"),
        ("١٦٥٠٥٥٥١٢٣٤", "16505551234"),  # Arabic-Indic digits become ASCII
        ("1234567", "1234567"),  # 7 digits: the shortest allowed
        ("123456789012345", "123456789012345"),  # 15 digits: the longest allowed
    ],
)
def test_phone_keeps_only_the_digits(value: str, expected: str) -> None:
    assert step("phone")(value) == expected


@pytest.mark.parametrize("value", ["650-CALL-NOW", "+1 650 555 1234 ext 5", "650_555_1234", "#6505551234", ""])
def test_phone_refuses_letters_and_other_symbols(value: str) -> None:
    with pytest.raises(InvalidValue, match="may hold only digits"):
        step("phone")(value)


@pytest.mark.parametrize("value", ["123456", "000123456", "1234567890123456"])
def test_phone_needs_7_to_15_digits(value: str) -> None:
    with pytest.raises(InvalidValue, match="7 to 15 digits"):
        step("phone")(value)


# -- gender ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [("f", "f"), ("female", "f"), ("m", "m"), ("male", "m")])
def test_gender_becomes_one_letter(value: str, expected: str) -> None:
    assert step("gender")(value) == expected


@pytest.mark.parametrize("value", ["F", "x", "woman", "", " f"])
def test_gender_refuses_anything_else(value: str) -> None:
    # The step itself does not trim or lower: the rule puts those steps first.
    with pytest.raises(InvalidValue, match="must be f or m"):
        step("gender")(value)


# -- date of birth ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["19970216", "1997-02-16", "1997/02/16", "1997.2.16", "1997 02 16", "2/16/1997", "02-16-1997", "2.16.1997"],
)
def test_date_of_birth_becomes_yyyymmdd(value: str) -> None:
    assert step("date_of_birth")(value) == "19970216"


def test_date_of_birth_accepts_a_leap_day() -> None:
    assert step("date_of_birth")("2000-02-29") == "20000229"


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("16/2/1997", "from 1900 to this year"),  # day/month: month 16
        ("1997-13-01", "from 1900 to this year"),
        ("1899-12-31", "from 1900 to this year"),
        ("1900-02-29", "a day that its month does not have"),  # 1900 was not a leap year
        ("1997-04-31", "a day that its month does not have"),
        ("1997-02-00", "a day that its month does not have"),
        ("97-02-16", "four-digit year"),
        ("1997-02", "must be a date"),
        ("February 16, 1997", "must be a date"),
        ("1997021", "must be a date"),
    ],
)
def test_date_of_birth_refuses_what_is_not_a_date(value: str, why: str) -> None:
    with pytest.raises(InvalidValue, match=why):
        step("date_of_birth")(value)


def test_date_of_birth_refuses_a_year_after_this_one() -> None:
    next_year = datetime.date.today().year + 1
    with pytest.raises(InvalidValue, match="from 1900 to this year"):
        step("date_of_birth")(f"{next_year}-01-01")


def test_date_of_birth_refuses_unicode_digit_characters_without_repeating_them() -> None:
    with pytest.raises(InvalidValue) as caught:
        step("date_of_birth")("1997-02-1²")
    assert "²" not in str(caught.value)
    with pytest.raises(InvalidValue):
        step("date_of_birth")("١٩٩٧٠٢١٦")  # Arabic-Indic digits, which int() would read


# -- punctuation and letters -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("o'brien", "obrien"), ("josé-maría", "josémaría"), ("a+b$c©", "abc"), ("mary ann", "mary ann"), ("j.r.", "jr")],
)
def test_no_punctuation_removes_punctuation_and_symbols(value: str, expected: str) -> None:
    assert step("no_punctuation")(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("new york", "newyork"), ("st. louis", "stlouis"), ("münchen", "münchen"), ("area 51", "area"), ("東京", "東京")],
)
def test_letters_only_keeps_letters_of_any_script(value: str, expected: str) -> None:
    assert step("letters_only")(value) == expected


# -- zip and country ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("94025", "94025"),
        ("94025-1234", "94025"),  # ZIP+4: cut at the dash
        ("940251234", "94025"),  # ZIP+4 written without its dash
        ("sw1a 1aa", "sw1a1aa"),  # no spaces
        ("k1a 0b6", "k1a0b6"),
        ("1234", "1234"),
    ],
)
def test_zip(value: str, expected: str) -> None:
    assert step("zip")(value) == expected


@pytest.mark.parametrize(("value", "expected"), [("us", "us"), ("u.s.", "us"), ("gb", "gb"), (" fr ", "fr")])
def test_country_keeps_a_two_letter_code(value: str, expected: str) -> None:
    assert step("country")(value) == expected


@pytest.mark.parametrize("value", ["xx", "usa", "united states", "US", ""])
def test_country_refuses_names_and_unknown_codes(value: str) -> None:
    with pytest.raises(InvalidValue, match="ISO 3166-1 alpha-2"):
        step("country")(value)


# -- rules and hashing -------------------------------------------------------------------------------------------


def test_rule_applies_its_steps_in_order_then_hashes() -> None:
    assert prepare(EMAIL, "  John.Doe@Example.COM ") == sha256("john.doe@example.com")


def test_rule_without_hash_returns_the_normalised_text() -> None:
    assert prepare(FieldRule(("trim", "lowercase", "gender")), " Female ") == "f"


def test_phone_rule_hashes_the_digits() -> None:
    assert prepare(PHONE, "+1 (650) 555-1234") == sha256("16505551234")


def test_sha256_digest_passes_through_lowercased() -> None:
    digest = sha256("john@example.com")
    assert prepare(EMAIL, f"  {digest.upper()} ") == digest


def test_md5_digest_is_hashed_like_any_other_value() -> None:
    # Only SHA-256 digests pass through: 32 hex characters are not one.
    md5 = hashlib.md5(b"loyalty-7").hexdigest()
    assert prepare(EXTERNAL_ID, md5) == sha256(md5)


def test_almost_a_digest_is_hashed() -> None:
    not_quite = "g" + sha256("x")[1:]
    assert prepare(EXTERNAL_ID, not_quite) == sha256(not_quite)


def test_digest_does_not_pass_through_a_rule_without_hashing() -> None:
    digest = sha256("x")
    with pytest.raises(InvalidValue, match="valid email"):
        prepare(FieldRule(("trim", "email")), digest)


@pytest.mark.parametrize(("rule", "value"), [(NAME, "'''"), (NAME, "   "), (EXTERNAL_ID, " \t"), (FieldRule(), "")])
def test_value_empty_once_normalised_is_refused(rule: FieldRule, value: str) -> None:
    with pytest.raises(InvalidValue, match="is empty once normalised"):
        prepare(rule, value)


def test_errors_do_not_repeat_the_value() -> None:
    with pytest.raises(InvalidValue) as caught:
        prepare(EMAIL, "secret-person")
    assert "secret-person" not in str(caught.value)


# -- models: fields and lists ------------------------------------------------------------------------------------


class Customer(NormalizedModel):
    graph_rules = {"em": EMAIL, "fn": NAME, "ph": PHONE, "fbc": CLICK_ID, "db": FieldRule(("date_of_birth",))}

    em: list[str] | str | None = None
    fn: list[str] | str | None = None
    ph: list[str] | str | None = None
    fbc: str | None = None
    db: str | None = None


def test_model_hashes_a_single_value() -> None:
    assert Customer(em="A@Example.com").em == sha256("a@example.com")


def test_model_hashes_each_list_value_once_in_the_order_given() -> None:
    customer = Customer(em=["B@x.com", "a@x.com", " b@X.COM "])
    assert customer.em == [sha256("b@x.com"), sha256("a@x.com")]


def test_model_leaves_fields_without_steps_or_hash_alone() -> None:
    assert Customer(fbc=" fb.1.1554763741205.AbCdEf ").fbc == " fb.1.1554763741205.AbCdEf "


def test_model_normalises_without_hashing_when_the_rule_says_so() -> None:
    assert Customer(db="2/16/1997").db == "19970216"


def test_model_skips_none() -> None:
    assert Customer(em=None).em is None


def test_model_error_names_the_field_and_rule_but_not_the_value() -> None:
    with pytest.raises(ValidationError) as caught:
        Customer(em=["ok@example.com", "private-text"])
    text = str(caught.value)
    assert "Customer.em is not a valid email address" in text
    assert "private-text" not in text


def test_model_list_items_must_be_text() -> None:
    with pytest.raises(ValidationError, match="Customer.ph must be a list of texts"):
        Customer(ph=["6505551234", 6505551234])


def test_model_field_that_takes_one_value_refuses_a_list() -> None:
    with pytest.raises(ValidationError, match=r"Customer\.db must be text(?! or)"):
        Customer(db=["1997-02-16"])


def test_model_field_that_takes_a_list_says_so_when_given_another_type() -> None:
    with pytest.raises(ValidationError, match="Customer.fn must be text or a list of texts"):
        Customer(fn=42)


def test_a_lone_surrogate_is_refused_without_quoting_it() -> None:
    prepare = preparer(FieldRule(steps=("trim", "lowercase"), hash=True))
    with pytest.raises(InvalidValue) as caught:
        prepare("secret\ud800@example.com")
    assert "\ud800" not in str(caught.value) and "secret" not in str(caught.value)
    assert "position" not in str(caught.value)
