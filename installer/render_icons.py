"""Render resources/icons/perfdesk.svg to the PNG sizes the desktop and installers use.

    python installer/render_icons.py          # writes resources/icons/perfdesk-<N>.png
                                              # and perfdesk.ico (Windows, via Pillow)
    python installer/render_icons.py --check  # exit 1 if a PNG is missing or stale

Qt's own SVG renderer (QtSvg, in PySide6-Essentials) draws each size from the vector
source, so small sizes are rasterised for their grid, not scaled down from a big
bitmap. The PNGs are committed; rerun this after changing the SVG.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "perfdesk.svg"
SIZES = (16, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"perfdesk-{size}.png"


def render(size: int) -> bytes:
    """The icon at `size` x `size` pixels as PNG bytes (transparent corners)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_ico(path: Path) -> None:
    """A Windows .ico holding every rendered size (the installer's and the .exe's icon).

    Pillow (installed with matplotlib) writes the multi-size file; each size is the
    PNG rendered for it, not a scaled copy of the largest.
    """
    from PIL import Image

    images = [Image.open(png_path(size)) for size in SIZES]
    images[-1].save(path, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    stale = []
    for size in SIZES:
        data, path = render(size), png_path(size)
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(path.name)
            continue
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ICONS.parent.parent)} ({len(data)} bytes)")
    ico = ICONS / "perfdesk.ico"
    if not args.check:
        write_ico(ico)
        print(f"wrote {ico.relative_to(ICONS.parent.parent)}")
    elif not ico.exists():
        stale.append(ico.name)
    if stale:
        print(f"render_icons: stale or missing: {', '.join(stale)}; run without --check")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
