"""Where bundled files live: the source tree, an installed checkout, or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return resources_dir() / "translations"


CJK_FONT_FILE = "wqy-microhei.ttc"


def cjk_font_path() -> Path:
    return fonts_dir() / CJK_FONT_FILE
