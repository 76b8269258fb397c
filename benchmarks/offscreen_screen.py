"""A 1920×1080 offscreen screen for the start-up benchmarks.

Qt's offscreen platform pretends to be an 800×600 screen, and hrb-desktop fits
its first window to the screen it opens on (``hrb_desktop.ui.window_size``). On
that screen it would open smaller than the 1280×720 bare wizard it is compared
with, and paint less. Both get a common desktop screen instead.
"""

from __future__ import annotations

import json
from pathlib import Path

SCREEN = {
    "screens": [
        {"name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1}
    ]
}


def platform(folder: Path) -> str:
    """A ``QT_QPA_PLATFORM`` value for that screen (its config file is written to ``folder``)."""
    path = folder / "offscreen-1920x1080.json"
    path.write_text(json.dumps(SCREEN), encoding="utf-8")
    return f"offscreen:configfile={path}"
