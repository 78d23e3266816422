"""The renovation officer's approval (officer's name and phone go on the permit) and the owner's notice."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desk_app.domain.validation import validate_phone
from desk_app.forms.base import FormDialog, ServiceCall
from desk_app.services.renovation import filings
from desk_app.services.renovation.views import FilingDetail
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel, live_validate
from desk_app.views.renovation.labels import NOTIFY_METHODS, notify_label


class ApprovalDialog(FormDialog):
    def __init__(self, session: AppSession, parent: QWidget | None, filing: FilingDetail) -> None:
        super().__init__(session, parent)
        self.filing = filing
        self.setWindowTitle(self.tr("Approve filing {number}").format(number=filing.number))
        facts = PlainLabel(
            self.tr("{unit}, {owner}; {contractor}; {start} to {end}.").format(
                unit=filing.unit_code,
                owner=filing.owner_name,
                contractor=filing.contractor_company,
                start=filing.planned_start.isoformat(),
                end=filing.current_end.isoformat(),
            )
        )
        facts.setWordWrap(True)
        self.form.addRow(facts)
        actor = session.actor
        self.officer = QLineEdit(filing.officer_name or (actor.display_name if actor else ""))
        self.add_field("officer_name", self.tr("&Officer:"), self.officer)
        self.phone = QLineEdit(filing.officer_phone)
        self.phone.setPlaceholderText(self.tr("Printed on the permit for the owner and the contractor"))
        live_validate(
            self.phone, self.add_field("officer_phone", self.tr("&Phone:"), self.phone), validate_phone
        )
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        filing_id, name, phone = self.filing.id, self.officer.text(), self.phone.text()
        return lambda ctx: filings.approve(ctx, filing_id, name, phone)


class NotifyDialog(FormDialog):
    def __init__(self, session: AppSession, parent: QWidget | None, filing: FilingDetail) -> None:
        super().__init__(session, parent)
        self.filing = filing
        self.setWindowTitle(self.tr("Owner notified of {number}").format(number=filing.number))
        self.how = QComboBox()
        for method in NOTIFY_METHODS:
            self.how.addItem(notify_label(method), method)
        self.add_field("how", self.tr("&How:"), self.how)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Who took the call, what was said"))
        self.add_field("note", self.tr("N&ote:"), self.note)
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        filing_id, how, note = self.filing.id, str(self.how.currentData()), self.note.text()
        return lambda ctx: filings.notify_owner(ctx, filing_id, how, note)
