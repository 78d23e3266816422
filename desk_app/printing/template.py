"""Printed documents as data: elements placed in mm from the physical top-left corner of the paper.

A ``Template`` has one ``Layout`` per paper it can print on. Elements are frozen dataclasses and round-trip
through plain JSON dicts (``Template.to_json`` / ``Template.from_json``), so a site can move a field or rename
a copy label without a new release. What prints in which mode:

=============  ===========  ==================================================================
element        plain paper  pre-printed carbonless paper
=============  ===========  ==================================================================
TextField      yes          yes, unless ``plain_only`` (a title the form already carries)
StaticText     yes          no (pre-printed)
Line, Box      yes          no (pre-printed)
CheckBox       box + label  only the tick
QrField        yes          yes
CopyLabel      yes          no (one page, the form's own 联 colours)
Mark           where the void stamp / reprint note goes (both modes); defaults when absent
=============  ===========  ==================================================================
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import Any, ClassVar, Literal, TypeAlias

from desk_app.printing.papers import PAPERS

Align: TypeAlias = Literal["left", "center", "right"]
VAlign: TypeAlias = Literal["top", "middle"]
MarkKind: TypeAlias = Literal["void", "reprint"]

FORMAT_VERSION = 1


class _Element:
    """Validation and JSON for the element dataclasses below (type-checked, lists become tuples)."""

    __slots__ = ()
    TYPE: ClassVar[str]

    def __post_init__(self) -> None:
        hints = _hints(type(self))
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            object.__setattr__(self, f.name, _coerce(type(self).__name__, f.name, hints[f.name], value))
        for name in ("w", "h", "size", "font_size"):
            if hasattr(self, name) and getattr(self, name) < 0:
                raise ValueError(f"{type(self).__name__}.{name} must not be negative")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.TYPE}
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        return out


@dataclass(frozen=True, slots=True)
class TextField(_Element):
    """A data value (``data[key]``) fitted into its box: wrapped (CJK rules) if ``multiline``, shrunk
    down to ``min_font_size`` if ``shrink_to_fit``, then cut with "…"; it never overflows the box."""

    TYPE: ClassVar[str] = "text"
    key: str
    x: float
    y: float
    w: float
    h: float
    font_size: float = 9.0
    align: Align = "left"
    bold: bool = False
    multiline: bool = False
    shrink_to_fit: bool = True
    min_font_size: float = 6.0
    valign: VAlign = "middle"
    color: str = "#000000"
    default: str = ""
    plain_only: bool = False

    def __post_init__(self) -> None:
        _Element.__post_init__(self)
        if self.min_font_size > self.font_size:
            raise ValueError(f"TextField {self.key!r}: min_font_size above font_size")


@dataclass(frozen=True, slots=True)
class StaticText(_Element):
    """A printed label (plain paper only); wraps and shrinks like a ``TextField``."""

    TYPE: ClassVar[str] = "static"
    text: str
    x: float
    y: float
    w: float
    h: float
    size: float = 8.0
    align: Align = "left"
    bold: bool = False
    valign: VAlign = "middle"
    color: str = "#000000"


@dataclass(frozen=True, slots=True)
class Line(_Element):
    """A form line from (x, y) to (x + w, y + h): ``h == 0`` is horizontal, ``w == 0`` vertical."""

    TYPE: ClassVar[str] = "line"
    x: float
    y: float
    w: float
    h: float
    stroke: float = 0.4
    dash: tuple[float, ...] = ()

    def __post_init__(self) -> None:  # a line may run left or up: w/h are signed
        hints = _hints(type(self))
        for f in fields(self):
            value = getattr(self, f.name)
            object.__setattr__(self, f.name, _coerce("Line", f.name, hints[f.name], value))


@dataclass(frozen=True, slots=True)
class Box(_Element):
    """A rectangle; ``stroke == 0`` draws no border, ``fill`` shades a label cell (dropped on dot-matrix)."""

    TYPE: ClassVar[str] = "box"
    x: float
    y: float
    w: float
    h: float
    stroke: float = 0.4
    fill: str | None = None


@dataclass(frozen=True, slots=True)
class CheckBox(_Element):
    """A tick box with its label to the right. Ticked when ``data[key]`` is ``True`` or equals ``value``
    (default: the label), e.g. ``evaluation="满意"``."""

    TYPE: ClassVar[str] = "checkbox"
    key: str
    x: float
    y: float
    size: float = 3.0
    label: str = ""
    label_size: float = 8.0
    value: str | None = None

    @property
    def match(self) -> str:
        return self.label if self.value is None else self.value


@dataclass(frozen=True, slots=True)
class QrField(_Element):
    """A QR code of ``data[key]`` (``type|number|hmac``) in a square of ``size`` mm, quiet zone included."""

    TYPE: ClassVar[str] = "qr"
    key: str
    x: float
    y: float
    size: float


@dataclass(frozen=True, slots=True)
class CopyLabel(_Element):
    """Where the copy's label (第一联 存根…) is printed on plain paper."""

    TYPE: ClassVar[str] = "copy_label"
    x: float
    y: float
    w: float
    h: float
    size: float = 9.0
    align: Align = "right"
    bold: bool = True


