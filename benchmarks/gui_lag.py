"""The GUI thread's longest stall while a script walks a workshop, types, reveals and exports.

Run: .venv/bin/python benchmarks/gui_lag.py [--quick] [--phones]   (offscreen; prints the figures;
GUI_LAG_WHY=1 also lists the worst stalls with what the script had just done and the window's
thread's own CPU time in each; GUI_LAG_WHY=stacks adds where that thread was, sampled each ms)

A precise QTimer ticks every 5 ms; a tick that comes late means the event loop was busy, and
the largest lateness is `gui_max_lag_ms`. Meanwhile a script drives the main window as a
facilitator does, from the event loop: every step of the demo workshop in turn, text typed
into the step's fields (one key event per character) and stored as the field is left, every
"Visa resultat" pressed, and an export of the workshop through the export dialog (xlsx and
PDF, on a pool thread). The walk runs in a child process with a fresh application and database;
opening the workshop itself is timed apart (`gui_open_workshop_ms`), since that builds the
window's pages once rather than answering the user.

`gui_max_lag_ms_40_phones` is the same walk while 40 simulated phones answer over the
participant server (issue 18), started from the workshop window as F7 does on 127.0.0.1: each
phone, in a process of its own, joins, keeps an event stream open, and about once a second
reads its state and rates a statement whenever the rating is open (the phones follow the
facilitator's step), as a room of people tapping would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

TICK_MS = 5
# Typed into each field, then taken out again, so the workshop keeps its meaning.
TYPED = " ok"
PHONES = 40

# The simulated phones: a process of their own, so that their work is not the GUI process's
# (a real room's phones are other computers); only the server's threads run beside the window.
PHONE_CROWD = r"""
import json, random, sys, threading, time, urllib.error, urllib.request

url, code, count = sys.argv[1].rstrip("/"), sys.argv[2], int(sys.argv[3])
answered = [0]


def call(method, path, token="", body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url + path, data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("X-Hallbar-Device", token)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, None


def listen(token):
    try:
        with urllib.request.urlopen(f"{url}/api/events?token={token}", timeout=60) as stream:
            for _line in stream:
                pass
    except Exception:
        pass


def phone(number):
    random.seed(number)
    status, joined = call("POST", "/api/join", body={"code": code})
    token = joined["token"]
    threading.Thread(target=listen, args=(token,), daemon=True).start()
    while True:
        time.sleep(random.uniform(0.5, 1.5))
        status, state = call("GET", "/api/state", token)
        shown = state and state.get("round")
        if shown and shown["kind"] == "rating":
            statement = random.choice(shown["statements"])["code"]
            value = random.choice([1, 2, 3, 4, 5, None])
            answer = {"statement": statement, "value": value}
            if call("POST", "/api/rating", token, answer)[0] == 200:
                answered[0] += 1


for number in range(count):
    threading.Thread(target=phone, args=(number,), daemon=True).start()
    time.sleep(0.02)
while True:
    time.sleep(1)
    print(answered[0], flush=True)
"""

WALK = r"""
import json, sys, time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget,
)

from hallbar_desktop.app import keep_start_objects_from_collector, open_services
from hallbar_desktop.services.demo_workshop import add_demo_workshop
from hallbar_desktop.ui.application_setup import configure_application
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.ui_settings import UiSettings
from PySide6.QtCore import QSettings

folder, rounds, typed, tick_ms = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
phones, crowd_script = int(sys.argv[5]), sys.argv[6]
why = sys.argv[7]
RATING_DWELL_TICKS = 50 if rounds == 1 else 100
crowd = None
app = QApplication([])
configure_application(app)
figures = {}


# What the window's thread was in, sampled every millisecond from a thread of its own
# (GUI_LAG_WHY=stacks): a stall's samples name the code it was spent in, or waited in.
class StackSampler:

    def __init__(self):
        import threading
        self.main = threading.main_thread().ident
        self.samples = []  # (time, innermost frames)
        self.running = True
        threading.Thread(target=self.run, daemon=True).start()

    def run(self):
        while self.running:
            frame = sys._current_frames().get(self.main)
            where = []
            while frame is not None and len(where) < 6:
                code = frame.f_code
                if "hallbar_desktop" in code.co_filename or not where:
                    name = code.co_filename.rsplit("/", 1)[-1]
                    where.append(f"{name}:{code.co_name}:{frame.f_lineno}")
                frame = frame.f_back
            self.samples.append((time.perf_counter(), " < ".join(where)))
            if len(self.samples) > 20000:
                del self.samples[:10000]
            time.sleep(0.001)

    def between(self, since, until):
        from collections import Counter
        found = Counter(w for t, w in self.samples if since <= t <= until)
        return [f"{n} x {w}" for w, n in found.most_common(4)]


