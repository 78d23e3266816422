"""Register a work order (报事 / 报修) from the keyboard: unit, reporter, category, description, Enter.

* The unit is typed in any form (``3-2-1102``, ``3栋2单元1102``, ``3#1102``) or found through a person (name,
  pinyin initials, phone): Enter resolves it; several matches show a short list to pick from.
* The reporter and contact phone are pre-filled from the unit's people (owners first).
* The category (type to find: 给排水, 电梯 …; groups are headings, not choices) proposes the department and
  the urgency; the clerk may change both.
* A repeat of the same unit and category inside the window shows an amber warning at once (返修).
* Enter in the description saves; Ctrl+S saves; Ctrl+P saves and prints the slip to the saved printer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, ClassVar

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from desk_app.domain.errors import DomainError
from desk_app.domain.work_orders import Channel, Urgency
from desk_app.forms.base import FormDialog, NotesEdit, ServiceCall, local_errors
from desk_app.forms.unit_picker import UnitCandidate, UnitPickerMixin, find_units
from desk_app.forms.work_orders.common import OptionalDateTime, fill_choices, next_morning
from desk_app.services import organisation
from desk_app.services.archive import units
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.organisation import DepartmentDTO
from desk_app.services.work_orders import categories, orders
from desk_app.services.work_orders.categories import CategoryDTO, PhraseDTO
from desk_app.services.work_orders.orders import RegisterInput, RepeatInfo, ReporterChoice
from desk_app.ui.errors import message_for
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.labels import channel_choices, relation_label, urgency_choices
from desk_app.views.work_orders.common import WARNING_STYLE
from desk_app.views.work_orders.slip_printing import SlipPrinter

CATEGORY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class FormData:
    categories: list[CategoryDTO]
    departments: list[DepartmentDTO]
    phrases: list[PhraseDTO]


def load_form_data(ctx: ServiceContext) -> FormData:
    return FormData(
        categories.list_categories(ctx), organisation.list_departments(ctx), categories.list_phrases(ctx)
    )


class RegisterDialog(UnitPickerMixin, FormDialog):
    FIELD_CODES: ClassVar[dict[str, str]] = {"work_order.category_is_group": "category_id"}

    def __init__(
        self, session: AppSession, parent: QWidget | None = None, unit_id: str | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Register a work order"))
        tz = session.ctx.timezone
        self.category_list: list[CategoryDTO] = []
        self.repeat: RepeatInfo | None = None
        self._print_after = False
        self._repeat_seq = 0
        # Printing outlives the dialog (it closes on saving): the printer belongs to the parent screen.
        self.printer = SlipPrinter(session, parent)

        # -- unit, or a place in the public area
        unit_box = self.build_unit_picker(
            self.tr("3-2-1102, 3栋2单元1102, or the reporter's name or phone"), list_height=120
        )
        self.location = QLineEdit()
        self.location.setMaxLength(100)
        self.location.setPlaceholderText(self.tr("Public areas: where exactly, e.g. 3栋大堂, 地下车库B2"))

        # -- who reports
        self.reporter = QComboBox()
        self.reporter.setEditable(True)
        self.reporter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reporter.lineEdit().setMaxLength(60)
        self.reporter.lineEdit().setPlaceholderText(self.tr("Name of the person reporting"))
        self.reporter.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.phone = QLineEdit()
        self.phone.setMaxLength(30)
        self.channel = QComboBox()
        fill_choices(self.channel, channel_choices(), Channel.PHONE)

        # -- what
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.setMaxVisibleItems(20)
        self.category.lineEdit().setPlaceholderText(self.tr("Type to find: 给排水, 电梯 …"))
        self.category_model = QStandardItemModel(self)
        self.category.setModel(self.category_model)
        self.category_completer = QCompleter(QStringListModel(self), self)
        self.category_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.category_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.category.setCompleter(self.category_completer)
        self.repeat_warning = PlainLabel()
        self.repeat_warning.setWordWrap(True)
        self.repeat_warning.setStyleSheet(WARNING_STYLE)
        self.repeat_warning.hide()
        self.urgency = QComboBox()
        fill_choices(self.urgency, urgency_choices(), Urgency.NORMAL)
        self.department = QComboBox()
        self.description = NotesEdit()
        self.description.setPlaceholderText(self.tr("What is wrong (Shift+Enter: new line; Alt+A: phrases)"))
        self.phrases_button = QToolButton()
        self.phrases_button.setText(self.tr("Phr&ases"))
        self.phrases_button.setIcon(icon("phrases"))
        self.phrases_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.phrases_button.setToolTip(self.tr("Insert a common phrase (Alt+A)"))
        self.phrases_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.phrases_menu = QMenu(self.phrases_button)
        self.phrases_button.setMenu(self.phrases_menu)
        description_box = QWidget()
        row = QHBoxLayout(description_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.description, 1)
        row.addWidget(self.phrases_button, 0, Qt.AlignmentFlag.AlignTop)
        self.appointment = OptionalDateTime(
            self.tr("Appointment"), tz, next_morning(session.ctx.now(), tz, hour=9)
        )
        self.paid = QCheckBox(self.tr("Paid service (the customer pays for it)"))

        self.add_field("unit_id", self.tr("&Unit:"), unit_box, focus=[self.unit_edit, self.candidates])
        self.add_field("location", self.tr("&Place:"), self.location)
        self.add_field("reporter_name", self.tr("&Reporter:"), self.reporter)
        self.add_field("contact_phone", self.tr("P&hone:"), self.phone)
        self.add_field("channel", self.tr("Cha&nnel:"), self.channel)
        self.add_field("category_id", self.tr("&Category:"), self.category)
        self.form.addRow(self.repeat_warning)
        self.add_field("urgency", self.tr("Ur&gency:"), self.urgency)
        self.add_field("department_id", self.tr("&Department:"), self.department)
        self.add_field("description", self.tr("D&escription:"), description_box, focus=[self.description])
        self.add_tab_stop(self.phrases_button)
        self.add_field(
            "appointment_at",
            self.tr("&When:"),
            self.appointment,
            focus=[self.appointment.check, self.appointment.edit],
        )
        self.add_field("paid", self.tr("Charge:"), self.paid)

        self.save_print_button = QPushButton(icon("print"), self.tr("Save and print"))
        self.save_print_button.setToolTip(self.tr("Save, then print the slip on the saved printer (Ctrl+P)"))
        self.save_print_button.setAutoDefault(False)
        self.buttons.addButton(self.save_print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_print_button.clicked.connect(self.save_and_print)
        QShortcut(QKeySequence.StandardKey.Print, self, self.save_and_print)

        self.reporter.activated.connect(self._person_chosen)
        self.category.currentIndexChanged.connect(self._category_index_changed)
        self.category_completer.activated.connect(self._category_completed)

        self.resize(640, 0)
        self.finish_layout()
        session.call(load_form_data, self._form_data_arrived, parent=self)
        if unit_id is not None:
            session.call(lambda ctx: units.unit_card(ctx, unit_id), self._unit_card_arrived, parent=self)

    # ------------------------------------------------------------------------------------------ loading

    def _form_data_arrived(self, data: FormData) -> None:
        self.category_list = data.categories
        model = self.category_model
        model.clear()
        groups = {c.parent_id for c in data.categories if c.parent_id}
        heading = QFont(self.font())
        heading.setBold(True)
        leaves: list[str] = []
        for c in data.categories:
            item = QStandardItem(c.path)
            if c.id in groups:
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: groups are not categories
                item.setFont(heading)
            else:
                item.setData(c.id, CATEGORY_ROLE)
                leaves.append(c.path)
            model.appendRow(item)
        completions = self.category_completer.model()
        assert isinstance(completions, QStringListModel)
        completions.setStringList(leaves)
        self.category.setCurrentIndex(-1)
        self.category.setEditText("")
        current = self.department.currentData()
        self.department.clear()
        for d in data.departments:
            self.department.addItem(d.name, d.id)
        if current is not None:
            self.department.setCurrentIndex(max(0, self.department.findData(current)))
        self._fill_phrases(data.phrases)

    def _fill_phrases(self, phrases: list[PhraseDTO]) -> None:
        self.phrases_menu.clear()
        for phrase in phrases:
            action = self.phrases_menu.addAction(phrase.text)
            action.triggered.connect(lambda _checked=False, t=phrase.text: self.insert_phrase(t))
        self.phrases_button.setEnabled(bool(phrases))

    def _unit_card_arrived(self, card: Any) -> None:
        self.unit_edit.setText(card.unit.code)
        self.choose_unit(UnitCandidate(card.unit.id, card.unit.code, card.unit.owner_names))

    # ------------------------------------------------------------------------------------------ unit

    def person_combo(self) -> QComboBox:
        return self.reporter

    def unit_changed(self) -> None:
        self._check_repeat()

    def _people_arrived(self, unit_id: str, choices: list[ReporterChoice]) -> None:
        self._reporters_arrived(unit_id, choices)

    def _reporters_arrived(self, unit_id: str, choices: list[ReporterChoice]) -> None:
        if not self.fill_people(unit_id, choices):
            return
        for row, choice in enumerate(choices):
            self.reporter.setItemData(
                row,
                " ".join(x for x in (relation_label(choice.relation), choice.phone) if x),
                Qt.ItemDataRole.ToolTipRole,
            )

    def _reporter_person_id(self) -> str | None:
        return self._person_id()

    # ------------------------------------------------------------------------------------------ category

    def _category_row(self, text: str) -> int:
        """The leaf the typed text means: its exact path, else the first path containing it."""
        needle = text.strip().casefold()
        if not needle:
            return -1
        rows = [r for r in range(self.category_model.rowCount()) if self._leaf_id(r)]
        for r in rows:
            if self.category_model.item(r).text().casefold() == needle:
                return r
        return next((r for r in rows if needle in self.category_model.item(r).text().casefold()), -1)

    def _leaf_id(self, row: int) -> str | None:
        item = self.category_model.item(row)
        value = item.data(CATEGORY_ROLE) if item is not None else None
        return str(value) if value else None

    def category_id(self) -> str | None:
        """The chosen category: the combo's text must be one leaf's path."""
        text = self.category.currentText().strip()
        row = self.category.currentIndex()
        if row >= 0 and self.category_model.item(row).text() == text:
            return self._leaf_id(row)
        row = self._category_row(text)
        if row >= 0 and self.category_model.item(row).text() == text:
            return self._leaf_id(row)
        return None

    def _category_completed(self, text: str) -> None:
        row = self._category_row(text)
        if row >= 0:
            self.category.setCurrentIndex(row)

    def _category_index_changed(self, row: int) -> None:
        category_id = self._leaf_id(row) if row >= 0 else None
        if category_id is None:
            return
        chosen = next((c for c in self.category_list if c.id == category_id), None)
        if chosen is None:
            return
        self.errors["category_id"].show_message("")
        if chosen.default_department_id:
            self.department.setCurrentIndex(max(0, self.department.findData(chosen.default_department_id)))
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(chosen.default_urgency)))
        self.session.call(
            lambda ctx: categories.list_phrases(ctx, category_id), self._fill_phrases, parent=self
        )
        self._check_repeat()

    def accept_category_text(self) -> bool:
        """Enter in the category field: take what the text means, or say it means nothing."""
        row = self._category_row(self.category.currentText())
        if row < 0:
            self.errors["category_id"].show_message(message_for("work_order.category_unknown"))
            return False
        self.category.setCurrentIndex(row)
        self.category.setEditText(self.category_model.item(row).text())
        return True

    # ------------------------------------------------------------------------------------------ repeat

    def _check_repeat(self) -> None:
        self._repeat_seq += 1
        seq = self._repeat_seq
        unit_id, category_id = self.unit_id, self.category_id()
        if unit_id is None or category_id is None:
            self._show_repeat(seq, None)
            return
        self.session.call(
            lambda ctx: orders.find_repeat(ctx, unit_id, category_id),
            lambda info: self._show_repeat(seq, info),
            parent=self,
        )

    def _show_repeat(self, seq: int, info: RepeatInfo | None) -> None:
        if seq != self._repeat_seq:
            return
        self.repeat = info
        if info is None:
            self.repeat_warning.hide()
            return
        when = info.created_at.astimezone(self.session.ctx.timezone).strftime("%m-%d")
        leaf = self.category.currentText().split(" / ")[-1]
        self.repeat_warning.setText(
            self.tr(
                "⚠ {unit} already reported {category} on {date} ({number}): this order will count as a repeat "
                "repair."
            ).format(unit=self.unit_code, category=leaf, date=when, number=info.number)
        )
        self.repeat_warning.show()

    # ------------------------------------------------------------------------------------------ keyboard

    def on_enter(self, widget: QWidget) -> bool:
        if widget is self.unit_edit:
            text = self.unit_edit.text().strip()
            if not text:
                return False  # no unit: a public area, the place comes next
            if self.unit_id is not None and text == self.unit_code:
                self.reporter.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            self.resolve_unit()
            return True
        if widget is self.candidates:
            item = self.candidates.currentItem()
            if item is not None:
                self._candidate_activated(item)
            return True
        if widget is self.reporter:
            self._reporter_text_entered()
            return False
        if widget is self.category:
            return not self.accept_category_text()
        if widget is self.description:
            self.save()
            return True
        return False

    def _reporter_text_entered(self) -> None:
        index = self.reporter.findText(self.reporter.currentText().strip())
        if index >= 0 and not self.phone.text().strip():
            self._person_chosen(index)

    def insert_phrase(self, text: str) -> None:
        self.description.insertPlainText(text)
        self.description.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------------------------------ saving

    def save_and_print(self) -> None:
        self._print_after = True
        self.save()

    def build_call(self) -> ServiceCall:
        category_text = self.category.currentText().strip()
        category_id = self.category_id()
        if category_text and category_id is None:
            self._print_after = False
            local_errors({"category_id": "work_order.category_unknown"})
        unit_text = self.unit_edit.text().strip()
        known_unit = self.unit_id if unit_text else None
        data = RegisterInput(
            category_id=category_id or "",
            description=self.description.text(),
            reporter_name=self.reporter.currentText(),
            contact_phone=self.phone.text(),
            channel=Channel(self.channel.currentData()),
            unit_id=known_unit,
            location=self.location.text(),
            reporter_person_id=self._reporter_person_id() if known_unit else None,
            urgency=Urgency(self.urgency.currentData()),
            department_id=self.department.currentData() or None,
            appointment_at=self.appointment.value(),
            paid=self.paid.isChecked(),
        )

        def call(ctx: ServiceContext) -> OpResult[Any]:
            if unit_text and data.unit_id is None:
                # Saved before Enter resolved the unit: it must mean exactly one unit.
                found = {c.unit_id for c in find_units(ctx, unit_text)}
                if len(found) != 1:
                    raise DomainError("validation", fields={"unit_id": "work_order.unit_not_found"})
                return orders.register(ctx, replace(data, unit_id=found.pop()))
            return orders.register(ctx, data)

        return call

    def _failed(self, exc: BaseException) -> None:
        self._print_after = False
        super()._failed(exc)

    def _saved(self, result: Any) -> None:
        order = result.value if isinstance(result, OpResult) else result
        print_after = self._print_after
        super()._saved(result)  # the list shows the new order first; the printer's message comes after
        if print_after:
            self.printer.print_slip(order.id)