@dataclass(frozen=True, slots=True)
class Mark(_Element):
    """Where the 作废 stamp (``void``, rotated by ``angle`` degrees) or the "补打 (第 n 次)" note
    (``reprint``) goes; without one the renderer uses a centred stamp / a top-left note."""

    TYPE: ClassVar[str] = "mark"
    kind: MarkKind
    x: float
    y: float
    w: float
    h: float
    size: float
    angle: float = 0.0
    color: str = "#C00000"


Element: TypeAlias = TextField | StaticText | Line | Box | CheckBox | QrField | CopyLabel | Mark
ELEMENT_TYPES: dict[str, type[Element]] = {
    cls.TYPE: cls for cls in (TextField, StaticText, Line, Box, CheckBox, QrField, CopyLabel, Mark)
}


@dataclass(frozen=True, slots=True)
class Layout:
    """The elements of a template on one paper; the size must be the paper's."""

    paper_key: str
    width_mm: float
    height_mm: float
    elements: tuple[Element, ...]

    def __post_init__(self) -> None:
        paper = PAPERS.get(self.paper_key)
        if paper is None:
            raise ValueError(f"layout for unknown paper {self.paper_key!r}")
        if abs(paper.width_mm - self.width_mm) > 0.01 or abs(paper.height_mm - self.height_mm) > 0.01:
            raise ValueError(
                f"layout {self.width_mm}×{self.height_mm} mm does not match paper {self.paper_key!r} "
                f"{paper.width_mm}×{paper.height_mm} mm"
            )
        object.__setattr__(self, "elements", tuple(self.elements))
        for element in self.elements:
            if not isinstance(element, tuple(ELEMENT_TYPES.values())):
                raise TypeError(f"not a template element: {element!r}")

    def marks(self, kind: MarkKind) -> list[Mark]:
        return [e for e in self.elements if isinstance(e, Mark) and e.kind == kind]

    def to_json(self) -> dict[str, Any]:
        return {
            "paper_key": self.paper_key,
            "width_mm": self.width_mm,
            "height_mm": self.height_mm,
            "elements": [e.to_json() for e in self.elements],
        }

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> Layout:
        _expect_keys("layout", obj, {"paper_key", "width_mm", "height_mm", "elements"})
        return cls(
            paper_key=str(obj["paper_key"]),
            width_mm=_number("layout", "width_mm", obj["width_mm"]),
            height_mm=_number("layout", "height_mm", obj["height_mm"]),
            elements=tuple(element_from_json(e) for e in obj["elements"]),
        )


