#!/usr/bin/env bash
# Build the standalone perfdesk for Linux: dist/perfdesk/ (one folder, no Python
# needed on the target) and dist/perfdesk-<version>-linux-x86_64.tar.gz with the
# desktop entry, icons, file types and install.sh / uninstall.sh.
#
#   installer/build.sh            # uses .venv (made with ".[build]" if missing)
#   PYTHON=/path/to/python installer/build.sh
#
# installer/README.md has the Windows and macOS commands; installer/smoke.py checks
# the result.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

if [ -z "${PYTHON:-}" ]; then
    if [ ! -x .venv/bin/python ]; then
        python3 -m venv .venv
    fi
    PYTHON=.venv/bin/python
    # PyInstaller and perfdesk itself (its dependencies are what gets bundled).
    "$PYTHON" -c "import PyInstaller, perfdesk" 2>/dev/null || "$PYTHON" -m pip install -q -e ".[build]"
fi
VERSION=$("$PYTHON" -c "import perfdesk; print(perfdesk.__version__)")
ARCH=$(uname -m)
NAME="perfdesk-$VERSION-linux-$ARCH"

# Translations and icons are committed; rebuilding them here would hide a stale commit.
"$PYTHON" installer/build_translations.py --check

started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build installer/perfdesk.spec

STAGE="build/$NAME"
rm -rf "$STAGE"
mkdir -p "$STAGE/icons"
cp -a dist/perfdesk "$STAGE/perfdesk"
cp installer/linux/perfdesk.desktop installer/linux/perfdesk-mime.xml \
    installer/linux/install.sh installer/linux/uninstall.sh "$STAGE/"
cp resources/icons/perfdesk.svg resources/icons/perfdesk-*.png "$STAGE/icons/"
chmod +x "$STAGE/install.sh" "$STAGE/uninstall.sh"
tar -C build -czf "dist/$NAME.tar.gz" "$NAME"

echo "built in $(( $(date +%s) - started )) s:"
du -sh dist/perfdesk "dist/$NAME.tar.gz"
