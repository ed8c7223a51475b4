"""File uploads: what a ``file`` parameter accepts, and how it becomes one part of a multipart/form-data body."""

from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass
from typing import BinaryIO, Union

from .errors import GraphRequestError

# The content itself, a binary file object open for reading, or the path of a file.
FileInput = Union[bytes, BinaryIO, "os.PathLike[str]"]


@dataclass(frozen=True)
class Upload:
    """One file part: read when the request is prepared, so that a retried call sends the same bytes."""

    filename: str
    content: bytes
    content_type: str


def read_upload(param: str, value: object) -> Upload:
    """The upload for ``value``; GraphRequestError when it is not bytes, a binary file object or a path."""
    if isinstance(value, str):
        raise GraphRequestError(
            f"parameter {param!r}: give the content as bytes or the path as a pathlib.Path, not text"
        )
    if isinstance(value, (bytes, bytearray, memoryview)):
        return Upload(param, bytes(value), "application/octet-stream")
    if isinstance(value, os.PathLike):
        path = os.fspath(value)
        if not isinstance(path, str):
            raise GraphRequestError(f"parameter {param!r}: give the path as text, not bytes")
        try:
            with open(path, "rb") as handle:
                content = handle.read()
        except OSError as exc:
            raise GraphRequestError(
                f"parameter {param!r}: cannot read the file: {exc.strerror}"
            ) from None
        return Upload(os.path.basename(path), content, _content_type(path))
    read = getattr(value, "read", None)
    if callable(read):
        content = read()
        if not isinstance(content, bytes):
            raise GraphRequestError(f"parameter {param!r}: open the file in binary mode ('rb')")
        name = getattr(value, "name", None)
        filename = os.path.basename(name) if isinstance(name, str) and name else param
        return Upload(filename, content, _content_type(filename))
    raise GraphRequestError(
        f"parameter {param!r} takes bytes, a binary file object or a path, not {type(value).__name__}"
    )


def _content_type(filename: str) -> str:
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"
