"""Which page shows which step."""

from __future__ import annotations

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


def create_page(step: WorkshopStep, workshop: OpenWorkshop) -> StepPage:
    module, name = _PAGES[step]
    page_class = getattr(import_module(f"hallbar_desktop.ui.pages.{module}"), name)
    return page_class(workshop)  # type: ignore[no-any-return]
