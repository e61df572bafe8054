"""What the commands of ``ametieditor-cli`` share: exit codes, warnings, the speller."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ametieditor.i18n import tr

if TYPE_CHECKING:
    from ametieditor.spelling.checker import SpellChecker

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_ERROR = 2
#: Stopped with Ctrl+C (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130

PROGRAM = "ametieditor-cli"


def print_warnings(path: Path, warnings: Sequence[str]) -> None:
    for warning in warnings:
        print(f"{path}: {warning}", file=sys.stderr)


def speller(state: dict[str, object]) -> SpellChecker | None:
    """One checker for all files of a run, or None (said once on stderr) when not installed."""
    from ametieditor.spelling.backend import SpellerUnavailable
    from ametieditor.spelling.checker import SpellChecker

    if "checker" not in state:
        try:
            state["checker"] = SpellChecker()
        except SpellerUnavailable as error:
            state["checker"] = None
            print(tr("{program}: õigekirja ei kontrollitud: {reason}",
                     "{program}: spelling not checked: {reason}",
                     program=PROGRAM, reason=error), file=sys.stderr)
    checker = state["checker"]
    return checker if isinstance(checker, SpellChecker) else None


def add_force_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--force", action="store_true",
        help=tr("kirjuta üle ka kirjutuskaitstud või mujal avatud (lukus) väljundfail; "
                "sisendfaili ei kirjutata üle kunagi",
                "overwrite an output file that is read-only or open elsewhere (locked); "
                "an input file is never overwritten"))


def check_output(target: Path, inputs: Sequence[Path], args: argparse.Namespace) -> None:
    """Refuse (FormatError, exit 2) an output that is an input, read-only or locked."""
    from ametieditor.storage.protect import check_output as refuse_protected

    refuse_protected(target, inputs, force=args.force,
                     force_hint=tr("võti --force kirjutab selle üle", "--force overwrites it"))
