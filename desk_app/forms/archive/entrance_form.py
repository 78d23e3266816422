"""New or changed entrance (单元) of a building: number and name."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from desk_app.forms.base import FormDialog, ServiceCall
from desk_app.services.archive import buildings
from desk_app.services.archive.buildings import EntranceInput
from desk_app.services.archive.dto import EntranceNode
from desk_app.services.archive.validation import code_part
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel, live_validate


class EntranceDialog(FormDialog):
    def __init__(
        self,
        session: AppSession,
        building_id: str,
        building_name: str,
        entrance: EntranceNode | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(
            self.tr("New entrance")
            if entrance is None
            else self.tr("Edit entrance {name}").format(name=entrance.name)
        )
        self.building_id = building_id
        self.entrance = entrance
        self.building = PlainLabel(building_name)
        self.code = QLineEdit()
        self.code.setMaxLength(10)
        self.code.setPlaceholderText(self.tr("e.g. 2"))
        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.name.setPlaceholderText(self.tr("Blank: number + 单元"))
        self.form.addRow(self.tr("Building"), self.building)
        code_error = self.add_field("code", self.tr("Number"), self.code)
        self.add_field("name", self.tr("Name"), self.name)
        live_validate(self.code, code_error, code_part)
        if entrance is not None:
            self.code.setText(entrance.code)
            self.name.setText(entrance.name)
        self.setMinimumWidth(440)
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        data = EntranceInput(code=self.code.text(), name=self.name.text().strip())
        if self.entrance is None:
            building_id = self.building_id
            return lambda ctx: buildings.create_entrance(ctx, building_id, data)
        entrance_id = self.entrance.id
        return lambda ctx: buildings.update_entrance(ctx, entrance_id, data)
