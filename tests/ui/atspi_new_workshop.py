"""Creates a workshop through the AT-SPI tree alone, as a screen reader user would."""

# Run by tests/ui/test_atspi.py with Debian's /usr/bin/python3 (pyatspi is a system package,
# not in the venv), inside its own D-Bus session and on its own Xvfb display:
#   dbus-run-session -- /usr/bin/python3 atspi_new_workshop.py TITLE ORGANISATION -- APP...
# It starts the app with accessibility on, finds Ny workshop by name and role, presses it,
# fills Titel and Organisation through the EditableText interface, presses Skapa workshop and
# waits until the window's title names the new workshop. Exit 0 on success; otherwise the
# step that failed is on stderr.

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import pyatspi

# Generous: the app imports Qt and opens its database on a slow CI machine.
WAIT_S = 60.0


def wait_for(what: str, find: Callable[[], Any], timeout: float = WAIT_S) -> Any:
    """The first truthy ``find()`` within ``timeout`` seconds; the tree is read anew each time."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = find()
        except Exception:  # an object can go away while it is read
            found = None
        if found:
            return found
        time.sleep(0.2)
    raise SystemExit(f"not found within {timeout:.0f} s: {what}")


def descendants(node: Any, depth: int = 0) -> Iterator[Any]:
    if node is None or depth > 40:
        return
    yield node
    for index in range(node.childCount):
        yield from descendants(node.getChildAtIndex(index), depth + 1)


def showing(node: Any) -> bool:
    return node.getState().contains(pyatspi.STATE_SHOWING)


def find(root: Any, name: str, roles: tuple[Any, ...]) -> Any:
    """The showing object with this accessible name and one of these roles, or None. A window's
    name has the program's after it ("Ny workshop — Hållbar förändring")."""
    for node in descendants(root):
        named = node.name == name or node.name.startswith(f"{name} — ")
        if named and node.getRole() in roles and showing(node):
            return node
    return None


def app_of(pid: int) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def press(node: Any) -> None:
    """The object's own action, as a screen reader's 'activate' does (no mouse, no keys)."""
    actions = node.queryAction()
    names = [actions.getName(i) for i in range(actions.nActions)]
    actions.doAction(names.index("Press") if "Press" in names else 0)


def fill(node: Any, text: str) -> None:
    node.queryEditableText().setTextContents(text)


def main() -> int:
    separator = sys.argv.index("--")
    title, organisation = sys.argv[1:separator]
    command = sys.argv[separator + 1 :]
    env = dict(
        os.environ,
        QT_ACCESSIBILITY="1",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_QPA_PLATFORM="xcb",
    )
    app_process = subprocess.Popen(command, env=env)
    try:
        app = wait_for("the app in the AT-SPI tree", lambda: app_of(app_process.pid))
        button_roles = (pyatspi.ROLE_PUSH_BUTTON,)
        new = wait_for("button Ny workshop", lambda: find(app, "Ny workshop", button_roles))
        press(new)
        dialog = wait_for(
            "dialog Ny workshop", lambda: find(app, "Ny workshop", (pyatspi.ROLE_DIALOG,))
        )
        field_roles = (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY)
        fill(wait_for("field Titel", lambda: find(dialog, "Titel", field_roles)), title)
        fill(
            wait_for("field Organisation", lambda: find(dialog, "Organisation", field_roles)),
            organisation,
        )
        press(
            wait_for("button Skapa workshop", lambda: find(dialog, "Skapa workshop", button_roles))
        )
        # The new workshop opens: the window is named after it.
        wait_for(
            f"a window named {title!r}",
            lambda: any(
                title in node.name
                for node in descendants(app)
                if node.getRole() == pyatspi.ROLE_FRAME
            ),
        )
        print("created through AT-SPI:", title)
        return 0
    finally:
        app_process.terminate()
        try:
            app_process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_process.kill()
            app_process.wait()


if __name__ == "__main__":
    sys.exit(main())
