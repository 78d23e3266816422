"""The GUI's handle on everything: the service context, the task runner, paths and change notifications.

Views hold an ``AppSession`` and never a database session. After a mutating call they pass the call's
``changes`` to ``notify``; every open screen listens to ``changed`` and refreshes only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desk_app.domain.roles import Permission
from desk_app.paths import Paths
from desk_app.services.context import Actor, OpResult, ServiceContext
from desk_app.ui.errors import show_error
from desk_app.ui.local_config import LocalConfig
from desk_app.ui.tasks import Runner


class AppSession(QObject):
    changed = Signal(object)  # frozenset[str] of record kinds
    user_changed = Signal()
    backup_done = Signal(object)  # datetime of the last backup
    # Restoring replaces the database file under every open screen: the app controller (ui/app.py) handles
    # it by closing the database, restoring, reopening and asking for a new sign-in.
    restore_requested = Signal(object)  # Path of the backup file
    switch_user_requested = Signal()

    def __init__(self, ctx: ServiceContext, runner: Runner, paths: Paths, config: LocalConfig) -> None:
        super().__init__()
        self.ctx = ctx
        self.runner = runner
        self.paths = paths
        self.config = config

    @property
    def actor(self) -> Actor | None:
        return self.ctx.actor

    def sign_in_as(self, actor: Actor | None) -> None:
        self.ctx = self.ctx.as_user(actor)
        self.user_changed.emit()

    def can(self, permission: Permission) -> bool:
        return self.ctx.can(permission)

    def call(
        self,
        fn: Callable[[ServiceContext], Any],
        on_done: Callable[[Any], None] | None = None,
        parent: QWidget | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``fn(ctx)`` on the database thread; ``OpResult`` changes are broadcast before ``on_done``."""
        ctx = self.ctx

        def done(result: Any) -> None:
            if isinstance(result, OpResult) and result.changes:
                self.notify(result.changes)
            if on_done is not None:
                on_done(result)

        self.runner.db(lambda: fn(ctx), done, on_error or (lambda exc: show_error(parent, exc)))

    def notify(self, changes: frozenset[str]) -> None:
        self.changed.emit(changes)
