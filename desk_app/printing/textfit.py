"""Fitting text into a box: CJK line breaking, shrink-to-fit, and "…" as the last resort.

Line breaks come from ReportLab's ``Paragraph`` with ``wordWrap='CJK'``; its list of characters that may not
start a line (kinsoku) is extended with Chinese closing punctuation. ReportLab lets such a character hang one
position into the right margin; ``wrap_lines`` re-wraps narrower until no line is wider than the box, so a
fitted text never leaves its box. Results are cached: the same labels and values are fitted on every copy and
every print.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import textsplit
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as rl_paragraph

from desk_app.printing.fonts import register_fonts

# Chinese closing punctuation that must not begin a line (ARCHITECTURE.md "CJK wrapping").
CJK_CANNOT_START = "，。；：！？）」』】》、〉〕］｝”’…·％%"
CJK_CANNOT_END = "（「『【《〈〔［｛“‘"
LEADING = 1.2  # line distance as a multiple of the font size
SHRINK_STEP = 0.5  # pt
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class FittedText:
    """Lines to draw at ``size`` pt, ``leading`` pt apart; ``truncated`` when "…" had to cut the text."""

    size: float
    leading: float
    lines: tuple[str, ...]
    truncated: bool

    def block_height(self, ascent: float, descent: float) -> float:
        """Height in pt from the first line's ascender to the last line's descender."""
        if not self.lines:
            return 0.0
        return self.size * (ascent - descent) + (len(self.lines) - 1) * self.leading


@cache
def install_cjk_line_rules() -> None:
    """Add Chinese closing punctuation to ReportLab's cannot-start-a-line list (once per process).

    ``paragraph.py`` imported the string by value, so both module globals are updated.
    """
    extra = "".join(ch for ch in CJK_CANNOT_START if ch not in textsplit.ALL_CANNOT_START)
    textsplit.ALL_CANNOT_START += extra
    rl_paragraph.ALL_CANNOT_START = textsplit.ALL_CANNOT_START


@cache
def font_metrics() -> tuple[str, float, float]:
    """(font name, ascent, descent) with ascent/descent as fractions of the font size."""
    name = register_fonts()
    ascent, descent = pdfmetrics.getAscentDescent(name, 1000)
    return name, ascent / 1000, descent / 1000


def text_width(text: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font_metrics()[0], size))


@cache
def _style(size: float) -> ParagraphStyle:
    return ParagraphStyle(
        f"fit-{size}", fontName=font_metrics()[0], fontSize=size, leading=size * LEADING, wordWrap="CJK"
    )


def wrap_lines(text: str, width: float, size: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` pt at ``size`` pt; "\\n" starts a new line."""
    install_cjk_line_rules()
    lines: list[str] = []
    for raw in text.split("\n"):
        para = raw.rstrip()
        if text_width(para, size) <= width:  # kept as typed: spacing like "年　　月　　日" survives
            lines.append(para)
            continue
        wrapped = _wrap_paragraph(para, width, size)
        if _widest(wrapped, size) > width + 1e-6:
            # ReportLab let a closing mark hang past the edge: wrap one full-width character narrower.
            wrapped = _wrap_paragraph(para, width - size, size)
        if _widest(wrapped, size) > width + 1e-6:
            wrapped = _greedy_lines(para, width, size)
        lines.extend(wrapped)
    return lines


def _widest(lines: list[str], size: float) -> float:
    return max((text_width(line, size) for line in lines), default=0.0)


def _greedy_lines(text: str, width: float, size: float) -> list[str]:
    """Character-by-character breaking, the fallback: no line wider than the box; a closing mark takes
    the previous character with it to the next line."""
    lines: list[str] = []
    current = ""
    for ch in text:
        if current and text_width(current + ch, size) > width:
            carry = ""
            if ch in CJK_CANNOT_START and len(current) > 1:
                current, carry = current[:-1], current[-1]
            lines.append(current.rstrip())
            current = (carry + ch).lstrip()
        else:
            current += ch
    return [*lines, current]


