#!/usr/bin/env python3
"""Modules over 600 lines and functions over 60 lines in ametieditor/ (generated code aside).

Issue 14's bar for modules a reader can hold in mind; branch complexity is
checked by ruff (C901, PLR0912 at 15, pyproject.toml). Prints offenders and
exits 1 when there are any; tests/test_architecture.py runs it.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 60


def offenders() -> list[str]:
    found = []
    for path in sorted((REPO / "ametieditor").rglob("*.py")):
        if "generated" in path.parts:
            continue
        source = path.read_text("utf-8")
        name = path.relative_to(REPO)
        lines = source.count("\n")
        if lines > MAX_MODULE_LINES:
            found.append(f"{name}: {lines} lines (module)")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    found.append(f"{name}:{node.lineno}: {node.name} is {length} lines")
    return found


if __name__ == "__main__":
    problems = offenders()
    print("\n".join(problems) or "all modules and functions within the limits")
    sys.exit(1 if problems else 0)
