"""The library's origin of each workshop: column, filter, details, and .hallbar files dropped."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from uuid import UUID, uuid4

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from hallbar_desktop.domain.contents import WorkshopOverview
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.library_view import LibraryView
from hallbar_desktop.ui.models.workshop_library_table_model import (
    ORIGIN_COLUMN,
    WorkshopLibraryTableModel,
)
from hallbar_desktop.ui.ui_settings import UiSettings

LAPTOP = UUID("0f3c5a3e-8d2b-4a57-9a61-1b2c3d4e5f60")
# 09:34 UTC is 10:34 in Stockholm in November.
IMPORTED = datetime(2026, 11, 26, 9, 34, tzinfo=UTC)


def overview(
    title: str,
    computer: str | None = None,
    imported_at: datetime | None = IMPORTED,
    conflicts: int = 0,
    origin_id: UUID = LAPTOP,
) -> WorkshopOverview:
    """A library line; with ``computer`` it was imported from there, else made here."""
    workshop = Workshop(title=title, organisation="Region Exempel", held_on=date(2026, 3, 1))
    if computer is None:
        return WorkshopOverview(workshop, 3, 0, 0, 0, 0, conflicts=conflicts)
    return WorkshopOverview(
        workshop,
        3,
        0,
        0,
        0,
        0,
        origin_id=origin_id,
        origin_computer=computer,
        imported_at=imported_at,
        conflicts=conflicts,
    )


@pytest.fixture
def stockholm_time() -> Iterator[None]:
    """Local time is Stockholm's, whatever the machine's: the column shows local time."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Stockholm"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


class Listing:
    """What the service lists; a test changes ``overviews`` and reloads the view."""

    def __init__(self, overviews: tuple[WorkshopOverview, ...]) -> None:
        self.overviews = overviews


@pytest.fixture
def listing(service: WorkshopService, monkeypatch: pytest.MonkeyPatch) -> Listing:
    shown = Listing(
        (
            overview("Här gjord"),
            overview("Från Åsa", "laptop-åsa"),
            overview("Från Björn", "Björns dator", conflicts=2, origin_id=uuid4()),
            overview("Från Örjan", "örjan-pc"),
        )
    )
    monkeypatch.setattr(service, "list_workshops", lambda: shown.overviews)
    return shown


@pytest.fixture
def view(qtbot, service: WorkshopService, ui_settings: UiSettings, listing: Listing) -> LibraryView:  # type: ignore[no-untyped-def]
    library = LibraryView(service, ui_settings)
    qtbot.addWidget(library)
    return library


def _titles(view: LibraryView) -> list[str]:
    return [view.proxy.index(row, 0).data() for row in range(view.proxy.rowCount())]


def _origin_cell(model: WorkshopLibraryTableModel, row: int, role: int) -> str:
    return model.data(model.index(row, ORIGIN_COLUMN), role)  # type: ignore[no-any-return]


def test_the_origin_column_names_this_computer_or_the_computer_and_time_of_import(
    qtbot, stockholm_time: None
) -> None:  # type: ignore[no-untyped-def]
    model = WorkshopLibraryTableModel()
    model.set_overviews(
        (
            overview("Här gjord"),
            overview("Importerad", "laptop-åsa"),
            overview("Med konflikter", "laptop-åsa", conflicts=2),
            overview("Namnlös dator", ""),
        )
    )
    display = Qt.ItemDataRole.DisplayRole
    assert model.headerData(ORIGIN_COLUMN, Qt.Orientation.Horizontal, display) == "Ursprung"
    assert _origin_cell(model, 0, display) == "Den här datorn"
    assert _origin_cell(model, 1, display) == "laptop-åsa, 2026-11-26"
    assert _origin_cell(model, 2, display) == "laptop-åsa, 2026-11-26"
    assert _origin_cell(model, 2, Qt.ItemDataRole.DecorationRole) is not None
    assert _origin_cell(model, 1, Qt.ItemDataRole.DecorationRole) is None
    assert "konflikter att välja: 2" in _origin_cell(model, 2, Qt.ItemDataRole.AccessibleTextRole)
    assert _origin_cell(model, 3, display) == "okänd dator, 2026-11-26"
    tooltip = _origin_cell(model, 2, Qt.ItemDataRole.ToolTipRole)
    assert "laptop-åsa, importerad 2026-11-26 10:34 – konflikter att välja: 2" in tooltip
    assert str(LAPTOP) in tooltip
    assert _origin_cell(model, 0, Qt.ItemDataRole.ToolTipRole)


def test_sorting_on_origin_puts_this_computer_first_then_computers_then_time(
    view: LibraryView, listing: Listing
) -> None:
    listing.overviews = (
        overview("Örjan sent", "örjan-pc", imported_at=datetime(2026, 11, 20, tzinfo=UTC)),
        overview("Åsa", "laptop-åsa"),
        overview("Här gjord"),
        overview("Örjan tidigt", "örjan-pc", imported_at=datetime(2026, 1, 5, tzinfo=UTC)),
        overview("Zeta", "Zeta"),
    )
    view.reload()
    view.ui.workshop_table.sortByColumn(ORIGIN_COLUMN, Qt.SortOrder.AscendingOrder)
    assert _titles(view) == ["Här gjord", "Åsa", "Zeta", "Örjan tidigt", "Örjan sent"]


