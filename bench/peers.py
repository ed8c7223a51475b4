"""The peers the benchmark compares against, each installed by the benchmark in a virtual environment of its own.

Environments live in ``.cache/bench/peers/<name>`` and are reused while their pins are unchanged; a changed pin
re-creates the environment. The pins come from the project where it has one (black, facebook-business in
pyproject.toml); httpx and pydantic match the versions of the running interpreter, so that the generated package
runs in the SDK's environment on the libraries it is measured with here.
"""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEERS_DIR = ROOT / ".cache" / "bench" / "peers"
# openapi-python-client pins its own dependencies (ruff, httpx, pydantic, ...), so it has an environment of its own.
OPENAPI_PYTHON_CLIENT = "openapi-python-client==0.29.1"
_PINS_FILE = "bench-pins.txt"


@dataclass(frozen=True)
class Peer:
    name: str
    requirements: tuple[str, ...]

    @property
    def folder(self) -> Path:
        return PEERS_DIR / self.name

    @property
    def python(self) -> Path:
        return self.folder / "bin" / "python"

    def version(self, distribution: str) -> str:
        for requirement in self.requirements:
            name, _, pinned = requirement.partition("==")
            if name == distribution:
                return pinned
        raise KeyError(distribution)


def project_pin(distribution: str) -> str:
    """The exact pin ``distribution==X`` from pyproject.toml's dependencies or optional dependencies."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements: list[str] = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        requirements += extra
    for requirement in requirements:
        name, separator, _ = requirement.partition("==")
        if separator and name.strip().lower() == distribution:
            return str(requirement).strip()
    raise LookupError(f"pyproject.toml pins no exact version of {distribution}")


def sdk_peer() -> Peer:
    """Meta's SDK and black alone, with the generated package's own dependencies at the versions used here."""
    same_as_here = tuple(f"{name}=={importlib.metadata.version(name)}" for name in ("httpx", "pydantic"))
    return Peer("sdk", (project_pin("facebook-business"), project_pin("black"), *same_as_here))


def openapi_peer() -> Peer:
    return Peer("openapi-python-client", (OPENAPI_PYTHON_CLIENT,))


def ensure(peer: Peer) -> str | None:
    """Install ``peer`` unless it is there with the same pins; None when ready, else one line saying why not."""
    pins = "\n".join(peer.requirements) + "\n"
    stamp = peer.folder / _PINS_FILE
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == pins and peer.python.exists():
        return None
    shutil.rmtree(peer.folder, ignore_errors=True)
    peer.folder.parent.mkdir(parents=True, exist_ok=True)
    print(f"installing peer {peer.name} ({', '.join(peer.requirements)})...", file=sys.stderr, flush=True)
    steps = [
        [sys.executable, "-m", "venv", str(peer.folder)],
        [str(peer.python), "-m", "pip", "install", "-q", "--retries", "1", "--timeout", "30", *peer.requirements],
    ]
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True, check=False)
        if done.returncode:
            shutil.rmtree(peer.folder, ignore_errors=True)
            last = (done.stderr.strip() or done.stdout.strip() or "no output").splitlines()[-1]
            return f"could not install {peer.name}: {last}"
    stamp.write_text(pins, encoding="utf-8")
    return None
