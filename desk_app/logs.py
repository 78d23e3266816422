"""Logging: a rotating file per installation plus an in-memory ring buffer (Help → Log, crash reports)."""

from __future__ import annotations

import logging
import logging.handlers
from collections import deque
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"


class RingBuffer(logging.Handler):
    """The last ``capacity`` formatted records, for the log viewer and to attach to crash reports."""

    def __init__(self, capacity: int = 2000) -> None:
        super().__init__()
        self.records: deque[str] = deque(maxlen=capacity)
        self.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.records.append(self.format(record))
        except Exception:  # a logging failure must never take the app down
            self.handleError(record)

    def text(self) -> str:
        return "\n".join(self.records)


ring = RingBuffer()
_configured_dir: Path | None = None


def setup(log_dir: Path | None, level: int = logging.INFO) -> None:
    """Attach the ring buffer and (when ``log_dir`` is given) a rotating file: 5 × 2 MB."""
    global _configured_dir
    root = logging.getLogger("desk_app")
    root.setLevel(level)
    if ring not in root.handlers:
        root.addHandler(ring)
    if log_dir is not None and _configured_dir != log_dir:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_dir / "desk-app.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
        _configured_dir = log_dir


def log_files(log_dir: Path) -> list[Path]:
    return sorted(log_dir.glob("desk-app.log*"))
