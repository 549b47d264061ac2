"""The library marks workshops past their retention date and purges one after a confirmation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from uuid import uuid4

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from hallbar_desktop.app import Services, open_services
from hallbar_desktop.domain.retention import PurgedWorkshop, PurgeKind, PurgeReport
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.ui.library_view import LibraryView
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.ui.message_box_answers import answer_message_boxes

NAME = "Zelmira Hemligsdotter"


@pytest.fixture
def services(db_path: Path, tmp_path: Path) -> Iterator[Services]:
    with open_services(db_path, create_if_missing=True, backups=tmp_path / "backups") as opened:
        yield opened


@pytest.fixture
def view(qtbot, services: Services, ui_settings: UiSettings) -> LibraryView:  # type: ignore[no-untyped-def]
    for title, until in (("Gammal", date(2001, 1, 1)), ("Ny", date(2999, 1, 1))):
        made = services.workshops.create_workshop(
            Workshop(title=title, held_on=date(2000, 6, 1), retention_until=until)
        )
        services.workshops.add_participant(made.workshop.id, name=NAME, role="Chef")
    library = LibraryView(services.workshops, ui_settings, retention=services.retention)
    qtbot.addWidget(library)
    return library


def _row(view: LibraryView, title: str) -> int:
    model = view.model
    return next(r for r in range(model.rowCount()) if model.overview(r).workshop.title == title)


def _select(view: LibraryView, title: str) -> None:
    view.ui.workshop_table.selectRow(
        view.proxy.mapFromSource(view.model.index(_row(view, title), 0)).row()
    )


def test_a_workshop_past_its_date_with_names_left_is_marked(view: LibraryView) -> None:
    model = view.model
    old, new = model.index(_row(view, "Gammal"), 0), model.index(_row(view, "Ny"), 0)
    assert "2001-01-01 har passerat" in model.data(old, Qt.ItemDataRole.ToolTipRole)
    assert model.data(old, Qt.ItemDataRole.DecorationRole) is not None
    assert "gallringsdatumet har passerat" in model.data(old, Qt.ItemDataRole.AccessibleTextRole)
    assert model.data(new, Qt.ItemDataRole.ToolTipRole) is None
    _select(view, "Gammal")
    assert "2001-01-01 (passerat, personuppgifter finns kvar)" in view.ui.detail_facts_label.text()


def test_the_mark_says_personal_data_remain_when_only_a_typed_alias_holds_them(
    qtbot, services: Services, ui_settings: UiSettings
) -> None:  # type: ignore[no-untyped-def]
    """An alias someone typed is personal data too, though the workshop has no names or roles."""
    made = services.workshops.create_workshop(
        Workshop(title="Alias", held_on=date(2000, 6, 1), retention_until=date(2001, 1, 1))
    )
    services.workshops.add_participant(made.workshop.id, alias_word="Kim")
    view = LibraryView(services.workshops, ui_settings, retention=services.retention)
    qtbot.addWidget(view)
    tip = view.model.data(view.model.index(_row(view, "Alias"), 0), Qt.ItemDataRole.ToolTipRole)
    assert "har fortfarande personuppgifter" in tip
    assert "namn eller roller finns kvar" not in tip
    _select(view, "Alias")
    assert "2001-01-01 (passerat, personuppgifter finns kvar)" in view.ui.detail_facts_label.text()


def test_gallra_names_what_goes_says_it_cannot_be_undone_and_clears_the_mark(
    view: LibraryView, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    answers = answer_message_boxes(monkeypatch, "Ta bort namn och roller")
    _select(view, "Gammal")
    assert view.ui.purge_button.isEnabled()
    view.ui.purge_button.click()
    (buttons,) = answers.buttons
    assert sorted(buttons) == ["Avbryt", "Ta bort hela workshoppen", "Ta bort namn och roller"]
    assert "”Gammal”" in answers.texts[0]
    (summary,) = told
    assert "Namn och roller är borttagna ur ”Gammal” (deltagare: 1" in summary
    assert "paket som du har skickat" in summary
    old = view.model.index(_row(view, "Gammal"), 0)
    assert view.model.data(old, Qt.ItemDataRole.ToolTipRole) is None
    (gammal,) = [o for o in services.workshops.list_workshops() if o.workshop.title == "Gammal"]
    assert [p.name for p in services.workshops.contents(gammal.workshop.id).participants] == [""]


def test_the_confirmation_says_a_purge_cannot_be_undone(
    view: LibraryView, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box.informativeText())
        (cancel,) = [b for b in box.buttons() if b.text() == "Avbryt"]
        cancel.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    _select(view, "Ny")
    view.ui.purge_button.click()
    (text,) = seen
    assert "går inte att ångra" in text and "Skattningarna" in text and "allt i workshoppen" in text
    assert len(view.overviews) == 2


def test_gallra_the_whole_workshop_removes_it(
    view: LibraryView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    answer_message_boxes(monkeypatch, "Ta bort hela workshoppen")
    _select(view, "Gammal")
    view.ui.purge_button.click()
    assert [o.workshop.title for o in view.overviews] == ["Ny"]


def test_a_purge_on_a_server_whose_tables_were_not_rewritten_says_so(view: LibraryView) -> None:
    purged = PurgedWorkshop(uuid4(), "Gammal", PurgeKind.NAMES, participants_cleared=1)
    rewritten = view.purge_summary(PurgeReport((purged,), file_compacted=True, on_server=True))
    left = view.purge_summary(PurgeReport((purged,), file_compacted=False, on_server=True))

    assert "VACUUM FULL" not in rewritten
    assert "Tabellerna på servern skrevs inte om" in left
    assert "Be den som sköter servern att köra VACUUM FULL på dem." in left
