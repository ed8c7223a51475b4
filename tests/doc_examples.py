"""The code blocks of the documentation, and a place to run them: fake Graph servers standing in for Graph.

How a block is marked, by its info string:

- ``python``: an example. The python blocks of one file run in order in one namespace, like a Python session
  (a later block may use the client an earlier one made), and are type-checked together with ``mypy --strict``.
- ``python no-run: <reason>``: type-checked but not run; the reason is required and shows in the document.
- ``text excerpt-of: graph-codegen <args>``: output of the command; each line must appear in what the command
  prints now, in the same order.
- ``sh``, ``text``, ``json``, ``yaml``, ``toml``: shown, not run.

Examples are written as a user would write them, against https://graph.facebook.com; while they run, every
client's requests to Graph go over loopback to a fake Graph server of the request's version instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import httpx

from tests.helpers import ROOT

DOCUMENTS = (ROOT / "README.md", ROOT / "generated" / "README.md", *sorted((ROOT / "docs").glob("*.md")))
SHOWN_ONLY = frozenset({"sh", "text", "json", "yaml", "toml"})
GRAPH_HOST = "graph.facebook.com"
# The token and secret the examples write; the fake servers accept exactly this token.
EXAMPLE_TOKEN = "..."
_FENCE = re.compile(r"^```(.*)$")


@dataclass(frozen=True)
class Block:
    document: Path
    line: int  # of the first line of code, 1-based
    info: str  # the fence's info string
    code: str

    @property
    def language(self) -> str:
        return self.info.split(maxsplit=1)[0] if self.info else ""

    @property
    def options(self) -> str:
        return self.info.split(maxsplit=1)[1] if " " in self.info.strip() else ""

    @property
    def runs(self) -> bool:
        return self.language == "python" and not self.options.startswith("no-run")

    def where(self) -> str:
        return f"{self.document.relative_to(ROOT)}:{self.line - 1}"


def blocks(document: Path) -> list[Block]:
    found: list[Block] = []
    lines = document.read_text(encoding="utf-8").splitlines()
    opened: tuple[int, str] | None = None
    body: list[str] = []
    for number, line in enumerate(lines, start=1):
        fence = _FENCE.match(line)
        if fence is None:
            if opened is not None:
                body.append(line)
            continue
        if opened is None:
            opened, body = (number + 1, fence[1].strip()), []
        else:
            found.append(Block(document, opened[0], opened[1], "\n".join(body) + "\n"))
            opened = None
    assert opened is None, f"{document.relative_to(ROOT)}:{opened[0] - 1}: a code block is never closed"
    return found


def session_source(document: Path) -> str:
    """The python blocks of a document as one module whose line numbers are the document's, so that tracebacks
    and type errors point into the document."""
    lines = [""] * len(document.read_text(encoding="utf-8").splitlines())
    for block in blocks(document):
        if block.language == "python":
            for offset, line in enumerate(block.code.splitlines()):
                lines[block.line - 1 + offset] = line
    return "\n".join(lines) + "\n"


class _FakeServers:
    """One fake Graph server per version, started when a request first asks for it."""

    def __init__(self, stack: ExitStack) -> None:
        self._stack = stack
        self._fakes: dict[str, Any] = {}

    def base_url(self, version: str) -> str:
        from fbgraph.testing import FakeGraph

        if version not in self._fakes:
            self._fakes[version] = self._stack.enter_context(FakeGraph(version, access_token=EXAMPLE_TOKEN))
        return str(self._fakes[version].base_url)

    def requests(self) -> int:
        """How many requests the fake servers received."""
        return sum(len(fake.requests) for fake in self._fakes.values())

    def redirect(self, request: httpx.Request) -> None:
        if request.url.host != GRAPH_HOST:
            return
        base = httpx.URL(self.base_url(request.url.path.split("/")[1]))
        request.url = request.url.copy_with(scheme=base.scheme, host=base.host, port=base.port)
        request.headers["Host"] = base.netloc.decode("ascii")


class _Transport(httpx.HTTPTransport):
    servers: _FakeServers

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.servers.redirect(request)
        return super().handle_request(request)


class _AsyncTransport(httpx.AsyncHTTPTransport):
    servers: _FakeServers

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.servers.redirect(request)
        return await super().handle_async_request(request)


@contextmanager
def graph_on_loopback() -> Iterator[_FakeServers]:
    """While inside, HTTP clients made without a transport of their own send Graph's requests to fake servers."""
    with ExitStack() as stack:
        servers = _FakeServers(stack)
        _Transport.servers = _AsyncTransport.servers = servers
        sync_init, async_init = httpx.Client.__init__, httpx.AsyncClient.__init__

        def client_init(self: httpx.Client, *args: Any, transport: Any = None, **kwargs: Any) -> None:
            sync_init(self, *args, transport=transport or _Transport(), **kwargs)

        def async_client_init(self: httpx.AsyncClient, *args: Any, transport: Any = None, **kwargs: Any) -> None:
            async_init(self, *args, transport=transport or _AsyncTransport(), **kwargs)

        stack.enter_context(mock.patch.object(httpx.Client, "__init__", client_init))
        stack.enter_context(mock.patch.object(httpx.AsyncClient, "__init__", async_client_init))
        yield servers
