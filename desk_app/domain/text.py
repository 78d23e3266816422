"""Search helpers: pinyin index columns, phone tokens, safe FTS5 queries and query classification.

Clerks search one box for everything: ``zs`` or ``zhangsan`` for 张三, the last four digits of a phone
number, a unit code. The index stores extra columns built here (pinyin, phone tokens) and the search service
uses :func:`classify_query` to decide which column to match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Literal

from desk_app.domain.unitcode import parse_unit_query
from desk_app.domain.validation import is_mainland_mobile, normalize_landline, normalize_mobile

QueryKind = Literal["unit", "phone", "pinyin", "name", "empty"]

_ASCII_WORD_RE = re.compile(r"[a-z]+")
# Letters and digits in any script (CJK included), i.e. what FTS5's unicode61 tokenizer keeps as token text.
_TOKEN_RE = re.compile(r"[^\W_]+")
_PHONE_CHARS_RE = re.compile(r"[0-9\s\-+()]+")
# Caps keep a pasted paragraph from becoming a query that scans the whole index many times over.
_MAX_QUERY_TOKENS = 8
# Surnames whose reading differs from the character's everyday one (多音字姓氏). Compound surnames come
# first so 万俟 is not read as 万 + 俟. 单于 is left out on purpose: 单 + a given name starting with 于 is
# far more common today. Extend as clerks report misses; it only adds index tokens.
_SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "万俟": ("mo", "qi"),
    "尉迟": ("yu", "chi"),
    "长孙": ("zhang", "sun"),
    "澹台": ("tan", "tai"),
    "单": ("shan",),
    "曾": ("zeng",),
    "解": ("xie",),
    "仇": ("qiu",),
    "区": ("ou",),
    "朴": ("piao",),
    "查": ("zha",),
    "乐": ("yue",),
    "盖": ("ge",),
    "种": ("chong",),
    "繁": ("po",),
    "缪": ("miao",),
    "覃": ("qin",),
    "翟": ("zhai",),
    "员": ("yun",),
    "召": ("shao",),
    "秘": ("bi",),
    "折": ("she",),
    "黑": ("he",),
    "句": ("gou",),
    "薄": ("bo",),
    "能": ("nai",),
    "隗": ("wei",),
}


def _syllables(name: str) -> list[str]:
    # Imported here: pypinyin's dictionaries take ~0.15 s to load, which start-up should not pay for.
    from pypinyin import Style, lazy_pinyin

    # lazy_pinyin passes non-Chinese runs through as one item ("Tom张" -> ["Tom", "zhang"]).
    return [s.lower() for s in lazy_pinyin(unicodedata.normalize("NFKC", name).strip(), style=Style.NORMAL)]


def _full(syllables: Iterable[str]) -> str:
    return "".join("".join(_ASCII_WORD_RE.findall(s)) for s in syllables)


def _initials(syllables: Iterable[str]) -> str:
    # An ASCII run may hold several words ("Tom Lee"); each word contributes its first letter.
    return "".join(word[0] for s in syllables for word in _ASCII_WORD_RE.findall(s))


def pinyin_full(name: str) -> str:
    """张三 -> ``zhangsan``: toneless, no spaces; ASCII letters kept (lowercased), everything else dropped."""
    return _full(_syllables(name))


def pinyin_initials(name: str) -> str:
    """张三 -> ``zs``, 欧阳娜娜 -> ``oynn``."""
    return _initials(_syllables(name))


def pinyin_variants(name: str) -> tuple[str, str]:
    """Space-separated (full spellings, initials) tokens for the index, covering surname readings.

    pypinyin reads a name as ordinary text, so 单 comes out ``dan`` and 曾 ``ceng``, while as surnames they
    are Shàn and Zēng. Both readings go into the index, the default first: the clerk finds 单雄信 by
    ``shanxiongxin``, ``sxx`` or ``dxx`` alike, whichever way they think of the name.
    """
    stripped = unicodedata.normalize("NFKC", name).strip()
    fulls = [pinyin_full(stripped)]
    initials = [pinyin_initials(stripped)]
    for surname, reading in _SURNAME_READINGS.items():
        if stripped.startswith(surname):
            syllables = [*reading, *_syllables(stripped[len(surname) :])]
            fulls.append(_full(syllables))
            initials.append(_initials(syllables))
            break
    return " ".join(dict.fromkeys(f for f in fulls if f)), " ".join(dict.fromkeys(i for i in initials if i))


def phone_search_tokens(phones: Iterable[str]) -> str:
    """Index tokens for a person's phones: each number's digits in full plus its last four digits.

    Digits only, because unicode61 would split ``010-12345678`` at the dash; the last four digits are a
    separate token because that is what callers read out ("尾号5678"). A landline also gets its number
    without the area code, which is how local callers give it. Extensions are not indexed.
    """
    tokens: dict[str, None] = {}
    for phone in phones:
        landline = normalize_landline(phone)
        if is_mainland_mobile(phone):
            numbers = [normalize_mobile(phone)]
        elif landline is not None:
            main = landline.split("转")[0]  # "010-12345678转123" -> "010-12345678"
            numbers = [main.replace("-", ""), main.split("-")[-1]]
        else:
            # Imported data may hold numbers we cannot parse; their digits are still worth finding.
            numbers = [
                "".join(c for c in unicodedata.normalize("NFKC", phone) if c.isascii() and c.isdigit())
            ]
        for digits in numbers:
            if len(digits) >= 4:
                tokens[digits] = None
                tokens[digits[-4:]] = None
    return " ".join(tokens)


def fts_prefix_query(text: str) -> str | None:
    """A safe FTS5 MATCH expression: every word of ``text`` as a quoted prefix term, all required (AND).

    Only letters and digits survive tokenising, and each term is wrapped in double quotes, so FTS5 syntax
    (quotes, parentheses, ``:``, ``^``, ``*``, ``-``, ``+``, NEAR/AND/OR/NOT) can never reach the parser.
    """
    words = _TOKEN_RE.findall(unicodedata.normalize("NFKC", text))[:_MAX_QUERY_TOKENS]
    if not words:
        return None
    # The quote doubling is belt and braces: _TOKEN_RE cannot match '"' today, but the escaping must not
    # depend on that staying true.
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def classify_query(text: str) -> QueryKind:
    """Which index column a search-box input is meant for."""
    stripped = unicodedata.normalize("NFKC", text).strip()
    if not _TOKEN_RE.search(stripped):
        return "empty"
    if parse_unit_query(stripped) is not None:
        return "unit"
    if _PHONE_CHARS_RE.fullmatch(stripped) and any(c in "0123456789" for c in stripped):
        return "phone"
    if stripped.isascii() and re.fullmatch(r"[A-Za-z\s']+", stripped):
        return "pinyin"
    return "name"
