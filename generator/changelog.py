"""The output folder's CHANGELOG.md: one entry of API changes for each pair of consecutive Graph versions in the
spec, newest first, each exactly what ``graph-codegen diff OLD NEW --format markdown`` prints for the spec as it
is now. ``refresh`` rewrites entries and nothing else (the spec is only read); ``stale_entries`` is what ``check``
reports. Anything else in the file (an entry for a version no longer in the spec, prose) is kept as it is.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from generator.cache import Cache, sha256
from generator.config import Config
from generator.diagnostics import display_path
from generator.spec.loader import list_versions, version_key

CHANGELOG = "CHANGELOG.md"
TITLE = "# Changelog\n\nAPI changes between the Graph versions of this package, newest first.\n"
_HEADING = re.compile(r"^## API changes (\S+) → (\S+)$")


class ChangelogError(Exception):
    pass


@dataclass(frozen=True)
class StaleEntry:
    path: Path
    old: str
    new: str
    missing: bool

    def describe(self) -> str:
        state = "has no entry" if self.missing else "differs from the current diff in its entry"
        return f"{display_path(self.path)} {state} {self.old} → {self.new}"


def pairs(config: Config) -> list[tuple[str, str]]:
    """Each version with the one before it, oldest pair first."""
    versions = [p.name for p in list_versions(config.spec_dir)]
    return list(zip(versions, versions[1:]))


def entry(config: Config, old: str, new: str) -> str:
    from generator.diff.compare import compare
    from generator.diff.report import as_markdown
    from generator.diff.sources import load_side

    return as_markdown(old, new, compare(load_side(config, old), load_side(config, new)))


def _split(text: str) -> tuple[str, list[str]]:
    """The text before the first entry, and each entry (from its heading to the next)."""
    parts = re.split(r"(?m)^(?=## )", text)
    return parts[0], [part for part in parts[1:] if part.strip()]


def _pair(block: str) -> tuple[str, str] | None:
    match = _HEADING.match(block.splitlines()[0])
    return (match[1], match[2]) if match else None


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else TITLE


def _fresh_entries(config: Config, chosen: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    return {pair: entry(config, *pair) for pair in chosen}


def _stale(text: str, fresh: dict[tuple[str, str], str], path: Path) -> list[StaleEntry]:
    _, blocks = _split(text)
    present = {_pair(block): block for block in blocks}
    found = []
    for (old, new), wanted in sorted(fresh.items(), key=lambda item: version_key(item[0][1]), reverse=True):
        block = present.get((old, new))
        if block is None or block.strip() != wanted.strip():
            found.append(StaleEntry(path, old, new, missing=block is None))
    return found


def stale_entries(config: Config, cache: Cache | None = None) -> list[StaleEntry]:
    """The entries ``refresh`` would write; a spec and changelog seen current before are not compared again."""
    from generator.stamp import input_stamp

    path = config.output_dir / CHANGELOG
    text = _read(path) if pairs(config) else ""
    key = sha256(input_stamp(config), text)
    if cache is not None and cache.get_text("changelog-current", key) is not None:
        return []
    found = _stale(text, _fresh_entries(config, pairs(config)), path)
    if cache is not None and not found:
        cache.put_text("changelog-current", key, "")
    return found


def _placed(blocks: list[str], pair: tuple[str, str], text: str) -> list[str]:
    """``blocks`` with ``text`` replacing the entry of ``pair``, or inserted before the first older entry."""
    pairs_at = [_pair(block) for block in blocks]
    if pair in pairs_at:
        index = pairs_at.index(pair)
        return [*blocks[:index], text, *blocks[index + 1 :]]
    newer = version_key(pair[1])
    for index, other in enumerate(pairs_at):
        if other is not None and _is_version(other[1]) and version_key(other[1]) < newer:
            return [*blocks[:index], text, *blocks[index:]]
    return [*blocks, text]


def _is_version(name: str) -> bool:
    return re.fullmatch(r"v[0-9]+\.[0-9]+", name) is not None


def _write(path: Path, text: str) -> None:
    """Replace the file in one step, so a reader never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8", newline="\n")
    os.replace(temporary, path)


def refresh(config: Config, version: str | None = None) -> str:
    """Rewrite the entry of ``version`` (or of every version) from the current diff; say what happened."""
    known = pairs(config)
    if version is not None:
        versions = [p.name for p in list_versions(config.spec_dir)]
        if version not in versions:
            raise ChangelogError(f"{display_path(config.spec_dir / version)} does not exist")
        chosen = [pair for pair in known if pair[1] == version]
        if not chosen:
            raise ChangelogError(f"{version} is the oldest version in {display_path(config.spec_dir)}; it has no entry")
    else:
        chosen = known
    if not chosen:
        return "unchanged (one version in the spec, nothing to compare)"
    path = config.output_dir / CHANGELOG
    text = _read(path)
    head, blocks = _split(text)
    fresh = _fresh_entries(config, chosen)
    changed = [(s.old, s.new) for s in reversed(_stale(text, fresh, path))]
    for pair, block in fresh.items():
        blocks = _placed(blocks, pair, block)
    updated = (head.rstrip("\n") + "\n\n" if head.strip() else TITLE + "\n") + "\n".join(
        block.rstrip("\n") + "\n" for block in blocks
    )
    if updated == text:
        return "unchanged"
    _write(path, updated)
    return "updated" + (" (" + ", ".join(f"{old} → {new}" for old, new in changed) + ")" if changed else "")
