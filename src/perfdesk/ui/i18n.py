"""Interface language: which translation is installed, chosen once at start.

The .ts sources and compiled .qm files live in resources/translations
(installer/build_translations.py rebuilds them). Chinese is the first language;
a language switch takes effect at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from perfdesk.paths import translations_dir

LANGUAGES = {"zh": "zh_CN", "en": "en"}
# Developers' check for clipped layouts (`perfdesk --lang pseudo`): every text
# grows by 40 % plus brackets, the way long translations do.
PSEUDO = "pseudo"
_PSEUDO_SCALE = 1.4


def system_language() -> str:
    return "zh" if QLocale.system().name().lower().startswith("zh") else "en"


def resolve_language(choice: str | None) -> str:
    return choice if choice in LANGUAGES or choice == PSEUDO else system_language()


class PseudoTranslator(QTranslator):
    """Stretches every text so a layout that only fits English shows where it clips."""

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source or source.startswith("<"):  # rich text: stretching would break markup
            return source
        padding = "~" * max(1, int(len(source) * (_PSEUDO_SCALE - 1)))
        return f"[{source}{padding}]"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install perfdesk's (and Qt's own, for standard buttons) translations."""
    if language == PSEUDO:
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        return [pseudo]
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
