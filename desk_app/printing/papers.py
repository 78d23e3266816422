"""The paper sizes a front desk prints on (ARCHITECTURE.md "Printing pipeline").

Sizes are the physical sheet in mm. Continuous (tractor-fed) paper is 241 mm (9.5") wide including the two
perforated hole strips, cut into thirds (93.1 mm = 11"/3) or halves (139.7 mm = 11"/2).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm


@dataclass(frozen=True, slots=True)
class Paper:
    key: str
    name_zh: str
    width_mm: float
    height_mm: float
    continuous: bool

    @property
    def size_pt(self) -> tuple[float, float]:
        """Page size for ReportLab (points)."""
        return (self.width_mm * mm, self.height_mm * mm)


PAPERS: dict[str, Paper] = {
    p.key: p
    for p in (
        Paper("a4", "A4", 210.0, 297.0, continuous=False),
        Paper("a5", "A5", 148.0, 210.0, continuous=False),
        Paper("a4-third", "A4 三等分", 210.0, 99.0, continuous=False),
        Paper("cont-241x93", "连续纸 241×93.1 三等分", 241.0, 93.1, continuous=True),
        Paper("cont-241x140", "连续纸 241×139.7 二等分", 241.0, 139.7, continuous=True),
        Paper("cr80", "CR80 卡片", 85.6, 54.0, continuous=False),
    )
}


def paper(key: str) -> Paper:
    """The paper named ``key``; ``ValueError`` for an unknown key (e.g. a stale printer profile)."""
    try:
        return PAPERS[key]
    except KeyError:
        raise ValueError(f"unknown paper {key!r}; known: {', '.join(PAPERS)}") from None