def test_the_origin_filter_offers_here_each_computer_in_swedish_order_and_conflicts(
    view: LibraryView,
) -> None:
    combo = view.ui.origin_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Alla ursprung",
        "Den här datorn",
        "Björns dator",
        "laptop-åsa",
        "örjan-pc",
        "Med konflikter",
    ]
    assert view.ui.origin_label.buddy() is combo
    assert view.ui.origin_label.text() == "&Ursprung:"
    assert len(_titles(view)) == 4
    combo.setCurrentIndex(combo.findText("Den här datorn"))
    assert _titles(view) == ["Här gjord"]
    combo.setCurrentIndex(combo.findText("laptop-åsa"))
    assert _titles(view) == ["Från Åsa"]
    combo.setCurrentIndex(combo.findText("Med konflikter"))
    assert _titles(view) == ["Från Björn"]
    combo.setCurrentIndex(0)
    assert len(_titles(view)) == 4


def test_the_chosen_origin_is_kept_across_a_reload_while_it_exists(
    view: LibraryView, listing: Listing
) -> None:
    combo = view.ui.origin_filter
    combo.setCurrentIndex(combo.findText("örjan-pc"))
    listing.overviews = (
        *listing.overviews,
        overview("Från Örjan igen", "örjan-pc"),
        overview("Från Anna", "anna-laptop"),
    )
    view.reload()
    assert combo.currentText() == "örjan-pc"
    assert sorted(_titles(view)) == ["Från Örjan", "Från Örjan igen"]
    assert combo.findText("anna-laptop") == 2  # new computers find their place

    listing.overviews = (overview("Här gjord"), overview("Från Åsa", "laptop-åsa"))
    view.reload()
    assert combo.findText("örjan-pc") == -1
    assert combo.currentText() == "Alla ursprung"
    assert len(_titles(view)) == 2


def test_with_nothing_imported_the_origin_column_and_filter_stay_out_of_the_way(
    view: LibraryView, listing: Listing
) -> None:
    combo = view.ui.origin_filter
    combo.setCurrentIndex(combo.findText("Den här datorn"))
    listing.overviews = (overview("Här gjord"), overview("Också här"))
    view.reload()
    assert view.ui.workshop_table.isColumnHidden(ORIGIN_COLUMN)
    assert combo.isHidden() and view.ui.origin_label.isHidden()
    assert combo.currentText() == "Alla ursprung"  # no hidden filter left at work
    listing.overviews = (*listing.overviews, overview("Från Åsa", "laptop-åsa"))
    view.reload()
    assert not view.ui.workshop_table.isColumnHidden(ORIGIN_COLUMN)
    assert not combo.isHidden() and not view.ui.origin_label.isHidden()


def test_the_details_show_the_origin(view: LibraryView, stockholm_time: None) -> None:
    view.reload(select=view.overviews[2].workshop.id)
    facts = view.ui.detail_facts_label.text()
    assert "Ursprung" in facts
    assert "Björns dator, importerad 2026-11-26 10:34 – konflikter att välja: 2" in facts


def test_a_long_origin_leaves_the_titles_room_at_1366(
    view: LibraryView, listing: Listing, qtbot
) -> None:  # type: ignore[no-untyped-def]
    listing.overviews = (
        overview("Hållbarhetsbedömning i regionala projektmedel"),
        overview("Från långt bort", "DESKTOP-" + "X" * 120, conflicts=12),
    )
    view.reload()
    view.resize(1366 - 16, 700)
    view.show()
    qtbot.waitExposed(view)
    header = view.ui.workshop_table.horizontalHeader()
    chars = view.ui.workshop_table.fontMetrics().averageCharWidth()
    assert header.sectionSize(ORIGIN_COLUMN) <= 50 * chars
    assert header.sectionSize(0) >= 20 * chars


# --- dropped packages ----------------------------------------------------------------------


def _files(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drag_enter(view: LibraryView, mime: QMimeData) -> QDragEnterEvent:
    event = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view, event)
    return event


def _drop(target, mime: QMimeData, at: QPointF) -> QDropEvent:  # type: ignore[no-untyped-def]
    event = QDropEvent(
        at,
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)
    return event


def test_dropping_files_passes_on_only_the_hallbar_packages(
    view: LibraryView, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    package = tmp_path / "från laptop.HALLBAR"
    mime = _files(package, tmp_path / "anteckningar.txt")
    enter = _drag_enter(view, mime)
    assert enter.isAccepted()
    # A copy, never a move: a file manager told "moved" may delete the package.
    assert enter.dropAction() == Qt.DropAction.CopyAction
    with qtbot.waitSignal(view.packages_dropped) as dropped:
        drop = _drop(view, mime, QPointF(10, 10))
    assert drop.isAccepted()
    assert dropped.args == [[package]]


def test_a_drag_of_other_files_only_is_refused(view: LibraryView, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    mime = _files(tmp_path / "anteckningar.txt", tmp_path / "hallbar")
    assert not _drag_enter(view, mime).isAccepted()
    with qtbot.assertNotEmitted(view.packages_dropped):
        assert not _drop(view, mime, QPointF(10, 10)).isAccepted()
    web = QMimeData()
    web.setUrls([QUrl("https://example.org/paket.hallbar")])
    assert not _drag_enter(view, web).isAccepted()


def test_a_package_dropped_on_the_table_reaches_the_view(
    view: LibraryView, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # Through the window, as a real drag arrives: Qt picks the widget under the pointer.
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    viewport = view.ui.workshop_table.viewport()
    at = QPointF(viewport.mapTo(view, viewport.rect().center()))
    assert view.childAt(at.toPoint()) is viewport
    package = tmp_path / "paket.hallbar"
    mime = _files(package)
    window = view.windowHandle()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at.toPoint(), actions, mime, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    move = QDragMoveEvent(at.toPoint(), actions, mime, buttons, modifiers)
    QApplication.sendEvent(window, move)
    assert move.isAccepted()
    with qtbot.waitSignal(view.packages_dropped) as dropped:
        _drop(window, mime, at)
    assert dropped.args == [[package]]