class LagProbe:
    def __init__(self):
        self.clock = QElapsedTimer()
        self.worst = 0.0
        # The window's thread's own CPU time in the worst stall: near the stall, the thread
        # worked; near nothing, it waited (for the interpreter, a lock, the file).
        self.worst_cpu = 0.0
        self.cpu = time.thread_time()
        self.doing = "start"
        self.slow = []  # (lateness, what the script did just before, CPU ms), the worst few
        self.sampler = StackSampler() if why == "stacks" else None
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)

    def start(self):
        self.clock.start()
        self.timer.start()

    def tick(self):
        gap = self.clock.nsecsElapsed() / 1e6
        self.clock.restart()
        cpu = time.thread_time()
        cpu_ms, self.cpu = (cpu - self.cpu) * 1000, cpu
        if gap - tick_ms > self.worst:
            self.worst, self.worst_cpu = gap - tick_ms, cpu_ms
        if gap - tick_ms > 20:
            seen = [round(gap - tick_ms, 1), self.doing, round(cpu_ms, 1)]
            if self.sampler is not None:
                now = time.perf_counter()
                seen.append(self.sampler.between(now - gap / 1000, now))
            self.slow = sorted([*self.slow, seen])[-8:]


NONE = Qt.KeyboardModifier.NoModifier
PRESS_RELEASE = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


def key(widget, text):
    for ch in text:
        for kind in PRESS_RELEASE:
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, NONE, ch))


def backspace(widget, times):
    for _ in range(times):
        for kind in PRESS_RELEASE:
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Backspace, NONE))


def shown(widgets):
    return [w for w in widgets if w.isVisible() and w.isEnabled()]


def fields(page):
    found = shown(page.findChildren(QLineEdit)) + shown(page.findChildren(QPlainTextEdit))
    found += [w for w in shown(page.findChildren(QTextEdit)) if not w.isReadOnly()]
    return [w for w in found if not getattr(w, "isReadOnly", lambda: False)()][:2]


def close_modal():
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not window.export_dialog:
        modal.close()


def start_phones(view):
    global crowd
    import subprocess
    phone_window = view.phone_window
    combo = phone_window.ui.address_combo
    combo.setCurrentIndex(combo.findData("127.0.0.1"))
    phone_window.start()
    server = view.phone_answers.server
    crowd = subprocess.Popen(
        [sys.executable, "-c", crowd_script, server.url, server.room.join_code, str(phones)],
        stdout=subprocess.PIPE, text=True,
    )


def script():
    view = window.workshop_view
    if phones:
        # Two clicks a facilitator makes seconds apart: F7, then Starta on the chosen network.
        probe.doing = "open F7"
        view.ui.phone_answers_button.click()  # as F7 does: the window comes a few turns later
        yield 500
        probe.doing = "phones joining"
        start_phones(view)
        while len(view.phone_answers.devices()) < phones:
            yield 100
    for _ in range(rounds):
        for step in list(view.steps):
            probe.doing = f"go to {step.name}"
            view.go_to(step)
            yield 80
            if phones and step.name == "RATING":
                # The room rates on its phones for a while, as it does on this step.
                probe.doing = "phones rating"
                cpu, began = time.thread_time(), time.perf_counter()
                for _ in range(RATING_DWELL_TICKS):
                    yield 100
                # What the room's answers cost the window's thread while it does nothing else.
                spent = figures.setdefault("rating_dwell", [0.0, 0.0])
                spent[0] += (time.thread_time() - cpu) * 1000
                spent[1] += time.perf_counter() - began
            page = view.current_page()
            for field in fields(page):
                field.setFocus(Qt.FocusReason.TabFocusReason)
                yield 20
                if isinstance(field, QLineEdit):
                    field.end(False)
                else:
                    field.moveCursor(field.textCursor().MoveOperation.End)
                probe.doing = f"type into {field.objectName()} on {step.name}"
                key(field, typed)
                yield 20
                backspace(field, len(typed))
                yield 20
                probe.doing = f"leave {field.objectName()} on {step.name}"
                view.setFocus(Qt.FocusReason.TabFocusReason)  # leaving the field stores it
                yield 60
                close_modal()
            for button in shown(page.findChildren(QAbstractButton, "reveal_button")):
                probe.doing = f"reveal on {step.name}"
                button.click()
                yield 80
                close_modal()
    probe.doing = "export dialog"
    window.export()
    yield 100
    dialog = window.export_dialog
    dialog.ui.folder_edit.setText(str(folder / "export"))
    dialog.ui.xlsx_check.setChecked(True)
    dialog.ui.pdf_check.setChecked(True)
    probe.doing = "export"
    dialog.start_export()
    while dialog.is_busy():
        yield 20
    figures["exported"] = [p.name for p in dialog.written or ()]
    dialog.close()
    yield 50
    if phones:
        figures["phones_joined"] = len(view.phone_answers.devices())
        figures["phone_edits_undoable"] = view.workshop.undo_stack.count()
        view.phone_answers.stop()


