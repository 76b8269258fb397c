"""The PySide6 wizard. Imports the core; the core never imports this package."""

from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """Work around PySide6 6.12 on Python 3.11: every call of a ``void`` Qt method from Python
    (``label.setText(...)``, ``widget.hide()``, ``super().changeEvent(e)`` ...) drops one
    reference to ``None`` too many. ``None`` starts with a few thousand, so a long session,
    or a few language switches (each retranslates hundreds of widgets), would end in
    "Fatal Python error: none_dealloc: deallocating None". Python 3.12 made ``None``
    immortal; on 3.11 we give it a reference count no session can use up.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < 1 << 40:
        refcount.value += 1 << 50


_keep_none_alive()
