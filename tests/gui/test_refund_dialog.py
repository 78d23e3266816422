"""The deposit refund dialog driven like a clerk: scan, see what blocks, fix it, deduct, refund in two parts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.db.models import RenovationFiling, TempPass
from desk_app.domain.errors import DomainError
from desk_app.forms.money.refund_dialog import RefundDialog
from desk_app.services.money import refunds
from desk_app.services.printers import ProfileDTO
from desk_app.services.renovation import passes
from desk_app.ui import printing
from desk_app.ui.session import AppSession
from tests.gui.conftest import type_text
from tests.unit.services.test_money_refunds_fixtures import Deposit, make_deposit, passes_of, update

SHOTS = Path("/tmp/shots")


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The saved printer: the PDFs that would have gone to it (the Qt print path is tested elsewhere)."""
    out: list[bytes] = []

    def fake_print_pdf(
        pdf: bytes, profile: ProfileDTO, paper_key: str, parent: object = None, ask: bool = False
    ) -> str:
        out.append(pdf)
        return "PDF 打印机"

    monkeypatch.setattr(printing, "print_pdf", fake_print_pdf)
    return out


def _open(qtbot: QtBot, session: AppSession, filing_id: str) -> RefundDialog:
    dialog = RefundDialog(session, None, filing_id=filing_id)  # deletes itself on closing: not qtbot's
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # keys and shortcuts go to the active window
    return dialog


def _shot(dialog: RefundDialog, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()  # hidden error lines give their room back before the picture
    dialog.grab().save(str(SHOTS / f"{name}.png"))


def _ctrl(qtbot: QtBot, dialog: RefundDialog, key: Qt.Key) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, key, Qt.KeyboardModifier.ControlModifier)


def _unmet(dialog: RefundDialog) -> list[str]:
    return [t.removeprefix("✗ ") for t in dialog.conditions.unmet_texts()]


def test_blocked_until_the_pass_is_back_then_partial_and_final_refund(
    qtbot: QtBot, session: AppSession, printed: list[bytes]
) -> None:
    d: Deposit = make_deposit(session.ctx)
    out_pass = passes_of(session.ctx, d.filing_id)[0]
    update(session.ctx, TempPass, out_pass, status="active")  # every condition met but one: a pass is out

    dialog = _open(qtbot, session, d.filing_id)
    assert dialog.receipt.text() == d.receipt_number  # the filing's deposit receipt, typed for the clerk
    # The clerk scans the paper instead (the scanner types the code and presses Enter), ticks the permit.
    dialog.receipt.selectAll()
    qtbot.keyClicks(dialog.receipt, d.qr_text)
    qtbot.keyClick(dialog.receipt, Qt.Key.Key_Return)
    assert dialog.receipt_presented.isChecked()  # a verified scan proves the paper is here
    assert dialog.focusWidget() is dialog.receipt_presented
    qtbot.keyClick(dialog.receipt_presented, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.permit, Qt.Key.Key_Space)
    assert dialog.permit.isChecked()
    assert _unmet(dialog) == ["Temporary passes neither returned nor reported lost: 1."]
    assert not dialog.save_button.isEnabled()
    _shot(dialog, "refund_blocked")
    _ctrl(qtbot, dialog, Qt.Key.Key_P)
    assert refunds.list_refunds(session.ctx) == [] and printed == []

    # The worker brings the card back at the pass counter; F5 (or any saved change) re-checks.
    passes.return_pass(session.ctx, out_pass)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_F5)
    assert _unmet(dialog) == [] and dialog.save_button.isEnabled()
    assert dialog.deductions.table.rowCount() == 1  # the lost pass's unpaid fee, suggested

    # A damage deduction typed in, then a partial refund of ¥1,000.
    dialog.deductions.reason.setFocus()
    qtbot.keyClick(dialog.deductions.reason, Qt.Key.Key_Return)  # first reason: damage → note
    type_text(qtbot, dialog.deductions.note, "电梯轿厢划痕")
    qtbot.keyClick(dialog.deductions.note, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.deductions.amount, "150")
    qtbot.keyClick(dialog.deductions.amount, Qt.Key.Key_Return)
    assert dialog.deductions.table.rowCount() == 2
    assert dialog.totals.text("deducted") == "¥170.00 人民币壹佰柒拾元整"
    assert dialog.totals.text("refund") == "¥2,830.00 人民币贰仟捌佰叁拾元整"
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "1000")
    assert dialog.totals.text("refund") == "¥1,000.00 人民币壹仟元整"
    assert dialog.totals.text("left") == "¥1,830.00 人民币壹仟捌佰叁拾元整"
    qtbot.keyClicks(dialog.amount, "0")  # ¥10,000: more than is left
    assert "At most ¥2,830.00" in dialog.errors["amount"].text() and not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Backspace)
    _shot(dialog, "refund_ready")
    with qtbot.waitSignal(dialog.accepted):  # refunded, printed, closed
        _ctrl(qtbot, dialog, Qt.Key.Key_P)

    first = refunds.list_refunds(session.ctx, filing_id=d.filing_id)
    assert [(r.number, r.deducted_fen, r.refunded_fen) for r in first] == [
        ("TK-A1-2026-000001", 17_000, 100_000)
    ]
    assert len(printed) == 1 and first[0].print_count == 1

    # Later the owner comes back for the rest: only what is left is offered, the lost pass is not suggested again.
    dialog = _open(qtbot, session, d.filing_id)
    assert dialog.receipt.text() == d.receipt_number
    assert _unmet(dialog) == [
        "The original renovation permit (装修备案登记证) has not been presented.",
        "The deposit receipt has not been presented: scan its QR code, or tick that the paper was shown.",
    ]
    dialog.receipt_presented.setChecked(True)  # the clerk saw the paper (typed number)
    dialog.permit.setChecked(True)
    assert dialog.deductions.table.rowCount() == 0
    assert dialog.totals.text("earlier") == "¥1,170.00 人民币壹仟壹佰柒拾元整"
    assert dialog.totals.text("refund") == "¥1,830.00 人民币壹仟捌佰叁拾元整"
    with qtbot.waitSignal(dialog.accepted):  # refunded, printed, closed
        _ctrl(qtbot, dialog, Qt.Key.Key_P)
    assert [r.refunded_fen for r in refunds.list_refunds(session.ctx, filing_id=d.filing_id)] == [
        183_000,
        100_000,
    ]
    with session.ctx.db.read() as s:
        assert s.get(RenovationFiling, d.filing_id).status == "refunded"  # type: ignore[union-attr]


