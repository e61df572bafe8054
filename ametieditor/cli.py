"""``ametieditor-cli``: convert and check job descriptions from the command line.

Exit codes: 0 success; 1 problems found (``check``), differences found
(``diff``), or text an import could not place (``convert --strict``; the output
is still written); 2 a file could not be read or written, or the command line
was wrong. Errors are one line on
stderr naming the file and the problem; never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from pathlib import Path

from ametieditor import __version__
from ametieditor.formats import registry
from ametieditor.formats.errors import FormatError
from ametieditor.i18n import resolve_language, set_language, tr
from ametieditor.model.checks import check_document

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_ERROR = 2

PROGRAM = "ametieditor-cli"


class _Parser(argparse.ArgumentParser):
    """argparse that reports errors in one line and exits with 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_ERROR, f"{self.prog}: {tr('viga', 'error')}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROGRAM,
        description=tr(
            "Ametijuhendite teisendamine ja kontroll.",
            "Convert and check job descriptions (ametijuhend).",
        ),
    )
    parser.add_argument("--version", action="version", version=f"{PROGRAM} {__version__}")
    parser.add_argument(
        "--lang",
        choices=("et", "en"),
        help=tr("teadete keel (vaikimisi lokaadi järgi, muidu eesti)",
                "language of messages (default: from the locale, else Estonian)"),
    )
    commands = parser.add_subparsers(dest="command", metavar=tr("käsk", "command"),
                                     parser_class=_Parser)
    commands.required = True

    convert = commands.add_parser(
        "convert",
        help=tr("teisenda fail teise vormingusse", "convert a file to another format"),
        description=tr(
            "Loeb sisendi ja kirjutab väljundi; vormingud valitakse faililaiendi järgi. "
            "Olemasolevat väljundfaili muudetakse alles siis, kui uus on valmis.",
            "Reads IN and writes OUT; the formats are chosen by the file extensions. "
            "An existing OUT is replaced only once the new file is complete.",
        ),
    )
    convert.add_argument("input", metavar="IN", type=Path)
    convert.add_argument("output", metavar="OUT", type=Path)
    convert.add_argument(
        "--template",
        metavar="T.docx",
        type=Path,
        help=tr("DOCX-mall ekspordiks", "DOCX template for export"),
    )
    convert.add_argument(
        "--author",
        metavar=tr("NIMI", "NAME"),
        default=_default_author(),
        help=tr("eksporditud dokumendi autor (vaikimisi kasutajanimi)",
                "author of the exported document (default: the user name)"),
    )
    convert.add_argument(
        "--strict",
        action="store_true",
        help=tr("välju koodiga 1, kui importimisel jäi teksti paigutamata "
                "(väljund kirjutatakse ikkagi)",
                "exit with 1 when an import left text unplaced (OUT is still written)"),
    )
    convert.set_defaults(handler=_convert)

    check = commands.add_parser(
        "check",
        help=tr("kontrolli ametijuhendit", "check a job description"),
        description=tr(
            "Loetleb probleemid, üks reas: FAIL: osa: teade. Väljumiskood 0 – probleeme "
            "pole, 1 – leiti probleeme, 2 – faili ei saa lugeda.",
            "Lists problems one per line as FILE: part: message. Exit 0 when there is "
            "nothing to report, 1 when there are problems, 2 when the file cannot be read.",
        ),
    )
    check.add_argument("file", metavar="FILE", type=Path)
    check.set_defaults(handler=_check)

    diff = commands.add_parser(
        "diff",
        help=tr("näita kahe ametijuhendi erinevusi", "show the differences of two job "
                "descriptions"),
        description=tr(
            "Võrdleb kahte ametijuhendit osade ja põhiülesannete kaupa ning prindib "
            "muudatuste kokkuvõtte; sisulised muudatused (eesmärk, põhiülesanne, nõuded) "
            "on märgitud. Väljumiskood 0 – erinevusi pole, 1 – on erinevusi, 2 – faili ei "
            "saa lugeda.",
            "Compares two job descriptions part by part and duty by duty and prints a "
            "summary of the changes; substantive changes (purpose, main duties, "
            "requirements) are flagged. Exit 0 when there are no differences, 1 when "
            "there are, 2 when a file cannot be read.",
        ),
    )
    diff.add_argument("old", metavar="OLD", type=Path)
    diff.add_argument("new", metavar="NEW", type=Path)
    diff.add_argument("--html", metavar="OUT.html", type=Path,
                      help=tr("kirjuta kokkuvõte ka HTML-faili",
                              "also write the summary as HTML"))
    diff.add_argument("--docx", metavar="OUT.docx", type=Path,
                      help=tr("kirjuta kokkuvõte ka DOCX-faili",
                              "also write the summary as DOCX"))
    diff.set_defaults(handler=_diff)
    return parser


