"""Customer information, normalised and hashed by the rules the spec declares for each field.

A rule is a list of named steps (the same few steps serve every field) and whether the result is hashed with
SHA-256. A value that already is a SHA-256 hex digest is sent unchanged. Errors name the field and the rule that
failed, never the value: it is personal data.
"""

from __future__ import annotations

import calendar
import datetime
import hashlib
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any, ClassVar

from pydantic import GetCoreSchemaHandler, ValidationError
from pydantic_core import CoreSchema, core_schema

from .request_models import RequestModel, field_error

__all__ = [
    "FieldRule",
    "ISO_3166_ALPHA2",
    "InvalidValue",
    "NormalizedModel",
    "STEPS",
    "prepare",
    "preparer",
]

_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE_SEPARATORS = re.compile(r"[\s\-().+/]")
_DATE_PARTS = re.compile(r"[\s\-/.]+")
_PHONE_SYMBOLS = "may hold only digits and the separators space, -, (, ), ., + and /"


def _ascii_deleting(remove: Callable[[str], object]) -> bytes:
    """The ASCII characters ``remove`` picks, for ``bytes.translate`` (the fast path for ASCII text; derived
    from the general rule, so that both paths agree)."""
    return bytes(code for code in range(128) if remove(chr(code)))


_ASCII_PHONE_SEPARATORS = _ascii_deleting(_PHONE_SEPARATORS.fullmatch)
_ASCII_PUNCTUATION = _ascii_deleting(lambda ch: unicodedata.category(ch)[0] in "PS")
_ASCII_NOT_LETTERS = _ascii_deleting(lambda ch: not ch.isalpha())
# ISO 3166-1 alpha-2, the codes Graph accepts for `country`.
ISO_3166_ALPHA2 = frozenset(
    "ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by bz "
    "ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et fi fj fk fm fo "
    "fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je "
    "jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo "
    "mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw "
    "py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm "
    "tn to tr tt tv tw tz ua ug um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw".split()
)


class InvalidValue(ValueError):
    """A value a rule cannot normalise; the message says why without repeating the value."""


def _trim(value: str) -> str:
    return value.strip()


def _lowercase(value: str) -> str:
    return value.lower()


def _email(value: str) -> str:
    if not _EMAIL.fullmatch(value):
        raise InvalidValue("is not a valid email address")
    return value


def _phone(value: str) -> str:
    if value.isascii():  # the common case: one pass, and the digits are ASCII already
        digits = value.encode().translate(None, _ASCII_PHONE_SEPARATORS).decode()
        if not digits.isdecimal():
            raise InvalidValue(_PHONE_SYMBOLS)
    else:
        digits = _PHONE_SEPARATORS.sub("", value)
        if not digits.isdecimal():
            raise InvalidValue(_PHONE_SYMBOLS)
        digits = "".join(str(unicodedata.digit(ch)) for ch in digits)
    digits = digits.lstrip("0")
    if not 7 <= len(digits) <= 15:
        raise InvalidValue("must have 7 to 15 digits, country code included")
    return digits


_GENDERS = {"f": "f", "female": "f", "m": "m", "male": "m"}


def _gender(value: str) -> str:
    found = _GENDERS.get(value)
    if found is None:
        raise InvalidValue("must be f or m (or female or male)")
    return found


def _date_of_birth(value: str) -> str:
    parts = [p for p in _DATE_PARTS.split(value) if p]
    # ASCII digits only: str.isdigit() is also true for characters such as '²', which int() refuses.
    if len(parts) == 1 and len(parts[0]) == 8 and parts[0].isascii() and parts[0].isdigit():
        parts = [parts[0][:4], parts[0][4:6], parts[0][6:]]
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() for p in parts):
        raise InvalidValue("must be a date such as 19970216, 1997-02-16 or 2/16/1997")
    if len(parts[0]) == 4:
        year, month, day = (int(p) for p in parts)
    elif len(parts[2]) == 4:
        month, day, year = (int(p) for p in parts)  # the reference's example is month/day/year
    else:
        raise InvalidValue("must have a four-digit year")
    if not (1900 <= year <= datetime.date.today().year and 1 <= month <= 12):
        raise InvalidValue("must be a date from 1900 to this year")
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise InvalidValue("has a day that its month does not have")
    return f"{year:04d}{month:02d}{day:02d}"


