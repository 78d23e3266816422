"""One command for a new user, on Windows or Linux, with nothing but Python 3.11+.

    python start.py            install into ./.venv (first time) and start the app (demo database if none)
    python start.py test       install the test dependencies too and run the whole test suite
    python start.py bench      run the benchmarks (prints JSON)

Everything else on the command line is passed on (e.g. ``python start.py --db D:\\desk.sqlite3``,
``python start.py test -k search``).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_env(extras: str) -> None:
    """Create the virtual environment and (re)install when pyproject.toml changed since the last install."""
    if sys.version_info < (3, 11):
        sys.exit("Python 3.11 or newer is needed (this is %d.%d)." % sys.version_info[:2])
    if not PYTHON.exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".installed-{extras or 'app'}"
    if not stamp.exists() or stamp.read_text() != digest:
        print("Installing dependencies …", flush=True)
        target = f".[{extras}]" if extras else "."
        subprocess.check_call([str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target],
                              cwd=ROOT)
        stamp.write_text(digest)
    # Compile the Qt Linguist catalogues (.ts → .qm) so the UI is Chinese without any extra step.
    subprocess.check_call([str(PYTHON), "-m", "desk_app.ui.i18n_build"], cwd=ROOT)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "test":
        ensure_env("test")
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        return subprocess.call([str(PYTHON), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)
    if command == "bench":
        ensure_env("")
        return subprocess.call([str(PYTHON), "-m", "desk_app.bench", *argv[1:]], cwd=ROOT)
    ensure_env("")
    # The quick start opens a demo database kept in this folder, so trying the app never touches a real
    # installation's data; pass --db PATH to open (or set up) a real one.
    db = [] if "--db" in argv else ["--db", str(ROOT / "demo" / "desk-demo.sqlite3"), "--demo-if-missing"]
    return subprocess.call([str(PYTHON), "-m", "desk_app", *db, *argv], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
