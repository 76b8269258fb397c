from __future__ import annotations

import atexit
import os
import shutil
import tempfile

# Qt tests run offscreen everywhere, CI included.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No test may read or write the user's real app-data folder (autosaves, imported policies):
# every run gets a fresh one unless a test sets its own.
os.environ["HRB_DESKTOP_DATA_DIR"] = _DATA_DIR = tempfile.mkdtemp(prefix="hrb-test-data-")
atexit.register(shutil.rmtree, _DATA_DIR, ignore_errors=True)
