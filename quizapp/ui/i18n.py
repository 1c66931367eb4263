"""The interface's language: English (the source texts) or French, through Qt's translators.

The language comes from the system locale (``LANG=fr_FR.UTF-8`` gives French) unless the
user chose one under View › Language, which is remembered in QSettings under
``KEY_LANGUAGE``. Our own texts are compiled from ``assets/translations/quizapp_fr.ts``
(kept under version control, updated with ``scripts/update_translations.py``) into
``quizapp_fr.qm``; Qt's own buttons and dialogs (Cancel, Yes, the file dialog) come from
``qtbase_fr.qm`` shipped with PySide6.

Loading one .qm costs well under a millisecond, so this is done at every start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TR_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from quizapp import paths
from quizapp.core import text

KEY_LANGUAGE = "view/language"
SYSTEM = "system"
LANGUAGES = ("en", "fr")  # the source language first
CATALOGUE = "quizapp"


# The built-in skills (labels) as a reader says them. In the empty context, so that
# ``self.tr(label_name(skill))`` anywhere finds them too (see ContextTolerantTranslator).
_SKILL_NAMES = {
    "figure": str(QT_TR_NOOP("figure")),
    "speculation": str(QT_TR_NOOP("speculation")),
    "unconfirmed": str(QT_TR_NOOP("unconfirmed attribution")),
}
_SHORT_SKILL_NAMES = {"unconfirmed": str(QT_TR_NOOP("unconfirmed"))}
_QUESTION_TYPES = {
    "highlight": str(QT_TR_NOOP("highlight")),
    "choice": str(QT_TR_NOOP("choice")),
    "compare": str(QT_TR_NOOP("compare")),
    "classify": str(QT_TR_NOOP("classify")),
}
NO_MARKS = str(QT_TR_NOOP("none"))  # heat.level_label's word for a word nobody marked


def question_type_name(kind: str) -> str:
    """A question type as the interface names it ("highlight")."""
    if kind in _QUESTION_TYPES:
        return QCoreApplication.translate("", _QUESTION_TYPES[kind])
    return kind


def skill_name(label: str) -> str:
    """A label as a reader says it, in the interface's language ("unconfirmed attribution");
    a label a question set declares itself is shown as the set spells it."""
    if label in _SKILL_NAMES:
        return QCoreApplication.translate("", _SKILL_NAMES[label])
    # Not imported at the top: the model's dataclasses cost 12 ms of every start.
    from quizapp.core.model import label_name

    return label_name(label)


def skill_title(label: str) -> str:
    """A label as a heading says it ("Unconfirmed attribution")."""
    name = skill_name(label)
    return name[:1].upper() + name[1:]


def short_skill_title(label: str) -> str:
    """A label as a chart axis says it ("Unconfirmed")."""
    if label in _SHORT_SKILL_NAMES:
        name = QCoreApplication.translate("", _SHORT_SKILL_NAMES[label])
        return name[:1].upper() + name[1:]
    return skill_title(label)


def translations_dir() -> Path:
    return paths.assets_dir() / "translations"


def catalogue_path(language: str) -> Path:
    return translations_dir() / f"{CATALOGUE}_{language}.qm"


def language_title(choice: str) -> str:
    """A choice as the View › Language menu names it; each language in its own words."""
    if choice == SYSTEM:
        return QCoreApplication.translate("i18n", "&System language")
    return {"en": "&English", "fr": "&Français"}.get(choice, choice)


def system_language(locale: QLocale | None = None) -> str:
    """The language we have that the system locale asks for, else English."""
    locale = locale if locale is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    code = QLocale.languageToCode(locale.language()).lower()
    return code if code in LANGUAGES else "en"


def chosen_setting(settings: QSettings | None = None) -> str:
    """The remembered choice: "system" (the default), "en" or "fr"."""
    settings = settings if settings is not None else QSettings()
    value = str(settings.value(KEY_LANGUAGE, SYSTEM))
    return value if value in LANGUAGES else SYSTEM


def resolve_language(setting: str, locale: QLocale | None = None) -> str:
    """The language to show: the user's choice, or the system's when they chose none."""
    return setting if setting in LANGUAGES else system_language(locale)


class ContextTolerantTranslator(QTranslator):
    """A QTranslator that also looks a text up in the empty context.

    ``pyside6-lupdate`` files texts passed to a module-level helper (``tr(...)`` in
    ui/studio, ``_tr(...)`` in the dashboard) under the empty context, while the helper
    asks Qt for them under its own context ("Studio", "HeatMap", "QWidget"…): the second
    look-up finds them. Texts of a class's ``self.tr`` are found at the first look-up.
    """

    def translate(  # noqa: D102 - Qt's method
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        found = super().translate(context, source_text, disambiguation, n)
        if not found and context:
            found = super().translate("", source_text, disambiguation, n)
        # None, not "": Qt takes any non-null string, even an empty one, as the
        # translation, and would show nothing instead of asking the next translator.
        return found or None


_installed: list[QTranslator] = []
_language = ["en"]  # the language of the installed translators


def install_translators(language: str) -> str:
    """Install the translators for ``language`` in the running application (replacing any
    installed before); returns the language actually in use ("en" when the catalogue is
    missing)."""
    app = QCoreApplication.instance()
    if app is None:
        return "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language[0] = "en"
    text.install(None)  # the core's texts in English until a catalogue is installed
    QLocale.setDefault(QLocale.system())  # dates and numbers as the system writes them
    if language == "en" or language not in LANGUAGES:
        return "en"
    ours = ContextTolerantTranslator(app)
    if not ours.load(str(catalogue_path(language))):
        return "en"
    if system_language() != language:  # dates in the interface's language too
        QLocale.setDefault(QLocale(language))
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(ours)  # installed last: asked first
    _installed.append(ours)
    _language[0] = language
    text.install(QCoreApplication.translate, language, _write_number, _write_amount)
    return language


def _write_number(value: float) -> str:
    """A number as the interface's locale writes it ("0,5" in French), for core texts."""
    return QLocale().toString(float(value), "g", 6)


def _write_amount(value: float) -> str:
    """A number with the locale's thousands separators ("22 500" in French)."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", 6).rstrip("0").rstrip(QLocale().decimalPoint())


def current_language() -> str:
    """The language the installed translators give ("en" when none)."""
    return _language[0]


def install_chosen(settings: QSettings | None = None, locale: QLocale | None = None) -> str:
    """Install the language the settings (or the system locale) choose; returns it."""
    return install_translators(resolve_language(chosen_setting(settings), locale))
