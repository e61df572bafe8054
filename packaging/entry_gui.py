"""Entry script of the packaged editor (``ametieditor``); see ametieditor.gui.smoke.launch."""

import sys

from ametieditor.gui.smoke import launch

if __name__ == "__main__":
    sys.exit(launch())