def _convert(args: argparse.Namespace) -> int:
    registry.writer_for(args.output)  # an unknown output type fails before any reading
    result = registry.load(args.input)
    _print_warnings(args.input, result.warnings)
    _print_import_notes(args.input, result)
    warnings = registry.save(result.document, args.output,
                             registry.WriteOptions(template=args.template, author=args.author))
    _print_warnings(args.output, warnings)
    if args.strict and result.document.import_notes:
        return EXIT_PROBLEMS
    return EXIT_OK


def _print_import_notes(path: Path, result: registry.LoadResult) -> None:
    """Import notes on stderr: ``FILE: import note (where): text``, one line each."""
    for note in result.document.import_notes:
        text = " / ".join(line.strip() for line in note.text.splitlines() if line.strip())
        where = f" ({note.source})" if note.source else ""
        print(tr("{path}: impordimärge{where}: {text}", "{path}: import note{where}: {text}",
                 path=path, where=where, text=text), file=sys.stderr)


def _default_author() -> str:
    """The OS user name, or nothing when it cannot be found."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def _check(args: argparse.Namespace) -> int:
    result = registry.load(args.file)
    _print_warnings(args.file, result.warnings)
    problems = check_document(result.document)
    for problem in problems:
        print(problem.format(str(args.file)))
    return EXIT_PROBLEMS if problems else EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    from ametieditor.model.compare import compare, summary_lines

    old = registry.load(args.old)
    _print_warnings(args.old, old.warnings)
    new = registry.load(args.new)
    _print_warnings(args.new, new.warnings)
    comparison = compare(old.document, new.document)
    for line in summary_lines(comparison):
        print(line)
    if args.html or args.docx:
        from ametieditor.formats import diff_export

        names = (args.old.name, args.new.name)
        if args.html:
            diff_export.write_html(comparison, args.html, *names)
        if args.docx:
            diff_export.write_docx(comparison, args.docx, *names)
    return EXIT_PROBLEMS if comparison.has_differences else EXIT_OK


def _print_warnings(path: Path, warnings: Sequence[str]) -> None:
    for warning in warnings:
        print(f"{path}: {warning}", file=sys.stderr)


def _preselect_language(argv: Sequence[str]) -> None:
    """Pick the language before argparse builds its (translated) help."""
    explicit = None
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            explicit = argv[index + 1]
        elif arg.startswith("--lang="):
            explicit = arg.split("=", 1)[1]
    set_language(resolve_language(explicit))


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    _preselect_language(arguments)
    parser = build_parser()
    args = parser.parse_args(arguments)
    try:
        return args.handler(args)
    except FormatError as error:
        print(str(error), file=sys.stderr)
    except OSError as error:
        from ametieditor.formats.files import describe_os_error

        name = error.filename or ""
        print(f"{name}: {describe_os_error(error)}" if name else describe_os_error(error),
              file=sys.stderr)
    except KeyboardInterrupt:
        print(tr("katkestatud", "interrupted"), file=sys.stderr)
        return 130
    except Exception as error:
        print(
            tr("{program}: ootamatu viga ({kind}: {error}); palun teatage sellest arendajatele",
               "{program}: unexpected error ({kind}: {error}); please report it",
               program=PROGRAM, kind=type(error).__name__, error=error),
            file=sys.stderr,
        )
    return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
