"""Reading and writing a value of the model addressed by a path.

A path is a tuple of attribute names and list indexes, e.g.
``("duties", "items", 2, "task")`` is the task of the third duty.
"""

from __future__ import annotations

from typing import Any

ModelPath = tuple[str | int, ...]


def get_at(root: Any, path: ModelPath) -> Any:
    """The value at ``path`` below ``root``."""
    value = root
    for step in path:
        value = value[step] if isinstance(step, int) else getattr(value, step)
    return value


def set_at(root: Any, path: ModelPath, value: Any) -> None:
    """Replace the value at ``path`` (an attribute or a list element)."""
    parent = get_at(root, path[:-1])
    last = path[-1]
    if isinstance(last, int):
        parent[last] = value
    else:
        setattr(parent, last, value)


def starts_with(path: ModelPath, prefix: ModelPath) -> bool:
    return path[: len(prefix)] == prefix
