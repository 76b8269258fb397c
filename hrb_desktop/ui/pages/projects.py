"""Projects: group the monetary items that concern one investment project (从高不重复, the
no-double-support article: Art. 18 in hrb-2021-10).

An item belongs to at most one project: ticked in one, it is greyed out in the others.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrb_desktop.core.assessment import MAX_PROJECT_NAME, MAX_PROJECTS, Project
from hrb_desktop.core.messages import article_name
from hrb_desktop.ui.context import Context
from hrb_desktop.ui.i18n import title_sep
from hrb_desktop.ui.pages.base import PROJECTS, Page

ID_ROLE = Qt.ItemDataRole.UserRole


class ProjectsPage(Page):
    page_id = PROJECTS

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.intro = self.note("")
        self.layout_.addWidget(self.intro)
        grid = QGridLayout()
        self.list = QListWidget(self.body)
        self.list.setMinimumWidth(200)
        self.list_label = list_label = QLabel(self.body)
        list_label.setBuddy(self.list)
        self.add_button = QPushButton(self.body)
        self.remove_button = QPushButton(self.body)
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        self.name = QLineEdit(self.body)
        self.name.setMaxLength(MAX_PROJECT_NAME)
        self.name_label = name_label = QLabel(self.body)
        name_label.setBuddy(self.name)
        self.items = QListWidget(self.body)
        for listing in (self.list, self.items):  # long (English) names wrap, never scroll sideways
            listing.setWordWrap(True)
            listing.setResizeMode(QListView.ResizeMode.Adjust)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items_label = items_label = QLabel(self.body)
        items_label.setBuddy(self.items)
        right = QVBoxLayout()
        right.addWidget(name_label)
        right.addWidget(self.name)
        right.addWidget(items_label)
        right.addWidget(self.items, 1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self.layout_.addLayout(grid, 1)
        self.empty = self.note("")
        self.layout_.addWidget(self.empty)
        self._projects: list[Project] = []
        self._loading = False
        self.retranslate()
        self.add_button.clicked.connect(self.add_project)
        self.remove_button.clicked.connect(self.remove_project)
        self.list.currentRowChanged.connect(self._show_project)
        self.name.textChanged.connect(self._rename)
        self.items.itemChanged.connect(self._ticked)
        self.reload()

    def retranslate(self) -> None:
        self.setTitle(self.tr("项目"))
        rule = article_name(self.ctx.policy.no_double_support_article, self.ctx.lang)
        self.setSubTitle(
            self.tr("同一投资项目符合多项奖补时，{0}规定“从高不重复”。请把属于同一项目的奖补项归为一组。").format(rule)
        )
        self.intro.setText(
            self.tr(
                "例如：同一条生产线既申请固定资产投资补助，又申请智能制造补助，"
                "就新建一个项目并勾选这两项；合计中只计入金额较高的一项。没有这种情况可直接点击“下一步”。"
            )
        )
        self.list.setAccessibleName(self.tr("项目列表"))
        self.list_label.setText(self.tr("项目(&P)："))
        self.add_button.setText(self.tr("添加项目(&A)"))
        self.add_button.setAccessibleName(self.tr("添加项目"))
        self.add_button.setToolTip(self.tr("最多 {0} 个项目").format(MAX_PROJECTS))
        self.remove_button.setText(self.tr("删除项目(&E)"))
        self.remove_button.setAccessibleName(self.tr("删除所选项目"))
        self.name.setAccessibleName(self.tr("项目名称"))
        self.name.setPlaceholderText(self.tr("例如 智能化铸锻车间建设项目"))
        self.name_label.setText(self.tr("项目名称(&M)："))
        self.items.setAccessibleName(self.tr("该项目涉及的奖补项，空格键勾选"))
        self.items_label.setText(self.tr("该项目涉及的奖补项(&I)："))
        self.empty.setText(self.tr("还没有项目。"))
        if self._projects:  # the names and item titles again; what is ticked stays
            self._fill_list(self.list.currentRow())

    # ------------------------------------------------------------ data
    def reload(self) -> None:
        self._projects = [p.model_copy(deep=True) for p in self.ctx.assessment.projects]
        self._fill_list(0 if self._projects else -1)

    def initializePage(self) -> None:
        self._show_project(self.list.currentRow())

    def _store(self) -> None:
        """Hand the named projects to the session, unless two share a name: the session only
        ever holds what the file loader accepts, and this page shows the clash meanwhile."""
        valid = [p for p in self._projects if p.name.strip()]
        names = [p.name.strip() for p in valid]
        if len(set(names)) < len(names):
            self.completeChanged.emit()
            return
        self.ctx.session.set_projects([Project(name=p.name.strip(), items=list(p.items)) for p in valid])
        self.answers_changed()

    def _fill_list(self, current: int) -> None:
        self.add_button.setEnabled(len(self._projects) < MAX_PROJECTS)
        self._loading = True
        self.list.clear()
        for n, project in enumerate(self._projects):
            QListWidgetItem(project.name or self.tr("（未命名项目 {0}）").format(n + 1), self.list)
        self._loading = False
        self.list.setCurrentRow(current)
        self._show_project(current)

    def add_project(self) -> None:
        if len(self._projects) >= MAX_PROJECTS:
            return
        self._projects.append(Project.model_construct(name="", items=[]))
        self._fill_list(len(self._projects) - 1)
        self.name.setFocus()
        self.completeChanged.emit()

    def remove_project(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._projects):
            del self._projects[row]
            self._fill_list(min(row, len(self._projects) - 1))
            self._store()

    def _show_project(self, row: int) -> None:
        if self._loading:
            return
        has = 0 <= row < len(self._projects)
        self.empty.setVisible(not self._projects)
        for widget in (self.name, self.items, self.remove_button):
            widget.setEnabled(has)
        self._loading = True
        self.items.clear()
        self.name.setText(self._projects[row].name if has else "")
        if has:
            owners = {i: p.name for n, p in enumerate(self._projects) if n != row for i in p.items}
            mine = set(self._projects[row].items)
            lang = self.ctx.lang
            for item in self.ctx.scope().monetary_items():
                number = int(item.id[1:].split(".")[0])
                text = f"{article_name(number, lang)}{title_sep(lang)}{item.title.get(lang)}"
                entry = QListWidgetItem(text, self.items)
                entry.setData(ID_ROLE, item.id)
                flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                if item.id in owners:
                    entry.setText(text + self.tr("（已属于“{0}”）").format(owners[item.id]))
                    entry.setFlags(flags)
                else:
                    entry.setFlags(flags | Qt.ItemFlag.ItemIsEnabled)
                entry.setCheckState(Qt.CheckState.Checked if item.id in mine else Qt.CheckState.Unchecked)
        self._loading = False

    def _rename(self, text: str) -> None:
        row = self.list.currentRow()
        if not self._loading and 0 <= row < len(self._projects):
            self._projects[row] = Project.model_construct(name=text, items=self._projects[row].items)
            self.list.item(row).setText(text or self.tr("（未命名项目 {0}）").format(row + 1))
            self._store()

    def _ticked(self, entry: QListWidgetItem) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self._projects):
            return
        ids = [self.items.item(i).data(ID_ROLE) for i in range(self.items.count())
               if self.items.item(i).checkState() == Qt.CheckState.Checked]
        self._projects[row] = Project.model_construct(name=self._projects[row].name, items=ids)
        self._store()

    def first_field(self) -> QWidget | None:
        """The selected project's name; with no project yet, none (Enter goes on)."""
        return self.name if self.name.isEnabled() else None

    def errors(self) -> list[str]:
        problems = []
        names = [p.name.strip() for p in self._projects]
        for n, name in enumerate(names):
            if not name:
                problems.append(self.tr("第{0}个项目还没有名称").format(n + 1))
            elif names.count(name) > 1 and names.index(name) == n:
                problems.append(self.tr("项目名称“{0}”重复").format(name))
        return problems
