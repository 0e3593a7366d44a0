"""Interface language: which translation is installed, chosen once at start.

The .ts sources and compiled .qm files live in resources/translations
(installer/build_translations.py rebuilds them). Chinese is the first language;
a language switch takes effect at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from perfdesk.paths import translations_dir

LANGUAGES = {"zh": "zh_CN", "en": "en"}


def system_language() -> str:
    return "zh" if QLocale.system().name().lower().startswith("zh") else "en"


def resolve_language(choice: str | None) -> str:
    return choice if choice in LANGUAGES else system_language()


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install perfdesk's (and Qt's own, for standard buttons) translations."""
    locale = LANGUAGES[language]
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(f"perfdesk_{locale}", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    if language == "zh":
        qt = QTranslator(app)
        if qt.load(
            f"qtbase_{locale}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt)
            installed.append(qt)
    # Numbers and dates in widgets follow the interface language, not the OS.
    QLocale.setDefault(QLocale("zh_CN" if language == "zh" else "en_US"))
    return installed
