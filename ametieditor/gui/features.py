"""Features that plug into the main window after it is built (menus, docks, pane hooks).

Each module's ``install(window)`` adds its actions to :attr:`MainWindow.menus` and,
where it works on the panes, a hook in :attr:`MainWindow.pane_hooks` (panes are made
on first use) after treating the panes already made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ametieditor.gui.main_window import MainWindow


def install_features(window: MainWindow) -> None:
    from ametieditor.gui import (
        folder_check,
        printing,
        spelling_support,
        template_actions,
        wording_actions,
    )

    spelling_support.install(window)  # first: the wording actions extend its context menu
    wording_actions.install(window)
    template_actions.install(window)
    folder_check.install(window)
    printing.install(window)
