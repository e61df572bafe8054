"""Emitting Qt signals from Python without corrupting reference counts.

PySide6 6.12 with Python 3.11 returns the ``bool`` result of
``SignalInstance.emit()`` without a reference of its own: every emit takes one
reference away from ``True`` or ``False``, and after a few hundred emits
Python aborts ("bool_dealloc: deallocating True or False") — in an editor,
after a few hundred keystrokes. :func:`emit` gives the reference back. With a
PySide6 that counts correctly it only leaves one spare reference on an
immortal-in-practice object, which is harmless. Every ``emit`` in this
package and in the GUI goes through here (tests/commands/test_signals.py).
"""

from __future__ import annotations

import ctypes
from typing import Any


def emit(signal: Any, *arguments: Any) -> Any:
    """``signal.emit(*arguments)``, safe against the PySide6 reference bug."""
    result = signal.emit(*arguments)
    if isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
    return result
