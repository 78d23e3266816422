"""First run: set up the service centre, this desk, the first administrator and the departments — or open
the demo. Nothing is written until the last page is accepted; every page checks its fields with the same
rules the service applies (services/installation.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desk_app.domain.enums import DEFAULT_DEPARTMENTS, DepartmentKind
from desk_app.domain.errors import DomainError
from desk_app.services.auth import check_new_password, check_username
from desk_app.services.installation import SetupInput, validate_desk_code
from desk_app.ui.errors import message_for
from desk_app.ui.widgets import ErrorLabel, PlainLabel

PAGE_WELCOME, PAGE_SITE, PAGE_DESK, PAGE_ADMIN, PAGE_DEPARTMENTS = range(5)


def _row(form: QFormLayout, label: str, edit: QWidget) -> ErrorLabel:
    err = ErrorLabel()
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(edit)
    box.addWidget(err)
    form.addRow(QLabel(label), box)
    return err


class WelcomePage(QWizardPage):
    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(
            self.tr("There is no database yet. Set up this service desk, or look around in a demo.")
        )
        layout = QVBoxLayout(self)
        self.new = QRadioButton(self.tr("Set up a new service centre"))
        self.demo = QRadioButton(self.tr("Open the demo (a sample estate with 3,000 units; nothing real)"))
        self.new.setChecked(True)
        layout.addWidget(self.new)
        layout.addWidget(self.demo)
        where = PlainLabel(self.tr("Database file: {path}").format(path=db_path))
        where.setWordWrap(True)
        where.setStyleSheet("color: #607d8b;")
        layout.addStretch(1)
        layout.addWidget(where)

    def nextId(self) -> int:
        return -1 if self.demo.isChecked() else PAGE_SITE

    def isFinalPage(self) -> bool:
        return self.demo.isChecked()


class SitePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Service centre"))
        self.setSubTitle(self.tr("Printed on slips and receipts."))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.name_error = _row(form, self.tr("Name"), self.name)
        _row(form, self.tr("Address"), self.address)
        _row(form, self.tr("Phone"), self.phone)
        self.name.setPlaceholderText(self.tr("e.g. 阳光花园服务中心"))

    def validatePage(self) -> bool:
        ok = bool(self.name.text().strip())
        self.name_error.show_message("" if ok else message_for("field.required"))
        return ok


class DeskPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("This desk"))
        self.setSubTitle(
            self.tr(
                "The short code is part of every document number this desk issues "
                "(e.g. BX-A1-2026-000123) and cannot be changed later."
            )
        )
        form = QFormLayout(self)
        self.name = QLineEdit(self.tr("Front desk 1"))
        self.code = QLineEdit("A1")
        self.code.setMaxLength(4)
        self.name_error = _row(form, self.tr("Desk name"), self.name)
        self.code_error = _row(form, self.tr("Short code"), self.code)

    def validatePage(self) -> bool:
        name_ok = bool(self.name.text().strip())
        self.name_error.show_message("" if name_ok else message_for("field.required"))
        try:
            self.code.setText(validate_desk_code(self.code.text()))
            self.code_error.show_message("")
            return name_ok
        except DomainError as exc:
            self.code_error.show_message(message_for(exc.code, exc.params))
            return False


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(self.tr("This account manages users, settings and backups."))
        form = QFormLayout(self)
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_error = _row(form, self.tr("User name"), self.username)
        self.display_error = _row(form, self.tr("Full name"), self.display_name)
        self.password_error = _row(form, self.tr("Password"), self.password)
        self.repeat_error = _row(form, self.tr("Repeat password"), self.repeat)

    def validatePage(self) -> bool:
        ok = True
        for label, check in (
            (self.username_error, lambda: check_username(self.username.text())),
            (self.password_error, lambda: check_new_password(self.password.text())),
        ):
            try:
                check()
                label.show_message("")
            except DomainError as exc:
                label.show_message(message_for(exc.code, exc.params))
                ok = False
        if not self.display_name.text().strip():
            self.display_error.show_message(message_for("field.required"))
            ok = False
        else:
            self.display_error.show_message("")
        same = self.password.text() == self.repeat.text()
        self.repeat_error.show_message("" if same else self.tr("The two passwords differ."))
        return ok and same


class DepartmentsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Departments"))
        self.setSubTitle(
            self.tr(
                "Who receives work from the desk. Double-click to rename; you can change "
                "them later in Settings."
            )
        )
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        for name, kind in DEFAULT_DEPARTMENTS:
            self._add(name, kind)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._add_new)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.list.takeItem(self.list.currentRow()))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

    def _add(self, name: str, kind: DepartmentKind) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(Qt.ItemDataRole.UserRole, kind.value)
        self.list.addItem(item)
        return item

    def _add_new(self) -> None:
        item = self._add(self.tr("New department"), DepartmentKind.OTHER)
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def departments(self) -> list[tuple[str, DepartmentKind]]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            out.append((item.text().strip(), DepartmentKind(item.data(Qt.ItemDataRole.UserRole))))
        return out

    def validatePage(self) -> bool:
        names = [n for n, _ in self.departments()]
        ok = bool(names) and all(names) and len(set(names)) == len(names)
        self.error.show_message("" if ok else message_for("setup.departments_invalid"))
        return ok


class SetupWizard(QWizard):
    """After ``exec()``: ``wants_demo`` or ``setup_input()``."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up the service desk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(640, 480)
        self.welcome = WelcomePage(db_path)
        self.site = SitePage()
        self.desk = DeskPage()
        self.admin = AdminPage()
        self.departments = DepartmentsPage()
        for page_id, page in enumerate((self.welcome, self.site, self.desk, self.admin, self.departments)):
            self.setPage(page_id, page)

    @property
    def wants_demo(self) -> bool:
        return self.welcome.demo.isChecked()

    def setup_input(self) -> SetupInput:
        return SetupInput(
            site_name=self.site.name.text().strip(),
            site_address=self.site.address.text().strip(),
            site_phone=self.site.phone.text().strip(),
            desk_name=self.desk.name.text().strip(),
            desk_code=self.desk.code.text().strip(),
            admin_username=self.admin.username.text().strip(),
            admin_display_name=self.admin.display_name.text().strip(),
            admin_password=self.admin.password.text(),
            departments=self.departments.departments(),
        )
