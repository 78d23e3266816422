"""The work order a walk-in reports: the work-order form (``RegisterDialog``) pre-filled from the visit —
unit, reporter, phone, channel 来访, the visit's notes — and, when saved, linked both ways (the visit to the
order, the order to its visit) in the same call on the database thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from desk_app.domain.visits import CreatedRecord
from desk_app.domain.work_orders import Channel
from desk_app.forms.base import ServiceCall
from desk_app.forms.unit_picker import UnitCandidate
from desk_app.forms.work_orders.register_form import RegisterDialog
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.visits import log as visits
from desk_app.services.visits.log import VisitDTO
from desk_app.services.work_orders.orders import ReporterChoice
from desk_app.ui.session import AppSession


class VisitWorkOrderDialog(RegisterDialog):
    def __init__(self, session: AppSession, visit: VisitDTO, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.visit = visit
        self.setWindowTitle(self.tr("Work order from visit {number}").format(number=visit.number))
        self.channel.setCurrentIndex(max(0, self.channel.findData(Channel.VISIT)))
        self.description.setText(visit.notes)
        if visit.unit_id:
            self.choose_unit(
                UnitCandidate(visit.unit_id, visit.unit_code, "", visit.person_id, visit.name, visit.phone)
            )
        self._fill_reporter()
        self.category.setFocus()

    def _fill_reporter(self) -> None:
        self.reporter.setEditText(self.visit.name)
        self.phone.setText(self.visit.phone)

    def _reporters_arrived(self, unit_id: str, choices: list[ReporterChoice]) -> None:
        super()._reporters_arrived(unit_id, choices)
        if getattr(self, "visit", None) is not None:
            self._fill_reporter()  # the visitor reports, not the unit's owner

    def build_call(self) -> ServiceCall:
        register = super().build_call()
        visit_id = self.visit.id

        def call(ctx: ServiceContext) -> OpResult[Any]:
            created = register(ctx)
            linked = visits.link_created(ctx, visit_id, CreatedRecord.WORK_ORDER.value, created.value.id)
            return OpResult(created.value, created.changes | linked.changes)

        return call
