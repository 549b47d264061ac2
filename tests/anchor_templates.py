"""Templates for the anchor tests: exposure anchors unlike the readiness ones, or none at all."""

from __future__ import annotations

import dataclasses

from hallbar_desktop.domain.readiness import ReadinessTemplate, ScaleAnchor

# Every label and description differs from the general scale's, so a test can tell them apart.
EXPOSURE_ANCHORS = (
    ScaleAnchor(1, "Ingen risk", "Arbetet klarar sig"),
    ScaleAnchor(2, "Liten risk", "Märks lite"),
    ScaleAnchor(3, "Viss risk", "Bromsar delvis"),
    ScaleAnchor(4, "Stor risk", "Bromsar kraftigt"),
    ScaleAnchor(5, "Mycket stor risk", "Arbetet står still"),
)


def with_exposure_anchors(template: ReadinessTemplate) -> ReadinessTemplate:
    """``template`` with EXPOSURE_ANCHORS on every block outside readiness."""
    return dataclasses.replace(
        template,
        dimensions=tuple(
            d if d.in_readiness else dataclasses.replace(d, scale=EXPOSURE_ANCHORS)
            for d in template.dimensions
        ),
    )


def without_own_anchors(template: ReadinessTemplate) -> ReadinessTemplate:
    """``template`` as templates were before a block could have anchors of its own."""
    return dataclasses.replace(
        template, dimensions=tuple(dataclasses.replace(d, scale=()) for d in template.dimensions)
    )
