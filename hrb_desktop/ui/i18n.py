"""The interface language: which one to start in, the Qt translators, and language-aware punctuation.

The source strings in the code are Simplified Chinese. ``hrb_desktop_zh_CN.qm``
carries identity translations and ``hrb_desktop_en.qm`` the English ones (both
built from ``i18n/*.ts`` by ``scripts/update_translations.py``). Qt's own
strings (QWizard, QMessageBox, QFileDialog, the date picker) come from Qt's
``qtbase_zh_CN.qm`` in the Chinese interface; English needs none.

``install(lang)`` swaps the translators at run time: Qt then sends
``QEvent.LanguageChange`` to every widget, and each page, the wizard, the live
panel, the explanation dialog and the main window set their texts again in
their ``retranslate()``; a page's question fields, credit-code field and chart
are retranslated by their page (``set_lang``), which also knows the new policy
language.

The LanguageChange is caught in ``event()``, not ``changeEvent()``: with
PySide6 6.12 on Python 3.11, every call from Python to a base ``void``
handler such as ``super().changeEvent(e)`` drops one reference to ``None``
too many, and after a few thousand calls the interpreter aborts with
"deallocating None". ``event()`` returns a bool and is safe.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from hrb_desktop.core.lang import LANGS, Lang
from hrb_desktop.resources import translations_dir

APP_CATALOGUE = "hrb_desktop"
QT_CATALOGUES = ("qtbase",)
QT_SUFFIX = {"zh": "zh_CN"}  # English is Qt's own source language: nothing to load
APP_SUFFIX = {"zh": "zh_CN", "en": "en"}

# Han ideographs, CJK punctuation and full-width forms: what must not show in the English UI.

_installed: list[QTranslator] = []
_current: Lang | None = None
_complete = False


def system_language(locale: QLocale | None = None) -> Lang:
    """The system's language, by the rule the CLI uses too (``hrb_desktop.core.system_lang``):
    on Windows the display language, not Qt's ``QLocale.system()``, which is the regional format.
    With ``locale``, that locale's language by the same rule (en_* English, anything else Chinese)."""
    from hrb_desktop.core import system_lang

    if locale is not None:
        return system_lang.language_of_locale_name(locale.name())
    return system_lang.system_language()


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own ``qtbase_*.qm`` may be: Qt's install, then the frozen bundle."""
    from PySide6.QtCore import QLibraryInfo  # late: Qt's catalogues load after the first paint

    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        root = Path(frozen_root)
        dirs += [root / "PySide6" / "Qt" / "translations", root / "PySide6" / "translations"]
    return dirs


def locale_of(lang: Lang) -> QLocale:
    return QLocale("en_GB" if lang == "en" else "zh_CN")


def _load(name: str, dirs: list[Path]) -> QTranslator | None:
    for folder in dirs:
        path = folder / f"{name}.qm"
        if path.is_file():
            translator = QTranslator()
            if translator.load(str(path)):
                return translator
    return None


def install(lang: Lang, *, with_qt: bool = True) -> list[str]:
    """Replace the application's translators with those of ``lang``; returns the files loaded.

    ``with_qt=False`` loads only the app's own catalogue and leaves Qt's (dialog
    buttons) and the default locale for later: the first paint needs neither, and
    start-up is measured (benchmarks/bench_startup.py). Call again with the default
    once the window shows. Qt posts ``QEvent.LanguageChange`` to every window;
    ``flush()`` delivers it at once.
    """
    global _current, _complete
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}")
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    wanted: list[tuple[str, list[Path]]] = [(f"{APP_CATALOGUE}_{APP_SUFFIX[lang]}", [translations_dir()])]
    if with_qt and lang in QT_SUFFIX:
        wanted += [(f"{catalogue}_{QT_SUFFIX[lang]}", qt_translation_dirs()) for catalogue in QT_CATALOGUES]
    for name, dirs in wanted:
        translator = _load(name, dirs)
        if translator is None:
            print(f"hrb-desktop: translation {name}.qm not found", file=sys.stderr)
            continue
        translator.setParent(app)
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
        loaded.append(translator.filePath())
    if with_qt:
        QLocale.setDefault(locale_of(lang))
    _current, _complete = lang, with_qt
    return loaded


def current() -> Lang | None:
    """The language whose translators are installed (None before the first ``install``)."""
    return _current


def complete() -> bool:
    """Whether Qt's own catalogues and the default locale are installed too."""
    return _complete


def flush() -> None:
    """Deliver the posted LanguageChange events now (every widget retranslates)."""
    from PySide6.QtCore import QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


# ---------------------------------------------------------------- punctuation
def list_sep(lang: Lang) -> str:
    """Between items of a list: "、" / ", "."""
    return ", " if lang == "en" else "、"


def clause_sep(lang: Lang) -> str:
    """Between short sentences of a list: "；" / "; "."""
    return "; " if lang == "en" else "；"


def colon(lang: Lang) -> str:
    return ": " if lang == "en" else "："


def title_sep(lang: Lang) -> str:
    """Between an article's number and its title: an ideographic space / an ordinary one."""
    return " " if lang == "en" else "\u3000"


def plain(text: str) -> str:
    """A button or menu text without its mnemonic and ellipsis, for accessible names."""
    text = re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").rstrip(".").strip()
