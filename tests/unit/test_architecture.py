"""House rules that a test can enforce (ARCHITECTURE.md "Layers")."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import desk_app

PACKAGE = Path(desk_app.__file__).parent
QT_FREE = ("domain", "db", "services", "printing", "sync")
QT_MODULES = ("PySide6", "qtawesome", "shiboken6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_qt_never_imported_below_the_ui() -> None:
    offenders = []
    for layer in QT_FREE:
        for path in (PACKAGE / layer).rglob("*.py"):
            bad = {n for n in _imports(path) if n.split(".")[0] in QT_MODULES}
            if bad:
                offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(bad)}")
    assert not offenders, "Qt imported in a Qt-free layer:\n" + "\n".join(offenders)


def test_core_layers_do_not_import_the_ui() -> None:
    offenders = []
    for layer in QT_FREE:
        for path in (PACKAGE / layer).rglob("*.py"):
            bad = {
                n for n in _imports(path) if n.startswith(("desk_app.ui", "desk_app.views", "desk_app.forms"))
            }
            if bad:
                offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(bad)}")
    assert not offenders, "\n".join(offenders)


def test_headless_commands_do_not_import_qt() -> None:
    for name in ("__main__.py", "cli.py", "paths.py", "logs.py", "resources.py"):
        bad = {n for n in _imports(PACKAGE / name) if n.split(".")[0] in QT_MODULES}
        assert not bad, f"{name} imports {bad}"


def test_every_error_code_has_a_message() -> None:
    from desk_app.ui.messages import MESSAGES

    codes: set[str] = set()
    pattern = re.compile(r"""DomainError\(\s*["']([a-z0-9_.]+)["']""")
    field_codes = re.compile(r""""[a-z_0-9]+"\s*:\s*"([a-z0-9_]+\.[a-z0-9_.]+)\"""")
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        codes.update(pattern.findall(text))
        if "fields=" in text or "f.fail(" in text:
            codes.update(
                c
                for c in field_codes.findall(text)
                if c.split(".")[0]
                in {"building", "entrance", "unit", "department", "field", "import", "auth"}
            )
        codes.update(re.findall(r"""\.fail\(\s*["'][a-z_0-9]+["']\s*,\s*["']([a-z0-9_.]+)["']""", text))
    missing = sorted(c for c in codes if c not in MESSAGES)
    assert not missing, f"error codes without a message in desk_app/ui/messages.py: {missing}"


def test_no_float_money() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"float\([^)]*(amount|fen|price|deposit|fee)", line):
                offenders.append(f"{path.name}:{lineno}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
