"""Keeping the client's credentials out of everything it produces.

Graph, or a proxy in front of it, may echo a request back (an error page that quotes the Authorization header, a
message that repeats the token). The client removes its own token, app secret and appsecret_proof from each
answer before anything reads it, so no exception text, response excerpt, result or log record can hold them.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from urllib.parse import quote, quote_plus

__all__ = [
    "CredentialLogFilter",
    "MIN_REDACTED_LENGTH",
    "REDACTED",
    "Redactor",
    "check_credential",
    "mask_library_logs",
]

REDACTED = "<redacted>"
MIN_REDACTED_LENGTH = 8
# Credential parameters in URLs that libraries log, whoever's credentials they are.
_CREDENTIAL_IN_URL = re.compile(r"((?:access_token|appsecret_proof)=)[^&\s\"']+")


def check_credential(name: str, value: str) -> None:
    """Refuse a credential that could not go into a header as it is; the message never shows the value."""
    if not value:
        raise ValueError(f"{name} must not be empty")
    if not all("!" <= ch <= "~" for ch in value):
        raise ValueError(f"{name} must be printable ASCII without spaces (as Graph issues them)")


class Redactor:
    """Replaces a few secrets, in every spelling an echo may use (raw, JSON-escaped, URL-encoded), by a marker."""

    def __init__(self, *secrets: str | None) -> None:
        forms: set[str] = set()
        for secret in secrets:
            # Real credentials are long; replacing a very short one everywhere would mangle every answer.
            if secret and len(secret) >= MIN_REDACTED_LENGTH:
                forms.update(
                    {secret, json.dumps(secret)[1:-1], quote(secret, safe=""), quote_plus(secret)}
                )
        # Longest first, so that a spelling containing another is replaced whole.
        self._text = tuple(sorted(forms, key=len, reverse=True))
        self._bytes = tuple(form.encode() for form in self._text)

    def text(self, value: str) -> str:
        for form in self._text:
            if form in value:
                value = value.replace(form, REDACTED)
        return value

    def content(self, value: bytes) -> bytes:
        for form in self._bytes:
            if form in value:
                value = value.replace(form, REDACTED.encode())
        return value

    def headers(self, headers: Mapping[str, str]) -> dict[str, str]:
        return {self.text(key): self.text(value) for key, value in headers.items()}


class CredentialLogFilter(logging.Filter):
    """Masks credential query parameters in records of HTTP libraries (httpx logs each request's URL at INFO)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(_masked(arg) for arg in args)
        if isinstance(record.msg, str):
            record.msg = _CREDENTIAL_IN_URL.sub(r"\1" + REDACTED, record.msg)
        return True


def _masked(arg: object) -> object:
    text = str(arg)
    masked = _CREDENTIAL_IN_URL.sub(r"\1" + REDACTED, text)
    return arg if masked == text else masked


def mask_library_logs(*names: str) -> None:
    """Install the credential filter on the named loggers, once each."""
    for name in names:
        logger = logging.getLogger(name)
        if not any(isinstance(f, CredentialLogFilter) for f in logger.filters):
            logger.addFilter(CredentialLogFilter())
