"""Site page: the service centre's name, address and phone, and this desk's name.

The desk code is shown but cannot be changed here: it is fixed at installation because it is printed in
every document number this desk issues (BX-A1-2026-000123).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DomainError
from desk_app.services import installation, settings
from desk_app.services.installation import SiteInfo
from desk_app.services.settings import SiteInput
from desk_app.ui.errors import field_errors, show_error
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import ErrorLabel, PlainLabel, show_field_errors
from desk_app.views.settings.common import add_field_row, heading, hint

MAX_MONTHS = "renovation.max_months"


class SitePage(QWidget):
    KINDS = frozenset({"site"})

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.errors: dict[str, ErrorLabel] = {}
        self.site_name = QLineEdit()
        self.site_name.setMaxLength(100)
        self.site_address = QLineEdit()
        self.site_address.setMaxLength(200)
        self.site_phone = QLineEdit()
        self.site_phone.setMaxLength(40)
        self.desk_name = QLineEdit()
        self.desk_name.setMaxLength(60)
        self.desk_code = PlainLabel()
        font = self.desk_code.font()
        font.setBold(True)
        self.desk_code.setFont(font)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors["site_name"] = add_field_row(form, self.tr("Service centre &name:"), self.site_name)
        self.errors["site_address"] = add_field_row(form, self.tr("&Address:"), self.site_address)
        self.errors["site_phone"] = add_field_row(form, self.tr("&Phone:"), self.site_phone)
        self.errors["desk_name"] = add_field_row(form, self.tr("This &desk's name:"), self.desk_name)
        code_box = QWidget()
        code_column = QVBoxLayout(code_box)
        code_column.setContentsMargins(0, 0, 0, 0)
        code_column.addWidget(self.desk_code)
        code_column.addWidget(
            hint(
                self.tr(
                    "Fixed at installation: the desk code is printed in every document number this desk issues, "
                    "so it cannot be changed."
                )
            )
        )
        form.addRow(self.tr("Desk code:"), code_box)
        # Renovation: the longest period a filing (and its extensions) may cover, from its start.
        self.max_months = QSpinBox()
        declared = settings.DECLARED[MAX_MONTHS]
        self.max_months.setRange(declared.minimum or 1, declared.maximum or 24)
        self.max_months.setSuffix(self.tr(" months"))
        self.max_months.editingFinished.connect(self._max_months_edited)
        months_box = QWidget()
        months_column = QVBoxLayout(months_box)
        months_column.setContentsMargins(0, 0, 0, 0)
        months_column.addWidget(self.max_months)
        months_column.addWidget(
            hint(self.tr("Longer works need a new filing. Saved as soon as it is changed."))
        )
        form.addRow(self.tr("Longest &renovation filing:"), months_box)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        self.status = PlainLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Site")))
        layout.addWidget(hint(self.tr("Printed at the top of slips, receipts and permits.")))
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setMaximumWidth(760)

        session.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.KINDS:
            self.reload()

    def reload(self) -> None:
        self.session.call(installation.site_info, on_done=self._show, parent=self)
        self.session.call(
            lambda ctx: settings.get(ctx, MAX_MONTHS), on_done=self.max_months.setValue, parent=self
        )

    def _max_months_edited(self) -> None:
        value = self.max_months.value()
        self.session.call(
            lambda ctx: settings.put(ctx, MAX_MONTHS, value),
            on_done=self._saved,
            parent=self,
            on_error=self._failed,
        )

    def _show(self, info: SiteInfo) -> None:
        self.site_name.setText(info.site_name)
        self.site_address.setText(info.site_address)
        self.site_phone.setText(info.site_phone)
        self.desk_name.setText(info.desk_name)
        self.desk_code.setText(info.desk_code)

    def save(self) -> None:
        data = SiteInput(
            self.site_name.text(), self.site_address.text(), self.site_phone.text(), self.desk_name.text()
        )
        show_field_errors(self.errors, {})
        self.status.setText("")
        self.session.call(
            lambda ctx: settings.update_site(ctx, data),
            on_done=self._saved,
            parent=self,
            on_error=self._failed,
        )

    def _saved(self, _result: Any) -> None:
        self.status.setText(self.tr("Saved."))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError) and exc.code == "validation":
            show_field_errors(self.errors, field_errors(exc))
        else:
            show_error(self, exc)
