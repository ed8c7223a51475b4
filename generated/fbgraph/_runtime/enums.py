"""Enums that keep values Graph adds without notice."""

from __future__ import annotations

from enum import Enum
from typing import Any

__all__ = [
    "GraphEnum",
]

_UNKNOWN: dict[tuple[type[Any], str], Any] = {}


class GraphEnum(str, Enum):
    """A Graph enum.

    Reading: a value the spec does not know yet becomes a pseudo-member of the enum that keeps the value
    (``is_known`` is False), because Meta adds values without notice. Sending: only known members are accepted.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        key = (cls, value)
        member = _UNKNOWN.get(key)
        if member is None:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            _UNKNOWN[key] = member
        return member

    @property
    def is_known(self) -> bool:
        return type(self)._value2member_map_.get(self._value_) is self

    def __str__(self) -> str:
        return str(self._value_)

    @classmethod
    def known(cls, value: object) -> GraphEnum:
        """The known member for ``value`` (a member or its value); ValueError for anything else."""
        if isinstance(value, cls) and value.is_known:
            return value
        member = cls._value2member_map_.get(value) if isinstance(value, str) else None
        if member is None:
            allowed = ", ".join(repr(m.value) for m in cls)
            raise ValueError(
                f"{value!r} is not a known {cls.__name__} value; expected one of {allowed}"
            )
        return member  # type: ignore[return-value]
