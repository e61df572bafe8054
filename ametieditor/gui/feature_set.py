"""The features a window owns, each a typed object found by its class.

A feature (locks and autosave, revisions, spelling, the wording library, …) is
made by its module's ``install(window)``, which hands it to
:meth:`FeatureSet.add`; the window and other features find it again with
:meth:`FeatureSet.get`. Nothing sets attributes on the window from outside.
"""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


class FeatureSet:
    """One object per feature class."""

    def __init__(self) -> None:
        self._features: dict[type, object] = {}

    def add(self, feature: T) -> T:
        """Own ``feature``; a second feature of the same class is a programming error."""
        kind = type(feature)
        if kind in self._features:
            raise ValueError(f"{kind.__name__} is installed already")
        self._features[kind] = feature
        return feature

    def get(self, kind: type[T]) -> T:
        """The installed feature of class ``kind`` (LookupError when it is not installed)."""
        feature = self._features.get(kind)
        if feature is None:
            raise LookupError(f"{kind.__name__} is not installed (yet)")
        assert isinstance(feature, kind)
        return feature

    def find(self, kind: type[T]) -> T | None:
        """The installed feature of class ``kind``, or None."""
        feature = self._features.get(kind)
        return feature if isinstance(feature, kind) else None
