"""Start-up against a bare PySide6 window: whole processes on their own Xvfb, timed to the map.

Run: .venv/bin/python benchmarks/startup_speed.py [--quick]   (needs Xvfb; prints the figures)

Each run starts a fresh process and times it from just before it is spawned until its window
is mapped on the X server (MapNotify, seen by an X client in this process), so the interpreter,
every import and the first paint request are counted, as the user waits for them. The bare
baseline is a PySide6 process that shows one QMainWindow. Runs alternate (bare, app, bare,
app …) and each figure is a median. `startup_ratio` is the library on the demo database,
`open_workshop_ratio` the same file with `--workshop ID`. Both kinds of process run with
compiled modules (.pyc, in a folder of their own), as an installed app does. For information
only, the `*_painted` figures time until the window's first frame reaches the X server (its
first damage, seen through the DAMAGE extension), and the `*_ready` figures until the window's
title names what it shows (the library, or the workshop)."""

from __future__ import annotations

import ctypes
import os
import select
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 9
_KINDS = (
    "bare",
    "bare_painted",
    *(f"{k}{p}" for k in ("library", "open") for p in ("", "_painted", "_ready")),
)
QUICK_RUNS = 3
TIMEOUT_S = 30.0

BARE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1]); w = QMainWindow(); w.resize(1366, 768); w.show()\n"
    "sys.exit(app.exec())\n"
)

_CREATE_NOTIFY = 16
_MAP_NOTIFY = 19
_PROPERTY_NOTIFY = 28
_DAMAGE_REPORT_NON_EMPTY = 3  # one event when a window's damage first becomes non-empty
_SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
_PROPERTY_CHANGE_MASK = 1 << 22


class _XWatch:
    """An X client that sees top-level windows mapped and their titles change."""

    def __init__(self, display: str) -> None:
        x = ctypes.CDLL("libX11.so.6")
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x.XFlush.argtypes = [ctypes.c_void_p]
        x.XInternAtom.restype = ctypes.c_ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_ulong,
            ctypes.c_long,
            ctypes.c_long,
            ctypes.c_int,
            ctypes.c_ulong,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_void_p),
        ]
        x.XFree.argtypes = [ctypes.c_void_p]
        # A window gone between its event and our look at it must not end this process.
        handler_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
        self._ignore_errors = handler_type(lambda _d, _e: 0)
        x.XSetErrorHandler(self._ignore_errors)
        self._x = x
        self._dpy = x.XOpenDisplay(display.encode())
        if not self._dpy:
            raise RuntimeError(f"X display {display} could not be opened")
        x.XSelectInput(self._dpy, x.XDefaultRootWindow(self._dpy), _SUBSTRUCTURE_NOTIFY_MASK)
        x.XFlush(self._dpy)
        self._fd = x.XConnectionNumber(self._dpy)
        self._net_wm_name = x.XInternAtom(self._dpy, b"_NET_WM_NAME", 0)
        self._utf8 = x.XInternAtom(self._dpy, b"UTF8_STRING", 0)
        self._event = (ctypes.c_long * 24)()
        damage = ctypes.CDLL("libXdamage.so.1")
        damage.XDamageQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        damage.XDamageCreate.restype = ctypes.c_ulong
        damage.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]
        damage.XDamageDestroy.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        damage.XDamageSubtract.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_ulong,
            ctypes.c_ulong,
        ]
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not damage.XDamageQueryExtension(
            self._dpy, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            raise RuntimeError(f"X display {display} has no DAMAGE extension")
        self._damage = damage
        self._damage_notify = event_base.value  # XDamageNotify is the extension's first event

    def _events(self, deadline: float):  # type: ignore[no-untyped-def]
        """(type, window, time) of each event until the deadline."""
        x = self._x
        while time.perf_counter() < deadline:
            if not x.XPending(self._dpy):
                select.select([self._fd], [], [], max(0.0, deadline - time.perf_counter()))
                if not x.XPending(self._dpy):
                    continue
            x.XNextEvent(self._dpy, self._event)
            now = time.perf_counter()
            kind = ctypes.c_int.from_buffer(self._event).value
            if kind == _MAP_NOTIFY:
                # XMapEvent: type, serial, send_event, display, event, window, override_redirect
                override = ctypes.c_int.from_buffer(self._event, 6 * 8).value
                if not override:
                    yield kind, self._event[5], now
            elif kind == _PROPERTY_NOTIFY:
                yield kind, self._event[4], now
            elif kind == _CREATE_NOTIFY:
                # XCreateWindowEvent: type, serial, send_event, display, parent, window
                yield kind, self._event[5], now
            elif kind == self._damage_notify:
                # XDamageNotifyEvent: type, serial, send_event, display, drawable
                yield kind, self._event[4], now

    def title(self, window: int) -> str:
        x = self._x
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = x.XGetWindowProperty(
            self._dpy,
            window,
            self._net_wm_name,
            0,
            4096,
            0,
            self._utf8,
            ctypes.byref(kind),
            ctypes.byref(fmt),
            ctypes.byref(count),
            ctypes.byref(after),
            ctypes.byref(data),
        )
        if status != 0 or not data.value:
            return ""
        text = ctypes.string_at(data.value, count.value).decode("utf-8", "replace")
        x.XFree(data)
        return text

    def time_process(self, argv: list[str], env: dict[str, str], title: str | None) -> tuple:
        """Seconds from spawning ``argv`` until its window is mapped, until its first frame is
        drawn in it, and until its title contains ``title`` (None: not waited for); the
        process is ended afterwards."""
        deadline = time.perf_counter() + TIMEOUT_S
        start = time.perf_counter()
        process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL)
        mapped = painted = ready = None
        shown = 0
        # Each top-level window the process makes is watched for drawing from its creation
        # (an unmapped window is not drawn, so its first damage is the first frame); one
        # watched from its map on could be drawn before the watch began.
        damages: dict[int, int] = {}
        try:
            for kind, window, now in self._events(deadline):
                if kind == _CREATE_NOTIFY:
                    damage = self._damage.XDamageCreate(self._dpy, window, _DAMAGE_REPORT_NON_EMPTY)
                    damages[window] = damage
                    self._x.XFlush(self._dpy)
                elif kind == _MAP_NOTIFY and mapped is None:
                    mapped, shown = now - start, window
                    self._x.XSelectInput(self._dpy, window, _PROPERTY_CHANGE_MASK)
                    self._x.XFlush(self._dpy)
                    if title is not None and title in self.title(window):  # set before
                        ready = now - start
                elif kind == self._damage_notify and painted is None and window == shown:
                    painted = now - start
                elif (
                    kind == _PROPERTY_NOTIFY
                    and title is not None
                    and ready is None
                    and title in self.title(window)
                ):
                    ready = now - start
                if painted is not None and (title is None or ready is not None):
                    break
        finally:
            process.kill()
            process.wait()
            for damage in damages.values():
                self._damage.XDamageDestroy(self._dpy, damage)
            self._x.XFlush(self._dpy)
        if mapped is None or painted is None or (title is not None and ready is None):
            raise RuntimeError(f"no window (with {title!r}) within {TIMEOUT_S} s: {argv}")
        return mapped, ready, painted


