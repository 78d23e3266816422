"""Running service calls off the GUI thread (the Anki / Picard pattern).

* Database work runs on ONE dedicated worker thread: SQLite has one writer, and one thread means calls
  run in the order the clerk made them.
* Rendering and file I/O run on a small separate pool, so a slow PDF never delays a search.
* Results come back to the GUI thread through a queued signal; the callback runs there.

Tests (and headless code) use ``SyncRunner``: same interface, runs the call immediately.

❌ ``self.table.setModel(service.list_units(ctx, …))`` in a slot — blocks the GUI on disk I/O.
✅ ``runner.db(lambda: service.list_units(ctx, …), on_done=self._show_units)``
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from desk_app.domain.errors import DomainError

log = logging.getLogger("desk_app.tasks")

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class Runner(Protocol):
    @property
    def pending(self) -> int: ...

    def shutdown(self) -> None: ...

    def db(
        self, fn: Callable[[], Any], on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> None: ...

    def io(
        self, fn: Callable[[], Any], on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> None: ...


class _Bridge(QObject):
    finished = Signal(object, object, object, object)  # callback, errback, result, exception


def default_error_handler(exc: BaseException) -> None:
    """Unhandled failure of a background call: DomainErrors are shown, anything else is a crash."""
    from desk_app.ui.errors import show_error

    show_error(None, exc)


class TaskRunner:
    def __init__(self) -> None:
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._io = ThreadPoolExecutor(max_workers=2, thread_name_prefix="io")
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._deliver)
        self._pending = 0

    @property
    def pending(self) -> int:
        return self._pending

    def db(
        self, fn: Callable[[], Any], on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> None:
        self._submit(self._db, fn, on_done, on_error)

    def io(
        self, fn: Callable[[], Any], on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> None:
        self._submit(self._io, fn, on_done, on_error)

    def _submit(
        self,
        pool: ThreadPoolExecutor,
        fn: Callable[[], Any],
        on_done: OnDone | None,
        on_error: OnError | None,
    ) -> None:
        self._pending += 1
        future = pool.submit(fn)

        def done(f: Future[Any]) -> None:
            exc = f.exception()
            if exc is not None and not isinstance(exc, DomainError):
                log.error("background call failed:\n%s", "".join(traceback.format_exception(exc)))
            self._bridge.finished.emit(on_done, on_error, None if exc else f.result(), exc)

        future.add_done_callback(done)

    def _deliver(
        self, on_done: OnDone | None, on_error: OnError | None, result: Any, exc: BaseException | None
    ) -> None:
        self._pending -= 1
        if exc is not None:
            (on_error or default_error_handler)(exc)
        elif on_done is not None:
            on_done(result)

    def shutdown(self) -> None:
        self._db.shutdown(wait=True)
        self._io.shutdown(wait=True)


class SyncRunner:
    """Runs every call at once on the calling thread: deterministic GUI tests, no waiting."""

    pending = 0

    def db(
        self, fn: Callable[[], Any], on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> None:
        self._run(fn, on_done, on_error)

    io = db

    def _run(self, fn: Callable[[], Any], on_done: OnDone | None, on_error: OnError | None) -> None:
        try:
            result = fn()
        except Exception as exc:  # delivered like the real runner does
            (on_error or default_error_handler)(exc)
            return
        if on_done is not None:
            on_done(result)

    def shutdown(self) -> None:
        pass
