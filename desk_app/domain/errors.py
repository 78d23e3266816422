"""The one expected failure type.

Services raise ``DomainError(code, **params)`` for anything a user can cause or fix (bad input, a business
rule, a full disk). The UI turns ``code`` into a translated sentence; everything else is a bug and goes to
the crash dialog. Codes are dotted, stable strings: ``area.reason`` (e.g. ``id_number.check_digit``).
"""

from __future__ import annotations


class DomainError(Exception):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return f"{self.code} {self.params}" if self.params else self.code
