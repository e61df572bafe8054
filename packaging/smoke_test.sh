#!/usr/bin/env bash
# Builds the one-folder application with PyInstaller and runs what it built:
#   ametieditor-cli --version, convert a sample to .ametijuhend (and to .docx when a
#   DOCX writer is registered), check a sample's spelling with the bundled speller (or,
#   when estnltk is not installed, see the CLI say that spelling was not checked), and
#   the editor offscreen until its window shows.
# Usage: bash packaging/smoke_test.sh [WORK_DIR]   (needs: pip install -e ".[packaging]")
# Prints "SMOKE OK build_seconds=N size_mb=M" at the end; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
WORK="${1:-$(mktemp -d /tmp/ametieditor-smoke.XXXXXX)}"
SAMPLE=tests/data/001_peaspetsialist_lastemaja.ametijuhend
# Keeps the source document's typos, among them the competency "Korrektus".
TYPOS=tests/data/003_koordinaator_kaitstud_too.ametijuhend

started=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$WORK/dist" --workpath "$WORK/build" packaging/ametieditor.spec
build_seconds=$(( $(date +%s) - started ))
APP="$WORK/dist/Ametieditor"
size_mb=$(du -sm "$APP" | cut -f1)

fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }

test -x "$APP/ametieditor" || fail "no ametieditor executable"
test -x "$APP/ametieditor-cli" || fail "no ametieditor-cli executable"
test -f "$APP/_internal/resources/schema/ametijuhend-1.xsd" || fail "resources not bundled"
test -f "$APP/_internal/resources/help/KASUTUSJUHEND.md" || fail "user guide not bundled"
test -f "$APP/_internal/resources/help/kasutusjuhend/aken.png" || fail "guide pictures not bundled"

"$APP/ametieditor-cli" --version | grep -q "^ametieditor-cli " || fail "--version"
"$APP/ametieditor-cli" convert "$SAMPLE" "$WORK/out.ametijuhend" || fail "convert"
cmp -s "$SAMPLE" "$WORK/out.ametijuhend" || fail "converted file differs from the sample"
"$APP/ametieditor-cli" check "$SAMPLE" >/dev/null || [ $? -eq 1 ] || fail "check"

SPELLER="$APP/_internal/vabamorf"
set +e
"$APP/ametieditor-cli" --lang et check "$TYPOS" >"$WORK/check.out" 2>"$WORK/check.err"
rc=$?
set -e
[ $rc -le 1 ] || { cat "$WORK/check.out" "$WORK/check.err" >&2; fail "check $TYPOS: exit $rc"; }
if [ -f "$SPELLER/morf.py" ]; then
  [ $rc -eq 1 ] || fail "check $TYPOS found no problems with the speller bundled"
  grep -qF 'Korrektus: "Korrektus" → Korrektsus' "$WORK/check.out" \
    || { cat "$WORK/check.out" "$WORK/check.err" >&2; fail "built CLI did not flag Korrektus"; }
  ! grep -q "õigekirja ei kontrollitud" "$WORK/check.err" || fail "speller bundled but not used"
  "$APP/ametieditor-cli" --lang et check --no-spelling "$TYPOS" >"$WORK/nospell.out" \
    || [ $? -eq 1 ] || fail "check --no-spelling"
  ! grep -q '"Korrektus"' "$WORK/nospell.out" || fail "--no-spelling still checked spelling"
  for unwanted in "$SPELLER"/dct/*_nosp "$SPELLER/tests" "$APP/_internal/estnltk" \
      "$APP/_internal/pandas" "$APP/_internal/nltk"; do
    [ ! -e "$unwanted" ] || fail "bundled but not needed: $unwanted"
  done
  echo "smoke: speller bundled ($(du -sm "$SPELLER" | cut -f1) MB); built CLI flagged Korrektus"
else
  if "$PY" -c "import sys; from ametieditor.spelling.backend import is_installed; \
sys.exit(not is_installed())"; then fail "estnltk is installed but the speller was not bundled"; fi
  grep -q "õigekirja ei kontrollitud" "$WORK/check.err" || fail "no 'spelling not checked' note"
  echo "smoke: no speller bundled (estnltk not installed); built CLI says spelling was not checked"
fi

if "$PY" -c "from ametieditor.formats import registry; import sys; \
sys.exit(0 if '.docx' in registry.writable_extensions() else 1)"; then
  "$APP/ametieditor-cli" convert "$SAMPLE" "$WORK/out.docx" || fail "export to DOCX"
  "$PY" -c "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); \
assert z.testzip() is None and 'word/document.xml' in z.namelist()" "$WORK/out.docx" \
    || fail "exported DOCX is not a DOCX"
  echo "smoke: DOCX export checked"
else
  echo "smoke: no DOCX writer registered yet; DOCX export not checked"
fi

shown=$(QT_QPA_PLATFORM=offscreen AMETIEDITOR_SMOKE=1 timeout 60 "$APP/ametieditor" "$SAMPLE" \
  2>"$WORK/gui.log" | grep "^AMETIEDITOR_SHOWN") || { cat "$WORK/gui.log" >&2; fail "GUI"; }
! grep -q "Traceback" "$WORK/gui.log" || { cat "$WORK/gui.log" >&2; fail "GUI printed a traceback"; }
echo "smoke: editor window shown ($shown)"
echo "SMOKE OK build_seconds=$build_seconds size_mb=$size_mb"
