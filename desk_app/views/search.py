"""The global search box (Ctrl+F): results while typing, keyboard all the way.

Typing restarts a short timer; when it fires, one search runs on the database thread. A result that comes
back for an older text is dropped, so fast typing never shows stale hits. Up/Down move in the list, Enter
opens, Esc closes. A keyboard-wedge QR scanner types into the same box, and a clerk may type a number off a paper:
any document code — the QR of a slip, receipt, pass, permit, voucher, badge (``WO|BX-…|mac``,
``RC|SJ-…|fen|mac``, ``PS|CR-…|mac`` …) or a document number of any type (``BX-`` ``TS-`` ``LF-`` ``ZX-``
``CR-`` ``SJ-`` ``TK-`` ``FX-`` ``RJ-A1-2026-000123``) — shows a one-line preview (what it is, its number
and status) instead of search hits, and Enter opens that record (``services.scan.resolve``). A forged or
unknown code says so. Work orders keep their richer preview (unit, place, category) and open with their
next step focused, because a scanned slip usually comes back to be keyed in.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desk_app.domain import qr
from desk_app.domain.enums import Relation
from desk_app.domain.errors import DomainError
from desk_app.domain.numbering import DocType, parse_number
from desk_app.services import scan
from desk_app.services import search as search_service
from desk_app.services.context import ServiceContext
from desk_app.services.scan import ScanTarget
from desk_app.services.search import SearchHit
from desk_app.services.work_orders import orders
from desk_app.services.work_orders.views import WorkOrderDetail
from desk_app.ui.errors import error_text, show_error
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.views.labels import relation_label, work_order_status_label

DEBOUNCE_MS = 120
CONTEXT = "GlobalSearch"
# record type (services.scan) → (what it is, its icon)
RECORD_TYPES: dict[str, tuple[object, str]] = {
    "work_order": (QT_TRANSLATE_NOOP("GlobalSearch", "Work order"), "work_orders"),
    "complaint": (QT_TRANSLATE_NOOP("GlobalSearch", "Complaint"), "complaints"),
    "visit": (QT_TRANSLATE_NOOP("GlobalSearch", "Visit"), "visits"),
    "renovation_filing": (QT_TRANSLATE_NOOP("GlobalSearch", "Renovation filing"), "renovation"),
    "pass": (QT_TRANSLATE_NOOP("GlobalSearch", "Temporary pass"), "keys"),
    "receipt": (QT_TRANSLATE_NOOP("GlobalSearch", "Receipt"), "fees"),
    "refund": (QT_TRANSLATE_NOOP("GlobalSearch", "Refund"), "restore"),
    "release": (QT_TRANSLATE_NOOP("GlobalSearch", "Goods-release slip"), "release"),
    "day_close": (QT_TRANSLATE_NOOP("GlobalSearch", "Day-close"), "close"),
}
VISIT_STATES: dict[str, object] = {
    "on_site": QT_TRANSLATE_NOOP("GlobalSearch", "Still on site"),
    "left": QT_TRANSLATE_NOOP("GlobalSearch", "Left"),
}


def is_work_order_code(text: str) -> bool:
    """A slip's QR text or a work-order number: opened directly, not searched for."""
    if qr.looks_like_qr(text):
        return text.strip().split("|")[0].upper() == "WO"
    try:
        return parse_number(text).doc_type is DocType.WORK_ORDER
    except DomainError:
        return False


def record_type_label(record_type: str) -> str:
    label = RECORD_TYPES.get(record_type)
    return QCoreApplication.translate(CONTEXT, str(label[0])) if label else record_type


def status_text(target: ScanTarget) -> str:
    """The record's status in the words of its own screen (imported here: each feature owns its labels)."""
    status, kind = target.status, target.record_type
    if not status:
        return ""
    if kind == "visit":
        return QCoreApplication.translate(CONTEXT, str(VISIT_STATES.get(status, status)))
    if kind == "complaint":
        from desk_app.views.labels import complaint_status_label

        return complaint_status_label(status)
    if kind == "renovation_filing":
        from desk_app.views.renovation.labels import status_label as filing_status

        return filing_status(status)
    if kind == "pass":
        from desk_app.domain.renovation import PassStatus
        from desk_app.views.renovation.passes_panel import status_label as pass_status

        return pass_status(PassStatus(status)) if status in PassStatus.__members__.values() else status
    if kind in ("receipt", "refund"):
        from desk_app.views.money.labels import status_label as money_status

        return money_status(status)
    if kind == "release":
        from desk_app.views.release.labels import status_label as release_status

        return release_status(status)
    return work_order_status_label(status) if kind == "work_order" else status


