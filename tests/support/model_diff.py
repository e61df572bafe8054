"""A readable, field-by-field difference of two documents (for import tests)."""

from __future__ import annotations

import dataclasses
from typing import Any


def differences(expected: Any, actual: Any, path: str = "doc") -> list[str]:
    """Paths where ``actual`` differs from ``expected``, with both values."""
    if dataclasses.is_dataclass(expected) and dataclasses.is_dataclass(actual) \
            and type(expected) is type(actual):
        found: list[str] = []
        for item in dataclasses.fields(expected):
            found += differences(getattr(expected, item.name), getattr(actual, item.name),
                                 f"{path}.{item.name}")
        return found
    if isinstance(expected, list) and isinstance(actual, list):
        found = []
        for index in range(max(len(expected), len(actual))):
            if index >= len(expected):
                found.append(f"{path}[{index}]: unexpected {actual[index]!r}")
            elif index >= len(actual):
                found.append(f"{path}[{index}]: missing {expected[index]!r}")
            else:
                found += differences(expected[index], actual[index], f"{path}[{index}]")
        return found
    if expected != actual:
        return [f"{path}:\n    expected {expected!r}\n    got      {actual!r}"]
    return []


def assert_same_document(expected: Any, actual: Any) -> None:
    found = differences(expected, actual)
    assert not found, "documents differ:\n" + "\n".join(found[:25])
