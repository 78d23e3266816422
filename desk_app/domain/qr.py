"""What the QR code on a slip, receipt, pass, permit or voucher says: ``type|number|mac`` — receipts
``RC|number|fen|mac``.

The MAC is an HMAC-SHA256 (first 12 hex digits) with a per-installation secret, so a scanned code proves the
paper came from this desk's database and was not typed up by someone else; the number alone opens the record.
A keyboard-wedge scanner "types" the text into the search box, so the format is short and ASCII only.
A receipt's code also carries its amount in fen under the MAC: at refund time the scan proves both the paper
and the sum on it are genuine.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from desk_app.domain.errors import DomainError

MAC_LENGTH = 12
KINDS = {
    "WO": "work_order",
    "RC": "receipt",
    "PS": "pass",
    "RL": "release",
    "VS": "visit",
    "CP": "complaint",
    "RN": "renovation_filing",  # the permit (装修备案登记证)
    "RF": "refund",  # the refund voucher (退款凭证)
}


@dataclass(frozen=True)
class QrPayload:
    kind: str  # "WO" …
    number: str
    amount_fen: int | None = None  # receipts only

    @property
    def record_type(self) -> str:
        return KINDS[self.kind]


def _mac(secret: str, kind: str, number: str, amount: str = "") -> str:
    message = f"{kind}|{number}|{amount}" if amount else f"{kind}|{number}"
    digest = hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()
    return digest[:MAC_LENGTH]


def encode_receipt(secret: str, number: str, amount_fen: int) -> str:
    """``RC|SJ-A1-2026-000123|120000|mac``: the amount is covered by the MAC."""
    return f"RC|{number}|{amount_fen}|{_mac(secret, 'RC', number, str(amount_fen))}"


def encode(secret: str, kind: str, number: str) -> str:
    if kind not in KINDS:
        raise DomainError("qr.unknown_kind", kind=kind)
    return f"{kind}|{number}|{_mac(secret, kind, number)}"


def looks_like_qr(text: str) -> bool:
    parts = text.strip().split("|")
    return (len(parts) == 3 and parts[0].upper() in KINDS) or (len(parts) == 4 and parts[0].upper() == "RC")


def decode(secret: str, text: str) -> QrPayload:
    """The payload of a scanned code; ``qr.invalid`` when malformed, ``qr.forged`` when the MAC is wrong."""
    parts = text.strip().split("|")
    if len(parts) == 4 and parts[0].upper() == "RC" and parts[2].isdigit():
        number, amount, mac = parts[1].upper(), parts[2], parts[3].lower()
        if not hmac.compare_digest(mac, _mac(secret, "RC", number, amount)):
            raise DomainError("qr.forged", number=number)
        return QrPayload("RC", number, int(amount))
    if len(parts) != 3 or parts[0].upper() not in KINDS:
        raise DomainError("qr.invalid")
    kind, number, mac = parts[0].upper(), parts[1].upper(), parts[2].lower()
    if not hmac.compare_digest(mac, _mac(secret, kind, number)):
        raise DomainError("qr.forged", number=number)
    return QrPayload(kind, number)