def test_a_clerk_sees_the_checks_but_cannot_refund(qtbot: QtBot, clerk_session: AppSession) -> None:
    d = make_deposit(clerk_session.ctx)
    dialog = RefundDialog(clerk_session, None, receipt_number=d.qr_text)
    qtbot.addWidget(dialog)
    dialog.permit.setChecked(True)
    assert _unmet(dialog) == [] and not dialog.save_button.isEnabled()
    assert "Only a supervisor" in dialog.hint.text()


def test_a_forged_code_is_explained_under_the_field(qtbot: QtBot, session: AppSession) -> None:
    d = make_deposit(session.ctx)
    dialog = RefundDialog(session, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.receipt, d.qr_text[:-1] + ("0" if d.qr_text[-1] != "0" else "1"))
    qtbot.keyClick(dialog.receipt, Qt.Key.Key_Return)
    assert dialog.receipt_error.text() == (
        f"The code for {d.receipt_number} was not printed by this installation: check the paper."
    )
    assert dialog.check is None and not dialog.save_button.isEnabled()
    assert dialog.totals.text("paid") == "—"  # nothing is offered for a forged paper


def test_without_a_printer_the_refund_stays_and_the_preview_opens(
    qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    def no_printer(*_args: object, **_kwargs: object) -> str:
        raise DomainError("printing.no_printer")

    monkeypatch.setattr(printing, "print_pdf", no_printer)
    d = make_deposit(session.ctx)
    dialog = RefundDialog(session, None, receipt_number=d.qr_text)
    qtbot.addWidget(dialog)
    dialog.permit.setChecked(True)
    dialog.save()
    refund = dialog.refund
    assert refund is not None and refund.number == "TK-A1-2026-000001"
    assert dialog.printer.preview_dialog is not None  # the voucher, to print with the dialog
    dialog.printer.preview_dialog.reject()
    assert dialog.save_button.text() == "&Print again"
    assert dialog.hint.text().startswith("Refund TK-A1-2026-000001 issued.\nNo printer")
    assert not dialog.amount.isEnabled() and dialog.preview_button.isVisibleTo(dialog)
    dialog.save()  # Ctrl+P again prints the same refund, never a second one
    assert [r.number for r in refunds.list_refunds(session.ctx)] == ["TK-A1-2026-000001"]
    _shot(dialog, "refund_issued")
