#!/usr/bin/env bash
# Builds the one-folder application with PyInstaller and runs what it built:
#   ametieditor-cli --version, convert a sample to .ametijuhend (and to .docx when a
#   DOCX writer is registered), and the editor offscreen until its window shows.
# Usage: bash packaging/smoke_test.sh [WORK_DIR]   (needs: pip install -e ".[packaging]")
# Prints "SMOKE OK build_seconds=N size_mb=M" at the end; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
WORK="${1:-$(mktemp -d /tmp/ametieditor-smoke.XXXXXX)}"
SAMPLE=tests/data/001_peaspetsialist_lastemaja.ametijuhend

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

"$APP/ametieditor-cli" --version | grep -q "^ametieditor-cli " || fail "--version"
"$APP/ametieditor-cli" convert "$SAMPLE" "$WORK/out.ametijuhend" || fail "convert"
cmp -s "$SAMPLE" "$WORK/out.ametijuhend" || fail "converted file differs from the sample"
"$APP/ametieditor-cli" check "$SAMPLE" >/dev/null || [ $? -eq 1 ] || fail "check"

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
echo "smoke: editor window shown ($shown)"
echo "SMOKE OK build_seconds=$build_seconds size_mb=$size_mb"
