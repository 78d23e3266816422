"""Scans and photos stored in the database, checked by their content rather than their file name.

A clerk's "photo.jpg" may be a HEIC or a Word file renamed; only JPEG, PNG and PDF are accepted because they
are what the printouts and the viewer can show. The size cap keeps the single-file database (and its
backups) small.
"""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Attachment, Site
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Permission
from desk_app.services.context import ServiceContext
from desk_app.services.tracking import new_row

MAX_BYTES = 5 * 1024 * 1024
# A phone picture of 4 MB becomes ~300 KB at this size and still shows a face or a crack clearly; every
# backup carries the database, so photos are kept no larger than they need to be.
PHOTO_MAX_PX = 1600
PHOTO_SCALE_ABOVE = 400 * 1024
_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"%PDF-", "application/pdf"),
)


def sniff(data: bytes) -> str:
    """The MIME type from the first bytes, or a DomainError for anything else."""
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    raise DomainError("attachment.unsupported")


def scaled_photo(data: bytes, mime: str) -> tuple[bytes, str]:
    """The photo turned upright and at most PHOTO_MAX_PX on its long side, as JPEG; unchanged if unreadable.

    Pillow may not decode every JPEG/PNG variant a camera writes; the original is then kept rather than lost.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as opened:
            img = ImageOps.exif_transpose(opened).convert("RGB")
        img.thumbnail((PHOTO_MAX_PX, PHOTO_MAX_PX))
        out = io.BytesIO()
        img.save(out, "JPEG", quality=85)
    except (UnidentifiedImageError, OSError, ValueError):
        return data, mime
    scaled = out.getvalue()
    return (scaled, "image/jpeg") if len(scaled) < len(data) else (data, mime)


def store(
    session: Session,
    owner_type: str,
    owner_id: str,
    kind: str,
    data: bytes,
    filename: str = "",
    *,
    ctx: ServiceContext | None = None,
) -> Attachment:
    """Add an attachment row in the caller's transaction (refusing > 5 MB and non JPEG/PNG/PDF).

    Pass ``ctx`` to fill who/when/where; without it the row gets the site's id and the system time."""
    if not data:
        raise DomainError("attachment.empty")
    if len(data) > MAX_BYTES:
        raise DomainError("attachment.too_large", max_mb=MAX_BYTES // (1024 * 1024))
    mime = sniff(data)
    if kind == "photo" and mime != "application/pdf" and len(data) > PHOTO_SCALE_ABOVE:
        data, mime = scaled_photo(data, mime)
    row = Attachment(
        owner_type=owner_type,
        owner_id=owner_id,
        kind=kind,
        filename=filename.strip()[-200:],
        mime=mime,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
    )
    if ctx is not None:
        new_row(ctx, row)
    else:
        now = datetime.now(UTC)
        row.site_id = session.scalars(select(Site.id)).first() or ""
        row.created_at = row.updated_at = now
        row.archived = False
    session.add(row)
    session.flush()
    return row


def load(ctx: ServiceContext, attachment_id: str) -> bytes:
    ctx.require(Permission.HANDLE_RENOVATION)
    with ctx.db.read() as s:
        row = s.get(Attachment, attachment_id)
        if row is None:
            raise DomainError("record.not_found", kind="attachment")
        return bytes(row.data)


def mime_of(ctx: ServiceContext, attachment_id: str) -> str:
    ctx.require(Permission.HANDLE_RENOVATION)
    with ctx.db.read() as s:
        row = s.get(Attachment, attachment_id)
        return row.mime if row else ""
