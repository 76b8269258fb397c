"""A first start sizes the window to the screen, so Next is never under the taskbar."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrb_desktop.ui.window_size import DESIGN, FRAME, MINIMUM, initial_geometry
from tests.ui.wizard_helpers import unloaded_window


@pytest.mark.parametrize(
    ("free", "expected"),
    [
        # A 1920×1080 desktop above a 40 px taskbar: the designed size, centred.
        ((0, 0, 1920, 1040), (312, 136, 1280, 720)),
        # A 1366×768 laptop at 100 %: full design width, height cut to fit frame and taskbar.
        ((0, 0, 1366, 728), (35, 0, 1280, 680)),
        # The same laptop at 125 %: 1093×574 logical pixels are free.
        ((0, 0, 1093, 574), (0, 0, 1077, 526)),
        # A second monitor to the left of the primary one.
        ((-1920, 0, 1920, 1040), (-1608, 136, 1280, 720)),
        # Smaller than the minimum: the minimum, at the free area's corner.
        ((0, 0, 640, 480), (0, 0, MINIMUM[0], MINIMUM[1])),
    ],
)
def test_the_first_window_fits_the_free_area(free, expected) -> None:
    assert initial_geometry(*free) == expected
    x, y, w, h = expected
    fx, fy, fw, fh = free
    if fw - FRAME[0] >= MINIMUM[0] and fh - FRAME[1] >= MINIMUM[1]:
        assert fx <= x and x + w + FRAME[0] <= fx + fw  # the whole frame is inside
        assert fy <= y and y + h + FRAME[1] <= fy + fh
    assert (w, h) <= DESIGN


def test_fit_to_screen_uses_the_screen_the_window_is_on(qtbot, tmp_path: Path) -> None:
    window = unloaded_window(qtbot, tmp_path)
    free = window.screen().availableGeometry()
    window.fit_to_screen()
    x, y, w, h = initial_geometry(free.x(), free.y(), free.width(), free.height())
    assert (window.width(), window.height()) == (w, h)
    assert window.minimumWidth() <= w and window.minimumHeight() <= h
