"""Tree rows as tall as their wrapped text.

A QTreeView with word wrap paints a long name on several lines but, asked for the row's
height, measures it on one line (the style only wraps when it is told the width), so the
second line was cut off and the name looked shortened. This delegate tells it the column's
width, less the indentation of the row's depth.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

TALL = 10_000  # the measuring rectangle's height: any, as long as it is not empty


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self.tree.columnWidth(index.column())
        if index.column() == 0:
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            width -= self.tree.indentation() * (depth + int(self.tree.rootIsDecorated()))
        if width <= 0:
            return super().sizeHint(option, index)
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, width, TALL)  # the style wraps only within a valid rectangle
        return super().sizeHint(measured, index)
