from __future__ import annotations

import os

# Qt tests run offscreen everywhere, CI included.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
