"""Entry script of the packaged command line (``ametieditor-cli``)."""

import sys

from ametieditor.cli import main

if __name__ == "__main__":
    sys.exit(main())
