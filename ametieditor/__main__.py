"""``python -m ametieditor`` runs the command-line tool."""

import sys

from ametieditor.cli import main

sys.exit(main())
