"""Money at the desk: the fee table (``fees``), receipts and voids (``receipts``), the day-close
(``day_close``) and their printouts (``printouts``). Refunds live in ``refunds`` (their own engineer).

Amounts are integer fen throughout; records are append-only (DOMAIN.md §6, ARCHITECTURE.md).
"""
