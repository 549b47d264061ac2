"""One rounding rule for every figure a person reads: half up, as people and Excel round."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# Excel rounds a cell's shown value from its first 15 significant digits, so 4,35 stored as
# 4,34999… shows as 4,4; reading the float the same way keeps the screen, the PDF and the
# workbook on one figure. Python's round() and format() round the binary value half to even.
SIGNIFICANT_DIGITS = 15


def half_up(value: float, decimals: int = 1) -> float:
    """``value`` to ``decimals`` places, halves away from zero (4,25 → 4,3; −0,25 → −0,3)."""
    exact = Decimal(f"{value:.{SIGNIFICANT_DIGITS}g}")
    return float(exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def fixed_point(value: float, decimals: int = 1) -> str:
    """``value`` rounded half up and written with exactly ``decimals`` places and a point."""
    return f"{half_up(value, decimals):.{decimals}f}"
