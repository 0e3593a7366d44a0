#!/bin/sh
# Install perfdesk for the current user (no root): the program folder, a `perfdesk`
# command, the menu entry, the icons and the file types, so a double-click on a
# .perfdesk document or a .pdpkg package opens perfdesk.
#
#   ./install.sh                  # into ~/.local
#   PREFIX=/some/where ./install.sh
#
# Run it again to update; ./uninstall.sh removes what this put in place (never your
# documents or settings).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-"$HOME/.local"}
APP="$PREFIX/lib/perfdesk"
SHARE="$PREFIX/share"

if [ ! -x "$HERE/perfdesk/perfdesk" ]; then
    echo "install.sh: $HERE/perfdesk/perfdesk not found; run me from the unpacked folder" >&2
    exit 1
fi

echo "Installing perfdesk into $APP"
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$SHARE/applications" "$SHARE/mime/packages"
# Copy beside, then swap, so a failed copy leaves the installed version working.
rm -rf "$APP.new"
cp -R "$HERE/perfdesk" "$APP.new"
rm -rf "$APP"
mv "$APP.new" "$APP"
ln -sfn "$APP/perfdesk" "$PREFIX/bin/perfdesk"

# The menu entry names the program by its full path: ~/.local/bin is not on every
# desktop session's PATH.
sed -e "s|^Exec=perfdesk |Exec=\"$APP/perfdesk\" |" -e "s|^TryExec=perfdesk\$|TryExec=$APP/perfdesk|" \
    "$HERE/perfdesk.desktop" > "$SHARE/applications/perfdesk.desktop"
chmod 644 "$SHARE/applications/perfdesk.desktop"
cp "$HERE/perfdesk-mime.xml" "$SHARE/mime/packages/perfdesk.xml"

for png in "$HERE"/icons/perfdesk-*.png; do
    size=$(basename "$png" .png | sed 's/^perfdesk-//')
    mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$SHARE/icons/hicolor/${size}x${size}/apps/perfdesk.png"
done
mkdir -p "$SHARE/icons/hicolor/scalable/apps"
cp "$HERE/icons/perfdesk.svg" "$SHARE/icons/hicolor/scalable/apps/perfdesk.svg"

# Tell the desktop; each tool is optional (a minimal system may lack it).
refresh() {
    if command -v "$1" >/dev/null 2>&1; then
        name=$1
        shift
        "$name" "$@" >/dev/null 2>&1 || echo "  ($name failed; the desktop may pick the changes up at next login)"
    else
        echo "  ($1 not found: skipped; the desktop may pick the changes up at next login)"
    fi
}
refresh update-mime-database "$SHARE/mime"
refresh update-desktop-database "$SHARE/applications"
refresh gtk-update-icon-cache -f -t "$SHARE/icons/hicolor"
refresh xdg-mime default perfdesk.desktop application/x-perfdesk application/x-perfdesk-package

echo "Done. Start perfdesk from the menu, or run: $PREFIX/bin/perfdesk"
case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *) echo "(Add $PREFIX/bin to PATH to type 'perfdesk' in a terminal.)" ;;
esac
