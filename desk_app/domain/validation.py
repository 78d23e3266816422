"""Phone numbers and resident ID numbers: normalise what clerks type, reject what cannot be right, mask for display.

Clerks copy numbers from paper forms, WeChat messages and old spreadsheets, so input arrives with full-width
digits, spaces, dashes, ``+86`` and ``(021)``-style area codes. Everything is normalised to one stored form so
search and duplicate detection work, and only obviously impossible values are rejected: a desk that refuses a
real customer's number is worse than one that stores a slightly odd one.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from desk_app.domain.errors import DomainError

# ---------------------------------------------------------------------------------------------- phones

# Dash look-alikes that survive NFKC (NFKC already turns the full-width "－" into "-").
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−﹣", "-"))
_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_SEPARATORS_RE = re.compile(r"[\s\-.]+")
_EXTENSION_RE = re.compile(r"(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$")
_PAREN_AREA_RE = re.compile(r"^\(\s*(0\d{2,3})\s*\)")
_SERVICE_RE = re.compile(r"([48]00)(\d{3})(\d{4})")
# Three-digit area codes are Beijing (010) and the 02x cities; they always have 8-digit subscriber numbers.
_THREE_DIGIT_AREA_RE = re.compile(r"(010|02\d)([1-9]\d{7})")
_FOUR_DIGIT_AREA_RE = re.compile(r"(0[3-9]\d{2})([1-9]\d{6,7})")
# Without an area code, a leading 1 would be a truncated mobile number (real subscriber numbers start 2-9).
_LOCAL_RE = re.compile(r"[2-9]\d{6,7}")


def _is_digits(s: str) -> bool:
    # str.isdigit alone accepts "²" and other Unicode digits that int() or the database would choke on.
    return s.isascii() and s.isdigit()


def _clean(s: str) -> str:
    # NFKC folds full-width digits, "＋", "（）" and the ideographic space into their ASCII forms.
    return unicodedata.normalize("NFKC", s).translate(_DASHES).strip()


def normalize_mobile(s: str) -> str:
    """Strip separators and the country code; the result is not guaranteed to be a valid mobile number."""
    digits = re.sub(r"[\s\-()]", "", _clean(s))
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    elif len(digits) == 13 and digits.startswith("861"):
        digits = digits[2:]  # "86" typed without the plus, as copied from some phone contact exports
    return digits


def is_mainland_mobile(s: str) -> bool:
    return _MOBILE_RE.fullmatch(normalize_mobile(s)) is not None


def _parse_landline_digits(digits: str) -> str | None:
    """Canonical form of a number given as bare digits (no extension), or None."""
    if m := _SERVICE_RE.fullmatch(digits):
        return "-".join(m.groups())
    if m := _THREE_DIGIT_AREA_RE.fullmatch(digits) or _FOUR_DIGIT_AREA_RE.fullmatch(digits):
        return f"{m.group(1)}-{m.group(2)}"
    if _LOCAL_RE.fullmatch(digits):
        return digits
    return None


def normalize_landline(s: str) -> str | None:
    """Canonical landline (``010-12345678``, ``0755-1234567``, ``12345678``, ``400-123-4567``) or None.

    An extension is kept as ``转123``: a trailing ``-123`` would be ambiguous with the number itself
    (``0755-1234567-8`` could be an 8-digit number), so the stored form must not use a dash for it.
    """
    text = _clean(s).lower()
    extension = ""
    if m := _EXTENSION_RE.search(text):
        extension, text = m.group(1), text[: m.start()].rstrip(" -")
    for prefix in ("+86", "0086"):
        if text.startswith(prefix):
            # International format drops the trunk "0" of the area code: +86 10 12345678.
            text = text[len(prefix) :].lstrip(" -")
            if not text.startswith(("0", "(")):
                text = "0" + text
    area = ""
    if m := _PAREN_AREA_RE.match(text):
        area, text = m.group(1), text[m.end() :]
    groups = [g for g in _SEPARATORS_RE.split(text) if g]
    if not groups or not all(_is_digits(g) for g in groups) or _MOBILE_RE.fullmatch("".join(groups)):
        return None
    number = _parse_landline_digits(area + "".join(groups))
    if number is None and not extension and len(groups) > 1 and len(groups[-1]) <= 6:
        # "010-12345678-123": the last group is an extension only if the rest is a complete number.
        number = _parse_landline_digits(area + "".join(groups[:-1]))
        extension = groups[-1]
    if number is None:
        return None
    return f"{number}转{extension}" if extension else number


def is_landline(s: str) -> bool:
    return normalize_landline(s) is not None


def validate_phone(s: str) -> str:
    """Normalised mobile or landline number; raises ``DomainError("phone.invalid")`` otherwise."""
    mobile = normalize_mobile(s)
    if _MOBILE_RE.fullmatch(mobile):
        return mobile
    landline = normalize_landline(s)
    if landline is not None:
        return landline
    raise DomainError("phone.invalid", value=s)


def mask_phone(s: str) -> str:
    """``138****5678`` for mobiles; other numbers keep at most the first 3 and last 4 characters."""
    text = s.strip()
    mobile = normalize_mobile(text)
    if _MOBILE_RE.fullmatch(mobile):
        return f"{mobile[:3]}****{mobile[-4:]}"
    n = len(text)
    if n >= 8:
        return text[:3] + "*" * (n - 7) + text[-4:]
    if n > 4:
        return "*" * (n - 4) + text[-4:]
    return "*" * n


# ---------------------------------------------------------------------------------------------- ID numbers

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS = "10X98765432"
# GB/T 2260 province-level codes, plus 81/82/83 (港澳台居民居住证) and 91 (foreigners' permanent residence).
_PROVINCE_CODES = frozenset(
    (*range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47), *range(50, 55), *range(61, 66), 71)
) | {81, 82, 83, 91}
_EARLIEST_BIRTH_YEAR = 1900


def _normalize_id(s: str) -> str:
    # Whitespace anywhere: numbers are often typed in groups ("110105 19491231 002X").
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).upper()


def id_number_check_digit(first17: str) -> str:
    """GB 11643-1999 check character (ISO 7064 MOD 11-2) for the first 17 digits."""
    if len(first17) != 17:
        raise DomainError("id_number.length", length=len(first17))
    if not _is_digits(first17):
        raise DomainError("id_number.chars")
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK_CHARS[total % 11]


def _birth_date(normalised: str) -> date | None:
    if len(normalised) == 18:
        text = normalised[6:14]
    elif len(normalised) == 15:
        text = "19" + normalised[6:12]  # first-generation IDs only ever held 20th-century births
    else:
        return None
    if not _is_digits(text):
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def validate_id_number(s: str, today: date | None = None) -> str:
    """Normalised resident ID number, or ``DomainError("id_number.<reason>")``.

    15-digit first-generation numbers are accepted as they are (no check digit exists for them): they still
    appear on old property archives and contracts, and refusing them would block importing those records.
    Error params carry a masked value, never the full number, because errors end up in logs.
    """
    number = _normalize_id(s)
    masked = mask_id_number(number)
    if len(number) not in (15, 18):
        raise DomainError("id_number.length", value=masked, length=len(number))
    body = number[:17] if len(number) == 18 else number
    if not _is_digits(body) or (len(number) == 18 and number[17] not in "0123456789X"):
        raise DomainError("id_number.chars", value=masked)
    if int(number[:2]) not in _PROVINCE_CODES:
        raise DomainError("id_number.region", value=masked)
    born = _birth_date(number)
    if born is None or born.year < _EARLIEST_BIRTH_YEAR or born > (today or date.today()):
        raise DomainError("id_number.birth_date", value=masked)
    if len(number) == 18 and id_number_check_digit(body) != number[17]:
        raise DomainError("id_number.check_digit", value=masked)
    return number


def birth_date_from_id(s: str) -> date | None:
    """Birth date encoded in an 18- or 15-digit ID, or None; does not verify the check digit."""
    number = _normalize_id(s)
    if not _is_digits(number[:17] if len(number) == 18 else number):
        return None
    return _birth_date(number)


def gender_from_id(s: str) -> str | None:
    """``"M"``/``"F"`` from the sequence code's parity (odd = male), or None if the number is malformed."""
    number = _normalize_id(s)
    if len(number) == 18 and _is_digits(number[:17]):
        digit = number[16]
    elif len(number) == 15 and _is_digits(number):
        digit = number[14]
    else:
        return None
    return "M" if int(digit) % 2 else "F"


def mask_id_number(s: str) -> str:
    """Keep the first and last 4 characters, star the rest (same length), as on printed slips and lists.

    Shorter strings reveal at most a quarter at each end, so a truncated number is never shown whole.
    """
    text = s.strip()
    n = len(text)
    keep = 4 if n >= 15 else n // 4
    if keep == 0:
        return "*" * n
    return text[:keep] + "*" * (n - 2 * keep) + text[-keep:]
