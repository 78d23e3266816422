"""The small steps of a filing: cancel (with a reason) and the downstairs owner's no-leak signature."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit, QWidget

from desk_app.forms.base import FormDialog, ServiceCall
from desk_app.services.renovation import filings, inspections
from desk_app.services.renovation.views import FilingDetail
from desk_app.ui.session import AppSession


class CancelDialog(FormDialog):
    def __init__(self, session: AppSession, parent: QWidget | None, filing: FilingDetail) -> None:
        super().__init__(session, parent)
        self.filing = filing
        self.setWindowTitle(self.tr("Cancel filing {number}").format(number=filing.number))
        self.reason = QLineEdit()
        self.add_field("reason", self.tr("&Reason:"), self.reason)
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        filing_id, reason = self.filing.id, self.reason.text()
        return lambda ctx: filings.cancel(ctx, filing_id, reason)


class DownstairsDialog(FormDialog):
    def __init__(self, session: AppSession, parent: QWidget | None, filing: FilingDetail) -> None:
        super().__init__(session, parent)
        self.filing = filing
        self.setWindowTitle(self.tr("Downstairs owner signed ({number})").format(number=filing.number))
        self.signed_by = QLineEdit(filing.downstairs_signed_by)
        self.signed_by.setPlaceholderText(self.tr("Name and unit of the owner below"))
        self.add_field("signed_by", self.tr("&Signed by:"), self.signed_by)
        now = session.ctx.local_now()
        self.signed_at = QDateTimeEdit(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )
        self.signed_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.signed_at.setCalendarPopup(True)
        self.add_field("signed_at", self.tr("&When:"), self.signed_at)
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        filing_id, who = self.filing.id, self.signed_by.text()
        local: datetime = self.signed_at.dateTime().toPython()
        at = local.replace(tzinfo=self.session.ctx.timezone)
        return lambda ctx: inspections.record_downstairs_signature(ctx, filing_id, who, at)
