"""Colours live in domain/palette.py only; Gul is the middle answer's yellow; all stay readable."""

from __future__ import annotations

import colorsys
import io
import itertools
import math
import re
import tokenize
from pathlib import Path

import pytest

import hallbar_desktop
from hallbar_desktop.domain import palette
from hallbar_desktop.domain.choices import TrafficLight
from hallbar_desktop.domain.readiness import SCALE_MAX, SCALE_MIN, traffic_light

PACKAGE = Path(hallbar_desktop.__file__).parent
PALETTE_FILE = PACKAGE / "domain" / "palette.py"
GENERATED = PACKAGE / "ui" / "generated"

_HEX_IN_TEXT = re.compile(r"#(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\b")
_HEX_DIGITS_ONLY = re.compile(r"[0-9A-Fa-f]{6}")  # openpyxl's "RRGGBB"
_NAMES = r"(?:white|black|red|green|blue|yellow|orange|gr[ae]y)"
_NAMED_IN_STYLE = re.compile(
    r"\b(?:color|background(?:-color)?|border(?:-color)?)\s*:[^;{}\"']*\b" + _NAMES + r"\b",
    re.IGNORECASE,
)
_NAMED_IN_CODE = re.compile(
    r"QColor\([\"'][a-z]+[\"']\)|Qt\.GlobalColor\." + _NAMES + r"\b|colors\." + _NAMES + r"\b"
)


def colour_literals(path: Path) -> list[str]:
    """Colours written in the file's code and strings, as "line: text" (comments are free to
    name them)."""
    found = []
    lines: dict[int, str] = {}
    source = io.StringIO(path.read_text(encoding="utf-8"))
    for token in tokenize.generate_tokens(source.readline):
        if token.type == tokenize.COMMENT:
            continue
        line = token.start[0]
        lines[line] = lines.get(line, "") + token.string
        if token.type == tokenize.STRING:
            body = token.string.strip("rbfRBF").strip("\"'")
            if (
                _HEX_IN_TEXT.search(token.string)
                or _HEX_DIGITS_ONLY.fullmatch(body)
                or _NAMED_IN_STYLE.search(token.string)
            ):
                found.append(f"{line}: {token.string}")
    for line, code in sorted(lines.items()):
        if _NAMED_IN_CODE.search(code):
            found.append(f"{line}: {code}")
    return found


def test_the_scan_finds_each_way_a_colour_is_written(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "# a comment may say #D55E00\n"
        'a = "#D55E00"\n'
        'b = "E69F00"\n'
        'c = f"color: white; background: {a};"\n'
        'd = QColor("black")\n'
        "e = colors.white\n"
        'f = "#fff"\n'
        'ok = "#StatusSuggestionBar { background: transparent; }"\n',
        encoding="utf-8",
    )
    lines = [hit.split(":")[0] for hit in colour_literals(sample)]
    assert lines == ["2", "3", "4", "7", "5", "6"]


def test_colour_literals_live_only_in_the_palette() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{hit}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != PALETTE_FILE and GENERATED not in path.parents
        for hit in colour_literals(path)
    ]
    assert offenders == [], "Take these colours from hallbar_desktop.domain.palette:\n" + "\n".join(
        offenders
    )


def _hue(colour: str) -> float:
    digits = palette.hex_digits(colour)
    red, green, blue = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return colorsys.rgb_to_hsv(red, green, blue)[0] * 360


def test_gul_is_the_middle_answer_and_each_answer_has_its_medians_light() -> None:
    # One entry, not two that happen to agree: Gul and 3 cannot drift apart again.
    assert palette.ANSWER[3] is palette.TRAFFIC_LIGHT[TrafficLight.YELLOW]
    for value in range(SCALE_MIN, SCALE_MAX + 1):
        light = traffic_light(value)
        assert light is not None
        own, lights = palette.ANSWER[value], palette.TRAFFIC_LIGHT[light]
        if value in (SCALE_MIN, SCALE_MAX):
            # The ends are deeper shades of their light's colour: the same hue, within 15°.
            assert abs(_hue(own.fill) - _hue(lights.fill)) < 15, value
            assert palette.contrast_ratio(own.fill, palette.PAGE) > palette.contrast_ratio(
                lights.fill, palette.PAGE
            )
        else:
            assert own is lights, value


def _swatches() -> list[tuple[str, palette.Swatch]]:
    return [
        *((f"svar {v}", s) for v, s in palette.ANSWER.items()),
        *((light.label, s) for light, s in palette.TRAFFIC_LIGHT.items()),
        *((category.label, s) for category, s in palette.DEPENDENCY_CATEGORY.items()),
        ("Inte bedömd", palette.NOT_RATED),
        ("Vet ej", palette.DONT_KNOW),
        ("Tiden är slut", palette.TIME_UP),
    ]


@pytest.mark.parametrize(("name", "swatch"), _swatches())
def test_text_on_every_fill_reads_at_4_5_to_1(name: str, swatch: palette.Swatch) -> None:
    assert palette.contrast_ratio(swatch.fill, swatch.ink) >= 4.5
    assert swatch.ink == palette.text_on(swatch.fill)


@pytest.mark.parametrize(
    "text",
    [
        palette.TEXT,
        palette.SECONDARY_TEXT,
        palette.PROBLEM_TEXT,
        palette.DONE_TEXT,
    ],
)
@pytest.mark.parametrize("background", [palette.PAGE, palette.TOUCH_BACKGROUND])
def test_text_colours_read_at_4_5_to_1(text: str, background: str) -> None:
    assert palette.contrast_ratio(text, background) >= 4.5


# Machado, Oliveira & Fernandes (2009), severity 1, applied to linear RGB.
_DEFICIENCIES = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def _lab_as_seen(colour: str, matrix: tuple[tuple[float, ...], ...]) -> tuple[float, ...]:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    digits = palette.hex_digits(colour)
    rgb = [linear(int(digits[i : i + 2], 16)) for i in (0, 2, 4)]
    r, g, b = (
        min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb, strict=True)))) for row in matrix
    )
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.9505
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.089

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))


@pytest.mark.parametrize("deficiency", list(_DEFICIENCIES))
@pytest.mark.parametrize(
    "group",
    [
        [s.fill for s in (*palette.ANSWER.values(), palette.DONT_KNOW)],
        [s.fill for s in palette.DEPENDENCY_CATEGORY.values()],
    ],
    ids=["answers and Vet ej", "dependency types"],
)
def test_colours_shown_side_by_side_stay_apart_with_colour_blindness(
    deficiency: str, group: list[str]
) -> None:
    seen = [_lab_as_seen(colour, _DEFICIENCIES[deficiency]) for colour in group]
    closest = min(math.dist(a, b) for a, b in itertools.combinations(seen, 2))
    assert closest >= 15  # CIELAB ΔE: clearly different colours side by side
