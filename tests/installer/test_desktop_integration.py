"""The files that make a double-click open perfdesk: .desktop, MIME types, icons,
Inno Setup associations, macOS document types, and the per-user install scripts."""

from __future__ import annotations

import configparser
import os
import plistlib
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from perfdesk.store.exchange.package import SUFFIX as PACKAGE_SUFFIX
from perfdesk.store.schema import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installer" / "linux"
ICONS = ROOT / "resources" / "icons"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
TYPES = {"application/x-perfdesk": ".perfdesk", "application/x-perfdesk-package": PACKAGE_SUFFIX}


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / "perfdesk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_a_file_of_either_type() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert re.fullmatch(r"perfdesk %f", entry["Exec"])
    assert entry["Icon"] == "perfdesk"
    assert set(filter(None, entry["MimeType"].split(";"))) == set(TYPES)
    assert entry["Name"] and entry["Comment[zh_CN]"]


def test_desktop_entry_is_valid_for_desktop_file_validate() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:  # Debian's desktop-file-utils; the parse above still ran
        return
    done = subprocess.run([tool, str(LINUX / "perfdesk.desktop")], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_mime_types_match_the_file_formats() -> None:
    root = ET.parse(LINUX / "perfdesk-mime.xml").getroot()
    found = {}
    for mime in root.findall(f"{MIME_NS}mime-type"):
        globs = [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")]
        found[mime.get("type")] = globs
    assert found == {t: [f"*{suffix}"] for t, suffix in TYPES.items()}
    magic = root.find(f".//{MIME_NS}mime-type[@type='application/x-perfdesk']/{MIME_NS}magic")
    assert magic is not None
    inner = magic.find(f"{MIME_NS}match/{MIME_NS}match")
    assert inner is not None and int(inner.get("value", ""), 16) == APPLICATION_ID
    assert inner.get("offset") == "68"


def test_icon_sizes_are_rendered() -> None:
    assert (ICONS / "perfdesk.svg").is_file()
    ET.parse(ICONS / "perfdesk.svg")
    for size in (16, 32, 48, 64, 128, 256):
        data = (ICONS / f"perfdesk-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size)
    ico = (ICONS / "perfdesk.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6])[:2] == (0, 1)  # an icon resource
    assert struct.unpack("<H", ico[4:6])[0] == 6  # every size


def test_windows_installer_is_per_user_and_associates_both_types() -> None:
    iss = (ROOT / "installer" / "windows" / "perfdesk.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "ChangesAssociations=yes" in iss
    assert "DefaultDirName={autopf}\\perfdesk" in iss
    assert "AppVersion={#AppVersion}" in iss and "#ifndef AppVersion" in iss
    for suffix in TYPES.values():
        assert f'Root: HKCU; Subkey: "Software\\Classes\\{suffix}"' in iss
    assert "HKLM" not in iss
    assert "[UninstallDelete]\n" not in iss  # nothing beyond the installed files
    assert '"{app}\\perfdesk.exe"" ""%1"""' in iss


def test_macos_bundle_declares_both_document_types() -> None:
    info = plistlib.loads((ROOT / "installer" / "macos" / "Info.plist").read_bytes())
    exported = {
        t["UTTypeIdentifier"]: t["UTTypeTagSpecification"]["public.filename-extension"]
        for t in info["UTExportedTypeDeclarations"]
    }
    extensions = [e for values in exported.values() for e in values]
    assert sorted(extensions) == sorted(s[1:] for s in TYPES.values())
    handled = {u for d in info["CFBundleDocumentTypes"] for u in d["LSItemContentTypes"]}
    assert handled == set(exported)


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    """The tarball's layout with a stand-in program (the real one takes minutes)."""
    folder = tmp_path / "perfdesk-0.1.0-linux-x86_64"
    program = folder / "perfdesk" / "perfdesk"
    (folder / "perfdesk" / "_internal").mkdir(parents=True)
    program.write_text("#!/bin/sh\necho perfdesk 0.1.0\n")
    program.chmod(0o755)
    for name in ("perfdesk.desktop", "perfdesk-mime.xml", "install.sh", "uninstall.sh"):
        shutil.copy(LINUX / name, folder / name)
    (folder / "icons").mkdir()
    for icon in ICONS.glob("perfdesk*"):
        shutil.copy(icon, folder / "icons" / icon.name)
    return folder


def test_install_then_uninstall_leaves_documents(unpacked: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "home" / ".local"
    document = tmp_path / "home" / "sales.perfdesk"
    document.parent.mkdir()
    document.write_text("the user's document")
    env = {
        **os.environ,
        "PREFIX": str(prefix),
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),
        "XDG_DATA_HOME": "/nonexistent",
    }
    subprocess.run(["sh", str(unpacked / "install.sh")], env=env, check=True, capture_output=True)
    assert (
        subprocess.run(
            [str(prefix / "bin" / "perfdesk")], capture_output=True, text=True, check=True
        ).stdout.strip()
        == "perfdesk 0.1.0"
    )
    desktop = (prefix / "share" / "applications" / "perfdesk.desktop").read_text()
    assert f'Exec="{prefix}/lib/perfdesk/perfdesk" %f' in desktop
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / "perfdesk.png").is_file()
    assert (prefix / "share" / "mime" / "packages" / "perfdesk.xml").is_file()
    # Installing again (an update) replaces the program folder cleanly.
    subprocess.run(["sh", str(unpacked / "install.sh")], env=env, check=True, capture_output=True)
    # Something of the user's beside ours stays.
    (prefix / "bin" / "other-tool").write_text("mine")
    subprocess.run(["sh", str(unpacked / "uninstall.sh")], env=env, check=True, capture_output=True)
    assert document.read_text() == "the user's document"
    assert (prefix / "bin" / "other-tool").read_text() == "mine"
    left = [p.relative_to(prefix) for p in prefix.rglob("*") if p.is_file()]
    assert [p for p in left if "perfdesk" in str(p) and "mime" not in p.parts] == []
    assert not (prefix / "lib" / "perfdesk").exists()


def test_uninstall_keeps_a_perfdesk_command_that_is_not_ours(
    unpacked: Path, tmp_path: Path
) -> None:
    prefix = tmp_path / "prefix"
    (prefix / "bin").mkdir(parents=True)
    (prefix / "bin" / "perfdesk").write_text("#!/bin/sh\n# someone's own script\n")
    env = {**os.environ, "PREFIX": str(prefix)}
    subprocess.run(["sh", str(unpacked / "uninstall.sh")], env=env, check=True, capture_output=True)
    assert (prefix / "bin" / "perfdesk").read_text().startswith("#!/bin/sh\n# someone")
