"""Install the app's translations: the English plural forms, then the user's language.

Every count is written ``tr("%n referral(s)", "", n)``; without a translation
Qt shows that text with the number filled in ("1 referral(s)"). The English
"translation" (resources/translations/infointerview_en.qm, built by
packaging/update_translations.py and committed) holds only those numerus
messages, so it is installed whatever the language: English is the source
language and every other text is shown as written. A translation for the
user's language, when one ships, is installed after it and so asked first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from infointerview.domain.i18n import plural
from infointerview.resources import resource_path

_installed: list[QTranslator] = []
"""Kept alive here: Qt holds only a pointer to an installed translator."""


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> bool:
    """Install the plural forms (and the user's language); True when the forms loaded.

    Idempotent: a second call (a second window, a test) installs nothing more.
    """
    if _installed:
        return True
    folder = str(resource_path("translations"))
    english = QTranslator(app)
    if not english.load("infointerview_en", folder):
        return False
    app.installTranslator(english)
    _installed.append(english)
    own = QTranslator(app)
    language = (locale or QLocale()).name().split("_")[0]
    if language != "en" and own.load(locale or QLocale(), "infointerview", "_", folder):
        app.installTranslator(own)
        _installed.append(own)
    return True


def translate_n(context: str, text: str, n: int) -> str:
    """A count outside a QObject: ``QCoreApplication.translate(context, text, "", n)``.

    lupdate reads the number of a ``self.tr(text, "", n)`` call but not of a
    ``QCoreApplication.translate`` call, so such a text never gets its English
    forms in the .qm and would show "3 contact(s)". Until a translation has
    it, the English forms come from the same rule the .ts is filled with
    (``domain.i18n.plural``).
    """
    translated = QCoreApplication.translate(context, text, "", n)
    if translated != text.replace("%n", str(n)):
        return translated
    return plural(n, text)
