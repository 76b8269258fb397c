"""The interface language the operating system asks for (no Qt): one rule for the CLI and the wizard.

Where the answer comes from:

* Windows: ``GetUserDefaultUILanguage``, the display language of the user's account (Settings →
  Time & language). Not the regional format, which says how numbers and dates look, and not
  ``LANG``: Windows does not set it, and the shells that do (Git Bash sets ``en_US.UTF-8`` on every
  machine) do not know the user's language.
* Elsewhere: the first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set (gettext's order for
  messages), then the process locale.

The rule: English when that language is English, Chinese otherwise. Chinese is the app's default
and the policy's own language; a user of a third language (or a server in the ``C`` locale) gets
the one in which the policy is written, and can always choose with ``--lang`` or the Language menu.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from hrb_desktop.core.lang import Lang

LANG_ENGLISH = 0x09  # PRIMARYLANGID of every English LANGID (winnt.h): en-US 0x0409, en-GB 0x0809, ...
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def language_of_locale_name(name: str | None) -> Lang:
    """``en``, ``en_GB.UTF-8``, ``English_United States`` → English; anything else → Chinese."""
    return "en" if name and name.strip().lower().startswith("en") else "zh"


def language_of_langid(langid: int) -> Lang:
    """A Windows LANGID: its low 10 bits are the primary language (0x09 English, 0x04 Chinese)."""
    return "en" if langid & 0x3FF == LANG_ENGLISH else "zh"


def windows_ui_langid() -> int | None:
    """The user's display language as a LANGID, or None where the Windows API is not there."""
    try:
        import ctypes
    except ImportError:  # a Python built without ctypes
        return None
    windll = getattr(ctypes, "windll", None)  # only on Windows
    if windll is None:
        return None
    try:
        langid = int(windll.kernel32.GetUserDefaultUILanguage())
    except (AttributeError, OSError):
        return None
    return langid or None


def system_language(environ: Mapping[str, str] | None = None) -> Lang:
    """The language the user's system is in, by the rule above."""
    if sys.platform == "win32":
        langid = windows_ui_langid()
        if langid is not None:
            return language_of_langid(langid)
    env = os.environ if environ is None else environ
    for variable in LOCALE_VARIABLES:
        value = env.get(variable, "")
        if value:
            return language_of_locale_name(value)
    import locale  # late: the wizard's first paint does not need it

    # The locale's own name, as set (a query: nothing is changed). Not ``locale.getlocale()``,
    # which normalises through an alias table that turns "C.UTF-8" (what Python coerces an
    # unset locale to) into "en_US", so a server or CI job without LANG came out English.
    try:
        name = locale.setlocale(locale.LC_CTYPE)
    except locale.Error:
        name = None
    return language_of_locale_name(name)
