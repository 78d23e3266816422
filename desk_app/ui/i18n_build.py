"""Compile the Qt Linguist sources (resources/translations/*.ts) into .qm files.

Run by ``start.py`` after installing, by the PyInstaller build, and at start-up when a .qm is missing or
older than its .ts — so a checkout always shows a Chinese UI without a manual ``lrelease`` step.
No Qt import: this only calls the ``lrelease`` tool that ships inside the PySide6 wheel.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from desk_app.resources import translations_dir


def lrelease_binary() -> str | None:
    import PySide6  # the wheel ships lrelease next to its modules

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return str(folder / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def stale_catalogues(folder: Path | None = None) -> list[Path]:
    folder = folder or translations_dir()
    out = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            out.append(ts)
    return out


def build(folder: Path | None = None, force: bool = False) -> list[Path]:
    """Compile stale (or, with ``force``, all) catalogues; returns the .qm files written."""
    folder = folder or translations_dir()
    todo = sorted(folder.glob("*.ts")) if force else stale_catalogues(folder)
    if not todo:
        return []
    tool = lrelease_binary()
    if tool is None:
        raise RuntimeError("lrelease not found (is PySide6 installed?)")
    written = []
    for ts in todo:
        qm = ts.with_suffix(".qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


if __name__ == "__main__":
    build(force="--force" in sys.argv)