def describe_target(target: ScanTarget) -> str:
    """The one-line preview: ``Receipt    SJ-A1-2026-000123    3-2-1102    Issued``."""
    parts = (record_type_label(target.record_type), target.number, target.unit_code, status_text(target))
    return "    ".join(x for x in parts if x)


def find_work_order(ctx: ServiceContext, text: str) -> WorkOrderDetail:
    """The order a scanned QR or a typed number names (``qr.forged`` / ``work_order.not_found`` if none)."""
    return orders.find_by_scan(ctx, text) if qr.looks_like_qr(text) else orders.find_by_number(ctx, text)


class SearchResults(QFrame):
    """The drop-down under the search box; a child of the main window so the box keeps the focus."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("SearchResults { background: palette(base); border: 1px solid #90a4ae; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setUniformItemSizes(True)
        layout.addWidget(self.list)
        self.hide()


class GlobalSearch(QLineEdit):
    opened = Signal(str, str)  # kind ("unit" | "person" | a services.scan record type), id
    results_shown = Signal()

    def __init__(self, session: AppSession, popup_parent: QWidget) -> None:
        super().__init__()
        self.session = session
        self.setPlaceholderText(
            self.tr("Search: unit 3-2-1102, name, pinyin zs, phone or its last 4 digits (Ctrl+F)")
        )
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(420)
        self.setMaximumWidth(680)
        self.popup = SearchResults(popup_parent)
        self.popup.list.itemClicked.connect(self._open_item)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.installEventFilter(self)
        self.last_hits: list[SearchHit] = []

    def decorate(self) -> None:
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)

    # -- searching -------------------------------------------------------------------------------------
    def run_search(self) -> None:
        query = self.text()
        if not query.strip():
            self._show([])
            return
        if is_work_order_code(query):
            self.session.call(
                lambda ctx: find_work_order(ctx, query),
                lambda order: self._work_order_arrived(query, order),
                parent=self,
                on_error=lambda exc: self._work_order_failed(query, exc),
            )
            return
        if scan.looks_like_document(query):
            self.session.call(
                lambda ctx: scan.resolve(ctx, query),
                lambda target: self._document_arrived(query, target),
                parent=self,
                on_error=lambda exc: self._work_order_failed(query, exc),
            )
            return
        self.session.call(
            lambda ctx: search_service.search(ctx, query),
            lambda hits: self._arrived(query, hits),
            parent=self,
        )

    def _arrived(self, query: str, hits: list[SearchHit]) -> None:
        if query != self.text():
            return  # the clerk kept typing; a newer search is on its way
        self._show(hits)

    def _work_order_arrived(self, query: str, order: WorkOrderDetail) -> None:
        if query != self.text():
            return
        self.last_hits = []
        lst = self.popup.list
        lst.clear()
        where = " ".join(x for x in (order.unit_code, order.location) if x)
        text = "    ".join(
            x for x in (order.number, where, order.category_path, work_order_status_label(order.status)) if x
        )
        item = QListWidgetItem(icon("work_orders"), text)
        item.setData(Qt.ItemDataRole.UserRole, ("work_order", order.id))
        lst.addItem(item)
        lst.setCurrentRow(0)
        self._place(1)
        self.results_shown.emit()

    def _document_arrived(self, query: str, target: ScanTarget) -> None:
        if query != self.text():
            return
        self.last_hits = []
        lst = self.popup.list
        lst.clear()
        icon_name = RECORD_TYPES.get(target.record_type, ("", "search"))[1]
        item = QListWidgetItem(icon(icon_name), describe_target(target))
        item.setData(Qt.ItemDataRole.UserRole, (target.record_type, target.record_id))
        lst.addItem(item)
        lst.setCurrentRow(0)
        self._place(1)
        self.results_shown.emit()

    def _work_order_failed(self, query: str, exc: BaseException) -> None:
        if query != self.text():
            return
        if not isinstance(exc, DomainError):
            show_error(self, exc)
            return
        self.last_hits = []
        lst = self.popup.list
        lst.clear()
        item = QListWidgetItem(icon("warning"), error_text(exc))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        lst.addItem(item)
        self._place(1)
        self.results_shown.emit()

    def open_work_order(self, text: str) -> None:
        """Enter on a scanned QR or a typed number: open the order at once (a scanner types, then Enter)."""

        def opened(order: WorkOrderDetail) -> None:
            self.popup.hide()
            self.clear()  # ready for the next slip
            self.opened.emit("work_order", order.id)

        def failed(exc: BaseException) -> None:
            self.popup.hide()
            show_error(self, exc)

        self.session.call(lambda ctx: find_work_order(ctx, text), opened, parent=self, on_error=failed)

    def open_document(self, text: str) -> None:
        """Enter on any other document code or number: open its record at once (``scan.resolve``)."""

        def opened(target: ScanTarget) -> None:
            self.popup.hide()
            self.clear()  # ready for the next paper
            self.opened.emit(target.record_type, target.record_id)

        def failed(exc: BaseException) -> None:
            self.popup.hide()
            show_error(self, exc)

        self.session.call(lambda ctx: scan.resolve(ctx, text), opened, parent=self, on_error=failed)

    def _show(self, hits: list[SearchHit]) -> None:
        self._fill(hits)
        self.results_shown.emit()

    def _fill(self, hits: list[SearchHit]) -> None:
        self.last_hits = hits
        lst = self.popup.list
        lst.clear()
        if not hits:
            if self.text().strip():
                item = QListWidgetItem(self.tr("No unit or person found"))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                lst.addItem(item)
                self._place(1)
            else:
                self.popup.hide()
            return
        for hit in hits:
            item = QListWidgetItem(icon(hit.kind), self._describe(hit))
            item.setData(Qt.ItemDataRole.UserRole, (hit.kind, hit.id))
            lst.addItem(item)
        lst.setCurrentRow(0)
        self._place(len(hits))

    def _describe(self, hit: SearchHit) -> str:
        if hit.kind == "unit":
            owners = (
                self.tr("Owner: {names}").format(names=hit.detail)
                if hit.detail
                else self.tr("no owner on file")
            )
            return f"{hit.title}    {owners}"
        units = "  ".join(
            f"{code}({relation_label(rel)})" if rel is not Relation.OWNER else code for code, rel in hit.units
        )
        return "    ".join(x for x in (hit.title, hit.detail, units) if x)

    def _place(self, rows: int) -> None:
        parent = self.popup.parentWidget()
        assert parent is not None
        top_left = self.mapTo(parent, QPoint(0, self.height()))
        row_height = max(self.popup.list.sizeHintForRow(0), 22)
        height = min(rows, 12) * row_height + 6
        self.popup.setGeometry(top_left.x(), top_left.y(), max(self.width(), 640), height)
        self.popup.show()
        self.popup.raise_()

    # -- keyboard --------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            lst = self.popup.list
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.popup.isVisible():
                step = 1 if key == Qt.Key.Key_Down else -1
                lst.setCurrentRow(max(0, min(lst.count() - 1, lst.currentRow() + step)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if is_work_order_code(self.text()):
                    self._timer.stop()
                    self.open_work_order(self.text())
                    return True
                if scan.looks_like_document(self.text()):
                    self._timer.stop()
                    self.open_document(self.text())
                    return True
                if self._timer.isActive():  # Enter before the debounce fired (scanners type fast)
                    self._timer.stop()
                    self.run_search()
                self._open_item(lst.currentItem())
                return True
            if key == Qt.Key.Key_Escape:
                self.popup.hide()
                self.clear()
                return True
        if watched is self and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(150, self._hide_unless_focused)
        return super().eventFilter(watched, event)

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus():
            self.popup.hide()

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        kind, record_id = data
        self.popup.hide()
        self.opened.emit(kind, record_id)

    def focus_search(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