@dataclass(frozen=True, slots=True)
class Template:
    """A printed document: its layouts per paper key, its copy labels (一式三联…) and its default paper."""

    key: str
    title: str
    layouts: Mapping[str, Layout] = field(hash=False)
    copies: tuple[str, ...]
    default_paper: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "layouts", dict(self.layouts))
        object.__setattr__(self, "copies", tuple(self.copies))
        if not self.copies or not all(isinstance(c, str) for c in self.copies):
            raise ValueError(f"template {self.key!r} needs at least one copy label")
        for paper_key, layout in self.layouts.items():
            if layout.paper_key != paper_key:
                raise ValueError(f"template {self.key!r}: layout {layout.paper_key!r} filed as {paper_key!r}")
        if self.default_paper not in self.layouts:
            raise ValueError(f"template {self.key!r} has no layout for its default paper")

    @property
    def papers(self) -> tuple[str, ...]:
        return tuple(self.layouts)

    def layout(self, paper_key: str | None = None) -> Layout:
        key = paper_key or self.default_paper
        try:
            return self.layouts[key]
        except KeyError:
            raise ValueError(
                f"template {self.key!r} has no layout for paper {key!r} (has: {', '.join(self.layouts)})"
            ) from None

    def data_keys(self) -> frozenset[str]:
        """The data keys any layout reads (to check a DTO against a site-edited template)."""
        return frozenset(
            e.key
            for layout in self.layouts.values()
            for e in layout.elements
            if isinstance(e, TextField | CheckBox | QrField)
        )

    def with_copies(self, copies: tuple[str, ...]) -> Template:
        return replace(self, copies=tuple(copies))

    def to_json(self) -> dict[str, Any]:
        """Plain dicts, lists, strings and numbers: ``json.dumps`` ready."""
        return {
            "format": FORMAT_VERSION,
            "key": self.key,
            "title": self.title,
            "copies": list(self.copies),
            "default_paper": self.default_paper,
            "layouts": {k: v.to_json() for k, v in self.layouts.items()},
        }

    @classmethod
    def from_json(cls, obj: Mapping[str, Any] | str) -> Template:
        """Inverse of ``to_json``; accepts the dict or its JSON text. Raises ``ValueError`` on bad input."""
        if isinstance(obj, str):
            obj = json.loads(obj)
        if not isinstance(obj, Mapping):
            raise ValueError("a template must be a JSON object")
        _expect_keys("template", obj, {"format", "key", "title", "copies", "default_paper", "layouts"})
        if obj["format"] != FORMAT_VERSION:
            raise ValueError(f"unsupported template format {obj['format']!r}")
        layouts = obj["layouts"]
        if not isinstance(layouts, Mapping):
            raise ValueError("template.layouts must be an object")
        return cls(
            key=str(obj["key"]),
            title=str(obj["title"]),
            layouts={str(k): Layout.from_json(v) for k, v in layouts.items()},
            copies=tuple(str(c) for c in obj["copies"]),
            default_paper=str(obj["default_paper"]),
        )


@lru_cache(maxsize=64)
def load_template(text: str) -> Template:
    """Parse a template's JSON text once (site-edited templates are read at every print)."""
    return Template.from_json(text)


def element_from_json(obj: Mapping[str, Any]) -> Element:
    if not isinstance(obj, Mapping) or "type" not in obj:
        raise ValueError(f"an element needs a 'type': {obj!r}")
    cls = ELEMENT_TYPES.get(str(obj["type"]))
    if cls is None:
        raise ValueError(f"unknown element type {obj['type']!r}; known: {', '.join(ELEMENT_TYPES)}")
    names = {f.name for f in fields(cls)}
    unknown = set(obj) - names - {"type"}
    if unknown:
        raise ValueError(f"{cls.__name__}: unknown attributes {sorted(unknown)}")
    try:
        return cls(**{k: v for k, v in obj.items() if k != "type"})
    except TypeError as exc:  # a missing required attribute
        raise ValueError(f"{cls.__name__}: {exc}") from None


_HINTS: dict[str, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls.__qualname__)
    if hints is None:
        hints = _HINTS[cls.__qualname__] = typing.get_type_hints(cls)
    return hints


def _coerce(owner: str, name: str, hint: Any, value: Any) -> Any:
    """Check ``value`` against the annotation; ints become floats and lists tuples (JSON has neither)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        (real,) = (o for o in options if o is not type(None))
        return _coerce(owner, name, real, value)
    if origin is Literal:
        if value not in typing.get_args(hint):
            raise ValueError(f"{owner}.{name}: {value!r} not one of {typing.get_args(hint)}")
        return value
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise ValueError(f"{owner}.{name}: expected a list, got {value!r}")
        (item,) = (a for a in typing.get_args(hint) if a is not Ellipsis)
        return tuple(_coerce(owner, name, item, v) for v in value)
    if hint is float:
        return _number(owner, name, value)
    if hint is bool or hint is str:
        if not isinstance(value, hint):
            raise ValueError(f"{owner}.{name}: expected {hint.__name__}, got {value!r}")
        return value
    raise TypeError(f"{owner}.{name}: unsupported annotation {hint!r}")  # pragma: no cover - a coding error


def _number(owner: str, name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{owner}.{name}: expected a number, got {value!r}")
    return float(value)


def _expect_keys(what: str, obj: Mapping[str, Any], expected: set[str]) -> None:
    missing, unknown = expected - set(obj), set(obj) - expected
    if missing or unknown:
        raise ValueError(f"{what}: missing {sorted(missing)}, unknown {sorted(unknown)}")