def _no_punctuation(value: str) -> str:
    if value.isascii():
        return value.encode().translate(None, _ASCII_PUNCTUATION).decode()
    return "".join(ch for ch in value if unicodedata.category(ch)[0] not in "PS")


def _letters_only(value: str) -> str:
    if value.isalpha():
        return value
    if value.isascii():
        return value.encode().translate(None, _ASCII_NOT_LETTERS).decode()
    return "".join(ch for ch in value if ch.isalpha())


def _zip(value: str) -> str:
    value = "".join(value.split()).split("-")[0]
    # A US code is five digits; the reference keeps those of a longer all-digit code (ZIP+4 written without dash).
    return value[:5] if value.isdigit() and len(value) > 5 else value


def _country(value: str) -> str:
    if value in ISO_3166_ALPHA2:
        return value
    code = "".join(ch for ch in value if "a" <= ch <= "z")
    if code not in ISO_3166_ALPHA2:
        raise InvalidValue("must be an ISO 3166-1 alpha-2 code such as us")
    return code


STEPS: Mapping[str, Callable[[str], str]] = {
    "trim": _trim,
    "lowercase": _lowercase,
    "email": _email,
    "phone": _phone,
    "gender": _gender,
    "date_of_birth": _date_of_birth,
    "no_punctuation": _no_punctuation,
    "letters_only": _letters_only,
    "zip": _zip,
    "country": _country,
}


@dataclass(frozen=True)
class FieldRule:
    """How one field is prepared: the steps, in order; whether the result is hashed; whether it may be a list."""

    steps: tuple[str, ...] = ()
    hash: bool = False
    many: bool = False


@lru_cache(maxsize=256)
def preparer(rule: FieldRule) -> Callable[[str], str]:
    """A function that prepares one value by ``rule`` (with a cache of its own, keyed by the value alone)."""
    return lru_cache(maxsize=16384)(_one_pass(rule))


def _one_pass(rule: FieldRule) -> Callable[[str], str]:
    """``rule`` as one function. Trimming and lowercasing, which the check for a digest needs anyway, are done
    once: a rule whose steps start with them continues from the checked text."""
    if not rule.hash:
        return _checked_nonempty(_chained(rule.steps))
    names = rule.steps
    lowered_first = names[:2] == ("trim", "lowercase")
    stripped_first = not lowered_first and names[:1] == ("trim",)
    then = _chained(names[2:] if lowered_first else names[1:] if stripped_first else names)
    sha256 = hashlib.sha256

    def prepare_value(value: str) -> str:
        stripped = value.strip()
        lowered = stripped.lower()
        if len(lowered) == 64 and _SHA256_HEX.fullmatch(lowered):
            return lowered  # already hashed by the caller
        text = lowered if lowered_first else stripped if stripped_first else value
        if then is not None:
            text = then(text)
        if not text:
            raise InvalidValue(_EMPTY)
        try:
            encoded = text.encode("utf-8")
        except UnicodeEncodeError:  # its message would quote the character and where it stands
            raise InvalidValue(_NOT_TEXT) from None
        return sha256(encoded).hexdigest()

    return prepare_value


_EMPTY = "is empty once normalised"
_NOT_TEXT = "holds a lone surrogate, which is not text that UTF-8 can encode"


def _chained(names: tuple[str, ...]) -> Callable[[str], str] | None:
    """The steps ``names`` applied in order, as one function; None for no steps."""
    steps = tuple(STEPS[name] for name in names)
    if len(steps) <= 1:
        return steps[0] if steps else None

    def chained(value: str) -> str:
        for step in steps:
            value = step(value)
        return value

    return chained


def _checked_nonempty(steps: Callable[[str], str] | None) -> Callable[[str], str]:
    def prepare_value(value: str) -> str:
        if steps is not None:
            value = steps(value)
        if not value:
            raise InvalidValue(_EMPTY)
        return value

    return prepare_value


def prepare(rule: FieldRule, value: str) -> str:
    """One value, normalised and (if the rule says so) hashed. Raises InvalidValue."""
    return preparer(rule)(value)


# Rule steps that also name what a field holds, so that ``email=`` can be pointed to the field ``em``.
_DESCRIPTIVE_STEPS = frozenset({"email", "phone", "gender", "date_of_birth", "zip", "country"})


