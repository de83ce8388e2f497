"""Reading a file as it was at a git revision. Every call to git lives here."""

from __future__ import annotations

import os
import shutil
import subprocess

from journeymap.i18n import say
from journeymap.messages import cli as C


class GitError(RuntimeError):
    """git is missing, the file is not in a repository, or the revision is unknown."""

    def __init__(self, template, **params):
        self.message = say(template, **params)
        super().__init__(str(self.message))


def _git(args: list[str], cwd: str) -> subprocess.CompletedProcess:
    git = shutil.which("git")
    if git is None:
        raise GitError(C.NO_GIT)
    return subprocess.run([git, *args], cwd=cwd, capture_output=True, timeout=60, check=False)


def read_at_revision(path: str, revision: str) -> bytes | None:
    """The bytes of ``path`` at ``revision``; None when the file did not exist there."""
    directory = os.path.dirname(os.path.abspath(path))
    top = _git(["rev-parse", "--show-toplevel"], directory)
    if top.returncode != 0:
        raise GitError(C.NOT_IN_GIT, path=path)
    root = top.stdout.decode("utf-8").strip()
    if _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], root).returncode != 0:
        if _git(["rev-parse", "--verify", "--quiet", "HEAD"], root).returncode != 0:
            raise GitError(C.NO_COMMITS_YET, path=path)
        raise GitError(C.UNKNOWN_REVISION, revision=revision)
    relative = os.path.relpath(os.path.realpath(path), os.path.realpath(root)).replace(os.sep, "/")
    if _git(["cat-file", "-e", f"{revision}:{relative}"], root).returncode != 0:
        return None
    shown = _git(["cat-file", "blob", f"{revision}:{relative}"], root)
    if shown.returncode != 0:
        raise GitError(C.GIT_CANNOT_READ, path=relative, reason=shown.stderr.decode("utf-8", "replace").strip())
    return shown.stdout


def opener_at_revision(revision: str, max_bytes: int):
    """Open a map's data files as they were at ``revision`` (``diff --rev``): real path -> binary file.

    Raises what the data reader expects of any opener: FileNotFoundError when the file did
    not exist there, FileTooLarge above ``max_bytes``, OSError when git cannot read it.
    """
    import errno
    import io

    from journeymap.load.source import FileTooLarge

    def open_at(path: str):
        try:
            data = read_at_revision(path, revision)
        except GitError as exc:
            raise OSError(errno.EIO, str(exc.message), path) from None
        if data is None:
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), path)
        if len(data) > max_bytes:
            raise FileTooLarge(len(data), max_bytes)
        return io.BytesIO(data)

    return open_at
