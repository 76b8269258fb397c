"""Entry script of the frozen app (both ``hrb-desktop`` and ``hrb-desktop-cli``).

No arguments opens the wizard; ``assess`` / ``policy`` / ``schema`` run the CLI
(``hrb_desktop.main.main`` dispatches).
"""

import os
import sys


def _ensure_streams() -> None:
    # A windowed Windows executable has no console: sys.stdout / sys.stderr are
    # None and the first print() would crash. Send them to the null device so
    # e.g. ``hrb-desktop.exe assess X --pdf out.pdf`` still writes its PDF;
    # hrb-desktop-cli.exe is the console twin for visible output.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))


if __name__ == "__main__":
    _ensure_streams()
    from hrb_desktop.main import main

    sys.exit(main())
