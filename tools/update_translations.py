"""Refresh the Qt Linguist sources from the code: ``python tools/update_translations.py``.

Runs ``lupdate`` (shipped in the PySide6 wheel) over the Qt layers and updates every
``resources/translations/desk_app_*.ts``; new strings arrive as "unfinished". Translate them in Qt Linguist
(``pyside6-linguist``) or in the XML, then run the tests: ``tests/unit/test_translations.py`` fails while the
Chinese catalogue has an unfinished entry or a placeholder that differs from the source.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_LAYERS = ("ui", "views", "forms")
LANGUAGES = ("zh_CN",)


def sources() -> list[str]:
    files: list[Path] = []
    for layer in QT_LAYERS:
        files.extend(sorted((ROOT / "desk_app" / layer).rglob("*.py")))
    return [str(f.relative_to(ROOT)) for f in files]


def main() -> int:
    import PySide6

    folder = Path(PySide6.__file__).parent
    tool = next(
        (str(folder / n) for n in ("lupdate", "lupdate.exe") if (folder / n).exists()), "pyside6-lupdate"
    )
    out = ROOT / "resources" / "translations"
    out.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = out / f"desk_app_{lang}.ts"
        cmd = [
            tool,
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            lang,
            "-ts",
            str(ts),
        ]
        subprocess.run(cmd, check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
