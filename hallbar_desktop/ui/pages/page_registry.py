"""Which page shows which step."""

from __future__ import annotations

import sys
from importlib import import_module

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.step_page import StepPage

_S = WorkshopStep
# Imported when first needed, so that opening the library does not load every page.
_PAGES: dict[WorkshopStep, tuple[str, str]] = {
    _S.PREPARATION: ("preparation_page", "PreparationPage"),
    _S.WELCOME: ("welcome_page", "WelcomePage"),
    _S.CURRENT_AND_TARGET: ("current_target_page", "CurrentTargetPage"),
    _S.RATING: ("rating_page", "RatingPage"),
    _S.RESULTS: ("results_page", "ResultsPage"),
    _S.DEPENDENCIES: ("dependencies_page", "DependenciesPage"),
    _S.PREREQUISITES: ("prerequisites_page", "PrerequisitesPage"),
    _S.ACTIONS: ("actions_page", "ActionsPage"),
    _S.SUMMARY: ("summary_page", "SummaryPage"),
    _S.FOLLOW_UP: ("follow_up_page", "FollowUpPage"),
}


def import_one_more_page() -> bool:
    """Import the next page module not yet loaded; False when all are. The main window calls
    this while it is idle, so that opening the first workshop does not wait for imports."""
    for module, _name in _PAGES.values():
        full = f"hallbar_desktop.ui.pages.{module}"
        if full not in sys.modules:
            import_module(full)
            return True
    return False


def create_page(step: WorkshopStep, workshop: OpenWorkshop) -> StepPage:
    module, name = _PAGES[step]
    page_class = getattr(import_module(f"hallbar_desktop.ui.pages.{module}"), name)
    return page_class(workshop)  # type: ignore[no-any-return]
