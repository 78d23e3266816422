"""The two steps after issuing: the gate's copy came back (guard and time as written on it), and 作废.

Both show the slip's number, unit and items on top so the clerk checks the paper against the record.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from desk_app.forms.base import FormDialog, ServiceCall
from desk_app.forms.work_orders.common import DateTimeField
from desk_app.services.release import slips
from desk_app.services.release.slips import ReleaseDTO
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel


def _subtitle(release: ReleaseDTO) -> PlainLabel:
    items = "、".join(f"{i.name}×{i.quantity}" for i in release.items)
    label = PlainLabel(f"{release.number}    {release.unit_code}    {release.applicant_name}\n{items}")
    label.setWordWrap(True)
    label.setStyleSheet("color: #37474f; padding-bottom: 6px;")
    return label


class GuardConfirmDialog(FormDialog):
    """门岗确认: who let the goods out and when; Enter on the time saves."""

    def __init__(self, session: AppSession, release: ReleaseDTO, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.release = release
        self.setWindowTitle(self.tr("Gate confirmed {number}").format(number=release.number))
        self.form.addRow(_subtitle(release))
        self.guard = QLineEdit()
        self.guard.setMaxLength(60)
        self.guard.setPlaceholderText(self.tr("The guard's name as signed on the gate's copy"))
        self.at = DateTimeField(session.ctx.timezone, session.ctx.now())
        self.add_field("guard_name", self.tr("&Guard:"), self.guard)
        self.add_field("confirmed_at", self.tr("&Released at:"), self.at)
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        release_id, name, at = self.release.id, self.guard.text(), self.at.value()
        return lambda ctx: slips.confirm_by_guard(ctx, release_id, name, at)


class VoidReleaseDialog(FormDialog):
    """作废 (supervisor): the number stays taken; later copies print 作废."""

    def __init__(self, session: AppSession, release: ReleaseDTO, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.release = release
        self.setWindowTitle(self.tr("Void {number}").format(number=release.number))
        self.form.addRow(_subtitle(release))
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Why (kept with the slip)"))
        self.add_field("reason", self.tr("&Reason:"), self.reason)
        self.save_button.setText(self.tr("&Void"))
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        release_id, reason = self.release.id, self.reason.text()
        return lambda ctx: slips.void_release(ctx, release_id, reason)
