"""Swap a finished tree in place of the output folder, so that the folder is always the old tree or the new one.

Where the system can (Linux ``renameat2(RENAME_EXCHANGE)``), the swap is one atomic step. Where it cannot, it
takes two renames; a small process in a session of its own does them, so that killing the command (even with
SIGKILL, even its whole process group) cannot stop between them. Only a crash of the machine can, and
``recover`` puts the old tree back on the next run.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2); False where the system or file system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(a))


# The fallback's two renames, as a program of their own: [output, stage, backup] -> exit 0 or the errno.
_RENAME_PAIR = """
import os, sys
output, stage, backup = sys.argv[1:4]
try:
    os.rename(output, backup)
except OSError as exc:
    sys.exit(exc.errno or 5)
try:
    os.rename(stage, output)
except OSError as exc:
    os.rename(backup, output)
    sys.exit(exc.errno or 5)
"""


def _renames_detached(output_dir: Path, stage: Path, backup: Path, keep_fds: tuple[int, ...]) -> None:
    """Run the two renames in a process of its own session, which a kill of the command (or of its process
    group) does not reach; it holds ``keep_fds`` (the writer's lock) until it is done."""
    command = [sys.executable, "-I", "-S", "-c", _RENAME_PAIR, str(output_dir), str(stage), str(backup)]
    code = subprocess.run(command, start_new_session=True, pass_fds=keep_fds, check=False).returncode
    if code != 0:
        recover(output_dir, stage, backup)
        reason = os.strerror(code) if code > 0 else f"the swap was stopped by signal {-code}"
        raise OSError(code if code > 0 else errno.EINTR, reason, str(output_dir))


def swap_in(stage: Path, output_dir: Path, backup: Path, keep_fds: tuple[int, ...] = ()) -> Path | None:
    """Put ``stage`` in place of ``output_dir``; return where the old tree now is (for the caller to remove)."""
    if not os.path.lexists(output_dir):
        os.rename(stage, output_dir)
        return None
    if exchange(stage, output_dir):
        return stage
    _renames_detached(output_dir, stage, backup, keep_fds)
    return backup


def recover(output_dir: Path, stage: Path, backup: Path) -> None:
    """Finish or undo what an interrupted run left: the output folder is put back, leftovers are removed."""
    if not os.path.lexists(output_dir) and backup.is_dir():
        os.rename(backup, output_dir)  # stopped between the two fallback renames: the old tree comes back
    for leftover in (stage, backup):
        if os.path.lexists(leftover):
            remove_tree(leftover)
            if os.path.lexists(leftover):
                raise OSError(errno.EEXIST, "a previous run left this folder and it cannot be removed", str(leftover))


def remove_tree(path: Path) -> None:
    """Remove a tree this process made or replaced, read-only folders included; what cannot be removed stays."""

    def make_writable_and_retry(function: object, failed: str, _: object) -> None:
        parent = os.path.dirname(failed)
        try:
            os.chmod(parent, stat.S_IMODE(os.lstat(parent).st_mode) | stat.S_IWUSR | stat.S_IXUSR)
            if os.path.isdir(failed) and not os.path.islink(failed):
                shutil.rmtree(failed, ignore_errors=True)
            else:
                os.unlink(failed)
        except OSError:
            pass

    if os.path.islink(path) or not os.path.isdir(path):
        try:
            os.unlink(path)
        except OSError:
            pass
        return
    shutil.rmtree(path, onerror=make_writable_and_retry)
