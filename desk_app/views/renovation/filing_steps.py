"""The filing's steps as the detail view runs them: each opens its form or calls the service.

A mixin of ``FilingDetailView`` (which provides ``session``, ``detail``, ``filing_id``, ``message`` and
``load``). The money dialogs are other engineers' screens, imported when used.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desk_app.forms.renovation.approval_dialog import ApprovalDialog, NotifyDialog
from desk_app.forms.renovation.document_dialog import DocumentDialog
from desk_app.forms.renovation.extension_form import ExtensionForm
from desk_app.forms.renovation.filing_form import FilingForm
from desk_app.forms.renovation.inspection_form import InspectionForm
from desk_app.forms.renovation.steps import CancelDialog, DownstairsDialog
from desk_app.forms.renovation.worker_form import WorkerForm
from desk_app.services.renovation import attachments, checklist
from desk_app.services.renovation.views import DocumentDTO, FilingDetail, WorkerDTO
from desk_app.ui.errors import show_error
from desk_app.ui.session import AppSession

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

log = logging.getLogger(__name__)


def lazy_class(module: str, name: str) -> Any:
    """A class from a screen another engineer provides, or None while it is not there."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        log.info("%s.%s is not available", module, name)
        return None


class FilingSteps:
    if TYPE_CHECKING:
        session: AppSession
        detail: FilingDetail | None
        filing_id: str | None
        message: SignalInstance

        def load(self, filing_id: str) -> None: ...
        def tr(self, text: str) -> str: ...

    def _parent(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def _open(self, dialog: Any) -> Any:
        dialog.saved.connect(
            lambda _v: self.message.emit(QCoreApplication.translate("FilingDetailView", "Saved."))
        )
        dialog.open()
        return dialog

    def _step(self, make: Callable[[AppSession, QWidget, FilingDetail], Any]) -> Any:
        """Open a step's dialog for the filing shown (None when no filing is shown)."""
        return self._open(make(self.session, self._parent(), self.detail)) if self.detail else None

    def edit(self) -> Any:
        return self._step(FilingForm)

    def approve(self) -> Any:
        return self._step(ApprovalDialog)

    def notify(self) -> Any:
        return self._step(NotifyDialog)

    def extend(self) -> Any:
        return self._step(ExtensionForm)

    def inspect(self) -> Any:
        return self._step(lambda s, p, d: InspectionForm(s, p, d.id, d.number))

    def downstairs(self) -> Any:
        return self._step(DownstairsDialog)

    def cancel(self) -> Any:
        return self._step(CancelDialog)

    def add_worker(self) -> Any:
        return self._step(lambda s, p, d: WorkerForm(s, p, d.id))

    def attach_document(self, doc: DocumentDTO) -> Any:
        return self._step(lambda s, p, d: DocumentDialog(s, p, d.id, doc))

    def view_document(self, doc: DocumentDTO) -> None:
        """Load the stored file on the DB thread, then show it (picture viewer or PDF preview)."""
        attachment_id = doc.attachment_id
        if attachment_id is None:
            return
        from desk_app.views.renovation.attachment_viewer import viewer_for
        from desk_app.views.renovation.labels import document_label

        def shown(loaded: tuple[bytes, str]) -> None:
            title = f"{document_label(doc.kind)} — {doc.attachment_name}".strip(" —")
            self.viewer = viewer_for(loaded[0], loaded[1], title, self._parent())
            self.viewer.open()

        self.session.call(
            lambda ctx: (attachments.load(ctx, attachment_id), attachments.mime_of(ctx, attachment_id)),
            shown,
            parent=self._parent(),
        )

    def set_document(self, doc: DocumentDTO, received: bool) -> None:
        if self.detail is None:
            return
        filing_id = self.detail.id
        self.session.call(
            lambda ctx: checklist.set_document(ctx, filing_id, doc.kind, received),
            parent=self._parent(),
            on_error=lambda exc: self._failed(exc),
        )

    def remove_worker(self, worker: WorkerDTO) -> None:
        if self.detail is None:
            return
        filing_id = self.detail.id
        self.session.call(
            lambda ctx: checklist.remove_worker(ctx, filing_id, worker.id), parent=self._parent()
        )

    def _failed(self, exc: BaseException) -> None:
        show_error(self._parent(), exc)
        if self.filing_id is not None:
            self.load(self.filing_id)  # put the tick box back as the database has it

    def _money_dialog(self, module: str, name: str) -> Any:
        dialog_class = lazy_class(module, name)
        if dialog_class is None or self.detail is None:
            self.message.emit(QCoreApplication.translate("FilingDetailView", "This is not available yet."))
            return None
        return self._open(dialog_class(self.session, self._parent(), filing_id=self.detail.id))

    def take_fees(self) -> Any:
        return self._money_dialog("desk_app.forms.money.receipt_form", "ReceiptForm")

    def refund(self) -> Any:
        return self._money_dialog("desk_app.forms.money.refund_dialog", "RefundDialog")
