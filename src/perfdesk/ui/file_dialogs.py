"""The file dialogs the main window asks, in one replaceable object.

Tests swap it for a fake that returns paths, so no test ever opens a dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from perfdesk.store.document import SUFFIX
from perfdesk.ui.settings import LAST_FOLDER, Settings

PACKAGE_SUFFIX = ".pdpkg"  # store.exchange.package.SUFFIX, not imported at start-up


class FileDialogs:
    """The file dialogs the window asks; tests replace this object, never open a dialog."""

    def __init__(self, parent: QWidget, settings: Settings) -> None:
        self._parent = parent
        self._settings = settings

    def _filter(self) -> str:
        return QCoreApplication.translate("MainWindow", "perfdesk documents (*%1)").replace(
            "%1", SUFFIX
        )

    def _folder(self) -> str:
        from PySide6.QtCore import QStandardPaths  # here, not at start-up (enum types)

        return self._settings.get(LAST_FOLDER) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )

    def open_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self._parent,
            QCoreApplication.translate("MainWindow", "Open Document"),
            self._folder(),
            self._filter(),
        )
        return self._remember(name)

    def save_path(self, title: str, suggested: str = "") -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        start = str(Path(self._folder()) / suggested) if suggested else self._folder()
        name, _ = QFileDialog.getSaveFileName(self._parent, title, start, self._filter())
        if name and not name.endswith(SUFFIX):
            name += SUFFIX
        return self._remember(name)

    def _package_filter(self) -> str:
        return QCoreApplication.translate("MainWindow", "perfdesk packages (*%1)").replace(
            "%1", PACKAGE_SUFFIX
        )

    def package_save_path(self, title: str, suggested: str) -> Path | None:
        """Where to write a package (.pdpkg), starting from a suggested name."""
        from PySide6.QtWidgets import QFileDialog

        start = str(Path(self._folder()) / suggested)
        name, _ = QFileDialog.getSaveFileName(self._parent, title, start, self._package_filter())
        if name and not name.endswith(PACKAGE_SUFFIX):
            name += PACKAGE_SUFFIX
        return self._remember(name)

    def pdf_save_path(self, title: str, suggested: str) -> Path | None:
        """Where to write an exported report (.pdf), starting from a suggested name."""
        from PySide6.QtWidgets import QFileDialog

        start = str(Path(self._folder()) / suggested)
        pdfs = QCoreApplication.translate("MainWindow", "PDF documents (*.pdf)")
        name, _ = QFileDialog.getSaveFileName(self._parent, title, start, pdfs)
        if name and not name.lower().endswith(".pdf"):
            name += ".pdf"
        return self._remember(name)

    def pdf_export(self, title: str, suggested: str, lang: str) -> tuple[Path, str] | None:
        """Where to write an exported report and in which language ('zh' or 'en'): the
        save dialog with a Report language choice below it, the UI's language first.
        Qt's own dialog (a native one cannot take the extra row)."""
        from PySide6.QtWidgets import QComboBox, QFileDialog, QGridLayout, QLabel

        dialog = QFileDialog(self._parent, title, str(Path(self._folder()) / suggested))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(QCoreApplication.translate("MainWindow", "PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        language = QComboBox(dialog)
        language.setObjectName("reportLanguage")
        language.addItem("中文", "zh")
        language.addItem("English", "en")
        language.setCurrentIndex(1 if lang == "en" else 0)
        label = QLabel(QCoreApplication.translate("MainWindow", "Report &language:"), dialog)
        label.setBuddy(language)
        grid = dialog.layout()
        if isinstance(grid, QGridLayout):
            row = grid.rowCount()
            grid.addWidget(label, row, 0)
            grid.addWidget(language, row, 1)
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        name = dialog.selectedFiles()[0]
        if not name.lower().endswith(".pdf"):
            name += ".pdf"
        path = self._remember(name)
        return None if path is None else (path, str(language.currentData()))

    def package_open_paths(self) -> list[Path]:
        """One or more packages to import."""
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(
            self._parent,
            QCoreApplication.translate("MainWindow", "Import Package"),
            self._folder(),
            self._package_filter(),
        )
        return [path for path in (self._remember(name) for name in names) if path is not None]

    def _remember(self, name: str) -> Path | None:
        if not name:
            return None
        self._settings.set(LAST_FOLDER, str(Path(name).parent))
        return Path(name)
