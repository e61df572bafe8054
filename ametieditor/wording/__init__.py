"""The standard wording library: entries to pick instead of retyping (no Qt).

:class:`~ametieditor.wording.library.WordingLibrary` joins the bundled,
read-only library (``resources/wording/*.xml``) and the user's own entries
(``<user data>/wording/``). docs/WORDING.md describes the file format.
"""

from ametieditor.wording.entry import Category, Entry, entry_to_blocks

__all__ = ["Category", "Entry", "entry_to_blocks"]
