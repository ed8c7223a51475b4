"""The performance benchmark: every goal of docs/performance.md, each figure against its peer in the same run.

    python3 -m bench.run                          # every row (Meta's full v25.0 cold generation takes minutes)
    python3 -m bench.run --rows cold,import       # some rows: cold, meta-cold, incremental, import, capi, client
    python3 -m bench.run --synthetic 100 1000     # also the synthetic-spec table (minutes)
    python3 -m bench.run --limits                 # also generation at the spec limits (bench.limits)

Peers are installed by the benchmark in ``.cache/bench/peers/`` on first use (openapi-python-client; Meta's SDK
with the project's pinned black) and reused. Rows that need ../shared (meta-cold, incremental, import of the
AdAccount module) are skipped with a message where it is absent; so are rows whose peer cannot be installed.
It prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bench import cold, imports, measure, meta, peers
from bench.table import Row, Skipped, millis, render

ROOT = Path(__file__).resolve().parent.parent
ROWS = ("cold", "meta-cold", "incremental", "import", "capi", "client")
CAPI_GOAL = 0.5
CLIENT_GOAL = 1.15
Result = tuple[list[Row | Skipped], list[str]]


def _commit() -> str:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
        return done.stdout.strip() if done.returncode == 0 else ""

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    return head + ("+dirty" if git("status", "--porcelain", "--untracked-files=no") else "")


def _capi(sdk: peers.Peer | None) -> Result:
    label = "1,000 Conversions API events / Meta's SDK"
    if sdk is None:
        return [Skipped(label, "facebook-business is not installed")], []
    env = measure.with_path(os.environ, ROOT)
    done = measure.run([str(sdk.python), "-m", "bench.capi"], cwd=ROOT, env=env)
    found = re.search(r"generated models ([\d.]+) ms, Meta SDK ([\d.]+) ms", done.stdout)
    if found is None:
        return [Skipped(label, f"bench.capi printed no figures: {done.stdout.strip()[-200:]}")], []
    ours, theirs = float(found[1]) / 1000, float(found[2]) / 1000
    return [Row(label, millis(ours), millis(theirs), ours / theirs, CAPI_GOAL, "x")], [
        f"Conversions API: python -m bench.capi in the SDK's environment: {done.stdout.strip()}"
    ]


def _client(calls: int, tasks: int, repeats: int) -> Result:
    env = measure.with_path(os.environ, ROOT / "generated", ROOT)
    command = [sys.executable, "-m", "bench.client_overhead", "--calls", str(calls), "--tasks", str(tasks)]
    done = measure.run([*command, "--repeats", str(repeats)], cwd=ROOT, env=env)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    rows: list[Row | Skipped] = [
        Row(f"{calls:,} sequential get_ads_pixel calls / bare httpx.Client", millis(figures["sync_generated"]),
            millis(figures["sync_bare"]), figures["sync_generated"] / figures["sync_bare"], CLIENT_GOAL, "x"),
        Row(f"{calls:,} calls in {tasks} async tasks / bare httpx.AsyncClient", millis(figures["async_generated"]),
            millis(figures["async_bare"]), figures["async_generated"] / figures["async_bare"], CLIENT_GOAL, "x"),
    ]  # fmt: skip
    per_call = figures["sync_bare"] / calls * 1e6
    return rows, [f"client: fake Graph server on loopback in its own process; bare httpx {per_call:.0f} us a call"]


def _guarded(labels: list[str], step: Callable[[], Result]) -> Result:
    """A step's rows, or each of its labels skipped with the one-line reason it failed."""
    try:
        return step()
    except (measure.CommandFailed, subprocess.TimeoutExpired, OSError, ValueError, LookupError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        return [Skipped(label, reason) for label in labels], []


def _parse_rows(text: str) -> list[str]:
    chosen = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in ROWS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown rows {', '.join(unknown)}; rows are {', '.join(ROWS)}")
    return chosen


def main() -> None:
    from generator.produce import default_workers

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=_parse_rows, default=list(ROWS), help=f"comma-separated: {','.join(ROWS)}")
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--repeats", type=int, default=3, help="alternating runs per timed figure (median)")
    parser.add_argument("--import-runs", type=int, default=11, help="fresh interpreters per import figure")
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--tasks", type=int, default=50)
    parser.add_argument("--synthetic", type=int, nargs="*", metavar="N", help="also synthetic specs of N nodes")
    parser.add_argument("--limits", action="store_true", help="also generation at the spec limits (bench.limits)")
    args = parser.parse_args()
    rows: set[str] = set(args.rows)
    started = time.perf_counter()
    installed, peer_lines = _install_peers(rows)
    print(f"graph-codegen benchmark at {_commit()}; {os.cpu_count()} CPU(s), {args.workers} worker(s); "
          f"Python {sys.version.split()[0]}")  # fmt: skip
    print("peers:", *peer_lines, sep="\n")
    print()
    with tempfile.TemporaryDirectory(prefix="graph-codegen-bench-") as scratch_dir:
        scratch = Path(scratch_dir)
        results = _measure(rows, args, installed, scratch)
        print(render([row for found, _ in results for row in found]))
        print()
        for _, notes in results:
            for note in notes:
                print(f"- {note}")
        if args.synthetic is not None:
            from bench import synthetic

            print()
            synthetic.run(args.synthetic or [100, 1000], args.workers, scratch)
    if args.limits:
        from bench import limits

        print()
        limits.main()
    print(f"\nthe whole run took {time.perf_counter() - started:.0f} s")


