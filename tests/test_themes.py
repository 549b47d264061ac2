"""Every theme's text and control edges meet WCAG 2.1 AA contrast on the surfaces they sit on."""

from __future__ import annotations

import dataclasses

import pytest

from hallbar_desktop.domain import palette
from hallbar_desktop.domain.action import ActionStatus
from hallbar_desktop.domain.choices import TrafficLight
from hallbar_desktop.domain.dependency import DependencyCategory, Quadrant
from hallbar_desktop.domain.readiness import SCALE_MAX, SCALE_MIN

TEXT_MINIMUM = 4.5  # WCAG 2.1 1.4.3, text of any size
COMPONENT_MINIMUM = 3.0  # WCAG 2.1 1.4.11, the edges of controls and the keyboard's ring


def _surfaces(theme: palette.Theme) -> dict[str, str]:
    return {
        "window": theme.window,
        "base": theme.base,
        "alternate_base": theme.alternate_base,
        "button": theme.button,
        "page": theme.page,
        "touch_background": theme.touch_background,
        "accent_tint": theme.accent_tint,
        "tool_tip": theme.tool_tip,
    }


def _pairs(theme: palette.Theme) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, minimum) for each pair the theme draws."""
    pairs: list[tuple[str, str, str, float]] = []
    surfaces = _surfaces(theme)
    tints = {
        "overdue_row": theme.overdue_row,
        "missing_row": theme.missing_row,
        **{f"quadrant {q.name}": fill for q, fill in theme.quadrant.items()},
    }
    texts = {
        "text": theme.text,
        "secondary_text": theme.secondary_text,
        "problem_text": theme.problem_text,
        "done_text": theme.done_text,
        "link": theme.link,
    }
    for text_name, text in texts.items():
        for surface_name, surface in surfaces.items():
            pairs.append((f"{text_name} on {surface_name}", text, surface, TEXT_MINIMUM))
    for tint_name, tint in tints.items():
        pairs.append((f"text on {tint_name}", theme.text, tint, TEXT_MINIMUM))
        pairs.append((f"mark_outline on {tint_name}", theme.mark_outline, tint, COMPONENT_MINIMUM))
    pairs += [
        ("selection_text on selection", theme.selection_text, theme.selection, TEXT_MINIMUM),
        ("accent_ink on accent", theme.accent_ink, theme.accent, TEXT_MINIMUM),
        ("note_card_ink on note_card", theme.note_card_ink, theme.note_card, TEXT_MINIMUM),
        (
            "note_card_ink on note_card_drop_target",
            theme.note_card_ink,
            theme.note_card_drop_target,
            TEXT_MINIMUM,
        ),
    ]
    swatches = {
        **{f"answer {v}": s for v, s in theme.answer.items()},
        **{f"traffic light {light.name}": s for light, s in theme.traffic_light.items()},
        **{f"category {c.name}": s for c, s in theme.dependency_category.items()},
        "not_rated": theme.not_rated,
        "dont_know": theme.dont_know,
        "time_up": theme.time_up,
    }
    for swatch_name, swatch in swatches.items():
        pairs.append((f"ink on {swatch_name}", swatch.ink, swatch.fill, TEXT_MINIMUM))
    for surface_name in ("window", "base", "page", "touch_background"):
        surface = surfaces[surface_name]
        for edge_name in ("control_border", "focus_ring", "accent", "selection_ring", "dot_votes"):
            edge = getattr(theme, edge_name)
            pairs.append((f"{edge_name} on {surface_name}", edge, surface, COMPONENT_MINIMUM))
    # A control's edge also against the fills inside and beside it: a check box in a table's
    # other row, a spin box's arrows (the drawn edge is measured in tests/ui/test_control_edges).
    for surface_name in ("alternate_base", "button"):
        surface = surfaces[surface_name]
        pairs.append(
            (f"control_border on {surface_name}", theme.control_border, surface, COMPONENT_MINIMUM)
        )
    # The charts' edges on their page: around a dot of an organisation's colour and a light's bar.
    pairs.append(("mark_outline on page", theme.mark_outline, theme.page, COMPONENT_MINIMUM))
    # The ring on a selected row of a table: its outer line against the selection.
    pairs.append(
        ("focus_ring on selection", theme.selection_ring, theme.selection, COMPONENT_MINIMUM)
        if palette.contrast_ratio(theme.selection_ring, theme.selection) >= COMPONENT_MINIMUM
        else ("page ring on selection", theme.page, theme.selection, COMPONENT_MINIMUM)
    )
    return pairs


_ALL_PAIRS = [
    pytest.param(fg, bg, minimum, id=f"{theme.code}: {what}")
    for theme in palette.THEMES.values()
    for what, fg, bg, minimum in _pairs(theme)
]


@pytest.mark.parametrize(("foreground", "background", "minimum"), _ALL_PAIRS)
def test_every_pair_a_theme_draws_meets_wcag_aa(
    foreground: str, background: str, minimum: float
) -> None:
    assert palette.contrast_ratio(foreground, background) >= minimum


def test_the_contrast_ratio_is_wcags() -> None:
    assert palette.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert palette.contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert palette.contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1)


def test_a_pair_below_the_minimum_is_caught() -> None:
    # A theme with dark text on a dark window, the known risk, fails the walk.
    unreadable = dataclasses.replace(palette.DARK, text=palette.TEXT)
    failing = [
        what
        for what, fg, bg, minimum in _pairs(unreadable)
        if palette.contrast_ratio(fg, bg) < minimum
    ]
    assert "text on window" in failing


@pytest.mark.parametrize("theme", palette.THEMES.values(), ids=lambda theme: theme.code)
def test_every_theme_colours_every_kind(theme: palette.Theme) -> None:
    assert set(theme.traffic_light) == set(TrafficLight)
    assert set(theme.answer) == set(range(SCALE_MIN, SCALE_MAX + 1))
    assert set(theme.dependency_category) == set(DependencyCategory)
    assert set(theme.quadrant) == set(Quadrant)
    assert set(theme.action_status) == set(ActionStatus)
    assert len(theme.organisation_series) == len(palette.ORGANISATION_SERIES)
    for field in dataclasses.fields(theme):
        value = getattr(theme, field.name)
        if isinstance(value, str) and field.name != "code":
            assert value.startswith("#") and len(value) == 7, field.name


def test_the_light_theme_is_the_colours_the_exports_print() -> None:
    light = palette.LIGHT
    assert (light.page, light.text, light.secondary_text) == (
        palette.PAGE,
        palette.TEXT,
        palette.SECONDARY_TEXT,
    )
    assert (light.problem_text, light.done_text, light.accent) == (
        palette.PROBLEM_TEXT,
        palette.DONE_TEXT,
        palette.ACCENT,
    )
    assert light.answer is palette.ANSWER and light.quadrant is palette.QUADRANT
    assert palette.theme_named("dark") is palette.DARK
    assert palette.theme_named("no such theme") is palette.LIGHT
