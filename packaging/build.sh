#!/usr/bin/env bash
# Build Keukentafel for IT: the PyInstaller one-folder app and (on Debian/Ubuntu) the .deb.
#
#   packaging/build.sh [--no-deb] [--clean] [--venv PATH]
#
# Creates (or reuses) a build venv from the pinned packaging/requirements-build.txt, freezes the app with
# packaging/keukentafel.spec into dist/caseworker/, checks the folder, and packs dist/keukentafel_*.deb.
# Reproducible inputs: exact pins (installed with --no-deps, then `pip check`), PYTHONHASHSEED=0 and
# SOURCE_DATE_EPOCH = the last commit's time. Exit codes: 0 built, 1 failed, 3 a build tool is missing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
REQUIREMENTS=packaging/requirements-build.txt
VENV=${KEUKENTAFEL_BUILD_VENV:-$ROOT/build/venv}
PYTHON=${PYTHON:-python3}
deb=1 clean=()
while [ $# -gt 0 ]; do
  case $1 in
    --no-deb) deb=0 ;;
    --clean) clean=(--clean) ;;
    --venv) VENV=$2; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $1" >&2; exit 1 ;;
  esac
  shift
done

missing() { echo "build.sh: $1" >&2; exit 3; }
step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }

export PYTHONHASHSEED=0
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || stat -c %Y pyproject.toml)}
export PIP_DISABLE_PIP_VERSION_CHECK=1

for tool in ldd objdump objcopy; do
  command -v "$tool" >/dev/null || missing "$tool not found: PyInstaller needs it (apt-get install binutils)"
done

step "build venv $VENV"
wanted=$(sed -n 's/.*(CPython \([0-9.]*\)).*/\1/p' "$REQUIREMENTS")
if [ ! -x "$VENV/bin/python" ] || ! cmp -s "$REQUIREMENTS" "$VENV/requirements-build.txt"; then
  command -v "$PYTHON" >/dev/null || missing "no $PYTHON (set PYTHON=/path/to/python$wanted)"
  have=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  [ "$have" = "$wanted" ] || missing "$PYTHON is Python $have; the pins are for $wanted (set PYTHON=…)"
  "$PYTHON" -c 'import sysconfig, sys; sys.exit(not sysconfig.get_config_var("Py_ENABLE_SHARED"))' ||
    missing "$PYTHON has no shared libpython, which PyInstaller needs (pyenv: PYTHON_CONFIGURE_OPTS=--enable-shared)"
  "$PYTHON" -m venv --clear "$VENV" || missing "cannot create a venv (apt-get install python3-venv)"
  "$VENV/bin/pip" install -q --no-deps --only-binary=:all: -r "$REQUIREMENTS" 2>&1 |
    { grep -v "^WARNING: Location 'file:" || true; }
  "$VENV/bin/pip" check
  cp "$REQUIREMENTS" "$VENV/requirements-build.txt"
else
  echo "up to date"
fi

step "pyinstaller packaging/keukentafel.spec"
started=$SECONDS
"$VENV/bin/pyinstaller" --noconfirm "${clean[@]}" --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/keukentafel.spec 2>&1 |
  grep -v -e "Library not found: could not resolve 'libxcb-" -e 'Hidden import "pysqlite2"' \
    -e 'Hidden import "MySQLdb"' -e 'required via ctypes not found' || true
[ -x dist/caseworker/caseworker ] || { echo "build.sh: PyInstaller produced no dist/caseworker" >&2; exit 1; }
echo "frozen in $((SECONDS - started)) s; $(du -sh dist/caseworker | cut -f1) in dist/caseworker"

step "check the folder"
# Every bundled library's Qt/PySide dependencies must be bundled too (the spec drops unused parts).
broken=$(find dist/caseworker -xtype l)
[ -z "$broken" ] || { echo "build.sh: dangling symlinks: $broken" >&2; exit 1; }
missing_libs=$(find dist/caseworker/_internal -name '*.so*' -type f -print0 |
  xargs -0 -n 20 env LD_LIBRARY_PATH=dist/caseworker/_internal ldd 2>/dev/null |
  awk '/not found/ {print $1}' | sort -u)
if echo "$missing_libs" | grep -q -e Qt6 -e pyside -e shiboken -e python; then
  echo "build.sh: bundled libraries need parts the spec dropped: $missing_libs" >&2
  exit 1
fi
[ -z "$missing_libs" ] || echo "system libraries not on this machine (the .deb Depends on them): $missing_libs"
version=$(dist/caseworker/caseworker --version)
echo "$version"

if [ "$deb" = 1 ]; then
  step "Debian package"
  if command -v dpkg-deb >/dev/null; then
    debfile=$(packaging/linux/make-deb.sh dist/caseworker dist)
    echo "$debfile ($(du -h "$debfile" | cut -f1))"
  else
    echo "skipped: no dpkg-deb on this machine (the folder dist/caseworker is built)"
  fi
fi
step "done"