class NormalizedModel(RequestModel):
    """A request model whose fields are normalised and hashed on the way in, by its class's ``graph_rules``.

    Validation errors never show the input: it is personal data.
    """

    graph_rules: ClassVar[Mapping[str, FieldRule]] = {}

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        spellings = {
            step: key
            for key, rule in cls.graph_rules.items()
            for step in rule.steps
            if step in _DESCRIPTIVE_STEPS
        }
        cls.graph_spellings = {**spellings, **cls.graph_spellings}

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        schema = super().__get_pydantic_core_schema__(source, handler)
        _compile_rules(cls, schema)
        return schema

    @classmethod
    def _guarded(cls, data: Any, validate: core_schema.ValidatorFunctionWrapHandler) -> Any:
        """Validation of the fields, whose errors are reported as they always were when a rule refused a value:
        one error for the model, naming the first refused field in the order given and the rule."""
        failure: ValidationError | None = None
        try:
            return validate(data)
        except ValidationError as exc:
            failure = exc
        if isinstance(data, Mapping):
            for key, value in data.items():
                if value is not None and key in cls._preparers():
                    cls._prepared(key, value)  # raises for the first refused value
        raise failure

    def __setattr__(self, name: str, value: Any) -> None:
        # Applied here, so that an error names the field and the rule as it does for any other field's value.
        info = type(self).model_fields.get(name)
        key = info.alias or name if info else name
        failure: ValidationError | None = None
        try:
            if value is not None and key in self._preparers():
                value = self._prepared(key, value)
        except ValueError as exc:
            failure = field_error(type(self), name, str(exc))
        if failure is not None:
            raise failure
        super().__setattr__(name, value)

    @classmethod
    def _preparers(cls) -> Mapping[str, Callable[[str], str]]:
        found = cls.__dict__.get("_graph_preparers")
        if found is None:
            found = {
                key: preparer(rule)
                for key, rule in cls.graph_rules.items()
                if rule.hash or rule.steps
            }
            type.__setattr__(cls, "_graph_preparers", found)
        return found

    @classmethod
    def _prepared(cls, key: str, value: Any) -> Any:
        """``value`` of the ruled field whose Graph name is ``key``, normalised and hashed by its rule."""
        prepare_value = cls._preparers()[key]
        try:
            if isinstance(value, str):
                return prepare_value(value)
            many = cls.graph_rules[key].many
            if many and isinstance(value, (list, tuple)):
                # Each value once, in the order given.
                return list(dict.fromkeys(prepare_value(_text(item)) for item in value))
            raise InvalidValue("must be text" + (" or a list of texts" if many else ""))
        except InvalidValue as exc:
            error = ValueError(f"{cls.__name__}.{key} {exc}")
        raise error


def _text(item: Any) -> str:
    if not isinstance(item, str):
        raise InvalidValue("must be a list of texts")
    return item


# Marks the model schemas whose ruled fields have their preparers (a schema may be handed out twice).
_COMPILED = "graph_rules_compiled"


def _compile_rules(model: type[NormalizedModel], schema: Any) -> None:
    """Put each ruled field's preparer into the model's core schema, so that pydantic calls it for the field's
    text itself, with no Python code in between when the value was prepared before (its cache answers).

    Any other value (a list, a wrong type) goes through ``_prepared``; any failure is reported by ``_guarded``.
    """
    parent = schema
    while isinstance(parent.get("schema"), dict) and parent["schema"].get("type") != "model-fields":
        parent = parent["schema"]
    fields = parent.get("schema")
    if (parent.get("metadata") or {}).get(_COMPILED) or not isinstance(fields, dict):
        return  # compiled already, or a reference to a schema compiled when it was built
    preparers = model._preparers()
    for name, field in fields["fields"].items():
        info = model.model_fields.get(name)
        key = (info.alias if info else None) or name
        if key not in preparers:
            continue
        holder = field
        while holder["schema"]["type"] in ("default", "nullable"):
            holder = holder["schema"]  # None and defaults stay as they are, without a call
        holder["schema"] = core_schema.union_schema(
            [
                core_schema.chain_schema(
                    [
                        core_schema.str_schema(strict=True),
                        core_schema.no_info_plain_validator_function(preparers[key]),
                    ]
                ),
                core_schema.no_info_before_validator_function(
                    partial(model._prepared, key), holder["schema"]
                ),
            ],
            mode="left_to_right",
        )
    parent["schema"] = core_schema.no_info_wrap_validator_function(
        model._guarded, fields, metadata={_COMPILED: True}
    )
