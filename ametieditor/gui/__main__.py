"""``python -m ametieditor.gui [FILE]``: the editor, started as the packaged ``ametieditor`` is.

Used to restart the editor (ametieditor/gui/restart.py); like packaging/entry_gui.py
it honours ``AMETIEDITOR_SMOKE`` (see ametieditor/gui/smoke.py).
"""

import sys

from ametieditor.gui.smoke import launch

sys.exit(launch())
