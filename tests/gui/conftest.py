"""GUI fixtures: an AppSession over a real database file with the synchronous runner, and crash capture."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_app.paths import Paths
from desk_app.services.context import ServiceContext
from desk_app.ui import crash, errors
from desk_app.ui.local_config import LocalConfig
from desk_app.ui.session import AppSession
from desk_app.ui.tasks import SyncRunner


@pytest.fixture(autouse=True)
def crashes() -> Iterator[list[str]]:
    """Any unexpected exception reaching the crash handler fails the test instead of opening a dialog."""
    sink: list[str] = []
    crash.crash_sink = sink
    yield sink
    crash.crash_sink = None
    assert not sink, "unexpected crash:\n" + "\n".join(sink)


@pytest.fixture(autouse=True)
def messages() -> Iterator[list[str]]:
    """Error messages the clerk would have seen in a message box (translated text)."""
    sink: list[str] = []
    errors.message_sink = sink
    yield sink
    errors.message_sink = None


def make_session(ctx: ServiceContext) -> AppSession:
    paths = Paths(ctx.db.path)
    return AppSession(ctx, SyncRunner(), paths, LocalConfig(paths.local_config))


@pytest.fixture
def session(admin_ctx: ServiceContext, qapp: object) -> AppSession:
    return make_session(admin_ctx)


@pytest.fixture
def clerk_session(clerk_ctx: ServiceContext, qapp: object) -> AppSession:
    return make_session(clerk_ctx)


@pytest.fixture
def db_path(admin_ctx: ServiceContext) -> Path:
    return admin_ctx.db.path


def type_text(qtbot: object, widget: object, text: str) -> None:
    """Type like a clerk: ASCII key by key; Chinese as an input method commits it (QTest cannot key CJK)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    for chunk_is_ascii, chunk in _chunks(text):
        if chunk_is_ascii:
            qtbot.keyClicks(widget, chunk)  # type: ignore[attr-defined]
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def _chunks(text: str) -> list[tuple[bool, str]]:
    out: list[tuple[bool, str]] = []
    for ch in text:
        is_ascii = ch.isascii()
        if out and out[-1][0] == is_ascii:
            out[-1] = (is_ascii, out[-1][1] + ch)
        else:
            out.append((is_ascii, ch))
    return out
