"""Unit codes as clerks type them: ``3-2-1102``, ``3栋2单元1102室``, ``3#1102``, ``A座1102`` …

One parser serves two purposes: the search box (lenient, accepts a half-typed room number as a prefix) and
data entry / import (strict, all three parts). The canonical form stored and printed is
``building-entrance-room`` (``3-2-1102``).

Ambiguity rule: after the building, a number of 1–2 digits is an entrance and 3 or more digits is a room,
because entrances are numbered 1..99 and room numbers include the floor (``101``, ``1102``). So ``3-2`` is
building 3 entrance 2, while ``3-1102`` is building 3 room 1102. A ``室``/``号`` suffix always marks a room.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desk_app.domain.errors import DomainError

_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−﹣_/", "-"))

# Buildings are numbered (3, 12A) or lettered (A, B1); one letter at most so pinyin ("zs-1") is not a building.
_BUILDING = r"(?P<building>[A-Z]\d{0,3}|\d{1,3}[A-Z]?)"
_BUILDING_SEP = r"(?:号楼|栋|幢|座|#|-)"
_ENTRANCE = r"(?P<entrance>\d{1,2})"
_ENTRANCE_SEP = r"(?:单元-?|-)"
_ROOM = r"(?P<room>\d{1,5})"
_ROOM_SUFFIX = r"(?P<suffix>室|号)?"

_PATTERNS = [
    re.compile(p)
    for p in (
        # 3-2-1102, 3栋2单元1102室, 3#2-1102, 3-2-11 (room still being typed)
        f"{_BUILDING}{_BUILDING_SEP}{_ENTRANCE}{_ENTRANCE_SEP}{_ROOM}{_ROOM_SUFFIX}",
        # 3-2, 3-2-, 3栋2单元
        f"{_BUILDING}{_BUILDING_SEP}{_ENTRANCE}{_ENTRANCE_SEP}?",
        # 3-1102, 3#1102, A座1102, 3#11室
        f"{_BUILDING}{_BUILDING_SEP}(?P<room>\\d{{3,5}}|\\d{{1,2}}(?=[室号])){_ROOM_SUFFIX}",
        # 3栋, A座, 3#, 3-
        f"{_BUILDING}{_BUILDING_SEP}",
    )
]

# A complete room number has at least this many digits; anything shorter is a prefix while typing.
_MIN_ROOM_DIGITS = 3


@dataclass(frozen=True)
class UnitCode:
    """A complete unit address."""

    building: str
    entrance: str
    room: str

    @property
    def canonical(self) -> str:
        return f"{self.building}-{self.entrance}-{self.room}"


@dataclass(frozen=True)
class UnitQuery:
    """What a clerk typed into the search box, as far as it goes; ``room`` may be a prefix."""

    building: str
    entrance: str | None
    room: str | None
    room_is_prefix: bool

    def as_code(self) -> UnitCode | None:
        """The complete unit this query names, if it names one exactly."""
        if self.entrance is None or self.room is None or self.room_is_prefix:
            return None
        return UnitCode(self.building, self.entrance, self.room)


def _strip_zeros(number: str) -> str:
    # "03-02-1102" and "3-2-1102" are the same unit; room numbers keep their digits as typed.
    return number.lstrip("0") or "0"


def _normalise(text: str) -> str:
    # NFKC folds full-width digits, letters, "＃" and "－"; spaces around separators carry no meaning.
    folded = unicodedata.normalize("NFKC", text).translate(_DASHES).upper()
    return re.sub(r"\s+", "", folded)


def parse_unit_query(text: str) -> UnitQuery | None:
    """Parse search-box input, or None when it is not a unit code (a name, a phone number, pinyin)."""
    normalised = _normalise(text)
    for pattern in _PATTERNS:
        m = pattern.fullmatch(normalised)
        if m is None:
            continue
        groups = m.groupdict()
        building = groups["building"]
        if building.isdigit():
            building = _strip_zeros(building)
        entrance = _strip_zeros(groups["entrance"]) if groups.get("entrance") else None
        room: str | None = groups.get("room")
        complete = room is not None and (len(room) >= _MIN_ROOM_DIGITS or bool(groups.get("suffix")))
        return UnitQuery(building, entrance, room, room_is_prefix=room is not None and not complete)
    return None


def parse_unit_code(text: str) -> UnitCode:
    """Strict parse for data entry and import: building, entrance and room are all required."""
    query = parse_unit_query(text)
    if query is None or query.entrance is None or query.room is None:
        raise DomainError("unit_code.invalid", value=text)
    return UnitCode(query.building, query.entrance, query.room)
