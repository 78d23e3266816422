"""The complaint, suggestion or praise a walk-in brings: the complaints form pre-filled from the visit —
kind from the visit's purpose, channel 来访, unit, complainant, phone, the visit's notes as the content — and,
when saved, linked both ways (the visit to the record, the record to its visit)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from desk_app.domain.complaints import Channel, Kind
from desk_app.domain.visits import CreatedRecord, Purpose
from desk_app.forms.base import ServiceCall
from desk_app.forms.complaints.register_form import ComplaintRegisterDialog
from desk_app.forms.unit_picker import UnitCandidate
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.visits import log as visits
from desk_app.services.visits.log import VisitDTO
from desk_app.services.work_orders.orders import ReporterChoice
from desk_app.ui.session import AppSession

KIND_OF_PURPOSE = {Purpose.SUGGESTION: Kind.SUGGESTION, Purpose.PRAISE: Kind.PRAISE}


class VisitComplaintDialog(ComplaintRegisterDialog):
    def __init__(self, session: AppSession, visit: VisitDTO, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, kind=KIND_OF_PURPOSE.get(visit.purpose, Kind.COMPLAINT))
        self.visit = visit
        self.setWindowTitle(self.tr("Complaint from visit {number}").format(number=visit.number))
        self.channel.setCurrentIndex(max(0, self.channel.findData(Channel.VISIT)))
        self.content.setText(visit.notes)
        if visit.unit_id:
            self.choose_unit(
                UnitCandidate(visit.unit_id, visit.unit_code, "", visit.person_id, visit.name, visit.phone)
            )
        self._fill_complainant()
        self.category.setFocus()

    def _fill_complainant(self) -> None:
        self.complainant.setEditText(self.visit.name)
        self.phone.setText(self.visit.phone)

    def _people_arrived(self, unit_id: str, choices: list[ReporterChoice]) -> None:
        super()._people_arrived(unit_id, choices)
        if getattr(self, "visit", None) is not None:
            self._fill_complainant()  # the visitor complains, not the unit's owner

    def build_call(self) -> ServiceCall:
        register = super().build_call()
        visit_id = self.visit.id

        def call(ctx: ServiceContext) -> OpResult[Any]:
            created = register(ctx)
            linked = visits.link_created(ctx, visit_id, CreatedRecord.COMPLAINT.value, created.value.id)
            return OpResult(created.value, created.changes | linked.changes)

        return call
