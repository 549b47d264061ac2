"""Small checks shared by the entities' constructors; each raises ValidationError."""

from __future__ import annotations

from hallbar_desktop.domain.errors import ValidationError

# Descriptions, mitigations and the like: room for a long text pasted from a report.
LONG_TEXT_MAX = 20_000


def require_text(field: str, label: str, value: str, max_length: int | None = None) -> None:
    if not value.strip():
        raise ValidationError(field, "required", f"{label} måste fyllas i.")
    check_length(field, label, value, max_length)


def check_length(field: str, label: str, value: str, max_length: int | None) -> None:
    if max_length is not None and len(value) > max_length:
        raise ValidationError(
            field, "too_long", f"{label} får vara högst {max_length} tecken (nu {len(value)})."
        )


def check_range(field: str, label: str, value: int | None, low: int, high: int) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            field, "out_of_range", f"{label} ska vara ett heltal från {low} till {high}."
        )


def check_not_negative(field: str, label: str, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(field, "negative", f"{label} kan inte vara negativt.")
