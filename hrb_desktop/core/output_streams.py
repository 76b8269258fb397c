"""Standard output and error that never fail on a character (no Qt), set up by the CLI's ``main``.

What ``sys.stdout.encoding`` is before and after ``use_utf8_when_redirected()``:

=============================================  ===========================  =======================
stdout is                                      Python chose                 after
=============================================  ===========================  =======================
an interactive Windows console (cmd,           ``utf-8``: console I/O       unchanged (errors
PowerShell, Windows Terminal)                  writes UTF-16 with           ``replace``)
                                               WriteConsoleW (PEP 528)
a file or a pipe on Windows                    the ANSI code page:          ``utf-8``, no BOM
(``> out.txt``, ``| findstr``)                 ``cp936`` on Chinese         (errors ``replace``)
                                               Windows, ``cp1252`` on
                                               Western; strict, so "¥" or
                                               any Chinese text raised
the frozen ``hrb-desktop-cli.exe``             ``utf-8`` (built in UTF-8    ``utf-8``
                                               mode, packaging/*.spec)
a terminal elsewhere                           the locale's (``utf-8``;     unchanged (errors
                                               ``C`` is coerced to UTF-8)   ``replace``)
a file or pipe elsewhere, or                   the locale's, or that        ``utf-8``
``PYTHONIOENCODING`` set                       variable's
=============================================  ===========================  =======================

Redirected output is UTF-8 whatever the code page, because a help-desk script reads it on another
machine or feeds it to a JSON parser: both expect UTF-8, and a Chinese code page cannot even write
"¥". No BOM: a JSON parser or ``findstr`` would take it for part of the first line. On a terminal
the encoding is left as it is (the console shows what it can decode); ``errors`` becomes
``replace`` on stdout (``backslashreplace``, Python's default, on stderr), so that no character,
not even an unpaired surrogate from an undecodable file name, ever raises ``UnicodeEncodeError``.
"""

from __future__ import annotations

import sys
from typing import TextIO

STDOUT_ERRORS = "replace"
STDERR_ERRORS = "backslashreplace"


def configure(stream: TextIO | None, errors: str) -> None:
    """UTF-8 for a file or pipe, the terminal's own encoding for a terminal; never strict."""
    reconfigure = getattr(stream, "reconfigure", None)
    if stream is None or reconfigure is None:  # no console at all (pythonw), or an io.StringIO
        return
    try:
        interactive = stream.isatty()
    except (OSError, ValueError):  # closed
        return
    if interactive:
        reconfigure(errors=errors)
    else:
        reconfigure(encoding="utf-8", errors=errors)


def use_utf8_when_redirected() -> None:
    """Set up ``sys.stdout`` and ``sys.stderr`` as the module says. Call before printing anything."""
    configure(sys.stdout, STDOUT_ERRORS)
    configure(sys.stderr, STDERR_ERRORS)
