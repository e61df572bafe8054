"""Before a DOCX or PDF export: "Kontrolli allkirjastamiseks", and ask when it finds problems.

The same check as ``ametieditor-cli check --signing``
(:func:`ametieditor.model.checks.check_for_signing`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ametieditor.clock import checking_date
from ametieditor.model.checks import Problem, check_for_signing
from ametieditor.model.document import JobDescription

#: At most this many problems are listed in the question; the rest are counted.
LISTED = 12


translate = QCoreApplication.translate


def problem_list(problems: list[Problem]) -> str:
    lines = [f"• {problem.part}: {problem.message}" for problem in problems[:LISTED]]
    if len(problems) > LISTED:
        lines.append(translate("SigningCheck", "… ja veel {n}").format(n=len(problems) - LISTED))
    return "\n".join(lines)


def confirm_export(parent: QWidget, doc: JobDescription) -> bool:
    """True when ``doc`` is ready for signing or the user wants to export it anyway."""
    problems = check_for_signing(doc, checking_date())
    if not problems:
        return True
    answer = QMessageBox.question(
        parent,
        translate("SigningCheck", "Kontrolli allkirjastamiseks"),
        translate(
            "SigningCheck",
            "Enne allkirjastamist tuleks parandada:\n\n{problems}\n\nEksportida ikkagi?",
        ).format(problems=problem_list(problems)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
