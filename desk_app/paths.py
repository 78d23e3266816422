"""Where the database, backups, logs and local config live (no Qt: headless commands use this too).

Default: the per-user data folder (``%APPDATA%\\DeskApp`` on Windows, ``~/.local/share/desk-app`` elsewhere);
``DESK_APP_HOME`` overrides it; a ``portable.txt`` next to the program puts everything in ``./data``.
``--db PATH`` picks the database file; backups and logs then go next to it.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

DB_FILE_NAME = "desk.sqlite3"


def app_home() -> Path:
    env = os.environ.get("DESK_APP_HOME")
    if env:
        return Path(env)
    program_dir = Path(sys.executable).parent if getattr(sys, "frozen", False) else Path.cwd()
    if (program_dir / "portable.txt").exists():
        return program_dir / "data"
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / "DeskApp"
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "desk-app"


@dataclass(frozen=True)
class Paths:
    db: Path

    @property
    def folder(self) -> Path:
        return self.db.parent

    @property
    def backups(self) -> Path:
        return self.folder / "backups"

    @property
    def logs(self) -> Path:
        return self.folder / "logs"

    @property
    def local_config(self) -> Path:
        """Per-machine preferences (language, window state); never inside the database."""
        return self.folder / "local-config.json"

    @property
    def watermarks(self) -> Path:
        """Highest document numbers issued per series (see services/numbering.py)."""
        return self.folder / "number-watermarks.json"


def resolve(db_arg: str | None) -> Paths:
    return Paths(Path(db_arg).expanduser().resolve() if db_arg else app_home() / DB_FILE_NAME)