def _install_peers(rows: set[str]) -> tuple[dict[str, peers.Peer | None], list[str]]:
    """The peers the chosen rows compare against, each installed or None, and a line on each for the header."""
    wanted = [(peers.openapi_peer(), {"cold"}), (peers.sdk_peer(), {"meta-cold", "import", "capi"})]
    installed: dict[str, peers.Peer | None] = {}
    lines = []
    for peer, needed_by in wanted:
        if not rows & needed_by:
            continue
        failure = peers.ensure(peer)
        installed[peer.name] = None if failure else peer
        where = peer.folder.relative_to(ROOT) if peer.folder.is_relative_to(ROOT) else peer.folder
        lines.append(
            f"  {peer.name}: {failure}"
            if failure
            else f"  {peer.name}: {', '.join(peer.requirements)} in {where} (pip)"
        )
    return installed, lines or ["  none needed by these rows"]


def _measure(
    rows: set[str], args: argparse.Namespace, installed: dict[str, peers.Peer | None], scratch: Path
) -> list[Result]:
    results: list[Result] = []
    openapi, sdk = installed.get("openapi-python-client"), installed.get("sdk")
    if "cold" in rows:
        print("cold generation of the seeds' spec...", file=sys.stderr, flush=True)
        results.append(
            _guarded(["cold generate, seeds' spec"], lambda: cold.measure_cold(openapi, scratch, args.repeats))
        )
    meta_rows: list[str] = [r for r in ("meta-cold", "incremental") if r in rows]
    targets = {"ads_pixel": ("fbgraph.v25_0.ads_pixel", ROOT / "generated")}
    if meta_rows or "import" in rows:
        if not meta.available():
            results.append(([Skipped(f"{name} (full v25.0)", meta.missing()) for name in meta_rows], []))
            if "import" in rows:
                results.append(([Skipped("import of the full v25.0 AdAccount module", meta.missing())], []))
        else:
            labels = meta_rows or ["full v25.0"]
            results.append(_guarded(labels, lambda: _meta(meta_rows, args, sdk, scratch)))
            if (meta.PROJECT / "generated" / "fbgraph" / "v25_0" / "ad_account.py").is_file():
                targets["ad_account"] = ("fbgraph.v25_0.ad_account", meta.PROJECT / "generated")
            elif "import" in rows:
                results.append(([Skipped("import of the full v25.0 AdAccount module", "no output")], []))
    if "import" in rows:
        print("imports...", file=sys.stderr, flush=True)
        sdk_python = sdk.python if sdk is not None else None
        results.append(_guarded(["imports"], lambda: imports.measure_imports(targets, sdk_python, args.import_runs)))
    if "capi" in rows:
        print("Conversions API...", file=sys.stderr, flush=True)
        results.append(_guarded(["Conversions API"], lambda: _capi(sdk)))
    if "client" in rows:
        print("client overhead...", file=sys.stderr, flush=True)
        results.append(_guarded(["client overhead"], lambda: _client(args.calls, args.tasks, args.repeats)))
    return results


def _meta(chosen: Sequence[str], args: argparse.Namespace, sdk: peers.Peer | None, scratch: Path) -> Result:
    root = meta.ensure_project()
    rows: list[Row | Skipped] = []
    notes: list[str] = []
    if "meta-cold" in chosen:
        found, said = meta.measure_cold(root, sdk, args.workers, scratch)
        rows += found
        notes += said
    else:
        meta.ensure_generated(root, args.workers)
    if "incremental" in chosen:
        print("one node changed at full v25.0...", file=sys.stderr, flush=True)
        found, said = meta.measure_incremental(root, args.workers, args.repeats)
        rows += found
        notes += said
    return rows, notes


if __name__ == "__main__":
    main()
