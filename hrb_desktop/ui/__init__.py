"""The PySide6 wizard. Imports the core; the core never imports this package."""

import PySide6.QtCore  # noqa: F401 - installs PySide's import hook, which the next line makes cheap

from hrb_desktop.ui.import_hook import speed_up_pyside_import_hook

speed_up_pyside_import_hook()
