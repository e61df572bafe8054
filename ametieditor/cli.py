"""``ametieditor-cli``: convert and check job descriptions from the command line.

Exit codes: 0 success; 1 problems found (``check``), differences found
(``diff``), or text an import could not place (``convert --strict``; the output
is still written); 2 a file could not be read or written, or the command line
was wrong. Errors are one line on
stderr naming the file and the problem; never a traceback.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ametieditor import __version__
from ametieditor.cli_common import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PROBLEMS,
    PROGRAM,
    add_force_option,
    check_output,
    print_warnings,
    speller,
)
from ametieditor.clock import checking_date
from ametieditor.formats import registry
from ametieditor.i18n import plural, resolve_language, set_language, tr
from ametieditor.io.errors import FormatError
from ametieditor.model.checks import Problem, check_document, check_for_signing
from ametieditor.model.document import JobDescription


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

    _add_convert_parser(commands)
    _add_check_parser(commands)
    _add_diff_parser(commands)
    _add_verify_parser(commands)
    from ametieditor.cli_folder import add_list_parser

    add_list_parser(commands)
    return parser


def _add_convert_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    convert = commands.add_parser(
        "convert",
        help=tr("teisenda fail teise vormingusse", "convert a file to another format"),
        description=tr(
            "Loeb sisendi ja kirjutab väljundi; vormingud valitakse faililaiendi järgi. "
            "Olemasolevat väljundfaili muudetakse alles siis, kui uus on valmis. Võtmega "
            "--to teisendab mitu faili korraga; väljumiskood 1, kui mõni ebaõnnestus, 2, "
            "kui kõik ebaõnnestusid.",
            "Reads IN and writes OUT; the formats are chosen by the file extensions. "
            "An existing OUT is replaced only once the new file is complete. With --to, "
            "converts any number of inputs; exit 1 if some failed, 2 if all failed.",
        ),
    )
    convert.add_argument("input", metavar="IN", type=Path, nargs="+")
    convert.add_argument("output", metavar="OUT", type=Path, nargs="?")
    _add_batch_options(convert)
    convert.add_argument(
        "--template",
        metavar="T.docx",
        type=Path,
        help=tr("DOCX-mall ekspordiks (vaikimisi redaktori menüüs Seaded › DOCX-mall… "
                "valitud mall, muidu programmi oma)",
                "DOCX template for export (default: the one chosen in the editor's "
                "Seaded › DOCX-mall…, else the program's own)"),
    )
    convert.add_argument(
        "--author",
        metavar=tr("NIMI", "NAME"),
        help=tr("eksporditud dokumendi autor (vaikimisi seadetes olev nimi, mida küsib "
                "redaktor esimesel eksportimisel; arvuti kasutajanime ei kasutata)",
                "author of the exported document (default: the name in the settings, which "
                "the editor asks for at the first export; never the login name)"),
    )
    convert.add_argument(
        "--strict",
        action="store_true",
        help=tr("välju koodiga 1, kui importimisel jäi teksti paigutamata "
                "(väljund kirjutatakse ikkagi)",
                "exit with 1 when an import left text unplaced (OUT is still written)"),
    )
    add_force_option(convert)
    convert.set_defaults(handler=_convert)


def _add_check_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
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
    check.add_argument(
        "file", metavar="FILE|DIR", type=Path,
        help=tr("fail või kaust; kausta ja selle alamkaustade loetavaid faile kontrollitakse "
                "ka omavahel",
                "a file, or a folder whose readable files (subfolders too) are also checked "
                "against each other"),
    )
    check.add_argument(
        "--signing",
        action="store_true",
        help=tr("kontrolli enne allkirjastamiseks eksportimist (täitmata osad, kohatäited)",
                "check before export for signing (missing parts, placeholders)"),
    )
    check.add_argument(
        "--no-spelling",
        action="store_true",
        help=tr("ära kontrolli õigekirja", "do not check spelling"),
    )
    check.add_argument(
        "--no-cache", action="store_true",
        help=tr("kausta kontrollimisel loe kõik failid uuesti, ära kasuta ega uuenda vahemälu",
                "for a folder, read every file again; neither use nor update the cache"))
    check.set_defaults(handler=_check)


def _add_diff_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
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
    add_force_option(diff)
    diff.set_defaults(handler=_diff)


def _add_verify_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    verify = commands.add_parser(
        "verify",
        help=tr("kontrolli allkirjastatud konteineri allkirju", "verify the signatures of a "
                "signed container"),
        description=tr(
            "Kontrollib .asice/.bdoc-konteineri iga allkirja võrguta: allkirjastaja, "
            "isikukood, roll, aeg; kas dokument on muutmata, allkiri kehtiv ja sertifikaat "
            "usaldusväärne; ütleb ka, mida ei kontrollitud. Väljumiskood 0 – kõik allkirjad "
            "korras, 1 – mõni ei ole (või allkirju pole), 2 – faili ei saa lugeda.",
            "Verifies every signature of an .asice/.bdoc container offline: signer, "
            "personal code, role, time; whether the document is intact, the signature "
            "valid and the certificate trusted; also says what was not checked. Exit 0 "
            "when every signature is fine, 1 when one is not (or there is none), 2 when "
            "the file cannot be read.",
        ),
    )
    verify.add_argument("file", metavar="FILE.asice|.bdoc", type=Path)
    verify.add_argument("--json", action="store_true",
                        help=tr("väljund JSON-ina", "print the result as JSON"))
    verify.set_defaults(handler=_verify)


def _convert(args: argparse.Namespace) -> int:
    if args.to is not None or args.out is not None:
        return _convert_batch(args)
    # argparse gives IN (one or more) every path it can; OUT is the last of them.
    paths = [*args.input, *([args.output] if args.output is not None else [])]
    if len(paths) != 2:
        return _usage_error(tr(
            "anna kas SISEND ja VÄLJUND või mitu sisendit koos võtmega --to TÜÜP "
            "(ja --out KAUST)",
            "give either IN and OUT, or several inputs with --to TYPE (and --out FOLDER)"))
    registry.writer_for(paths[1])  # an unknown output type fails before any reading
    check_output(paths[1], paths[:1], args)
    return _convert_one(paths[0], paths[1], args)


def _convert_one(source: Path, target: Path, args: argparse.Namespace) -> int:
    """Read ``source`` and write ``target`` (already checked by :func:`_check_output`)."""
    result = registry.load(source)
    print_warnings(source, result.messages)
    _print_import_notes(source, result)
    warnings = registry.save(result.document, target,
                             registry.WriteOptions(template=_template(args),
                                                   author=_author(args)))
    print_warnings(target, warnings)
    if args.strict and result.document.import_notes:
        return EXIT_PROBLEMS
    return EXIT_OK


# --------------------------------------------------------------------------
# Batch conversion: convert A B C --to TYPE [--out FOLDER]


def _add_batch_options(convert: argparse.ArgumentParser) -> None:
    convert.add_argument(
        "--to", metavar=tr("TÜÜP", "TYPE"),
        help=tr("teisenda kõik sisendid sellesse vormingusse (nt ametijuhend, docx, pdf); "
                "väljundid saavad sisendi nime uue laiendiga",
                "convert every input to this format (e.g. ametijuhend, docx, pdf); each "
                "output is named after its input with the new extension"))
    convert.add_argument(
        "--out", metavar=tr("KAUST", "FOLDER"), type=Path,
        help=tr("kaust, kuhu väljundid kirjutada (vaikimisi iga sisendi oma kaust)",
                "folder to write the outputs to (default: each input's own folder)"))


def _usage_error(message: str) -> int:
    print(f"{PROGRAM}: {tr('viga', 'error')}: {message}", file=sys.stderr)
    return EXIT_ERROR


def _batch_jobs(args: argparse.Namespace) -> tuple[str, list[Path]]:
    inputs = [*args.input, *([args.output] if args.output is not None else [])]
    extension = "." + (args.to or "").strip().lstrip(".").lower()
    return extension, inputs


def _convert_batch(args: argparse.Namespace) -> int:
    """Convert every input, keep going past failures, report them all at the end.

    Exit 0 when all were converted, 1 when some failed, 2 when all failed (or
    the command line was wrong).
    """
    extension, inputs = _batch_jobs(args)
    if args.to is None:
        return _usage_error(tr("--out vajab ka võtit --to TÜÜP", "--out needs --to TYPE too"))
    registry.writer_for(Path(f"x{extension}"))  # an unknown type fails before any reading
    if args.out is not None:
        if args.out.exists() and not args.out.is_dir():
            return _usage_error(tr("{path} ei ole kaust", "{path} is not a folder",
                                   path=args.out))
        args.out.mkdir(parents=True, exist_ok=True)
    progress = sys.stderr.isatty()
    failures: list[str] = []
    written: dict[Path, Path] = {}
    for number, source in enumerate(inputs, 1):
        if progress:
            print(f"[{number}/{len(inputs)}] {source.name}", file=sys.stderr, flush=True)
        target = (args.out if args.out is not None else source.parent) / (
            source.stem + extension)
        problem = _batch_target_problem(source, target, written)
        if problem:
            failures.append(f"{source}: {problem}")
            continue
        written[target.resolve()] = source
        try:
            check_output(target, inputs, args)
            if _convert_one(source, target, args) == EXIT_PROBLEMS:
                failures.append(tr("{path}: väljund kirjutati, kuid jäi impordimärkmeid "
                                   "(--strict)",
                                   "{path}: written, but with import notes (--strict)",
                                   path=source))
        except FormatError as error:
            failures.append(str(error))
        except OSError as error:
            from ametieditor.io.files import describe_os_error

            failures.append(f"{error.filename or source}: {describe_os_error(error)}")
        except Exception as error:  # one broken file must not stop the other 49
            failures.append(tr("{path}: ootamatu viga ({kind}: {error})",
                               "{path}: unexpected error ({kind}: {error})",
                               path=source, kind=type(error).__name__, error=error))
    return _report_batch(len(inputs), failures)


def _batch_target_problem(source: Path, target: Path, written: dict[Path, Path]) -> str | None:
    resolved = target.resolve()
    if resolved == source.resolve():
        return tr("väljund kirjutaks sisendfaili enda üle; kasutage võtit --out",
                  "the output would overwrite the input itself; use --out")
    if resolved in written:
        return tr("sama nimega väljundi {target} kirjutas juba {other}",
                  "the output {target} was already written from {other}",
                  target=target, other=written[resolved])
    return None


def _report_batch(total: int, failures: list[str]) -> int:
    if not failures:
        return EXIT_OK
    message = plural(len(failures),
                     tr("{failed} fail {total}-st jäi teisendamata:",
                        "{failed} of {total} files was not converted:"),
                     tr("{failed} faili {total}-st jäi teisendamata:",
                        "{failed} of {total} files were not converted:"))
    print(message.format(failed=len(failures), total=total), file=sys.stderr)
    for failure in failures:
        print(f"  {failure}", file=sys.stderr)
    return EXIT_ERROR if len(failures) == total else EXIT_PROBLEMS


def _print_import_notes(path: Path, result: registry.LoadResult) -> None:
    """Import notes on stderr: ``FILE: import note (where): text``, one line each."""
    for note in result.document.import_notes:
        text = " / ".join(line.strip() for line in note.text.splitlines() if line.strip())
        where = f" ({note.source})" if note.source else ""
        print(tr("{path}: impordimärge{where}: {text}", "{path}: import note{where}: {text}",
                 path=path, where=where, text=text), file=sys.stderr)


def _author(args: argparse.Namespace) -> str:
    """``--author``, else the name in the settings the GUI uses; never the login name."""
    if args.author is not None:
        from ametieditor.storage.export_settings import clean_author

        return clean_author(args.author)
    from ametieditor.storage.export_settings import export_author

    return export_author() or ""


def _template(args: argparse.Namespace) -> Path | None:
    """``--template``, else the template chosen in the editor (Seaded › DOCX-mall…)."""
    if args.template is not None:
        return Path(args.template)
    from ametieditor.storage.export_settings import export_template

    return export_template()


def _check(args: argparse.Namespace) -> int:
    if not args.file.exists():  # (before the reader: "no extension" would miss the point)
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(args.file))
    if args.file.is_dir():
        from ametieditor.cli_folder import check_folder

        return check_folder(args)
    result = registry.load(args.file)
    print_warnings(args.file, result.messages)
    problems = _document_problems(result.document, args)
    for problem in problems:
        print(problem.format(str(args.file)))
    return EXIT_PROBLEMS if problems else EXIT_OK


def _document_problems(doc: JobDescription, args: argparse.Namespace) -> list[Problem]:
    today = checking_date()
    problems = (check_for_signing(doc, today) if args.signing
                else check_document(doc, today))
    if not args.no_spelling:
        problems += _spelling_problems(doc, vars(args).setdefault("spelling_state", {}))
    return problems


def _spelling_problems(doc: JobDescription, state: dict[str, object]) -> list[Problem]:
    """Misspelt words as problems (none when the speller is not installed)."""
    from ametieditor.spelling.report import spelling_problems

    checker = speller(state)
    return spelling_problems(doc, checker) if checker is not None else []


def _diff(args: argparse.Namespace) -> int:
    from ametieditor.model.compare import compare, summary_lines

    for output in (args.html, args.docx):
        if output is not None:
            check_output(output, (args.old, args.new), args)
    old = registry.load(args.old)
    print_warnings(args.old, old.messages)
    new = registry.load(args.new)
    print_warnings(args.new, new.messages)
    comparison = compare(old.document, new.document)
    for line in summary_lines(comparison):
        print(line)
    if args.html or args.docx:
        from ametieditor.formats import diff_export
        from ametieditor.model.revision import revision_info

        sides = (revision_info(old.document, args.old.name),
                 revision_info(new.document, args.new.name))
        if args.html:
            diff_export.write_html(comparison, args.html, *sides)
        if args.docx:
            diff_export.write_docx(comparison, args.docx, *sides)
    return EXIT_PROBLEMS if comparison.has_differences else EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    import json

    from ametieditor.formats.asice_verify import report_lines, verify_container

    verification = verify_container(args.file)
    if args.json:
        print(json.dumps(verification.to_json(), ensure_ascii=False, indent=2))
    else:
        for line in report_lines(verification):
            print(line)
    return EXIT_OK if verification.ok else EXIT_PROBLEMS


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
        from ametieditor.io.files import describe_os_error

        name = error.filename or ""
        print(f"{name}: {describe_os_error(error)}" if name else describe_os_error(error),
              file=sys.stderr)
    except KeyboardInterrupt:
        print(tr("katkestatud", "interrupted"), file=sys.stderr)
        return EXIT_INTERRUPTED
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
