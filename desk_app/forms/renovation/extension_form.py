"""同意延期: a later end for a filing, within the cap counted from the original start; who approved it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QLineEdit, QWidget

from desk_app.forms.base import FormDialog, ServiceCall
from desk_app.forms.renovation import common
from desk_app.services.renovation import filings
from desk_app.services.renovation.views import FilingDetail
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel


class ExtensionForm(FormDialog):
    def __init__(self, session: AppSession, parent: QWidget | None, filing: FilingDetail) -> None:
        super().__init__(session, parent)
        self.filing = filing
        self.setWindowTitle(self.tr("Extend filing {number}").format(number=filing.number))
        self.facts = facts = PlainLabel(
            self.tr(
                "Started {start}, now ending {end}. An extension may reach {limit} at the latest; "
                "a longer period needs a new filing. Every pass still out is extended too."
            ).format(
                start=filing.planned_start.isoformat(),
                end=filing.current_end.isoformat(),
                limit=filing.cap_limit.isoformat(),
            )
        )
        facts.setWordWrap(True)
        self.form.addRow(facts)
        proposed = min(filing.cap_limit, filing.current_end + timedelta(days=30))
        self.new_end = common.date_edit(proposed)
        self.new_end.setMinimumDate(common.qdate(filing.current_end + timedelta(days=1)))
        self.new_end.setMaximumDate(common.qdate(filing.cap_limit))
        self.add_field("new_end", self.tr("&New end:"), self.new_end)
        self.approved_by = QLineEdit(filing.officer_name)
        self.add_field("approved_by_name", self.tr("&Approved by:"), self.approved_by)
        self.note = QLineEdit()
        self.add_field("note", self.tr("N&ote:"), self.note)
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        filing_id, new_end = self.filing.id, common.pydate(self.new_end)
        who, note = self.approved_by.text(), self.note.text()
        return lambda ctx: filings.extend(ctx, filing_id, new_end, who, note)
