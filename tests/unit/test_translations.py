"""The Chinese catalogue is complete and consistent with the code (docs/translations.md)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).parents[2]
TS = ROOT / "resources" / "translations" / "desk_app_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _messages() -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TS)
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message.find("translation")))  # type: ignore[arg-type]
    return out


def test_every_message_is_translated() -> None:
    unfinished = [
        f"{ctx}: {src}"
        for ctx, src, tr in _messages()
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "")
    ]
    assert not unfinished, f"{len(unfinished)} untranslated:\n" + "\n".join(unfinished[:40])


def test_placeholders_match() -> None:
    bad = []
    for ctx, src, tr in _messages():
        if (
            tr is not None
            and tr.text
            and sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(tr.text))
        ):
            bad.append(f"{ctx}: {src!r} -> {tr.text!r}")
    assert not bad, "\n".join(bad)


def test_translations_use_chinese() -> None:
    lazy = [
        f"{ctx}: {src}"
        for ctx, src, tr in _messages()
        if tr is not None
        and tr.text
        and re.search(r"[A-Za-z]{3,}", src)
        and not re.search(r"[\u4e00-\u9fff]", tr.text)
        and src == tr.text
        and len(src) > 3
    ]
    assert not lazy, "copied instead of translated:\n" + "\n".join(lazy[:40])


def test_catalogue_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Running lupdate on the code must not find new strings: otherwise someone forgot to update the .ts."""
    copy = tmp_path / TS.name
    copy.write_bytes(TS.read_bytes())
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import update_translations
    finally:
        sys.path.pop(0)
    import PySide6

    folder = Path(PySide6.__file__).parent
    tool = next(str(folder / n) for n in ("lupdate", "lupdate.exe") if (folder / n).exists())
    result = subprocess.run(
        [
            tool,
            *update_translations.sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "zh_CN",
            "-ts",
            str(copy),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(0 new and" in result.stdout, result.stdout
