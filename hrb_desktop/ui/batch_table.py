"""The batch's summary as a sortable table: one row per enterprise.

Item views draw their text as plain text; tooltips would be read as rich text,
so workbook text in a tooltip is escaped.
"""

from __future__ import annotations

import html
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hrb_desktop.core.batch.outcome import SummaryRow
from hrb_desktop.core.lang import Lang
from hrb_desktop.core.money import fmt_number

SORT_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (
    ("source", QT_TRANSLATE_NOOP("BatchTable", "行号")),
    ("name", QT_TRANSLATE_NOOP("BatchTable", "企业（机构）名称")),
    ("credit_code", QT_TRANSLATE_NOOP("BatchTable", "统一社会信用代码")),
    ("state", QT_TRANSLATE_NOOP("BatchTable", "状态")),
    ("low", QT_TRANSLATE_NOOP("BatchTable", "计入下限（万元）")),
    ("high", QT_TRANSLATE_NOOP("BatchTable", "计入上限（万元）")),
    ("eligible", QT_TRANSLATE_NOOP("BatchTable", "符合条件")),
    ("judgement", QT_TRANSLATE_NOOP("BatchTable", "需部门核定")),
    ("warnings", QT_TRANSLATE_NOOP("BatchTable", "提示与警告")),
)
FILE_HEADING = QT_TRANSLATE_NOOP("BatchTable", "文件")
COMPUTED = QT_TRANSLATE_NOOP("BatchTable", "已计算")
REFUSED = QT_TRANSLATE_NOOP("BatchTable", "有错误，未计算")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BatchTable", text)


class SummaryModel(QAbstractTableModel):
    def __init__(self, rows: list[SummaryRow], from_files: bool, lang: Lang, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.from_files = from_files
        self.separator = "；" if lang == "zh" else "; "

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if section == 0 and self.from_files:
            return _tr(FILE_HEADING)
        return _tr(COLUMNS[section][1])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        value = self._value(row, key, self.separator)
        if role == SORT_ROLE:
            if isinstance(value, Decimal):
                return float(value)
            return value if value is not None else (-1 if key in ("low", "high", "eligible", "judgement") else "")
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            return fmt_number(value) if isinstance(value, Decimal) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("source", "low", "high", "eligible", "judgement"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("name", "warnings") and value:
            return f"<p>{html.escape(str(value))}</p>"  # escaped: never markup from the workbook
        return None

    @staticmethod
    def _value(row: SummaryRow, key: str, separator: str) -> Any:
        if key == "source":
            return row.row if row.row is not None else row.source
        if key == "state":
            return _tr(COMPUTED if row.computed else REFUSED)
        if key in ("low", "high"):
            return None if row.total is None else row.total[0 if key == "low" else 1]
        if key in ("eligible", "judgement"):
            return getattr(row, key) if row.computed else None
        if key == "warnings":
            return separator.join(row.warnings)
        return getattr(row, key)
