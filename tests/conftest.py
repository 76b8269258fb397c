from __future__ import annotations

import atexit
import os
import shutil
import tempfile

# Qt tests run offscreen everywhere, CI included.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The CLI's language when no --lang is given: Chinese, the app's default, whatever the machine's
# locale (a CI job with LANG=en_US.UTF-8 must see what a developer sees). Tests of the language
# rule itself remove it or pass their own environment.
os.environ["HRB_LANG"] = "zh"

# No test may read or write the user's real app-data folder (autosaves, imported policies):
# every run gets a fresh one unless a test sets its own.
os.environ["HRB_DESKTOP_DATA_DIR"] = _DATA_DIR = tempfile.mkdtemp(prefix="hrb-test-data-")
atexit.register(shutil.rmtree, _DATA_DIR, ignore_errors=True)