def _wrap_paragraph(text: str, width: float, size: float) -> list[str]:
    """ReportLab's CJK breaking, plus the cases it leaves.

    After one hanging mark a second closing mark (as in "缩放”，") would start the next line; an opening
    bracket may end a line; a number like "100%" may be split. The offending break moves back (the
    previous character, the Latin run, the bracket go down) and the rest is wrapped again.
    """
    text = " ".join(text.split())
    done: list[str] = []
    while True:
        lines = _paragraph_lines(text, width, size)
        starts = _offsets(text, lines)
        if starts is None:  # ReportLab changed the text: keep its lines as they are
            return [*done, *lines]
        for i in range(1, len(lines)):
            prev, line = lines[i - 1], lines[i]
            k = _break_point(prev, line, contiguous=starts[i] == starts[i - 1] + len(prev))
            if k < len(prev):
                done.extend([*lines[: i - 1], prev[:k].rstrip()])
                text = text[starts[i - 1] + k :].lstrip()
                break
        else:
            return [*done, *lines]


def _break_point(prev: str, line: str, *, contiguous: bool) -> int:
    """Where ``prev`` should end so that ``line`` starts correctly (``len(prev)``: it is fine)."""
    k = len(prev)
    if line and line[0] in CJK_CANNOT_START:
        k -= 1
        while k > 1 and prev[k] in CJK_CANNOT_START:
            k -= 1

    def after(j: int) -> str:  # the character that follows a break before prev[j]
        return prev[j] if j < len(prev) else (line[:1] if contiguous else "")

    j = k
    while j > 0 and _latin(prev[j - 1]) and _latin(after(j)):  # never split "100%" or a word...
        j -= 1
    if j > 0:  # ...unless it fills the whole line
        k = j
    while k > 1 and prev[k - 1] in CJK_CANNOT_END:  # an opening bracket goes down with its text
        k -= 1
    return max(k, 1)


def _offsets(text: str, lines: list[str]) -> list[int] | None:
    starts, pos = [], 0
    for line in lines:
        found = text.find(line, pos)
        if found < 0:
            return None
        starts.append(found)
        pos = found + len(line)
    return starts


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _paragraph_lines(text: str, width: float, size: float) -> list[str]:
    para = Paragraph(escape(text), _style(size))
    para.wrap(width, 1e6)
    out: list[str] = []
    for line in para.blPara.lines:
        if isinstance(line, tuple):  # the single-style fast path: (extra space, [words])
            out.append(" ".join(line[1]).strip())
        else:
            out.append("".join(w.text for w in line.words).strip())
    return out


@lru_cache(maxsize=4096)
def fit_text(
    text: str,
    width: float,
    height: float,
    size: float,
    min_size: float,
    *,
    multiline: bool,
    shrink: bool = True,
) -> FittedText:
    """Fit ``text`` into ``width`` × ``height`` pt starting at ``size`` pt.

    Shrinks in ``SHRINK_STEP`` steps down to ``min_size`` (if ``shrink``), then cuts with "…". The size
    is also capped by the box height, so even one line never overflows a short box.
    """
    _, ascent, descent = font_metrics()
    span = ascent - descent
    size = min(size, height / span)
    min_size = min(min_size, size)
    if not multiline:
        text = " ".join(text.splitlines()).strip()
    if not text.strip():
        return FittedText(size, size * LEADING, (), truncated=False)
    current = size
    while True:
        lines = wrap_lines(text, width, current) if multiline else [text]
        leading = current * LEADING
        fits_height = current * span + (len(lines) - 1) * leading <= height + 1e-6
        fits_width = all(text_width(line, current) <= width + 1e-6 for line in lines)
        if fits_height and fits_width:
            return FittedText(current, leading, tuple(lines), truncated=False)
        if not shrink or current <= min_size:
            break
        current = max(min_size, current - SHRINK_STEP)
    leading = current * LEADING
    max_lines = int((height - current * span) // leading) + 1 if height >= current * span else 0
    if max_lines <= 0:
        return FittedText(current, leading, (), truncated=True)
    kept = [line if text_width(line, current) <= width else _cut(line, width, current) for line in lines]
    kept = kept[:max_lines]
    if len(lines) > max_lines and not kept[-1].endswith(ELLIPSIS):
        kept[-1] = _cut(kept[-1], width, current)
    return FittedText(current, leading, tuple(kept), truncated=True)


def _cut(line: str, width: float, size: float) -> str:
    """The longest prefix of ``line`` that still fits with "…" appended."""
    lo, hi = 0, len(line)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(line[:mid].rstrip() + ELLIPSIS, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    if text_width(ELLIPSIS, size) > width:
        return ""
    return line[:lo].rstrip() + ELLIPSIS
