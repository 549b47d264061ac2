"""Arkiv › Öppna databas…: a file or a server (host, port, database, user, encryption), the
server's password asked for in a prompt and kept nowhere, and the recent databases."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.ui.dialogs.open_database_dialog import OpenDatabaseDialog
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.database_backends import POSTGRESQL_URL, login_role, schema_of, throwaway_schema


def test_the_server_tab_makes_an_address_without_a_password(
    qtbot,  # type: ignore[no-untyped-def]
    ui_settings: UiSettings,
) -> None:
    dialog = OpenDatabaseDialog(ui_settings)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.place_tabs.setCurrentWidget(ui.server_tab)
    ui.host_edit.setText("db.region.se")
    dialog.choose()
    assert dialog.chosen is None
    assert ui.problem_label.text() == "Fyll i det som saknas: databas, användarnamn."

    ui.database_edit.setText("hallbar")
    ui.user_edit.setText("anna lind")
    ui.port_spin.setValue(5433)
    ui.sslmode_combo.setCurrentIndex(ui.sslmode_combo.findData("verify-full"))
    dialog.choose()

    assert dialog.chosen == ServerAddress(
        "postgresql://anna%20lind@db.region.se:5433/hallbar?sslmode=verify-full"
    )


def test_the_file_tab_says_when_the_file_is_not_there(
    qtbot,  # type: ignore[no-untyped-def]
    ui_settings: UiSettings,
    tmp_path: Path,
) -> None:
    dialog = OpenDatabaseDialog(ui_settings)
    qtbot.addWidget(dialog)
    dialog.ui.file_edit.setText(str(tmp_path / "saknas.sqlite3"))
    dialog.choose()
    assert dialog.chosen is None
    assert "saknas.sqlite3 finns inte" in dialog.ui.problem_label.text()


def test_a_recent_server_fills_the_server_tab_and_opens_as_remembered(
    qtbot,  # type: ignore[no-untyped-def]
    ui_settings: UiSettings,
    tmp_path: Path,
) -> None:
    remembered = "postgresql://lars@db.region.se/hallbar?sslmode=require&options=-csearch_path%3Dx"
    ui_settings.add_recent_database(str(tmp_path / "egen.sqlite3"))
    ui_settings.add_recent_database(remembered)
    dialog = OpenDatabaseDialog(ui_settings)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert [ui.recent_list.item(r).text() for r in range(ui.recent_list.count())] == [
        remembered,
        str(tmp_path / "egen.sqlite3"),
    ]

    ui.recent_list.setCurrentRow(0)

    assert ui.place_tabs.currentWidget() is ui.server_tab
    assert (ui.host_edit.text(), ui.port_spin.value(), ui.database_edit.text()) == (
        "db.region.se",
        5432,
        "hallbar",
    )
    assert (ui.user_edit.text(), ui.sslmode_combo.currentData()) == ("lars", "require")
    dialog.choose()
    assert dialog.chosen == ServerAddress(remembered)  # its options too


SWITCH_IN_WINDOW = """
import json, sys
from contextlib import ExitStack
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from hallbar_desktop.app import run_gui
from hallbar_desktop.ui.main_window import MainWindow

app = QApplication([])
host, port, database, user, password = json.loads(sys.argv[2])
seen = {"messages": []}

def window():
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    return found[-1] if found else None

def step(name, wait=30):
    QTimer.singleShot(wait, name)

def open_server(typed):
    w = window()
    w.open_database_action.trigger()
    ui = w.open_database_dialog.ui
    ui.place_tabs.setCurrentWidget(ui.server_tab)
    ui.host_edit.setText(host)
    ui.port_spin.setValue(port)
    ui.database_edit.setText(database)
    ui.user_edit.setText(user)
    w.open_database_dialog.open_button.click()
    w.password_prompt.setTextValue(typed)
    w.password_prompt.accept()

def ready():
    w = window()
    if w is None or not hasattr(w, "library"):
        return step(ready)
    seen["first"] = [o.workshop.title for o in w.library.overviews]
    open_server("fel-" + password)
    step(refused)

def refused():
    w = window()
    box = getattr(w, "message_box", None)
    if box is None or not box.isVisible():
        return step(refused)
    seen["messages"].append(box.text())
    seen["still"] = [o.workshop.title for o in w.library.overviews]
    box.close()
    open_server(password)
    step(switched)

def switched():
    w = window()
    if not hasattr(w, "library") or w._database_label == sys.argv[1]:
        return step(switched)
    seen["label"] = w.counts_label.text()
    seen["server"] = [o.workshop.title for o in w.library.overviews]
    w.close()

step(ready)
seen["exit"] = run_gui(Path(sys.argv[1]))
seen["recent"] = QSettings().value("recent/databases")
print(json.dumps(seen, ensure_ascii=False))
"""


@pytest.mark.skipif(not POSTGRESQL_URL, reason="HALLBAR_TEST_POSTGRESQL not set")
def test_the_window_opens_a_server_with_the_password_typed_in_the_prompt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From a file to the server: a wrong password is said and the window stays on the file;
    the right one opens the server's workshops; neither is kept in the settings or the logs."""
    from hallbar_desktop.app import open_services

    parts = urlsplit(POSTGRESQL_URL)
    db = tmp_path / "egen.sqlite3"
    data, config = tmp_path / "data", tmp_path / "config"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    with open_services(db, create_if_missing=True) as services:
        services.workshops.create_workshop(Workshop(title="På datorn"))
    with ExitStack() as stack:
        address = stack.enter_context(throwaway_schema())
        with open_services(address, create_if_missing=False) as services:
            services.workshops.create_workshop(Workshop(title="På servern"))
        anna = login_role(
            address,
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {role}",
        )
        user, password = stack.enter_context(anna)
        database = unquote(parts.path.lstrip("/"))
        fields = [parts.hostname, parts.port or 5432, database, user]
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("PGPASSWORD", "PGPASSFILE", "PGSERVICEFILE")
        }
        env.update(
            QT_QPA_PLATFORM="offscreen",
            XDG_DATA_HOME=str(data),
            XDG_CONFIG_HOME=str(config),
            # The throwaway schema, as the address's options would give it; no password file.
            PGOPTIONS=f"-csearch_path={schema_of(address)}",
            PGPASSFILE=str(tmp_path / "ingen.pgpass"),
        )
        result = subprocess.run(
            [sys.executable, "-c", SWITCH_IN_WINDOW, str(db), json.dumps([*fields, password])],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["first"] == seen["still"] == ["På datorn"]
    (refusal,) = seen["messages"]
    assert refusal.startswith("Databasservern postgresql://")
    assert "godtog inte inloggningen" in refusal
    assert seen["server"] == ["På servern"]
    server = f"postgresql://{user}@{parts.hostname}"
    assert seen["label"].startswith(f"Databas: {server}")
    assert seen["recent"][0].startswith(server) and seen["recent"][1] == str(db)
    assert seen["exit"] == 0
    kept = [p for folder in (data, config) for p in folder.rglob("*") if p.is_file()]
    for path in kept:
        assert password.encode() not in path.read_bytes(), path
