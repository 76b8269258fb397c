"""The ``hrb-desktop`` entry point: the wizard without arguments, the CLI with a command."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

_CLI_COMMANDS = {"assess", "policy", "schema", "template", "batch", "-h", "--help", "--version"}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in _CLI_COMMANDS:
        # Imported only here: the wizard's start-up should not pay for the CLI's imports.
        from hrb_desktop import cli

        return cli.main(args)
    # Collecting garbage while PySide6 and the window are built (~40 collections, ~14 ms before the
    # first paint) finds nothing to free; hrb_desktop.ui.app turns it back on once the policy is loaded.
    gc.disable()
    try:
        from hrb_desktop.ui.app import main as gui_main
    except ImportError as exc:
        gc.enable()
        print(
            f"hrb-desktop: the wizard needs PySide6 ({exc}). Command-line use: hrb-desktop --help",
            file=sys.stderr,
        )
        return 1
    return gui_main(args)  # which turns the collector back on


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
