"""Document ids of files: one file is one id, however its path was typed.

The rule (`document_path`):

- inside the current directory: the path relative to it, with ``/`` between folders and no
  ``./`` (``articles/a.txt`` whether typed ``articles/a.txt``, ``./articles//a.txt``,
  ``../here/articles/a.txt`` or ``/home/me/here/articles/a.txt``);
- anywhere else: the absolute path, with ``.`` and ``..`` resolved (``/data/a.txt`` whether
  typed ``../../data/a.txt`` or ``/data/./a.txt``).

Symbolic links are resolved only for a path that does not otherwise lie inside the current
directory (``/home/me`` reached as ``/srv/home/me``). So the id of a
file depends on the directory numfacts runs in, as a path typed on the command line does: run
the same command from the same folder to add to one store.
"""

from __future__ import annotations

import os


def _inside(path: str, folder: str) -> str | None:
    """`path` relative to `folder`, or None when it is not under it."""
    try:
        relative = os.path.relpath(path, folder)
    except ValueError:  # another drive (Windows)
        return None
    if relative == os.pardir or relative.startswith(os.pardir + os.sep) or os.path.isabs(relative):
        return None
    return relative


def document_path(path: str, cwd: str | None = None) -> str:
    """The document id of the file at `path` (see the module's rule); `cwd` defaults to the current directory.

    >>> document_path("./articles//a.txt", "/home/me"), document_path("/home/me/articles/a.txt", "/home/me")
    ('articles/a.txt', 'articles/a.txt')
    >>> document_path("../data/./b.txt", "/home/me"), document_path("a.txt", "/")
    ('/home/data/b.txt', 'a.txt')
    """
    cwd = cwd if cwd is not None else os.getcwd()
    full = os.path.normpath(os.path.join(cwd, path))
    relative = _inside(full, cwd)
    if relative is None:  # perhaps inside through a symbolic link
        real = _inside(os.path.realpath(full), os.path.realpath(cwd))
        relative = real if real is not None else None
    if relative is None:
        return full.replace(os.sep, "/") if os.sep != "/" else full
    return relative.replace(os.sep, "/") if os.sep != "/" else relative


__all__ = ["document_path"]
