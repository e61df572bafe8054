"""Features that plug into the main window after it is built (menus, docks, pane hooks).

Each module's ``install(window)`` makes its feature object and hands it to
``window.features.add``; it adds its actions with :meth:`MainWindow.add_action`
(or next to others in :attr:`MainWindow.menus`), its docks with
:meth:`MainWindow.add_dock`, and, where it works on the panes, a hook with
:meth:`MainWindow.on_pane_made` (panes are made on first use). The window finds
a feature again with ``window.features.get(Class)`` or its typed property.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ametieditor.gui.main_window import MainWindow


def install_features(window: MainWindow) -> None:
    from ametieditor.gui import (
        export_author,
        export_template,
        find_replace,
        folder_check,
        folder_overview,
        help,
        office_view,
        printing,
        review,
        spelling_support,
        template_actions,
        wording_actions,
    )

    spelling_support.install(window)  # first: the wording actions extend its context menu
    wording_actions.install(window)
    template_actions.install(window)
    folder_check.install(window)
    folder_overview.install(window)
    export_author.install(window, window.menus["settings"])
    export_template.install(window)
    find_replace.install(window)
    help.install(window)
    printing.install(window)
    office_view.install(window)
    review.install(window)
