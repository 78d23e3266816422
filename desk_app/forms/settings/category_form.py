"""Adding or editing a work-order category (a group or a category inside one) and a reusable phrase (常用语).

A category proposes the department and the urgency of a new work order; its response and completion
deadlines are the urgency's unless the category overrides them (blank = the urgency's).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desk_app.domain.deadlines import DEFAULT_POLICY
from desk_app.domain.work_orders import Urgency
from desk_app.forms.base import FormDialog, NotesEdit, ServiceCall, local_errors
from desk_app.services.organisation import DepartmentDTO
from desk_app.services.work_orders import categories
from desk_app.services.work_orders.categories import CategoryDTO, CategoryInput, PhraseDTO
from desk_app.ui.session import AppSession
from desk_app.views.labels import urgency_choices

MAX_MINUTES = 60 * 24 * 60  # what services/work_orders/categories.py accepts (60 days)


def duration_text(minutes: int) -> str:
    """120 → "2 h", 90 → "1 h 30 min", 45 → "45 min" (translated units)."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return QCoreApplication.translate("CategoryDialog", "{minutes} min").format(minutes=rest)
    if not rest:
        return QCoreApplication.translate("CategoryDialog", "{hours} h").format(hours=hours)
    return QCoreApplication.translate("CategoryDialog", "{hours} h {minutes} min").format(
        hours=hours, minutes=rest
    )


def descendants(nodes: Sequence[CategoryDTO], node_id: str) -> set[str]:
    """``node_id`` and every node below it (a node cannot move under itself)."""
    found = {node_id}
    changed = True
    while changed:
        changed = False
        for n in nodes:
            if n.parent_id in found and n.id not in found:
                found.add(n.id)
                changed = True
    return found


class CategoryDialog(FormDialog):
    def __init__(
        self,
        session: AppSession,
        nodes: Sequence[CategoryDTO],
        departments: Sequence[DepartmentDTO],
        category: CategoryDTO | None = None,
        parent_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.category = category
        is_group = (category.parent_id if category else parent_id) is None
        if category is None:
            title = self.tr("New group") if is_group else self.tr("New category")
        else:
            title = self.tr("Edit group") if is_group else self.tr("Edit category")
        self.setWindowTitle(title)

        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.parent_choice = QComboBox()
        self.parent_choice.addItem(self.tr("(none: a top-level group)"), None)
        excluded = descendants(nodes, category.id) if category else set()
        for node in nodes:
            if node.id not in excluded and not node.archived:
                self.parent_choice.addItem(node.path, node.id)
        self.department = QComboBox()
        self.department.addItem(self.tr("(none)"), None)
        for d in departments:
            if not d.archived or (category and d.id == category.default_department_id):
                self.department.addItem(d.name, d.id)
        self.urgency = QComboBox()
        for value, text in urgency_choices():
            self.urgency.addItem(text, value)
        self.respond = self._minutes_edit()
        self.complete = self._minutes_edit()

        self.add_field("name", self.tr("&Name:"), self.name)
        self.add_field("parent_id", self.tr("&Under:"), self.parent_choice)
        self.add_field("default_department_id", self.tr("Default &department:"), self.department)
        self.add_field("default_urgency", self.tr("Default &urgency:"), self.urgency)
        self.add_field("respond_minutes", self.tr("&Respond within (min):"), self.respond)
        self.add_field("complete_minutes", self.tr("&Complete within (min):"), self.complete)

        chosen_parent = category.parent_id if category else parent_id
        self.parent_choice.setCurrentIndex(max(0, self.parent_choice.findData(chosen_parent)))
        if category is not None:
            self.name.setText(category.name)
            self.department.setCurrentIndex(max(0, self.department.findData(category.default_department_id)))
            self.urgency.setCurrentIndex(self.urgency.findData(category.default_urgency))
            self.respond.setText(str(category.respond_minutes or ""))
            self.complete.setText(str(category.complete_minutes or ""))
        else:
            self.urgency.setCurrentIndex(self.urgency.findData(Urgency.NORMAL))
        self.urgency.currentIndexChanged.connect(self._show_defaults)
        self._show_defaults()
        self.finish_layout()

    def _minutes_edit(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setValidator(QIntValidator(0, MAX_MINUTES, edit))
        edit.setMaxLength(6)
        return edit

    def _show_defaults(self) -> None:
        """The placeholders say what a blank means for the chosen urgency."""
        urgency = Urgency(self.urgency.currentData())
        for edit, table in (
            (self.respond, DEFAULT_POLICY.respond_minutes),
            (self.complete, DEFAULT_POLICY.complete_minutes),
        ):
            minutes = table[urgency]
            edit.setPlaceholderText(
                self.tr("Blank: {minutes} ({duration}, the urgency's deadline)").format(
                    minutes=minutes, duration=duration_text(minutes)
                )
            )

    def build_call(self) -> ServiceCall:
        parent_id = self.parent_choice.currentData()
        department_id = self.department.currentData()
        if parent_id is not None and department_id is None:
            # A category inside a group proposes the department of every order registered under it.
            local_errors({"default_department_id": "field.required"})
        data = CategoryInput(
            name=self.name.text(),
            parent_id=parent_id,
            default_department_id=department_id,
            default_urgency=Urgency(self.urgency.currentData()),
            respond_minutes=int(self.respond.text()) if self.respond.text().strip() else None,
            complete_minutes=int(self.complete.text()) if self.complete.text().strip() else None,
        )
        category_id = self.category.id if self.category else None
        return lambda ctx: categories.save_category(ctx, data, category_id)


class PhraseDialog(FormDialog):
    """A reusable phrase for work-order descriptions, for every category or one of them."""

    def __init__(
        self,
        session: AppSession,
        leaves: Sequence[CategoryDTO],
        phrase: PhraseDTO | None = None,
        category_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("New phrase") if phrase is None else self.tr("Edit phrase"))
        self.phrase = phrase
        self.text = NotesEdit()
        self.category = QComboBox()
        self.category.addItem(self.tr("(every category)"), None)
        for node in leaves:
            self.category.addItem(node.path, node.id)
        self.add_field("text", self.tr("&Text:"), self.text)
        self.add_field("category_id", self.tr("&For:"), self.category)
        chosen = phrase.category_id if phrase else category_id
        self.category.setCurrentIndex(max(0, self.category.findData(chosen)))
        if phrase is not None:
            self.text.setText(phrase.text)
            self.category.setEnabled(False)  # the service keeps a phrase's category; a new phrase moves it
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        text = self.text.text().replace("\n", " ").strip()
        category_id = self.category.currentData()
        phrase_id = self.phrase.id if self.phrase else None
        return lambda ctx: categories.save_phrase(ctx, text, category_id, phrase_id)
