"""Errors the formats raise for input they cannot read or output they cannot write."""

from __future__ import annotations

from pathlib import Path


class FormatError(Exception):
    """A file cannot be read or written; the message is meant for the user.

    ``str(error)`` is one line naming the file and the problem in plain words,
    in the current language. Never shown with a traceback.
    """

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class NewerVersionError(FormatError):
    """The file was written by a newer version of the editor."""

    def __init__(self, path: str | Path, problem: str, version: str) -> None:
        super().__init__(path, problem)
        self.version = version
