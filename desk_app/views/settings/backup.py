"""Backup page: back up now, where backups go, how many are kept, and restoring one.

Every file operation (backing up, listing, checking a backup) runs on the I/O pool. Restoring is not done
here: after an integrity check and the user's confirmation the page emits ``session.restore_requested`` and the
app controller closes the database, takes a safety backup, restores and asks everyone to sign in again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.roles import Permission
from desk_app.services import backup, settings
from desk_app.services.backup import BackupInfo
from desk_app.services.context import OpResult
from desk_app.ui.errors import show_error
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.widgets import ErrorLabel, PlainLabel
from desk_app.views.labels import backup_kind_label
from desk_app.views.settings.common import (
    ask,
    data_size,
    fit_columns,
    heading,
    hint,
    local_time,
    make_table,
    selected,
)

KEEP_DAILY, KEEP_MONTHLY, SECOND_FOLDER = "backup.keep_daily", "backup.keep_monthly", "backup.second_folder"


class BackupPage(QWidget):
    KINDS = frozenset({"backup", "setting"})

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.folder = backup.default_backup_folder(session.paths.db)
        self.stem = session.paths.db.stem
        self.second_folder = ""
        self._stored: dict[str, Any] = {}
        tz = session.ctx.timezone
        self.can_configure = session.can(Permission.MANAGE_SETTINGS)
        self.can_restore = session.can(Permission.RESTORE)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Backup")))
        layout.addWidget(
            hint(
                self.tr(
                    "The program backs up by itself at start-up and once a day. Back up by hand before a big change "
                    "or before moving the computer."
                )
            )
        )
        self.last_backup = PlainLabel()
        layout.addWidget(self.last_backup)
        self.backup_button = QPushButton(icon("backup"), self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result = PlainLabel()
        self.result.setWordWrap(True)
        self.result.hide()
        layout.addWidget(self.result)
        self.second_warning = ErrorLabel()
        layout.addWidget(self.second_warning)

        self.folder_edit = QLineEdit(str(self.folder))
        self.folder_edit.setReadOnly(True)
        self.second_edit = QLineEdit()
        self.second_edit.setReadOnly(True)
        self.second_edit.setPlaceholderText(self.tr("None: backups stay on this computer only"))
        self.keep_daily = QSpinBox()
        self.keep_monthly = QSpinBox()
        if self.can_configure:
            folders = self._folders_box()
            folders.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            layout.addWidget(folders)
        if self.can_restore:
            self.model = RowTableModel(
                [
                    Column(self.tr("Time"), lambda b: local_time(b.created_at, tz)),
                    Column(self.tr("Kind"), lambda b: backup_kind_label(b.kind)),
                    Column(self.tr("Size"), lambda b: data_size(b.size_bytes), align_right=True),
                    Column(self.tr("File"), lambda b: b.path.name, tooltip=lambda b: str(b.path)),
                ],
                parent=self,
            )
            layout.addWidget(self._list_box(), 1)
        else:
            self.model = RowTableModel([], parent=self)
            layout.addStretch(1)

        session.changed.connect(self._on_changed)
        self.reload()

    # --- layout
    def _folders_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Where backups go"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        open_button = QPushButton(self.tr("&Open folder"))
        open_button.clicked.connect(self.open_folder)
        choose = QPushButton(self.tr("&Choose…"))
        choose.clicked.connect(self.choose_second_folder)
        self.clear_second = QPushButton(self.tr("No second copy"))
        self.clear_second.clicked.connect(lambda: self._put(SECOND_FOLDER, ""))
        self.second_error = ErrorLabel()
        for spin, key in ((self.keep_daily, KEEP_DAILY), (self.keep_monthly, KEEP_MONTHLY)):
            declared = settings.DECLARED[key]
            spin.setRange(declared.minimum or 0, declared.maximum or 9999)
            spin.setValue(int(declared.default))
            spin.editingFinished.connect(lambda spin=spin, key=key: self._keep_edited(spin, key))
        self.keep_daily.setSuffix(self.tr(" days"))
        self.keep_monthly.setSuffix(self.tr(" months"))
        rows: list[tuple[str, QWidget | QHBoxLayout]] = [
            (self.tr("Backup folder:"), self._with_buttons(self.folder_edit, open_button)),
            (self.tr("Second copy:"), self._with_buttons(self.second_edit, choose, self.clear_second)),
            ("", self.second_error),
            (
                "",
                hint(
                    self.tr(
                        "A USB stick or a network share: a second copy survives a broken or stolen computer."
                    )
                ),
            ),
            (self.tr("Keep daily backups for:"), self._left(self.keep_daily)),
            (self.tr("Keep monthly backups for:"), self._left(self.keep_monthly)),
            (
                "",
                hint(
                    self.tr(
                        "Older backups are deleted automatically. Backups taken before a restore or an "
                        "upgrade are always kept."
                    )
                ),
            ),
        ]
        for row, (caption, field) in enumerate(rows):
            if caption:
                grid.addWidget(PlainLabel(caption), row, 0)
            if isinstance(field, QWidget):
                grid.addWidget(field, row, 1)
            else:
                grid.addLayout(field, row, 1)
        return box

    def _list_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups in this folder"))
        column = QVBoxLayout(box)
        self.table = make_table(self.model)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        column.addWidget(self.table, 1)
        self.restore_button = QPushButton(icon("restore"), self.tr("&Restore selected…"))
        self.restore_button.clicked.connect(self.restore_selected)
        refresh = QPushButton(self.tr("Re&fresh"))
        refresh.clicked.connect(self.reload)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(refresh)
        row.addStretch(1)
        column.addLayout(row)
        self.restore_problem = ErrorLabel()
        self.restore_problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.restore_problem)
        self._update_buttons()
        return box

    @staticmethod
    def _left(widget: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(widget)
        row.addStretch(1)
        return row

    @staticmethod
    def _with_buttons(edit: QLineEdit, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        for button in buttons:
            row.addWidget(button)
        return row

    # --- loading
    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.KINDS:
            self.reload()

    def reload(self) -> None:
        self.session.call(settings.get_all, on_done=self._show_settings, parent=self)
        folder, stem = self.folder, self.stem
        self.session.runner.io(
            lambda: backup.list_backups(folder, stem), self._show_backups, lambda exc: show_error(self, exc)
        )

    def _show_settings(self, values: dict[str, Any]) -> None:
        self._stored = values
        self.second_folder = str(values.get(SECOND_FOLDER) or "")
        self.second_edit.setText(self.second_folder)
        self.keep_daily.setValue(int(values[KEEP_DAILY]))
        self.keep_monthly.setValue(int(values[KEEP_MONTHLY]))

    def _show_backups(self, backups: list[BackupInfo]) -> None:
        tz = self.session.ctx.timezone
        if backups:
            self.last_backup.setText(
                self.tr("Last backup: {time}").format(time=local_time(backups[0].created_at, tz))
            )
        else:
            self.last_backup.setText(self.tr("No backup in this folder yet."))
        if self.can_restore:
            current = self.selected_backup()
            self.model.set_rows(backups)
            fit_columns(self.table)
            if current is not None:
                row = self.model.find(lambda b: b.path == current.path)
                if row >= 0:
                    self.table.selectRow(row)
            self._update_buttons()

    # --- backing up
    def back_up_now(self) -> None:
        ctx, folder = self.session.ctx, self.folder
        second = Path(self.second_folder) if self.second_folder else None
        self.backup_button.setEnabled(False)
        self.backup_button.setText(self.tr("Backing up…"))
        self.result.hide()
        self.second_warning.show_message("")
        self.session.runner.io(
            lambda: backup.run_backup(ctx, folder, second, "manual"), self._backed_up, self._backup_failed
        )

    def _button_ready(self) -> None:
        self.backup_button.setEnabled(True)
        self.backup_button.setText(self.tr("&Back up now"))

    def _backed_up(self, result: OpResult[BackupInfo]) -> None:
        self._button_ready()
        info = result.value
        lines = [self.tr("Backup saved: {path}").format(path=info.path)]
        if info.second_copy is not None:
            lines.append(self.tr("Second copy: {path}").format(path=info.second_copy))
        self.result.setText("\n".join(lines))
        self.result.show()
        if info.second_folder_error:
            self.second_warning.show_message(
                self.tr(
                    "The second copy could not be written ({reason}). The backup itself is fine; check that the "
                    "USB stick or network share is connected."
                ).format(reason=info.second_folder_error)
            )
        self.session.notify(result.changes)
        self.session.backup_done.emit(info.created_at)

    def _backup_failed(self, exc: BaseException) -> None:
        self._button_ready()
        show_error(self, exc)

    # --- folders and rotation
    def open_folder(self) -> None:
        folder = self.folder
        self.session.runner.io(
            lambda: folder.mkdir(parents=True, exist_ok=True),
            lambda _: self._open_url(QUrl.fromLocalFile(str(folder))),
            lambda exc: show_error(self, exc),
        )

    @staticmethod
    def _open_url(url: QUrl) -> None:
        QDesktopServices.openUrl(url)

    def choose_directory(self) -> str:
        """Asks the user for a folder ("" when cancelled); tests replace it."""
        return QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the second copy"), self.second_folder or str(Path.home())
        )

    def choose_second_folder(self) -> None:
        chosen = self.choose_directory()
        if not chosen:
            return
        if Path(chosen).resolve() == self.folder.resolve():
            self.second_error.show_message(
                self.tr("Choose another place than the backup folder: a USB stick or a network share.")
            )
            return
        self.second_error.show_message("")
        self._put(SECOND_FOLDER, chosen)

    def _keep_edited(self, spin: QSpinBox, key: str) -> None:
        if self._stored and spin.value() != self._stored.get(key):
            self._put(key, spin.value())

    def _put(self, key: str, value: Any) -> None:
        self.session.call(lambda ctx: settings.put(ctx, key, value), parent=self)

    # --- restoring
    def selected_backup(self) -> BackupInfo | None:
        info: BackupInfo | None = selected(self.table) if self.can_restore else None
        return info

    def _update_buttons(self) -> None:
        if self.can_restore:
            self.restore_button.setEnabled(self.selected_backup() is not None)

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is None:
            return
        self.restore_problem.show_message("")
        path = info.path
        self.session.runner.io(
            lambda: backup.integrity_check(path),
            lambda problems: self._checked(info, problems),
            lambda exc: show_error(self, exc),
        )

    def _checked(self, info: BackupInfo, problems: list[str]) -> None:
        if problems:
            self.restore_problem.show_message(
                self.tr("This backup is damaged and cannot be restored:") + "\n" + "\n".join(problems[:10])
            )
            return
        when = local_time(info.created_at, self.session.ctx.timezone)
        if self.confirm(
            self.tr("Restore backup"),
            self.tr(
                "Restore the backup of {time}?\n\n"
                "A safety backup of the current data is made first, so nothing is lost. Then the data is "
                "replaced by the backup's: anything entered after {time} will not be shown.\n\n"
                "The program closes the database and everyone must sign in again."
            ).format(time=when),
            self.tr("Restore"),
        ):
            self.session.restore_requested.emit(info.path)

    def confirm(self, title: str, text: str, yes_text: str) -> bool:
        """Asks the user; tests replace it."""
        return ask(self, title, text, yes_text)
