"""Guards against a Qt binding bug that would crash the app during a long workshop.

PySide6 6.12.0 lowers the reference count of Python's True by one on every emit of a signal
declared in Python; after a few thousand edits the interpreter aborts ("bool_dealloc"). This
test fails on such a release, so an upgrade cannot bring the crash back unnoticed."""

from __future__ import annotations

import sys
from datetime import datetime

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    with_value = Signal(object)
    with_time = Signal(datetime)


def test_emitting_python_signals_leaves_true_and_false_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    received: list[object] = []
    emitter.plain.connect(lambda: received.append(None))
    emitter.with_value.connect(received.append)
    emitter.with_time.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        emitter.plain.emit()
        emitter.with_value.emit(True)
        emitter.with_time.emit(datetime(2026, 11, 26))
    received.clear()
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
