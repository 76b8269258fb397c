"""Text from a file or a user is shown as text, never read as markup.

A QLabel, a QMessageBox and a tool tip guess: text that looks like HTML is rendered as
HTML. An answer id ``<a href="https://…">点击此处修复此文件</a>`` in an opened file would
become a link in the error dialog (and QMessageBox's labels open links in the browser:
a phishing route in an app sold as offline), ``<font size=200>`` giant text. Every widget
that can show such text goes through one of these helpers; views that build HTML escape
every value with ``html.escape`` and never open links themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QMessageBox


def plain_label(label: QLabel) -> QLabel:
    """Show the label's text as typed (Qt's default, AutoText, guesses) and open no link."""
    from PySide6.QtCore import Qt  # late: the Qt namespace costs ~40 ms before the first paint

    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    return label


def plain_message_box(box: QMessageBox) -> QMessageBox:
    """Text, informative text and details of ``box`` as plain text, with no link opened.

    ``setTextFormat`` covers the main text only: the informative text has a label of its
    own, created by ``setInformativeText`` with links opening in the browser. So every label
    of the box is made plain; call this after the texts are set, before ``exec``. (The
    detailed text is a plain-text editor already.)
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    box.setTextFormat(Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel):
        plain_label(label)
    return box


def tooltip(text: str) -> str:
    """A tool tip that shows ``text`` as typed (Qt renders a tip that looks like HTML as HTML)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as GuiQt  # PySide keeps QtGui's functions of the Qt namespace here

    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


def window_title(text: str) -> str:
    """``text`` for a window title: Qt reads ``[*]`` there as the unsaved-changes mark."""
    return text.replace("[*]", "[*][*]")


def no_mnemonic(text: str) -> str:
    """``text`` for a menu entry, a button or a field's label: there a single ``&`` would
    underline the next letter and make it a shortcut (a policy may say "R&D")."""
    return text.replace("&", "&&")
