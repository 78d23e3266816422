"""One write-only worksheet from headers and rows: the shared tail of the list exports (visits, complaints).

Datetimes are written as Excel dates (local wall-clock time, no zone); every other cell goes through
``transfer.safe_cell`` so text typed as ``=HYPERLINK(…)`` stays text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from desk_app.services.transfer import _save, safe_cell


def write_sheet(
    path: Path,
    sheet: str,
    headers: Sequence[str],
    widths: Sequence[int],
    rows: Iterable[Sequence[object]],
) -> int:
    """Write the workbook; returns the number of data rows."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    for col, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(col + 1)].width = width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(ws, value=header)
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)
    count = 0
    for row in rows:
        cells: list[object] = []
        for value in row:
            if isinstance(value, datetime):
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = "yyyy-mm-dd hh:mm"
                cells.append(cell)
            else:
                cells.append(safe_cell(value))
        ws.append(cells)
        count += 1
    _save(wb, path)
    return count
