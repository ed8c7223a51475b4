"""The fast path for an unchanged tree: when neither the spec nor the generator changed since the last run, and
every output file still has the content the manifest records, there is nothing to render."""

from __future__ import annotations

import json
from pathlib import Path

from generator.cache import Cache, code_digest, sha256
from generator.config import Config
from generator.spec.loader import SPEC_SUFFIXES, read_bounded
from generator.writing import MANIFEST, digest, read_manifest


def input_stamp(config: Config) -> str:
    """A digest of everything the output is made from: every file the spec loader reads (or refuses), whole."""
    parts: list[bytes | str] = [code_digest(), config.package, config.distribution]
    spec_files = (p for p in config.spec_dir.rglob("*") if p.suffix in SPEC_SUFFIXES and p.is_file())
    for path in sorted(spec_files):
        # A file over the size limit is refused by the loader, so a run with it never records a stamp; it is
        # never read whole here either.
        parts += [path.relative_to(config.spec_dir).as_posix(), read_bounded(path)]
    return sha256(*parts)


def _stamp_file(config: Config, cache: Cache) -> Path | None:
    if cache.root is None:
        return None
    return cache.root / "stamps" / sha256(str(config.output_dir.resolve()))


def output_intact(output_dir: Path) -> str | None:
    """The manifest's digest when every file it lists is on disk with the recorded content; None otherwise."""
    try:
        manifest_text = (output_dir / MANIFEST).read_text(encoding="utf-8")
    except OSError:
        return None
    for rel, expected in read_manifest(output_dir).items():
        try:
            if digest((output_dir / rel).read_text(encoding="utf-8")) != expected:
                return None
        except (OSError, UnicodeDecodeError):
            return None
    return sha256(manifest_text)


def unchanged(config: Config, cache: Cache, stamp: str) -> bool:
    where = _stamp_file(config, cache)
    if where is None:
        return False
    try:
        recorded = json.loads(where.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(recorded.get("input") == stamp and recorded.get("output") == output_intact(config.output_dir))


def record(config: Config, cache: Cache, stamp: str, manifest_text: str) -> None:
    """Remember that ``stamp`` produced the output whose manifest is ``manifest_text`` (just written, so the files
    are known to match it without reading them again)."""
    where = _stamp_file(config, cache)
    if where is None:
        return
    output = sha256(manifest_text)
    where.parent.mkdir(parents=True, exist_ok=True)
    where.write_text(json.dumps({"input": stamp, "output": output}), encoding="utf-8")
