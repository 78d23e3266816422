"""Two read-only panels of the refund dialog: the conditions (✓ / ✗ in words) and the totals (figures + 大写).

Everything shown is plain text (``PlainLabel``): the sentences carry names typed by clerks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QVBoxLayout, QWidget

from desk_app.domain.money import amount_in_words, format_yuan, from_fen
from desk_app.domain.refunds import Blocker, condition_states
from desk_app.ui.errors import message_for
from desk_app.ui.widgets import PlainLabel

MET_STYLE = "color: #2e7d32;"
UNMET_STYLE = "color: #c62828;"


class ConditionsPanel(QGroupBox):
    """Every refund condition in the seed's order: green ✓ with what holds, red ✗ with what is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Refund conditions"))
        column = QVBoxLayout(self)
        self.hint = PlainLabel(self.tr("Scan or type the deposit receipt to check the conditions."))
        self.hint.setWordWrap(True)
        column.addWidget(self.hint)
        self.labels: dict[str, PlainLabel] = {}
        for key, _failing in condition_states([]):
            label = PlainLabel()
            label.setWordWrap(True)
            label.hide()
            column.addWidget(label)
            self.labels[key] = label
        column.addStretch(1)

    def _met_texts(self) -> dict[str, str]:
        return {
            "approved": self.tr("The filing was approved."),
            "not_refunded": self.tr("Part of the deposit is still held."),
            "inspection": self.tr("The completion inspection passed."),
            "moved_in": self.tr("The waiting period after moving in has passed."),
            "downstairs": self.tr("The owner downstairs signed that there is no leak."),
            "passes": self.tr("Every temporary pass is returned or reported lost."),
            "permit": self.tr("The original permit was presented."),
            "receipt": self.tr("The deposit receipt was presented."),
        }

    def show_blockers(self, blockers: Sequence[Blocker] | None) -> None:
        """``None``: no receipt checked yet (only the hint shows)."""
        self.hint.setVisible(blockers is None)
        met = self._met_texts()
        for key, failing in condition_states(blockers or []):
            label = self.labels[key]
            label.setVisible(blockers is not None)
            if failing:
                label.setText("✗ " + " ".join(message_for(b.code, dict(b.params)) for b in failing))
                label.setStyleSheet(UNMET_STYLE)
            else:
                label.setText("✓ " + met[key])
                label.setStyleSheet(MET_STYLE)

    def unmet_texts(self) -> list[str]:
        return [
            label.text() for label in self.labels.values() if label.isVisible() and label.text()[:1] == "✗"
        ]


class TotalsGrid(QGridLayout):
    """Paid, earlier, deducted now, refunded now and left, each in figures and in capitals (人民币…)."""

    KEYS = ("paid", "earlier", "deducted", "refund", "left")

    def __init__(self, captions: Mapping[str, str]) -> None:
        super().__init__()
        self.labels: dict[str, tuple[PlainLabel, PlainLabel]] = {}
        for r, key in enumerate(self.KEYS):
            figures, words = PlainLabel(), PlainLabel()
            figures.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            words.setStyleSheet("color: #555;")
            self.addWidget(PlainLabel(captions[key]), r, 0)
            self.addWidget(figures, r, 1)
            self.addWidget(words, r, 2)
            self.labels[key] = (figures, words)
        self.setColumnStretch(2, 1)

    def show_values(self, values: Mapping[str, int] | None) -> None:
        """Amounts in fen, or None (nothing checked: dashes)."""
        for key, (figures, words) in self.labels.items():
            fen = values[key] if values is not None else None
            figures.setText(format_yuan(fen) if fen is not None else "—")
            words.setText("人民币" + amount_in_words(from_fen(fen)) if fen is not None and fen >= 0 else "")

    def text(self, key: str) -> str:
        figures, words = self.labels[key]
        return f"{figures.text()} {words.text()}".strip()
