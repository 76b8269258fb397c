"""How big the main window opens the first time: as designed, but never beyond the screen.

A 1366×768 laptop leaves about 1366×728 above the taskbar, and at 125 % scaling
only about 1093×574: a fixed 1280×720 window would put the wizard's Next button
under the taskbar. Later starts restore the size the user left (Qt keeps a
restored window on screen).
"""

from __future__ import annotations

DESIGN = (1280, 720)
MINIMUM = (800, 500)  # still usable: the pages scroll, the live panel narrows
# The step list's column beside the wizard: fixed, and the same before and after the policy
# loads, so nothing jumps (wide enough for its longest row, see tests/ui/test_step_list.py).
STEPS_WIDTH = {"zh": 112, "en": 118}
# The live panel's width when the window has room (English titles are longer), and its
# narrowest, in a small window, where its item names wrap (an English word cannot).
PANEL_WIDTH = {"zh": 340, "en": 430}
PANEL_MINIMUM = {"zh": 240, "en": 260}
# The frame and title bar around the client area; Qt cannot measure them before the
# window is first shown, so allow what Windows 10/11 and common Linux desktops use.
FRAME = (16, 48)


def initial_geometry(x: int, y: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Client size and frame position ``(x, y, w, h)`` for a screen whose free area
    (``QScreen.availableGeometry``) is ``x, y, width, height``, centred in it."""
    w = max(MINIMUM[0], min(DESIGN[0], width - FRAME[0]))
    h = max(MINIMUM[1], min(DESIGN[1], height - FRAME[1]))
    left = x + max(0, (width - w - FRAME[0]) // 2)
    top = y + max(0, (height - h - FRAME[1]) // 2)
    return left, top, w, h
