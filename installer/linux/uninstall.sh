#!/bin/sh
# Remove what install.sh installed for this user. Your documents (.perfdesk, .pdpkg,
# reports), wherever they are, and perfdesk's settings and data folder are left alone.
#
#   ./uninstall.sh                  # from ~/.local
#   PREFIX=/some/where ./uninstall.sh
set -eu
PREFIX=${PREFIX:-"$HOME/.local"}
APP="$PREFIX/lib/perfdesk"
SHARE="$PREFIX/share"

echo "Removing perfdesk from $PREFIX"
# Only a link that points into our program folder: never a file someone else put there.
if [ -L "$PREFIX/bin/perfdesk" ]; then
    case "$(readlink "$PREFIX/bin/perfdesk")" in
        "$APP"/*) rm -f "$PREFIX/bin/perfdesk" ;;
    esac
fi
# The program folder holds nothing of the user's: install.sh copied it whole.
if [ -x "$APP/perfdesk" ] && [ -d "$APP/_internal" ]; then
    rm -rf "$APP"
fi
rm -f "$SHARE/applications/perfdesk.desktop" "$SHARE/mime/packages/perfdesk.xml"
for icon in "$SHARE"/icons/hicolor/*/apps/perfdesk.png "$SHARE/icons/hicolor/scalable/apps/perfdesk.svg"; do
    [ -e "$icon" ] && rm -f "$icon"
done

refresh() {
    if command -v "$1" >/dev/null 2>&1; then
        name=$1
        shift
        "$name" "$@" >/dev/null 2>&1 || true
    fi
}
refresh update-mime-database "$SHARE/mime"
refresh update-desktop-database "$SHARE/applications"
refresh gtk-update-icon-cache -f -t "$SHARE/icons/hicolor"
echo "Done. Your documents and settings were not touched."