def step(walk):
    try:
        wait = next(walk)
    except StopIteration:
        app.quit()
        return
    QTimer.singleShot(wait, lambda: step(walk))


(folder / "export").mkdir()
with open_services(folder / "lag.sqlite3", create_if_missing=True, window=True) as services:
    workshop_id = add_demo_workshop(services.workshops, date.today())
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services.workshops, services.exports, settings, "lag.sqlite3")
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    keep_start_objects_from_collector()  # as the app does once its database layer is loaded
    started = time.perf_counter()
    window.open_workshop(workshop_id)
    app.processEvents()
    figures["gui_open_workshop_ms"] = (time.perf_counter() - started) * 1000
    probe = LagProbe()
    probe.start()
    QTimer.singleShot(50, lambda: step(script()))
    app.exec()
    figures["gui_max_lag_ms"] = probe.worst
    figures["gui_cpu_ms_in_worst_stall"] = probe.worst_cpu
    figures["slow"] = probe.slow
    if crowd is not None:
        crowd.kill()
        answers = [line for line in crowd.communicate()[0].split() if line.isdigit()]
        figures["phone_ratings"] = int(answers[-1]) if answers else 0
    window.close()
print(json.dumps(figures))
"""


def measure(quick: bool = False, phones: int = 0) -> dict[str, float]:
    """gui_max_lag_ms (and gui_open_workshop_ms), from one walk (two rounds unless quick);
    with ``phones``, gui_max_lag_ms_<phones>_phones from a walk while they answer."""
    with tempfile.TemporaryDirectory() as scratch:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(Path(scratch) / "config"),
            "XDG_DATA_HOME": str(Path(scratch) / "data"),
            # As an installed app has them: compiled modules (the pages load while it runs).
            "PYTHONPYCACHEPREFIX": str(Path(scratch) / "pycache"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        package = Path(__file__).resolve().parents[1] / "hallbar_desktop"
        compile_all = [sys.executable, "-m", "compileall", "-q", str(package)]
        subprocess.run(compile_all, env=env, check=True)
        rounds = "1" if quick else "2"
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                WALK,
                scratch,
                rounds,
                TYPED,
                str(TICK_MS),
                str(phones),
                PHONE_CROWD,
                os.environ.get("GUI_LAG_WHY", ""),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
            check=True,
        ).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    if len(figures.get("exported", [])) < 2:
        raise RuntimeError(f"the export did not write its files: {figures}")
    if os.environ.get("GUI_LAG_WHY"):
        for lateness, doing, cpu_ms, *stacks in figures["slow"]:
            shown = f"{lateness:7.1f} ms  {doing} (window's thread's CPU: {cpu_ms} ms)"
            print(shown, file=sys.stderr)
            for where in stacks[0] if stacks else ():
                print(f"           {where}", file=sys.stderr)
    if phones:
        if figures.get("phones_joined") != phones or not figures.get("phone_ratings"):
            raise RuntimeError(f"the phones did not all join and answer: {figures}")
        return {
            f"gui_max_lag_ms_{phones}_phones": round(figures["gui_max_lag_ms"], 1),
            f"phone_ratings_{phones}_phones": figures["phone_ratings"],
            f"gui_cpu_ms_in_worst_stall_{phones}_phones": round(
                figures["gui_cpu_ms_in_worst_stall"], 1
            ),
            f"gui_cpu_ms_a_second_{phones}_phones_rating": round(
                figures["rating_dwell"][0] / figures["rating_dwell"][1], 1
            ),
        }
    return {
        "gui_max_lag_ms": round(figures["gui_max_lag_ms"], 1),
        "gui_open_workshop_ms": round(figures["gui_open_workshop_ms"], 1),
    }


def measure_with_phones(quick: bool = False) -> dict[str, float]:
    return measure(quick, phones=PHONES)


def main() -> None:
    quick = "--quick" in sys.argv[1:]
    figures = measure(quick, phones=PHONES) if "--phones" in sys.argv[1:] else measure(quick)
    width = max(len(k) for k in figures)
    for name, value in figures.items():
        print(f"{name:<{width}}  {str(value).replace('.', ',')}")


if __name__ == "__main__":
    main()
