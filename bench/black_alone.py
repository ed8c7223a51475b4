"""Format every file of a folder with black alone, in N worker processes, and print the wall time in seconds.

Run by the peers' environment's interpreter (only black and the standard library are imported), as the peer of
a cold generation: the same unformatted texts, the same black and settings, the same number of workers.

    python bench/black_alone.py FOLDER WORKERS LINE_LENGTH TARGET...
"""

from __future__ import annotations

import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import black

_mode = black.Mode()


def _start(line_length: int, targets: list[str]) -> None:
    global _mode
    versions = {black.mode.TargetVersion[t.upper()] for t in targets}
    _mode = black.Mode(line_length=line_length, target_versions=versions)


def _format(path: Path) -> int:
    return len(black.format_str(path.read_text(encoding="utf-8"), mode=_mode))


def main() -> None:
    folder, workers, line_length, targets = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
    files = sorted(folder.glob("*.py"))
    started = time.perf_counter()
    if workers <= 1:
        _start(line_length, targets)
        for path in files:
            _format(path)
    else:
        with ProcessPoolExecutor(workers, initializer=_start, initargs=(line_length, targets)) as pool:
            list(pool.map(_format, files, chunksize=1))
    print(time.perf_counter() - started)


if __name__ == "__main__":
    main()
