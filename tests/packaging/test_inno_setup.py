"""The Windows installer script, checked by reading it (Inno Setup cannot run here).

Per-user install without administrator rights, a Start menu entry, the
.ametijuhend association in HKCU, paths that exist in the PyInstaller build
layout, and an uninstaller that leaves the user's data alone.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import REPO

ISS = REPO / "packaging" / "windows" / "ametieditor.iss"
SPEC = REPO / "packaging" / "ametieditor.spec"


def parse_iss(path: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The ``#define`` values and the lines of each section (comments dropped)."""
    defines: dict[str, str] = {}
    sections: dict[str, list[str]] = {}
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if match := re.fullmatch(r'#define\s+(\w+)\s+"(.*)"', line):
            defines[match[1]] = match[2]
        elif match := re.fullmatch(r"\[(\w+)\]", line):
            current = match[1]
            assert current not in sections, f"section [{current}] twice"
            sections[current] = []
        else:
            assert current is not None, f"line outside a section: {line}"
            sections[current].append(line)
    return defines, sections


def expand(text: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines[m[1]], text)


def setup_keys(sections: dict[str, list[str]]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections["Setup"])


def entries(lines: list[str]) -> list[dict[str, str]]:
    """``Name: "x"; Flags: y`` lines as dictionaries."""
    parsed = []
    for line in lines:
        fields = {}
        for part in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]+)', line):
            key, value = part
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1].replace('""', '"')
            fields[key] = value
        parsed.append(fields)
    return parsed


def spec_names(function: str) -> list[str]:
    """The ``name=`` of every call of ``function`` (EXE, COLLECT) in the PyInstaller spec."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    return [keyword.value.value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == function
            for keyword in node.keywords if keyword.arg == "name"]


def test_required_sections_present() -> None:
    _, sections = parse_iss(ISS)
    assert {"Setup", "Languages", "Files", "Icons", "Registry", "Run"} <= set(sections)


def test_per_user_install_without_admin() -> None:
    defines, sections = parse_iss(ISS)
    setup = setup_keys(sections)
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["DefaultDirName"].startswith(("{userpf}", "{localappdata}"))
    assert setup["ChangesAssociations"] == "yes"
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])
    assert expand(setup["AppVersion"], defines) == _project_version()


def _project_version() -> str:
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    return re.search(r'^version = "(.+)"', text, re.MULTILINE)[1]


def test_paths_exist_in_the_build_layout() -> None:
    defines, sections = parse_iss(ISS)
    (folder,) = spec_names("COLLECT")
    executables = set(spec_names("EXE"))
    assert defines["BuildDir"] == rf"..\..\dist\{folder}"
    assert defines["AppExe"].removesuffix(".exe") in executables
    icon = ISS.parent / setup_keys(sections)["SetupIconFile"].replace("\\", "/")
    assert icon.resolve() == (REPO / "resources" / "icons" / "ametieditor.ico")
    assert icon.is_file()
    (files,) = entries(sections["Files"])
    assert expand(files["Source"], defines) == rf"..\..\dist\{folder}\*"
    assert "recursesubdirs" in files["Flags"]


def test_start_menu_entry_and_association_in_hkcu() -> None:
    defines, sections = parse_iss(ISS)
    icons = [expand(e["Name"], defines) for e in entries(sections["Icons"])]
    assert r"{autoprograms}\Ametieditor" in icons
    registry = [{k: expand(v, defines) for k, v in e.items()} for e in
                entries(sections["Registry"])]
    assert all(e["Root"] == "HKCU" for e in registry), "per-user installs write only HKCU"
    by_key = {(e["Subkey"], e["ValueName"]): e for e in registry}
    prog_id = defines["ProgId"]
    assert by_key[(r"Software\Classes\.ametijuhend", "")]["ValueData"] == prog_id
    icon = by_key[(rf"Software\Classes\{prog_id}\DefaultIcon", "")]
    assert icon["ValueData"] == r"{app}\ametieditor.exe,0"
    command = by_key[(rf"Software\Classes\{prog_id}\shell\open\command", "")]
    assert command["ValueData"] == r'"{app}\ametieditor.exe" "%1"'


def test_uninstall_keeps_the_users_documents_and_library() -> None:
    _, sections = parse_iss(ISS)
    text = "\n".join(sections.get("UninstallDelete", []) + sections.get("InstallDelete", []))
    for protected in ("{userappdata}", "{localappdata}", "{userdocs}", "{commonappdata}",
                      "{%APPDATA", "Ametieditor\\backups"):
        assert protected not in text
    for entry in entries(sections["Registry"]):
        if "uninsdeletekey" in entry.get("Flags", ""):
            assert entry["Subkey"] != r"Software\Classes\.ametijuhend", (
                "deleting the whole extension key would drop other programs' entries")
