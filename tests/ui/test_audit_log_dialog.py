"""Workshop › Ändringslogg…: the changes after the workshop day, and a warning when the log
was edited outside the program."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from hallbar_desktop.domain.workshop import WorkshopStatus
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.dialogs.audit_log_dialog import AuditLogDialog


def _rows(dialog: AuditLogDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_workshop_menu_shows_its_changes_after_the_day_and_a_log_edited_by_hand(
    qtbot,  # type: ignore[no-untyped-def]
    window_with_workshop,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    db_path: Path,
) -> None:
    window, contents = window_with_workshop
    wid = contents.workshop.id
    window.open_workshop(wid)
    window.ui.workshop_menu.aboutToShow.emit()
    assert window.audit_action.isEnabled()

    window.audit_action.trigger()
    empty = window.audit_log_dialog
    assert empty.ui.empty_label.isVisibleTo(empty) and not empty.ui.entry_table.isVisibleTo(empty)
    assert not empty.ui.broken_label.isVisibleTo(empty)
    empty.close()

    held = dataclasses.replace(contents.workshop, status=WorkshopStatus.HELD)
    service.update_workshop(held, contents.workshop)
    dependency = contents.dependencies[0]
    impact = 2 if dependency.impact != 2 else 3
    service.save_dependency(wid, dataclasses.replace(dependency, impact=impact), dependency)
    window.audit_action.trigger()
    dialog = window.audit_log_dialog
    rows = _rows(dialog)
    assert [r[0] for r in rows] == ["1", "2"]
    assert rows[0][4] == "Workshop: Status Planerad → Genomförd"
    assert rows[1][4] == f"Beroende ”{dependency.title}”: Påverkan {dependency.impact} → {impact}"
    assert all(r[1].startswith("2026-11-26") and r[2] and r[3] for r in rows)
    assert not dialog.ui.broken_label.isVisibleTo(dialog)
    dialog.close()

    with contextlib.closing(sqlite3.connect(db_path, isolation_level=None)) as raw:
        raw.execute("UPDATE audit_entries SET change = 'impact: 1→5' WHERE seq = 2")
    window.audit_action.trigger()
    tampered = window.audit_log_dialog
    assert tampered.ui.broken_label.isVisibleTo(tampered)
    assert tampered.ui.broken_label.text().startswith(
        "Ändringsloggen har ändrats utanför programmet efter post 1."
    )
    # The rows that cannot be trusted are marked, with a sign and a tooltip in words.
    assert [r[0] for r in _rows(tampered)] == ["1", "2 ⚠"]
    tip = tampered.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "loggen har ändrats utanför programmet" in tip
    assert tampered.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "1"