def _start_xvfb() -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        xvfb.kill()
        raise RuntimeError("Xvfb did not start")
    return xvfb, f":{number}"


def _demo_database(folder: Path, env: dict[str, str]) -> tuple[Path, str, str]:
    """A file with the demo workshop (as `hallbar demo` makes it): its path, id and title."""
    database = folder / "demo.sqlite3"
    out = subprocess.run(
        [sys.executable, "-m", "hallbar_desktop", "--db", str(database), "demo"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    workshop_id = out.strip().splitlines()[-1]
    with sqlite3.connect(database) as db:
        (title,) = db.execute(
            "SELECT title FROM workshops WHERE id = ? OR id = ?",
            (workshop_id, workshop_id.replace("-", "")),
        ).fetchone()
    return database, workshop_id, title


def measure(quick: bool = False) -> dict[str, float]:
    """startup_ratio and open_workshop_ratio (medians of interleaved runs), with the seconds
    behind them and the *_ready figures."""
    runs = QUICK_RUNS if quick else RUNS
    xvfb, display = _start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            env = dict(os.environ)
            env.update(
                DISPLAY=display,
                QT_QPA_PLATFORM="xcb",
                XDG_CONFIG_HOME=str(folder / "config"),
                XDG_DATA_HOME=str(folder / "data"),
                XDG_RUNTIME_DIR=str(folder / "runtime"),
                # As an installed app has them: compiled modules, kept out of the source tree.
                PYTHONPYCACHEPREFIX=str(folder / "pycache"),
            )
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            (folder / "runtime").mkdir(mode=0o700)
            database, workshop_id, workshop_title = _demo_database(folder, env)
            watch = _XWatch(display)
            bare = [sys.executable, "-c", BARE]
            app = [sys.executable, "-m", "hallbar_desktop", "--db", str(database)]
            opened = [*app, "--workshop", workshop_id]
            library_title = "Workshoppar"
            # Once each first: the day's backup of the file, compiling the modules and cold
            # caches are not start-up.
            watch.time_process(bare, env, None)
            watch.time_process(opened, env, workshop_title)
            times: dict[str, list[float]] = {k: [] for k in _KINDS}
            for _ in range(runs):
                for kind, argv, title in (
                    ("bare", bare, None),
                    ("library", app, library_title),
                    ("bare", bare, None),
                    ("open", opened, workshop_title),
                ):
                    mapped, ready, painted = watch.time_process(argv, env, title)
                    times[kind].append(mapped)
                    times[f"{kind}_painted"].append(painted)
                    if ready is not None:
                        times[f"{kind}_ready"].append(ready)
    finally:
        xvfb.kill()
        xvfb.wait()
    median = {k: statistics.median(v) for k, v in times.items() if v}
    bare_s = median["bare"]
    painted_s = median["bare_painted"]
    return {
        "startup_ratio": round(median["library"] / bare_s, 2),
        "open_workshop_ratio": round(median["open"] / bare_s, 2),
        "startup_painted_ratio": round(median["library_painted"] / painted_s, 2),
        "open_workshop_painted_ratio": round(median["open_painted"] / painted_s, 2),
        "startup_ready_ratio": round(median["library_ready"] / bare_s, 2),
        "open_workshop_ready_ratio": round(median["open_ready"] / bare_s, 2),
        "startup_bare_s": round(bare_s, 3),
        "startup_bare_painted_s": round(painted_s, 3),
        "startup_library_s": round(median["library"], 3),
        "startup_library_painted_s": round(median["library_painted"], 3),
        "startup_library_ready_s": round(median["library_ready"], 3),
        "startup_workshop_s": round(median["open"], 3),
        "startup_workshop_painted_s": round(median["open_painted"], 3),
        "startup_workshop_ready_s": round(median["open_ready"], 3),
    }


def main() -> None:
    figures = measure(quick="--quick" in sys.argv[1:])
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {str(value).replace('.', ',')}")


if __name__ == "__main__":
    main()
